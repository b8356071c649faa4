<?php
// Fill a fresh WordPress with a small newsroom and export it with WordPress's own export_wp().
$_SERVER['HTTP_HOST'] = 'localhost';
$_SERVER['SERVER_NAME'] = 'localhost';
$_SERVER['REQUEST_URI'] = '/';
define('WP_INSTALLING', true);
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/image.php';
require_once ABSPATH . 'wp-admin/includes/export.php';

if (!is_blog_installed()) {
    wp_install('Altes Blog', 'redaktion', 'redaktion@alt.example', true, '', 'ein-langes-passwort-123');
}
update_option('permalink_structure', '/%year%/%monthnum%/%day%/%postname%/');
update_option('timezone_string', 'Europe/Berlin');
// Co-Authors Plus keeps its bylines as terms of the taxonomy "author"; registered here the
// same way, so export_wp() writes them as the plugin's exports do.
register_taxonomy('author', 'post', array('hierarchical' => false, 'public' => false, 'rewrite' => false));

function user($login, $first, $last) {
    $id = username_exists($login);
    if (!$id) {
        $id = wp_insert_user(array('user_login' => $login, 'user_pass' => wp_generate_password(), 'user_email' => "$login@alt.example",
            'first_name' => $first, 'last_name' => $last, 'display_name' => "$first $last", 'role' => 'author'));
    }
    return $id;
}
$anna = user('anna.mueller', 'Anna', 'Müller');
$ben = user('ben', 'Ben', 'König');
$clara = user('clara', 'Clara', 'Schmidt');

function cat($name, $slug, $parent = 0) {
    $term = term_exists($slug, 'category');
    if (!$term) { $term = wp_insert_term($name, 'category', array('slug' => $slug, 'parent' => $parent)); }
    return (int) $term['term_id'];
}
$politik = cat('Politik', 'politik');
$europa = cat('Europa & Welt', 'europa', $politik);
$kultur = cat('Kultur', 'kultur');
$sport = cat('Sport', 'sport');
wp_insert_term('Klima', 'post_tag', array('slug' => 'klima'));
wp_insert_term('Brücken', 'post_tag');
wp_insert_term('Ungenutzt', 'post_tag', array('slug' => 'ungenutzt'));

function image($path, $title, $alt, $caption, $parent) {
    $upload = wp_upload_bits(basename($path), null, file_get_contents($path), '2024/05');
    $id = wp_insert_attachment(array('post_title' => $title, 'post_excerpt' => $caption, 'post_mime_type' => 'image/jpeg',
        'post_status' => 'inherit', 'guid' => $upload['url']), $upload['file'], $parent);
    wp_update_attachment_metadata($id, wp_generate_attachment_metadata($id, $upload['file']));
    if ($alt) update_post_meta($id, '_wp_attachment_image_alt', $alt);
    return $id;
}

function post($args) {
    $defaults = array('post_type' => 'post', 'post_status' => 'publish', 'comment_status' => 'open');
    $id = wp_insert_post(array_merge($defaults, $args), true);
    if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message() . "\n"); exit(1); }
    return $id;
}

$p1 = post(array('post_title' => 'Brücken & Straßen: Der Bund zahlt', 'post_name' => 'bruecken-und-strassen', 'post_author' => $anna,
    'post_date' => '2024-05-01 10:00:00', 'post_category' => array($europa, $kultur), 'tags_input' => array('Klima', 'Brücken'),
    'post_content' => "<!-- wp:paragraph -->\n<p>Der Bund übernimmt die Kosten für Brücken &amp; Straßen.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:paragraph -->\n<p>Die Länder sind erleichtert – „endlich“, sagt die Ministerin.</p>\n<!-- /wp:paragraph -->"));
$hero = image('/tmp/wpreal/bruecke.jpg', 'Brücke bei Nacht', 'Die neue Brücke über den Rhein', 'Die Brücke bei Nacht', $p1);
set_post_thumbnail($p1, $hero);
$rathaus = image('/tmp/wpreal/rathaus.jpg', 'Rathaus', 'Das Rathaus am Abend', 'Das Rathaus', $p1);
$rathaus_url = wp_get_attachment_image_url($rathaus, 'medium');
wp_update_post(array('ID' => $p1, 'post_content' => get_post($p1)->post_content .
    "\n\n[caption id=\"attachment_$rathaus\" align=\"alignnone\" width=\"300\"]<img class=\"size-medium wp-image-$rathaus\" src=\"$rathaus_url\" alt=\"Das Rathaus am Abend\" width=\"300\" height=\"169\" /> Das Rathaus am Abend[/caption]"));

$p2 = post(array('post_title' => 'Zwei Autoren, ein Text', 'post_author' => $ben, 'post_date' => '2024-03-31 01:30:00',
    'post_category' => array($kultur), 'post_excerpt' => 'Ein Auszug als Vorspann.',
    'post_content' => "Ein klassischer Beitrag.\nMit Zeilenumbruch.\n\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\n\n[gallery ids=\"$hero,$rathaus\"]\n\n[contact-form-7 id=\"5\"]"));
// As Co-Authors Plus writes them: the term's name is the login, its slug "cap-" and the nicename.
$cap_ben = wp_insert_term('ben', 'author', array('slug' => 'cap-ben'));
$cap_anna = wp_insert_term('anna.mueller', 'author', array('slug' => 'cap-anna-mueller'));
wp_set_object_terms($p2, array((int) $cap_ben['term_id'], (int) $cap_anna['term_id']), 'author');
$p3 = post(array('post_title' => 'Entwurf zur Wahl', 'post_status' => 'draft', 'post_author' => $clara, 'post_category' => array($politik), 'post_content' => '<p>Noch nicht fertig.</p>'));
$p4 = post(array('post_title' => 'Bitte prüfen', 'post_status' => 'pending', 'post_author' => $clara, 'post_category' => array($sport), 'post_content' => '<p>Zur Prüfung.</p>'));
$p5 = post(array('post_title' => 'Kommt bald', 'post_status' => 'future', 'post_author' => $anna, 'post_date' => '2031-06-01 08:00:00', 'post_category' => array($politik), 'post_content' => '<p>Später.</p>'));
$p6 = post(array('post_title' => 'Nur intern', 'post_status' => 'private', 'post_author' => $anna, 'post_content' => '<p>Intern.</p>'));
$p7 = post(array('post_title' => 'Mit Passwort', 'post_password' => 'geheim', 'post_author' => $ben, 'post_category' => array($sport), 'post_content' => '<p>Geschützt.</p>'));
$p8 = post(array('post_title' => 'Über Umlaute in Adressen', 'post_name' => 'über-umlaute', 'post_author' => $ben, 'post_date' => '2024-02-02 12:00:00', 'post_category' => array($europa), 'post_content' => '<p>Hallo <b>Welt<p>kaputtes HTML<script>alert(1)</script></p>'));
$p9 = post(array('post_title' => 'Im Papierkorb', 'post_author' => $ben, 'post_content' => '<p>Weg.</p>'));
wp_trash_post($p9);
post(array('post_title' => 'Impressum', 'post_type' => 'page', 'post_author' => $anna, 'post_content' => '<p>Verantwortlich: Anna Müller</p>'));
post(array('post_title' => 'Datenschutz', 'post_type' => 'page', 'post_author' => $anna, 'post_content' => '<p>Wir speichern wenig.</p>'));

ob_start();
export_wp(array('content' => 'all'));
file_put_contents('/tmp/wpreal/export.xml', ob_get_clean());
echo "exported\n";
