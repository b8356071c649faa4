"""The nginx front of deploy/nginx/renewz.conf, as a reader meets it: Debian's nginx on
127.0.0.1 (bench.nginx renders the deploy template) in front of the live server, with the page
cache on as in production.

Between nginx and the live server sits a relay that a test can break: „stopped“ closes every
connection at once, „hung“ takes requests and never answers. `make test` installs nginx.
"""
import http.client
import json
import os
import select
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest
from django.test import Client
from django.test.utils import override_settings
from django.utils import timezone

from articles.models import Article
from bench import nginx
from tests.factories import image_upload, make_article, make_section

ROOT = Path(__file__).resolve().parents[2]
VISIBLE_WITHIN = 2.0  # seconds, issue 17


class Relay:
    """A TCP relay from nginx to the live server; `mode` is "pass", "stopped" or "hung"."""

    def __init__(self, target):
        self.target = target
        self.mode = "pass"
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.address = f"127.0.0.1:{self.listener.getsockname()[1]}"
        self.held = []
        self.closed = False
        threading.Thread(target=self.accept, daemon=True).start()

    def accept(self):
        while not self.closed:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self.pipe, args=(client,), daemon=True).start()

    def pipe(self, client):
        upstream = None
        try:
            while not self.closed:
                readable, _, _ = select.select([client] + ([upstream] if upstream else []), [], [], 0.2)
                for sock in readable:
                    data = sock.recv(65536)
                    if not data:
                        return
                    if sock is client:
                        if self.mode == "stopped":
                            return
                        if self.mode == "hung":
                            self.held.append(client)
                            client = socket.socket()  # never answered; the held one stays open
                            return
                        if upstream is None:
                            upstream = socket.create_connection(self.target)
                        upstream.sendall(data)
                    else:
                        client.sendall(data)
        except OSError:
            return
        finally:
            client.close()
            if upstream is not None:
                upstream.close()

    def resume(self):
        """Back to passing requests; the hung ones end, as when gunicorn is restarted."""
        self.mode = "pass"
        for sock in self.held:
            sock.close()
        self.held.clear()

    def close(self):
        self.closed = True
        self.listener.close()
        for sock in self.held:
            sock.close()


@pytest.fixture(scope="module")
def static_files():
    """collectstatic with the production storage (hashed and compressed names), in a folder
    nginx's unprivileged user may read, beside the media folders."""
    folder = Path(tempfile.mkdtemp(prefix="renewz-nginx-static-"))
    folder.chmod(0o755)
    env = dict(os.environ, DJANGO_STATIC_ROOT=str(folder / "static"), DJANGO_SETTINGS_MODULE="renewz.settings")
    subprocess.run([sys.executable, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"],
                   cwd=ROOT, env=env, check=True, timeout=300)
    (folder / "media").mkdir()
    (folder / "private").mkdir()
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def front(static_files, request):
    if not nginx.installed():
        pytest.fail(f"{nginx.NGINX} is missing; `make test` installs Debian's nginx (apt-get install nginx)")
    # WhiteNoise looks for STATIC_ROOT once, when the live server starts (tests/browser/conftest.py).
    with override_settings(STATIC_ROOT=static_files / "static"):
        live_server = request.getfixturevalue("live_server")
    host, port = live_server.url.removeprefix("http://").split(":")
    relay = Relay((host, int(port)))
    try:
        with nginx.Front(app=relay.address, static_root=static_files / "static",
                         media_root=static_files / "media", private_media_root=static_files / "private") as running:
            running.relay = relay
            yield running
    finally:
        relay.close()


class Reader:
    def __init__(self, front):
        self.front = front

    def get(self, path, method="GET", headers=None, body=None):
        connection = http.client.HTTPConnection("127.0.0.1", self.front.port, timeout=10)
        try:
            connection.request(method, path, body=body, headers=headers or {})
            response = connection.getresponse()
            response.body = response.read()
            response.text = response.body.decode(errors="replace")
            return response
        finally:
            connection.close()

    def until(self, path, seen, timeout=5.0):
        """Seconds until a response to `path` satisfies `seen`, polling every 50 ms."""
        started = time.monotonic()
        while time.monotonic() - started < timeout:
            if seen(self.get(path)):
                return time.monotonic() - started
            time.sleep(0.05)
        pytest.fail(f"{path}: not seen within {timeout} s")

    def cached(self, path, headers=None):
        """The first answer from the microcache. A copy lives until the end of the second it was
        made in (renewz/microcache.py), so a second request may just miss it."""
        for _ in range(20):
            response = self.get(path, headers=headers)
            if cache_status(response) == "HIT":
                return response
            time.sleep(0.05)
        pytest.fail(f"{path}: never a HIT")


@pytest.fixture
def reader(front, transactional_db, settings):
    settings.PAGE_CACHE_ENABLED = True
    # As production runs gunicorn behind this front: nginx sends the images Django allows.
    settings.PRIVATE_MEDIA_ROOT = front.private_media_root
    settings.PRIVATE_MEDIA_ACCEL_REDIRECT = nginx.PRIVATE_MEDIA_PREFIX
    front.relay.resume()
    yield Reader(front)
    front.relay.resume()


def cache_status(response):
    return response.getheader("X-Cache-Status")


def test_an_anonymous_reader_gets_the_page_from_the_microcache(reader):
    make_article("Stadtrat beschließt neuen Radweg")
    first = reader.get("/")
    assert first.status == 200 and "Stadtrat beschließt neuen Radweg" in first.text
    second = reader.cached("/")
    assert second.text == first.text
    assert second.getheader("X-Accel-Expires") is None  # for nginx only
    # Django's own headers pass through: a CDN in front still gets s-maxage, and the security headers.
    assert "s-maxage=60" in second.getheader("Cache-Control")
    assert second.getheader("Content-Security-Policy")


def test_a_logged_in_editor_never_gets_or_leaves_a_cached_page(reader, admin_user):
    make_article("Haushaltsdebatte im Landtag")
    reader.get("/")
    client = Client()
    client.force_login(admin_user)
    cookie = f"sessionid={client.cookies['sessionid'].value}"
    for _ in range(2):
        response = reader.get("/", headers={"Cookie": cookie})
        assert response.status == 200 and cache_status(response) == "BYPASS"
        assert "private" in response.getheader("Cache-Control")
    admin = reader.get("/admin/", headers={"Cookie": cookie})
    assert admin.status == 200 and cache_status(admin) == "BYPASS"


def test_the_admin_and_previews_are_never_cached(reader):
    for path in ("/admin/login/", "/vorschau/kein-gueltiger-link/"):
        answers = [reader.get(path) for _ in range(3)]
        assert {cache_status(answer) for answer in answers} == {"BYPASS"}, path
    # The login form's CSRF cookie: whoever carries it gets Django's answer, not the shared copy.
    reader.get("/")
    assert cache_status(reader.get("/", headers={"Cookie": "csrftoken=abc"})) == "BYPASS"


def test_a_post_goes_to_django_even_where_a_get_is_cached(reader):
    reader.cached("/suche/?q=Radweg")
    posted = reader.get("/suche/?q=Radweg", method="POST", body="q=Radweg",
                        headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert posted.status == 403  # Django's CSRF check: the cached 200 was not handed out
    assert cache_status(posted) is None


def test_a_published_article_is_on_the_home_and_section_page_within_two_seconds(reader):
    politik = make_section("Politik")
    make_article("Ältere Meldung", section=politik)
    for path in ("/", "/ressort/politik/"):
        reader.cached(path)
    make_article("Eilmeldung: Koalition einigt sich", section=politik, published_at=timezone.now())
    for path in ("/", "/ressort/politik/"):
        assert reader.until(path, lambda page: "Eilmeldung: Koalition einigt sich" in page.text) < VISIBLE_WITHIN


def test_a_correction_and_a_depublication_are_visible_within_two_seconds(reader):
    article = make_article("Bürgermeister tritt zurük")
    path = article.get_absolute_url()
    reader.cached(path)
    article.title = "Bürgermeister tritt zurück"
    article.save()
    assert reader.until(path, lambda page: "Bürgermeister tritt zurück" in page.text) < VISIBLE_WITHIN
    reader.cached("/")
    article.status = Article.Status.UNPUBLISHED
    article.save()
    assert reader.until(path, lambda page: page.status == 404) < VISIBLE_WITHIN
    assert reader.until("/", lambda page: "Bürgermeister tritt" not in page.text) < VISIBLE_WITHIN
    # And it stays gone: the 404 replaced the cached page (no stale copy is served on).
    time.sleep(1.2)
    assert [reader.get(path).status for _ in range(3)] == [404, 404, 404]


def test_static_files_come_from_nginx_with_far_future_caching(reader, static_files):
    manifest = json.loads((static_files / "static" / "staticfiles.json").read_text())["paths"]
    source, hashed = next((name, hashed) for name, hashed in manifest.items() if name.endswith(".css"))
    response = reader.get(f"/static/{hashed}", headers={"Accept-Encoding": "gzip"})
    assert response.status == 200 and cache_status(response) is None  # nginx itself, not the app
    assert response.getheader("Cache-Control") == "public, max-age=31536000, immutable"
    assert response.getheader("Content-Encoding") == "gzip"
    # Unhashed names may change with the next deploy: kept an hour only.
    assert reader.get(f"/static/{source}").getheader("Cache-Control") == "public, max-age=3600"


def test_a_public_articles_hero_image_is_sent_by_nginx_after_djangos_check(reader, front):
    article = make_article("Neue Brücke eröffnet", hero_image=image_upload(size=(1000, 560)), hero_alt="Die Brücke")
    picture = article.hero_picture
    for url, content_type in ((picture.src, "image/jpeg"), (picture.webp[0][1], "image/webp")):
        stored = (front.private_media_root / url.removeprefix("/bild/")).read_bytes()
        for _ in range(2):  # the second one too: nginx stored nothing
            response = reader.get(url)
            assert response.status == 200 and response.body == stored, url
            # From nginx's internal location, not proxied from Django (which sent no body).
            assert cache_status(response) is None and response.getheader("X-Accel-Redirect") is None
            assert response.getheader("Content-Type") == content_type
            assert response.getheader("Cache-Control") == "public, max-age=31536000, s-maxage=86400, immutable"
            assert response.getheader("X-Content-Type-Options") == "nosniff"

    # A file that is not there: Django's 404 page, not nginx's.
    missing = reader.get(picture.src.rsplit("-", 1)[0] + "-9999.jpg")
    assert missing.status == 404 and "Seite nicht gefunden" in missing.text

    article.status = Article.Status.UNPUBLISHED
    article.save()
    # At once: neither the microcache nor the page cache kept the answer, so Django checks again.
    assert reader.get(picture.src).status == 404


def test_an_unpublished_articles_hero_image_is_404_except_at_its_signed_address(reader, front):
    article = make_article("Entwurf mit Bild", public=False, hero_image=image_upload(size=(800, 450)), hero_alt="Bild")
    signed = article.hero_picture.src
    assert "?zugang=" in signed
    assert reader.get(signed.split("?")[0]).status == 404
    response = reader.get(signed)
    assert response.status == 200 and cache_status(response) is None
    assert response.body == (front.private_media_root / signed.split("?")[0].removeprefix("/bild/")).read_bytes()
    assert response.getheader("Cache-Control") == "private, no-store"


def test_an_image_whose_name_needs_url_encoding_is_found_by_nginx(reader, front):
    article = make_article("Import mit Textbild")
    path = front.private_media_root / f"textbilder/{article.pk}/brücke_1.jpg"
    path.parent.mkdir(parents=True)
    path.write_bytes(image_upload().read())
    response = reader.get(f"/bild/textbilder/{article.pk}/br%C3%BCcke_1.jpg")
    assert response.status == 200 and cache_status(response) is None and response.body == path.read_bytes()


def test_the_internal_image_location_is_404_from_outside(reader, front):
    article = make_article("Mit Bild", hero_image=image_upload(), hero_alt="Bild")
    name = article.hero_picture.src.removeprefix("/bild/")
    assert (front.private_media_root / name).is_file()
    for path in (f"{nginx.PRIVATE_MEDIA_PREFIX}{name}", f"{nginx.PRIVATE_MEDIA_PREFIX}{article.hero_image.file.name}"):
        assert reader.get(path).status == 404, path


def test_readers_get_the_last_page_while_the_backend_is_stopped_or_hung(reader):
    make_article("Hochwasser: Pegel sinkt")
    reader.until("/", lambda page: "Hochwasser: Pegel sinkt" in page.text)
    reader.front.relay.mode = "stopped"
    time.sleep(1.1)  # the cached copy is now older than its second
    for _ in range(3):
        response = reader.get("/")
        assert response.status == 200 and "Hochwasser: Pegel sinkt" in response.text
        assert cache_status(response) in {"STALE", "UPDATING"}
    reader.front.relay.mode = "hung"
    time.sleep(1.1)
    started = time.monotonic()
    response = reader.get("/")
    assert response.status == 200 and "Hochwasser: Pegel sinkt" in response.text
    assert time.monotonic() - started < 1.0
    # Back up: the next request after the refresh shows the current page again.
    reader.front.relay.resume()
    make_article("Pegel wieder normal", published_at=timezone.now())
    assert reader.until("/", lambda page: "Pegel wieder normal" in page.text) < VISIBLE_WITHIN


def test_plain_http_is_redirected_to_https(front):
    connection = http.client.HTTPConnection("127.0.0.1", front.http_port, timeout=10)
    connection.request("GET", "/artikel/eine-meldung/?seite=2")
    response = connection.getresponse()
    assert response.status == 301
    assert response.getheader("Location") == "https://127.0.0.1/artikel/eine-meldung/?seite=2"


def test_the_production_site_file_with_tls_is_valid_nginx(tmp_path):
    """deploy/nginx/render.py's output as an operator installs it, certificate paths included."""
    if not nginx.installed():
        pytest.fail(f"{nginx.NGINX} is missing; `make test` installs Debian's nginx (apt-get install nginx)")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=renewz.de",
                    "-keyout", tmp_path / "key.pem", "-out", tmp_path / "cert.pem"], check=True, capture_output=True)
    site = subprocess.run(
        [sys.executable, ROOT / "deploy" / "nginx" / "render.py", "--server-name", "renewz.de www.renewz.de",
         "--static-root", "/srv/renewz/var/static", "--media-root", "/srv/renewz/var/media",
         "--private-media-root", "/srv/renewz/var/private",
         "--cache-dir", tmp_path / "cache", "--certificate", tmp_path / "cert.pem", "--key", tmp_path / "key.pem"],
        check=True, capture_output=True, text=True,
    ).stdout
    assert "listen 443 ssl http2;" in site and "return 301 https://$host$request_uri;" in site
    (tmp_path / "site.conf").write_text(site)
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid;\nevents {{}}\nhttp {{\n include /etc/nginx/mime.types;\n include {tmp_path}/site.conf;\n}}\n"
    )
    checked = subprocess.run([nginx.NGINX, "-t", "-p", tmp_path, "-c", tmp_path / "nginx.conf", "-e", tmp_path / "error.log"],
                             capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr
