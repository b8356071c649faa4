"""The rich-text editor for the article body, and the sanitising behind it."""
import json
import re
from html import unescape

import pytest
from django_prose_editor.config import allowlist_from_extensions

from articles.admin.editor import BODY_EDITOR_EXTENSIONS
from articles.html import ALLOWED_ATTRIBUTES, ALLOWED_TAGS, ALLOWED_URL_SCHEMES
from articles.models import Article
from tests.articles.test_admin import article_form
from tests.factories import make_article, make_author, make_section

pytestmark = pytest.mark.django_db

EDITOR_ATTRIBUTE = re.compile(r'<textarea name="body"[^>]*data-django-prose-editor-configurable="([^"]*)"[^>]*>(.*?)</textarea>', re.S)


def body_editor(html):
    """The editor's configuration and its initial content, from the change form."""
    match = EDITOR_ATTRIBUTE.search(html)
    assert match, "no prose editor for the body"
    return json.loads(unescape(match.group(1))), unescape(match.group(2)).strip()


def test_editor_writes_the_body_in_a_rich_text_editor_loaded_from_our_static_files(admin_client):
    html = admin_client.get("/admin/articles/article/add/").text
    config, content = body_editor(html)
    assert content == ""
    # The import map is inline: the page's CSP nonce allows it (renewz.security).
    [nonce] = re.findall(r'<script type="importmap" nonce="([^"]+)">', html)
    assert f'<script src="/static/django_prose_editor/configurable.js" nonce="{nonce}" type="module">' in html
    assert f'<script src="/static/django_prose_editor/editor.js" nonce="{nonce}" type="module">' in html
    assert 'href="/static/django_prose_editor/editor.css"' in html
    # Everything the editor needs comes from this site: no CDN.
    assert not re.search(r'(src|href)="(https?:)?//[^"]*prose', html)
    assert "Zwischenüberschriften, fett, kursiv, Links" in html  # the help text explains the toolbar
    # Only the body gets the editor; the lead stays plain text.
    assert html.count("data-django-prose-editor-configurable") == 1


def test_editor_offers_only_the_formats_the_site_renders(admin_client):
    config, _ = body_editor(admin_client.get("/admin/articles/article/add/").text)
    extensions = config["extensions"]
    formats = {name for name in extensions if name not in {"Document", "Text", "Paragraph", "Menu", "History", "Dropcursor", "Gapcursor", "NoSpellCheck"}}
    assert formats == {"Heading", "Bold", "Italic", "Link", "Blockquote", "BulletList", "OrderedList", "ListItem", "HardBreak",
                       "Figure", "Image", "Caption", "Embed"}
    assert extensions["Heading"] == {"levels": [2, 3, 4]}
    assert extensions["Link"] == {"enableTarget": False, "protocols": ["http", "https", "mailto"]}
    for unwanted in ["Table", "Color", "Highlight", "TextAlign", "TextStyle", "HTML", "Underline", "Strike", "CodeBlock"]:
        assert unwanted not in extensions

    # What the editor can produce is a subset of what the server-side sanitiser keeps.
    editor_allows = allowlist_from_extensions(BODY_EDITOR_EXTENSIONS)
    assert editor_allows["tags"] <= ALLOWED_TAGS
    assert editor_allows["tags"] == {"p", "br", "h2", "h3", "h4", "strong", "em", "a", "blockquote", "ul", "ol", "li",
                                     "figure", "figcaption", "img"}
    assert set(editor_allows["url_schemes"]) == ALLOWED_URL_SCHEMES
    assert "target" not in editor_allows["attributes"]["a"] and ALLOWED_ATTRIBUTES["a"] >= {"href", "title"}


def test_editor_saves_rich_text_that_readers_see(admin_client, client):
    body = (
        "<h2>Was beschlossen wurde</h2><p>Der <strong>Landtag</strong> hat <em>heute</em> "
        '<a href="https://example.org/haushalt" title="">den Haushalt</a> beschlossen.<br>Mit knapper Mehrheit.</p>'
        "<blockquote><p>Ein guter Tag.</p></blockquote><ul><li><p>Schulen</p></li></ul><ol><li><p>Straßen</p></li></ol>"
        '<h3>Kontakt</h3><p><a href="mailto:redaktion@example.org">Schreiben Sie uns</a></p><h4>Zuletzt</h4>'
    )
    data = article_form(make_section(), [make_author()], body=body, status="published")
    assert admin_client.post("/admin/articles/article/add/", data).status_code == 302
    article = Article.objects.get()
    page = client.get(article.get_absolute_url()).text
    # The editor's empty link titles are dropped.
    for fragment in [
        "<h2>Was beschlossen wurde</h2>", "<strong>Landtag</strong>", "<em>heute</em>",
        '<a href="https://example.org/haushalt" rel="noopener noreferrer">den Haushalt</a>', "beschlossen.<br>Mit knapper",
        "<blockquote><p>Ein guter Tag.</p></blockquote>", "<li><p>Schulen</p></li>", "<ol>", "<h3>Kontakt</h3>", "<h4>Zuletzt</h4>",
        'href="mailto:redaktion@example.org"',
    ]:
        assert fragment in page

    # Opening the article again loads the saved HTML into the editor.
    _, content = body_editor(admin_client.get(f"/admin/articles/article/{article.pk}/change/").text)
    assert content == article.body


def test_html_sent_past_the_editor_is_still_sanitised(admin_client, client):
    body = (
        '<h1>Titel</h1><p onclick="steal()">Text <script>alert("x")</script><span style="color:red">rot</span></p>'
        '<p><a href="javascript:alert(1)" target="_blank">Klick</a> <a href="ftp://example.org/x">FTP</a></p>'
        '<img src="https://example.org/x.png" onerror="steal()"><table><tr><td>Zelle</td></tr></table><h5>Klein</h5>'
    )
    data = article_form(make_section(), [make_author()], body=body, status="published")
    assert admin_client.post("/admin/articles/article/add/", data).status_code == 302
    article = Article.objects.get()
    for forbidden in ["<script", "alert", "onclick", "onerror", "style=", "javascript:", "ftp:", "target=", "<img", "<table", "<td", "<h1", "<h5", "<span"]:
        assert forbidden not in article.body
    assert "Titel" in article.body and "rot" in article.body and "Zelle" in article.body and "Klick" in article.body
    page = client.get(article.get_absolute_url()).text
    assert "steal()" not in page and 'alert("x")' not in page


def test_an_emptied_editor_saves_an_empty_body(admin_client):
    article = make_article(body="<p>Alt</p>")
    data = article_form(make_section(), [make_author()], body="<p></p>")
    assert admin_client.post("/admin/articles/article/add/", data).status_code == 302
    assert Article.objects.exclude(pk=article.pk).get().body == ""


def test_validation_error_keeps_the_rich_text_in_the_editor(admin_client):
    body = "<h2>Zwischentitel</h2><p>Mein <strong>wichtiger</strong> Text.</p>"
    data = article_form(make_section(), [], body=body)  # no author: the form is shown again
    response = admin_client.post("/admin/articles/article/add/", data)
    assert response.status_code == 200
    _, content = body_editor(response.text)
    assert content == body
