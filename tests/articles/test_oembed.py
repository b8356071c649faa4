"""Title and thumbnail of an embed from the provider's oEmbed, when an editor saves the article:
tested against a local oEmbed server on 127.0.0.1, with the real client (articles.oembed)."""
import io
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest
from django.contrib.auth.models import Permission, User
from django.core.files.storage import default_storage
from PIL import Image

from articles.models import Article
from tests.admin_forms import admin_form_data
from tests.articles.test_admin import article_form
from tests.factories import make_author, make_section

pytestmark = pytest.mark.django_db

VIDEO = "https://www.youtube.com/watch?v=Rnwz3Tore26"
EMBED = f'<p>Die Tore:</p><figure class="embed" data-provider="youtube" data-url="{VIDEO}"><a href="{VIDEO}">{VIDEO}</a></figure>'


def jpeg_with_camera_data():
    image = Image.new("RGB", (480, 360), (200, 40, 40))
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "Kamerahersteller", "Modell 7"  # metadata, which must not be kept
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", exif=exif)
    return buffer.getvalue()


class OEmbedServer:
    """A provider's oEmbed endpoint and image CDN on 127.0.0.1; `answers[path]` says what each path
    returns: (status, content type, body, seconds to wait first)."""

    def __init__(self):
        self.requests = []
        self.answers = {}
        self.location = ""  # where a 3xx answer sends the client
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                path, _, query = self.path.partition("?")
                server.requests.append((path, parse_qs(query)))
                status, content_type, body, delay = server.answers.get(path, (404, "text/plain", b"nicht gefunden", 0))
                time.sleep(delay)
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", content_type)
                    self.send_header("Content-Length", str(len(body)))
                    if 300 <= status < 400:
                        self.send_header("Location", server.location)
                    self.end_headers()
                    self.wfile.write(body)
                except OSError:
                    pass  # the client gave up waiting

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_port}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def answer_json(self, path, data, delay=0):
        self.answers[path] = (200, "application/json", json.dumps(data).encode(), delay)

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def oembed_server(settings):
    server = OEmbedServer()
    settings.OEMBED_BASE_URL = server.url
    settings.OEMBED_TIMEOUT = 1.0
    settings.OEMBED_BUDGET_SECONDS = 3.0
    yield server
    server.close()


def save_article(client, body=EMBED):
    response = client.post("/admin/articles/article/add/", article_form(make_section(), [make_author()], body=body, status="published"))
    assert response.status_code == 302, response.content[:2000]
    return Article.objects.get()


def test_saving_fetches_title_and_thumbnail_and_stores_the_thumbnail_here(admin_client, client, oembed_server):
    oembed_server.answer_json("/youtube", {"type": "video", "title": "Alle Tore gegen den Tabellenzweiten",
                                           "thumbnail_url": f"{oembed_server.url}/vi/hqdefault.jpg"})
    oembed_server.answers["/vi/hqdefault.jpg"] = (200, "image/jpeg", jpeg_with_camera_data(), 0)

    article = save_article(admin_client)

    (path, query), image_request = oembed_server.requests
    assert path == "/youtube" and query["url"] == [VIDEO] and query["format"] == ["json"]
    assert image_request[0] == "/vi/hqdefault.jpg"
    assert 'data-title="Alle Tore gegen den Tabellenzweiten"' in article.body
    [name] = default_storage.listdir("embeds")[1]
    assert f'data-thumbnail="embeds/{name}"' in article.body
    with default_storage.open(f"embeds/{name}") as stored, Image.open(stored) as image:
        assert image.format == "JPEG" and image.size == (480, 360)
        assert not image.getexif()  # no camera data

    # Readers get the title and the local copy; the page itself fetches nothing.
    before = len(oembed_server.requests)
    page = client.get(article.get_absolute_url()).text
    assert f'<img class="embed__thumbnail" src="/media/embeds/{name}"' in page
    assert ">Alle Tore gegen den Tabellenzweiten</a>" in page
    assert len(oembed_server.requests) == before

    # Saving again asks the provider nothing: the embed has its title already.
    change_url = f"/admin/articles/article/{article.pk}/change/"
    assert admin_client.post(change_url, admin_form_data(admin_client.get(change_url))).status_code == 302
    assert len(oembed_server.requests) == before


def test_a_provider_that_does_not_answer_in_time_leaves_a_plain_placeholder(admin_client, client, oembed_server):
    oembed_server.answer_json("/youtube", {"title": "Zu spät"}, delay=10)
    started = time.monotonic()
    article = save_article(admin_client)
    assert time.monotonic() - started < 6  # gave up after OEMBED_TIMEOUT (1 s), long before the answer
    assert "Zu spät" not in article.body and "data-title" not in article.body
    assert 'data-provider="youtube"' in article.body
    page = client.get(article.get_absolute_url()).text
    assert f'<a href="{VIDEO}" rel="noopener noreferrer">{VIDEO}</a>' in page and "embed__thumbnail" not in page


@pytest.mark.parametrize("answer", [
    (404, "text/html", b"<h1>Not Found</h1>", 0),
    (500, "application/json", b'{"title": "Fehler"}', 0),
    (200, "application/json", b"{kein json", 0),
    (200, "application/json", b'["title"]', 0),
    (200, "application/json", b'{"type": "video"}', 0),  # no title
])
def test_an_error_from_the_provider_never_fails_the_save(admin_client, oembed_server, answer):
    oembed_server.answers["/youtube"] = answer
    article = save_article(admin_client)
    assert len(oembed_server.requests) == 1
    assert 'data-provider="youtube"' in article.body and "data-title" not in article.body and "data-thumbnail" not in article.body


@pytest.mark.parametrize("thumbnail", [
    (200, "image/jpeg", b"GIF89a kein Bild", 0),
    (200, "image/jpeg", jpeg_with_camera_data()[:600], 0),  # cut off
    (404, "image/jpeg", b"", 0),
])
def test_a_bad_thumbnail_is_not_stored_but_the_title_is(admin_client, oembed_server, thumbnail):
    oembed_server.answer_json("/youtube", {"title": "Alle Tore", "thumbnail_url": f"{oembed_server.url}/vi/kaputt.jpg"})
    oembed_server.answers["/vi/kaputt.jpg"] = thumbnail
    article = save_article(admin_client)
    assert 'data-title="Alle Tore"' in article.body and "data-thumbnail" not in article.body
    assert not default_storage.exists("embeds") or default_storage.listdir("embeds")[1] == []


def test_a_thumbnail_address_inside_some_network_is_never_fetched(admin_client, oembed_server):
    oembed_server.answer_json("/youtube", {"title": "Alle Tore", "thumbnail_url": "http://10.0.0.1/admin/bild.jpg"})
    article = save_article(admin_client)
    assert 'data-title="Alle Tore"' in article.body and "data-thumbnail" not in article.body
    assert len(oembed_server.requests) == 1


def test_a_redirect_into_some_network_is_not_followed(admin_client, oembed_server):
    oembed_server.answer_json("/youtube", {"title": "Alle Tore", "thumbnail_url": f"{oembed_server.url}/vi/weiter.jpg"})
    oembed_server.answers["/vi/weiter.jpg"] = (302, "text/plain", b"", 0)
    # Plain HTTP to another host (the same server under another name, so following would work).
    oembed_server.location = f"http://localhost:{oembed_server.httpd.server_port}/intern/bild.jpg"
    oembed_server.answers["/intern/bild.jpg"] = (200, "image/jpeg", jpeg_with_camera_data(), 0)
    article = save_article(admin_client)
    assert 'data-title="Alle Tore"' in article.body and "data-thumbnail" not in article.body
    assert "/intern/bild.jpg" not in [path for path, _ in oembed_server.requests]


def test_nothing_is_fetched_for_someone_who_may_not_save_articles(client, oembed_server):
    visitor = User.objects.create_user("praktikant", is_staff=True)
    visitor.user_permissions.add(Permission.objects.get(codename="view_article"))
    client.force_login(visitor)
    oembed_server.answer_json("/youtube", {"title": "Alle Tore"})
    response = client.post("/admin/articles/article/add/", article_form(make_section(), [make_author()], body=EMBED))
    assert response.status_code == 403
    assert oembed_server.requests == [] and not Article.objects.exists()


def test_providers_without_oembed_and_unknown_addresses_ask_nobody(admin_client, oembed_server):
    instagram = "https://www.instagram.com/p/C7xYz12AbCd/"
    body = (f'<figure class="embed" data-provider="instagram" data-url="{instagram}"><a href="{instagram}">x</a></figure>'
            '<figure class="embed" data-provider="youtube" data-url="https://example.org/v"><a href="https://example.org/v">v</a></figure>')
    article = save_article(admin_client, body=body)
    assert oembed_server.requests == []
    assert 'data-provider="instagram"' in article.body
    assert '<p><a href="https://example.org/v" rel="noopener noreferrer">https://example.org/v</a></p>' in article.body
