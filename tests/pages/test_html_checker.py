"""Every kind of public page is valid HTML by the Nu HTML checker (vnu.jar from npm, `make
html-checker`): one Java run over all pages at once, failing on any error."""
import io
import json
import shutil
import subprocess

import pytest
from django.conf import settings
from django.core.management import call_command

from articles.management.commands import load_demo as load_demo_command
from articles.models import Article

pytestmark = pytest.mark.django_db

VNU_JAR = settings.BASE_DIR / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def demo_pages():
    """One page of each kind a reader can reach, on the demo site: (name, path, status)."""
    article = Article.objects.public().first()
    return [
        ("home", "/", 200),
        ("home-page-2", "/?page=2", 200),
        ("article", article.get_absolute_url(), 200),
        # With a two-click embed (articles.embeds): a video's placeholder.
        ("article-with-embed", Article.objects.public().get(body__contains='data-provider="youtube"').get_absolute_url(), 200),
        ("section", article.section.get_absolute_url(), 200),
        ("tag", f"/thema/{article.tags.order_by('name').first().slug}/", 200),
        ("author", article.ordered_authors[0].get_absolute_url(), 200),
        ("search", "/suche/?q=Wahl", 200),
        ("search-form", "/suche/", 200),
        ("search-no-hits", "/suche/?q=Quantencomputer", 200),
        ("not-found", "/gibt-es-nicht/", 404),
        ("impressum", "/impressum/", 200),
        ("datenschutz", "/datenschutz/", 200),
        ("kontakt", "/kontakt/", 200),
        ("ueber-uns", "/ueber-uns/", 200),
    ]


def nu_html_checker(folder):
    """The checker's errors for every file in `folder` (HTML, and SVG), as readable lines."""
    java = shutil.which("java")
    if java is None or not VNU_JAR.exists():
        pytest.fail(f"The Nu HTML checker needs Java and {VNU_JAR}: run `make html-checker`")
    result = subprocess.run(
        [java, "-Xss1m", "-jar", str(VNU_JAR), "--errors-only", "--also-check-svg", "--format", "json", "--stdout", str(folder)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(result.stdout)["messages"]
    assert result.returncode == (1 if messages else 0), result.stderr
    return [
        f"{message['url'].rsplit('/', 1)[-1]}:{message.get('lastLine', '?')}: {message['message']} – {message.get('extract', '').strip()}"
        for message in messages
    ]


def test_every_kind_of_public_page_is_valid_html(client, tmp_path, monkeypatch):
    monkeypatch.setattr(load_demo_command, "HERO_SIZE", (320, 180))
    call_command("load_demo", stdout=io.StringIO())
    folder = tmp_path / "pages"  # not the test's media folder beside it
    folder.mkdir()
    for name, path, status in demo_pages():
        response = client.get(path)
        assert response.status_code == status, (name, path)
        (folder / f"{name}.html").write_bytes(response.content)
    shutil.copy(settings.BASE_DIR / "static" / "img" / "renewz-icon.svg", folder)

    assert nu_html_checker(folder) == []


def test_the_checker_finds_errors(tmp_path):
    """The check above can fail: a page with the error this issue began with is reported."""
    (tmp_path / "broken.html").write_text(
        '<!doctype html><html lang="de"><head><title>x</title></head>'
        '<body><time datetime="2026-12-01T20:41:00.123456+01:00">gestern</time></body></html>'
    )
    [error] = nu_html_checker(tmp_path)  # the test's media folder beside it is empty
    assert error.startswith("broken.html:1: Bad value “2026-12-01T20:41:00.123456+01:00” for attribute “datetime”")
