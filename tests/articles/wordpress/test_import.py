"""A newsroom moves from WordPress: `manage.py import_wordpress` brings its archive along."""
from datetime import UTC, datetime

import pytest
from django.core.management.base import CommandError
from django.utils import timezone
from taggit.models import Tag

from articles.models import Article, Author, Section, WordPressItem, WordPressRedirect
from pages.models import LegalPage
from tests.factories import make_article

from .wxr import attachment_item, author, category, export, item, tag

pytestmark = pytest.mark.django_db


def newsroom_export(**overrides):
    """A small WordPress news site: two authors, nested categories, a tag, posts in every status, a page."""
    return export(
        author("anna", "Anna Müller", "Anna", "Müller", author_id=1),
        author("ben.k", "Ben König", author_id=2),
        category("politik", "Politik", term_id=1),
        category("europa", "Europa &amp; Welt", parent="politik", term_id=2),
        category("kultur", "Kultur", term_id=3),
        tag("klima", "Klima", term_id=4),
        tag("bruecken", "Brücken", term_id=5),
        item(
            101, "Brücken &amp; Straßen: Der Bund zahlt",
            content="<!-- wp:paragraph -->\n<p>Der Bund übernimmt die Kosten für Brücken &amp; Straßen.</p>\n"
            "<!-- /wp:paragraph -->\n\n<!-- wp:paragraph -->\n<p>Die Länder sind erleichtert – „endlich“.</p>\n<!-- /wp:paragraph -->",
            name="bruecken-und-strassen", categories=[("europa", "Europa &amp; Welt"), ("kultur", "Kultur")],
            tags=[("klima", "Klima"), ("bruecken", "Brücken")], creator="anna",
        ),
        item(
            102, "Zwei Autoren, ein Text", excerpt="Der Vorspann aus dem Auszug.",
            content="Ein klassischer Beitrag.\nMit Zeilenumbruch.\n\nUnd ein zweiter Absatz.",
            categories=[("kultur", "Kultur")], coauthors=[("ben.k", "Ben König"), ("anna", "Anna Müller")],
            date="2024-03-31 01:30:00", date_gmt="2024-03-30 23:30:00",
        ),
        item(103, "Noch nicht fertig", status="draft", name="", date_gmt="0000-00-00 00:00:00", content="<p>Entwurf.</p>"),
        item(104, "Bitte prüfen", status="pending", content="<p>Zur Prüfung.</p>", date_gmt="0000-00-00 00:00:00"),
        item(105, "Kommt morgen", status="future", date="2031-06-01 08:00:00", date_gmt="2031-06-01 06:00:00", content="<p>Bald.</p>"),
        item(106, "Nur für uns", status="private", content="<p>Intern.</p>"),
        item(107, "Mit Passwort", password="geheim", content="<p>Geschützt.</p>"),
        item(108, "Gelöscht", status="trash", content="<p>Weg.</p>"),
        item(109, "Impressum", post_type="page", content="<p>Verantwortlich: …</p>", name="impressum"),
        item(110, "Menü", post_type="nav_menu_item", name="menue"),
        **overrides,
    )


def test_posts_become_articles_with_their_status_dates_authors_ressort_and_tags(run_import):
    report = run_import(newsroom_export())

    article = Article.objects.get(slug="bruecken-und-strassen")
    assert article.title == "Brücken & Straßen: Der Bund zahlt"
    assert article.is_public
    assert article.published_at == datetime(2024, 5, 1, 8, 0, tzinfo=UTC)  # the GMT field, not local time
    # Without an excerpt the first paragraph is the Vorspann, and leaves the text.
    assert article.lead == "Der Bund übernimmt die Kosten für Brücken & Straßen."
    assert article.body == "<p>Die Länder sind erleichtert – „endlich“.</p>"
    assert "wp:paragraph" not in article.body
    # The first category is the Ressort (a sub-category becomes one of its own), the rest Schlagwörter.
    assert article.section.name == "Europa & Welt"
    assert {tag.name for tag in article.ordered_tags} == {"Kultur", "Klima", "Brücken"}
    assert [author.name for author in article.ordered_authors] == ["Anna Müller"]
    assert "- Kategorie „Europa & Welt“: Unterkategorie von „Politik“: als eigenes Ressort übernommen" in report

    two = Article.objects.get(slug="beitrag-102")
    assert two.lead == "Der Vorspann aus dem Auszug."
    assert two.body == "<p>Ein klassischer Beitrag.<br>\nMit Zeilenumbruch.</p>\n<p>Und ein zweiter Absatz.</p>"
    assert [author.name for author in two.ordered_authors] == ["Ben König", "Anna Müller"]  # Co-Authors Plus, in order
    assert Author.objects.get(name="Ben König").slug == "ben-k"

    draft = Article.objects.get(title="Noch nicht fertig")
    assert (draft.status, draft.published_at, draft.slug) == (Article.Status.DRAFT, None, "noch-nicht-fertig")
    assert Article.objects.get(title="Bitte prüfen").status == Article.Status.REVIEW
    scheduled = Article.objects.get(title="Kommt morgen")
    assert scheduled.is_scheduled and scheduled.published_at == datetime(2031, 6, 1, 6, 0, tzinfo=UTC)
    for title in ("Nur für uns", "Mit Passwort"):
        assert not Article.objects.get(title=title).is_public
    assert not Article.objects.filter(title__in=["Gelöscht", "Impressum", "Menü"]).exists()

    assert "veröffentlicht: 3 → 3" in report  # 101, 102, and 107 (password: imported, not public)
    assert "Entwurf: 1 → 1" in report and "geplant: 1 → 1" in report and "privat: 1 → 1" in report
    assert "Papierkorb: 1 → 0" in report
    assert "Autor/innen: 2 im Export, 2 in den Autorenzeilen" in report
    assert "Kategorien: 3 im Export" in report and "Schlagwörter: 2 im Export" in report
    assert "Seite 109 „Impressum“: als Seite „Impressum“ übernommen" in report
    assert "Beitrag 108 „Gelöscht“: übersprungen: Status „trash“" in report
    assert "nav_menu_item 110 „Menü“: übersprungen: Inhaltstyp „nav_menu_item“" in report
    assert "passwortgeschützt in WordPress" in report and "privat in WordPress" in report


def test_readers_see_the_imported_article(client, run_import):
    run_import(newsroom_export())
    response = client.get("/artikel/bruecken-und-strassen/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "Brücken &amp; Straßen: Der Bund zahlt" in page and "Anna Müller" in page
    assert client.get("/ressort/europa/").status_code == 200
    assert Article.objects.get(title="Mit Passwort").slug == "beitrag-107"
    assert client.get("/artikel/beitrag-107/").status_code == 404


@pytest.mark.parametrize("version, scheme", [("1.2", "http"), ("1.2", "https"), ("1.1", "http"), ("1.0", "https")])
def test_every_spelling_of_the_wordpress_namespace_reads_the_same(run_import, version, scheme):
    run_import(export(
        author("anna", "Anna Müller"), category("politik", "Politik"),
        item(1, "Überall gleich", content="<p>Text.</p>", categories=[("politik", "Politik")]),
        version=version, scheme=scheme,
    ))
    article = Article.objects.get()
    assert (article.title, article.section.name, article.ordered_authors[0].name) == ("Überall gleich", "Politik", "Anna Müller")
    assert article.is_public


def test_a_second_run_creates_nothing_and_updates_what_changed_in_wordpress(run_import):
    run_import(newsroom_export())
    counts = (Article.objects.count(), Author.objects.count(), Section.objects.count(), Tag.objects.count(),
              WordPressRedirect.objects.count())

    report = run_import(newsroom_export())
    assert (Article.objects.count(), Author.objects.count(), Section.objects.count(), Tag.objects.count(),
            WordPressRedirect.objects.count()) == counts
    assert "neu 0, aktualisiert 0, unverändert 7" in report

    changed = newsroom_export().replace(b"Der Bund zahlt", b"Der Bund zahlt doch nicht")
    report = run_import(changed)
    assert Article.objects.get(slug="bruecken-und-strassen").title == "Brücken & Straßen: Der Bund zahlt doch nicht"
    assert "neu 0, aktualisiert 1, unverändert 6" in report
    assert Article.objects.count() == counts[0]


def test_what_the_newsroom_edited_after_the_import_is_never_overwritten(run_import):
    run_import(newsroom_export())
    article = Article.objects.get(slug="bruecken-und-strassen")
    article.title = "Von der Redaktion verbessert"
    article.save()
    Article.objects.get(slug="beitrag-102").delete()

    changed = newsroom_export().replace(b"Der Bund zahlt", b"Der Bund zahlt nicht").replace(
        b"Zwei Autoren, ein Text", b"Zwei Autoren, neuer Titel"
    )
    report = run_import(changed)
    assert Article.objects.get(pk=article.pk).title == "Von der Redaktion verbessert"
    assert not Article.objects.filter(title__startswith="Zwei Autoren").exists()
    assert "„Brücken & Straßen: Der Bund zahlt nicht“: in RENEWZ bearbeitet, nicht überschrieben" in report
    assert "in RENEWZ gelöscht, nicht neu angelegt" in report


def test_a_dry_run_writes_nothing_and_says_what_it_would_do(run_import):
    report = run_import(newsroom_export(), "--dry-run")
    assert report.startswith("Probelauf – nichts wurde gespeichert.")
    assert "veröffentlicht: 3 → 3" in report
    assert "(2 neu angelegt)" in report  # the authors, each counted once
    assert "Ressorts der Beiträge: 3 (3 neu angelegt)" in report  # Europa & Welt, Kultur, Allgemein
    assert not Article.objects.exists() and not Author.objects.exists() and not Section.objects.exists()
    assert not Tag.objects.exists() and not WordPressItem.objects.exists() and not WordPressRedirect.objects.exists()


def test_one_bad_item_never_stops_the_import(run_import):
    report = run_import(export(
        item(1, "Davor", content="<p>Eins.</p>"),
        # A post ID no database column holds: this item fails, alone.
        item(99999999999999999999999, "Kaputt", content="<p>Zwei.</p>"),
        item(3, "Danach", content="<p>Drei.</p>"),
    ))
    assert set(Article.objects.values_list("title", flat=True)) == {"Davor", "Danach"}
    assert "„Kaputt“: nicht übernommen, Fehler:" in report
    assert "Fehler 1" in report


def test_duplicate_and_unusual_slugs_get_free_ones_and_are_reported(run_import):
    make_article("Schon da", slug="wahl-2024")
    report = run_import(export(
        item(1, "Wahl", name="wahl-2024", content="<p>Eins.</p>"),
        item(2, "Über Umlaute", name="%c3%bcber-umlaute", content="<p>Zwei.</p>"),
    ))
    assert Article.objects.get(title="Wahl").slug == "wahl-2024-2"
    assert Article.objects.get(title="Über Umlaute").slug == "ueber-umlaute"
    assert "Kurz-URL „wahl-2024“ schon vergeben: „wahl-2024-2“ verwendet" in report
    assert "Kurz-URL „über-umlaute“ als „ueber-umlaute“ übernommen" in report


def test_bodies_are_sanitised_shortcodes_converted_or_kept_visibly(run_import):
    body = (
        "<p>Hallo <b>Welt<p>kaputtes HTML<script>alert(1)</script><a href=\"javascript:alert(1)\">Klick</a>"
        "\n\n[embed]https://video.example/clip[/embed]\n\nhttps://www.youtube.com/watch?v=abc\n\n"
        "[contact-form-7 id=\"5\"]\n\n<iframe src=\"https://evil.example\"></iframe>"
    )
    report = run_import(export(
        item(1, "Roh", excerpt="Vorspann", content=body),
        item(2, "Ohne Auszug", content="<p>Erster <script>alert(1)</script>Satz.</p><p>Zweiter.</p>"),
    ))
    # Without an excerpt the Vorspann comes from the sanitised text: no script's text in it.
    assert Article.objects.get(title="Ohne Auszug").lead == "Erster Satz."
    article = Article.objects.get(title="Roh")
    assert "<script" not in article.body and "javascript:" not in article.body and "<iframe" not in article.body
    assert "<b>Welt</b>" in article.body  # the unclosed tag is closed
    assert '<a href="https://video.example/clip" rel="noopener noreferrer">https://video.example/clip</a>' in article.body
    assert 'href="https://www.youtube.com/watch?v=abc"' in article.body
    assert '[contact-form-7 id="5"]' in article.body  # visible, for an editor to replace
    assert "Unbekannter Shortcode [contact-form-7] als Text belassen" in report
    assert "Einbettung als Link übernommen: https://video.example/clip" in report


def test_cdata_entities_and_umlauts_survive_and_huge_bodies_import(run_import):
    huge = "".join(f"<p>Absatz {n} über Öl, Größe &amp; Maß – „Zitat“ &#8211; ]]&gt;</p>" for n in range(40_000))
    run_import(export(item(1, "Öl &#8211; „Preise“ &amp; Märkte", excerpt="Größe &amp; Maß", content="<p>Endet mit ]]> im CDATA.</p>" + huge)))
    article = Article.objects.get()
    assert article.title == "Öl – „Preise“ & Märkte"
    assert article.lead == "Größe & Maß"
    assert "<p>Endet mit ]]&gt; im CDATA.</p>" in article.body
    assert "<p>Absatz 39999 über Öl, Größe &amp; Maß – „Zitat“ – ]]&gt;</p>" in article.body
    assert len(article.body) > 2_000_000


def test_missing_fields_get_defaults_and_are_reported(run_import):
    report = run_import(export(item(1, "", content="", excerpt="", creator="", date_gmt="", categories=())))
    article = Article.objects.get()
    assert (article.title, article.lead, article.section.name) == ("Ohne Titel", "Ohne Titel", "Allgemein")
    assert article.published_at == datetime(2024, 5, 1, 8, 0, tzinfo=UTC)  # from <pubDate>
    assert "ohne Titel" in report and "ohne Kategorie: Ressort „Allgemein“" in report and "ohne Autor/in" in report


@pytest.mark.parametrize(
    "doctype",
    [
        '<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>',  # entity expansion
        '<!DOCTYPE rss [<!ENTITY datei SYSTEM "file:///etc/passwd">]>',  # an external entity
    ],
)
def test_exports_with_entity_tricks_are_refused_before_anything_is_written(run_import, doctype):
    data = export(item(1, "&b; &datei;", content="<p>x</p>")).replace(b'<rss version', doctype.encode() + b'\n<rss version', 1)
    with pytest.raises(CommandError, match="kein lesbarer WordPress-Export"):
        run_import(data)
    assert not Article.objects.exists()


def test_a_file_that_is_no_export_gets_a_german_message(run_import):
    with pytest.raises(CommandError, match="kein WordPress-Export"):
        run_import(b"<html><body>Hallo</body></html>")
    with pytest.raises(CommandError, match="kein lesbarer WordPress-Export"):
        run_import(b"<rss><channel><item><title>abgeschnitten")


def test_scheduled_posts_whose_time_has_passed_appear_and_are_reported(run_import):
    report = run_import(export(item(1, "Verpasst", status="future", content="<p>x</p>")))
    assert Article.objects.get().published_at <= timezone.now()
    assert "geplant, Termin schon vorbei: erscheint sofort" in report


def test_the_impressum_page_becomes_the_sites_impressum_and_other_pages_are_skipped(run_import, client):
    report = run_import(export(
        author("anna", "Anna Müller", author_id=1),
        item(109, "Impressum", post_type="page", content="<p>Verantwortlich: …</p>", name="impressum"),
        item(111, "Über uns", post_type="page", content="<p>Wir sind <script>x</script>die Redaktion.</p>", name="%c3%bcber-uns"),
        item(112, "Beispiel-Seite", post_type="page", content="<p>Hallo.</p>", name="beispiel-seite"),
        item(113, "Datenschutz", post_type="page", status="draft", content="<p>Entwurf.</p>", name="datenschutz"),
    ))
    assert LegalPage.objects.get(kind=LegalPage.Kind.IMPRESSUM).body == "<p>Verantwortlich: …</p>"
    assert "Verantwortlich: …" in client.get("/impressum/").text
    about = LegalPage.objects.get(kind=LegalPage.Kind.ABOUT).body
    assert "die Redaktion" in about and "<script>" not in about
    assert "Seite 112 „Beispiel-Seite“: übersprungen" in report
    assert "Seite 113 „Datenschutz“: übersprungen: Status „draft“" in report
    assert not LegalPage.objects.filter(kind=LegalPage.Kind.DATENSCHUTZ).exists()
    assert "Seiten: 4 im Export, 2 übernommen, 2 übersprungen" in report


def test_a_page_is_imported_once_and_never_over_what_renewz_wrote(run_import):
    run_import(newsroom_export())
    report = run_import(newsroom_export())
    assert "Seiten: 1 im Export, 1 übernommen, 0 übersprungen" in report
    assert LegalPage.objects.count() == 1

    changed = newsroom_export().replace(b"Verantwortlich: \xe2\x80\xa6", b"Verantwortlich: Muster Medien GmbH")
    run_import(changed)
    page = LegalPage.objects.get(kind=LegalPage.Kind.IMPRESSUM)
    assert page.body == "<p>Verantwortlich: Muster Medien GmbH</p>"

    page.body = "<p>Von der Administration geändert.</p>"
    page.save()
    report = run_import(newsroom_export())
    assert LegalPage.objects.get(pk=page.pk).body == "<p>Von der Administration geändert.</p>"
    assert "Seite „Impressum“ in RENEWZ bearbeitet, nicht überschrieben" in report


def test_a_page_written_in_renewz_before_the_import_is_kept(run_import):
    LegalPage.objects.create(kind=LegalPage.Kind.IMPRESSUM, body="<p>Unser Impressum.</p>")
    report = run_import(newsroom_export())
    assert LegalPage.objects.get().body == "<p>Unser Impressum.</p>"
    assert "Seite „Impressum“ gibt es in RENEWZ schon, nicht überschrieben" in report
    assert "Seiten: 1 im Export, 0 übernommen, 1 übersprungen" in report
