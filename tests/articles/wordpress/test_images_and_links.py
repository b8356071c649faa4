"""Images come along the way an editor's uploads do; old WordPress addresses lead to the new ones."""
import io
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from PIL import Image

from articles.models import Article, Section, WordPressItem, WordPressRedirect
from articles.renditions import private_storage
from images.models import Image as LibraryImage

from .conftest import photo_bytes
from .wxr import SITE, attachment_item, author, category, export, item, tag

pytestmark = pytest.mark.django_db

BODY_WITH_IMAGES = (
    '<p>Erster Absatz.</p>\n\n'
    f'[caption id="attachment_21" align="alignnone" width="300"]<img src="{SITE}/wp-content/uploads/2024/05/rathaus-300x169.jpg" '
    'alt="Das Rathaus" width="300" height="169" class="size-medium wp-image-21" /> Das Rathaus am Abend[/caption]\n\n'
    f'<p><img src="{SITE}/wp-content/uploads/2024/05/fehlt.jpg" alt="weg"></p>\n\n'
    '[gallery ids="21,22"]'
)


def image_export(**extra):
    return export(
        author("anna", "Anna Müller"),
        item(10, "Mit Bildern", content=BODY_WITH_IMAGES, name="mit-bildern", meta={"_thumbnail_id": "20"}),
        item(11, "Bild fehlt", content="<p>Text.</p>", name="bild-fehlt", meta={"_thumbnail_id": "23"}),
        item(12, "Bild kaputt", content="<p>Text.</p>", name="bild-kaputt", meta={"_thumbnail_id": "24"}),
        attachment_item(20, "2024/05/bruecke.jpg", alt="Die neue Brücke", caption="Die Brücke bei Nacht",
                        credit="Max Muster/dpa", parent=10),
        attachment_item(21, "2024/05/rathaus.jpg", alt="Das Rathaus", caption="Das Rathaus am Abend", parent=10),
        attachment_item(22, "2024/05/markt.jpg", alt="Der Markt", parent=10),
        attachment_item(23, "2024/05/verschwunden.jpg", alt="Weg"),
        attachment_item(24, "2024/05/kaputt.jpg", alt="Kaputt"),
    )


def test_the_featured_image_becomes_the_hero_image_with_alt_caption_and_credit(run_import, uploads, client):
    report = run_import(image_export(), "--media-dir", str(uploads))
    article = Article.objects.get(slug="mit-bildern")
    assert (article.hero_alt, article.hero_caption, article.hero_credit) == (
        "Die neue Brücke", "Die Brücke bei Nacht", "Max Muster/dpa"
    )
    # Stored like an upload in the admin, as an image of the library: private, under an
    # unguessable name, without the camera's metadata.
    library_image = LibraryImage.objects.get(pk=article.hero_image_id)
    assert (library_image.alt, library_image.original_filename) == ("Die neue Brücke", "bruecke.jpg")
    assert library_image.file.storage is private_storage()
    assert "bruecke" not in library_image.file.name
    with library_image.file.open("rb") as stored, Image.open(stored) as image:
        assert 0x010F not in image.getexif()
    assert library_image.renditions["hero"]["jpg"]
    page = client.get(article.get_absolute_url()).content.decode()
    assert "Foto von Max Muster/dpa" in page or "Max Muster/dpa" in page
    assert "Anhänge: 5 im Export, 4 Dateien gefunden, 1 als Aufmacherbild" in report


def test_images_in_the_text_become_library_images_shown_as_library_figures(run_import, uploads, client):
    report = run_import(image_export(), "--media-dir", str(uploads))
    article = Article.objects.get(slug="mit-bildern")
    sources = re.findall(r'<img src="([^"]+)"', article.body)
    assert len(sources) == 3  # the captioned image and the gallery's two
    assert all(re.match(r"/bild/bilder/\d+/[0-9a-f]{12}-hero-\d+\.jpg$", source) for source in sources)
    assert "alt.example" not in article.body
    assert "<figcaption>Das Rathaus am Abend</figcaption>" in article.body
    assert 'loading="lazy"' in article.body and "srcset=" in article.body
    in_text = LibraryImage.objects.filter(in_bodies=article)
    assert "Das Rathaus" in set(in_text.values_list("alt", flat=True))
    assert in_text.filter(caption="Das Rathaus am Abend").exists()
    assert "Bild nicht übernommen (Datei fehlt): https://alt.example/wp-content/uploads/2024/05/fehlt.jpg" in report

    client.logout()
    response = client.get(sources[0])
    assert response.status_code == 200
    image = Image.open(io.BytesIO(b"".join(response.streaming_content)))
    assert 0x010F not in image.getexif()  # no camera data reaches readers


def test_images_of_an_unpublished_article_stay_private(run_import, uploads, client):
    data = image_export().replace(b"<wp:status><![CDATA[publish]]></wp:status>", b"<wp:status><![CDATA[draft]]></wp:status>", 1)
    run_import(data, "--media-dir", str(uploads))
    article = Article.objects.get(title="Mit Bildern")
    assert not article.is_public
    source = re.findall(r'<img src="([^"]+)"', article.body)[0]
    assert client.get(source).status_code == 404


def test_articles_whose_image_is_missing_or_broken_come_without_it(run_import, uploads):
    report = run_import(image_export(), "--media-dir", str(uploads))
    for slug in ("bild-fehlt", "bild-kaputt"):
        article = Article.objects.get(slug=slug)
        assert not article.hero_image and article.hero_alt == ""
    assert "Beitragsbild „2024/05/verschwunden.jpg“: Datei fehlt, ohne Bild übernommen" in report
    assert "Beitragsbild „kaputt.jpg“ nicht übernommen" in report


def test_without_a_media_folder_everything_but_the_images_is_imported(run_import):
    report = run_import(image_export())
    assert Article.objects.count() == 3
    assert not Article.objects.exclude(hero_image=None).exists() and not LibraryImage.objects.exists()
    assert "Anhänge: 5 im Export, 0 Dateien gefunden" in report


def test_a_second_run_stores_no_image_twice(run_import, uploads):
    run_import(image_export(), "--media-dir", str(uploads))
    article = Article.objects.get(slug="mit-bildern")
    hero, body, images = article.hero_image_id, article.body, LibraryImage.objects.count()
    run_import(image_export().replace(b"Mit Bildern", b"Mit Bildern, neu"), "--media-dir", str(uploads))
    article.refresh_from_db()
    assert article.title == "Mit Bildern, neu"
    assert article.hero_image_id == hero and LibraryImage.objects.count() == images
    assert re.findall(r'src="([^"]+)"', article.body) == re.findall(r'src="([^"]+)"', body)


class OldSite(BaseHTTPRequestHandler):
    files = {}

    def do_GET(self):
        data = self.files.get(self.path)
        if data is None:
            self.send_response(404)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "image/jpeg")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.fixture
def old_site():
    server = ThreadingHTTPServer(("127.0.0.1", 0), OldSite)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


def test_download_fetches_missing_images_from_the_old_site_within_limits(run_import, old_site, settings):
    OldSite.files = {"/wp-content/uploads/2024/05/klein.jpg": photo_bytes(), "/wp-content/uploads/2024/05/riesig.jpg": photo_bytes(size=(2000, 2000)) + b"\0" * 300_000}
    settings.IMAGE_UPLOAD_MAX_BYTES = 200_000
    data = export(
        item(1, "Geladen", content="<p>x</p>", meta={"_thumbnail_id": "5"}),
        item(2, "Zu groß", content="<p>x</p>", meta={"_thumbnail_id": "6"}),
        attachment_item(5, "2024/05/klein.jpg", alt="Klein"),
        attachment_item(6, "2024/05/riesig.jpg", alt="Riesig"),
    ).replace(SITE.encode(), old_site.encode())
    run_import(data, "--dry-run")
    assert not Article.objects.exists()
    report = run_import(data)  # off by default
    assert "Beitragsbild „2024/05/klein.jpg“: Datei fehlt" in report
    Article.objects.all().delete()
    WordPressItem.objects.all().delete()

    report = run_import(data, "--download")
    assert Article.objects.get(title="Geladen").hero_image
    assert not Article.objects.get(title="Zu groß").hero_image
    assert "Beitragsbild „2024/05/riesig.jpg“: Datei fehlt, ohne Bild übernommen" in report


# ----------------------------------------------------------------------------- old addresses


def links_export():
    return export(
        author("anna", "Anna Müller"),
        category("politik", "Politik", term_id=1),
        category("europa", "Europa", parent="politik", term_id=2),
        tag("klima", "Klima", term_id=3),
        item(7, "Gipfel in Brüssel", name="gipfel-in-bruessel", date="2024-05-01 10:00:00", content="<p>Text.</p>",
             categories=[("europa", "Europa"), ("politik", "Politik")], tags=[("klima", "Klima")]),
        item(8, "Unveröffentlicht", status="draft", name="geheim", content="<p>Text.</p>"),
    )


@pytest.mark.parametrize(
    "old, new",
    [
        ("/2024/05/01/gipfel-in-bruessel/", "/artikel/gipfel-in-bruessel/"),
        ("/2024/05/01/gipfel-in-bruessel", "/artikel/gipfel-in-bruessel/"),
        ("/2024/05/gipfel-in-bruessel/", "/artikel/gipfel-in-bruessel/"),
        ("/gipfel-in-bruessel/", "/artikel/gipfel-in-bruessel/"),
        ("/?p=7", "/artikel/gipfel-in-bruessel/"),
        ("/2024/05/01/gipfel-in-bruessel/feed/", "/artikel/gipfel-in-bruessel/"),
        ("/category/europa/", "/ressort/europa/"),
        ("/category/politik/europa/", "/ressort/europa/"),
        ("/category/politik/europa/feed/", "/ressort/europa/feed/"),
        ("/category/politik/", "/thema/politik/"),
        ("/category/politik/feed/", "/thema/politik/feed/"),
        ("/tag/klima/", "/thema/klima/"),
        ("/tag/klima/feed/", "/thema/klima/feed/"),
        ("/author/anna/", "/autor/anna/"),
        ("/author/anna/feed/", "/autor/anna/feed/"),
    ],
)
def test_old_wordpress_addresses_answer_301_to_the_new_ones(run_import, client, old, new):
    run_import(links_export())
    response = client.get(old)
    assert response.status_code == 301
    assert response["Location"] == new
    assert client.get(new).status_code == 200


def test_old_addresses_stay_one_hop_after_the_article_is_renamed(run_import, client):
    run_import(links_export())
    article = Article.objects.get(slug="gipfel-in-bruessel")
    article.slug = "eu-gipfel"
    article.save()
    section = Section.objects.get(slug="europa")
    section.slug = "eu"
    section.save()
    assert client.get("/2024/05/01/gipfel-in-bruessel/")["Location"] == "/artikel/eu-gipfel/"
    assert client.get("/?p=7")["Location"] == "/artikel/eu-gipfel/"
    assert client.get("/category/politik/europa/")["Location"] == "/ressort/eu/"


def test_drafts_get_no_old_address_and_real_pages_are_never_shadowed(run_import, client):
    run_import(links_export())
    assert client.get("/?p=8").status_code == 200  # the home page, as for any unknown ?p=
    assert client.get("/geheim/").status_code == 404
    assert not WordPressRedirect.objects.filter(old_path__contains="geheim").exists()
    assert client.get("/feed/").status_code == 200  # RENEWZ's own feed stays
    assert client.get("/gibt-es-nicht/").status_code == 404
    assert client.get("/gibt-es%00-nicht/").status_code == 404  # not looked up: PostgreSQL refuses NUL


def test_the_page_cache_lets_old_addresses_answer(run_import, client, settings):
    settings.PAGE_CACHE_ENABLED = True
    assert client.get("/?p=7").status_code == 200  # before the import: the home page, cached
    run_import(links_export())
    response = client.get("/?p=7")
    assert response.status_code == 301 and response["Location"] == "/artikel/gipfel-in-bruessel/"
    assert client.get("/?p=7").status_code == 301  # never stored as a page


def test_an_old_address_taken_by_another_target_is_kept_and_reported(run_import):
    run_import(links_export())
    report = run_import(export(
        item(70, "Anderer Gipfel", name="gipfel-in-bruessel", date="2024-05-01 10:00:00", content="<p>Text.</p>")
    ).replace(b"https://alt.example", b"https://zweites.example"))
    assert "alte Adresse /gipfel-in-bruessel/ führt schon woandershin, nicht umgeleitet" in report
    assert WordPressRedirect.objects.get(old_path="/gipfel-in-bruessel/").article.title == "Gipfel in Brüssel"
