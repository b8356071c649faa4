import importlib
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.db import connection

from articles.html import sanitise_body
from articles.slugs import german_slugify
from articles.models import Article
from tests.factories import make_article


def test_german_titles_become_readable_slugs():
    assert german_slugify("Übergriffe auf Straßen") == "uebergriffe-auf-strassen"
    assert german_slugify("Ökonomen: Märkte öffnen früher") == "oekonomen-maerkte-oeffnen-frueher"


@pytest.mark.django_db
def test_article_gets_slug_from_title_and_keeps_it_when_title_changes():
    article = make_article("Übergriffe auf Straßen")
    assert article.slug == "uebergriffe-auf-strassen"
    article.title = "Neue Übergriffe auf Straßen"
    article.save()
    article.refresh_from_db()
    assert article.slug == "uebergriffe-auf-strassen"


@pytest.mark.django_db
def test_two_articles_with_the_same_title_get_different_addresses():
    first = make_article("Wahl in Hessen")
    second = make_article("Wahl in Hessen")
    third = make_article("Wahl in Hessen")
    assert [first.slug, second.slug, third.slug] == ["wahl-in-hessen", "wahl-in-hessen-2", "wahl-in-hessen-3"]


def test_body_keeps_the_formats_the_site_renders():
    html = (
        "<h2>Zwischentitel</h2><p>Ein <strong>fetter</strong> und <em>kursiver</em> "
        '<a href="https://example.org/">Link</a>.</p><blockquote><p>„Zitat“</p></blockquote>'
        "<ul><li>eins</li></ul><ol><li>zwei</li></ol>"
    )
    cleaned = sanitise_body(html)
    for fragment in ["<h2>Zwischentitel</h2>", "<strong>fetter</strong>", "<em>kursiver</em>",
                     '<a href="https://example.org/" rel="noopener noreferrer">Link</a>',
                     "<blockquote><p>„Zitat“</p></blockquote>", "<ul><li>eins</li></ul>", "<ol><li>zwei</li></ol>"]:
        assert fragment in cleaned


@pytest.mark.parametrize(
    "dangerous",
    [
        '<p>Hallo</p><script>alert("x")</script>',
        '<p>Hallo</p><img src="x" onerror="alert(1)">',
        '<p onclick="alert(1)">Hallo</p>',
        '<p><a href="javascript:alert(1)">Hallo</a></p>',
        '<p><a href="JaVaScRiPt:alert(1)">Hallo</a></p>',
        '<p><a href="data:text/html;base64,PHNjcmlwdD4=">Hallo</a></p>',
        '<p style="background:url(javascript:alert(1))">Hallo</p><iframe src="https://evil.example"></iframe>',
        '<svg><script>alert(1)</script></svg><p>Hallo</p>',
    ],
)
def test_body_never_carries_script_into_the_page(dangerous):
    cleaned = sanitise_body(dangerous).lower()
    assert "hallo" in cleaned
    for forbidden in ["<script", "onerror", "onclick", "javascript:", "data:", "<iframe", "style=", "<svg", "<img"]:
        assert forbidden not in cleaned


@pytest.mark.parametrize(
    "cite",
    ["javascript:alert(1)", "JaVaScRiPt:alert(1)", " \x01javascript:alert(1)", "java\tscript:alert(1)",
     "&#106;avascript:alert(1)", "javascript&colon;alert(1)", "data:text/html;base64,PHNjcmlwdD4=", "vbscript:msgbox(1)"],
)
@pytest.mark.parametrize("quote", ["blockquote", "q"])
def test_a_quotes_source_never_carries_a_script(quote, cite):
    cleaned = sanitise_body(f'<p>Sie sagte: <{quote} cite="{cite}">Hallo</{quote}></p>')
    assert f"<{quote}>Hallo</{quote}>" in cleaned
    assert "cite=" not in cleaned


@pytest.mark.parametrize("cite", ["https://example.org/rede", "http://example.org/rede", "/artikel/die-rede/"])
def test_a_quotes_source_address_is_kept(cite):
    cleaned = sanitise_body(f'<blockquote cite="{cite}"><p>„Zitat“</p></blockquote>')
    assert f'<blockquote cite="{cite}">' in cleaned


def test_plain_text_paragraphs_become_html_paragraphs():
    assert sanitise_body("Erster Absatz.\n\nZweiter <b>Absatz</b>.") == "<p>Erster Absatz.</p><p>Zweiter <b>Absatz</b>.</p>"


@pytest.mark.django_db
def test_body_is_sanitised_when_the_article_is_saved(client):
    article = make_article(body='<p>Text</p><script>alert("x")</script><img src=x onerror=alert(1)>')
    article.refresh_from_db()
    assert "script" not in article.body and "onerror" not in article.body
    response = client.get(article.get_absolute_url())
    assert b"alert" not in response.content


@pytest.mark.django_db
def test_tags_with_umlauts_get_german_addresses(client):
    article = make_article(tags=["Brücken", "Straßenbau", "Bruecken"])
    slugs = sorted(article.tags.values_list("slug", flat=True))
    assert slugs == ["bruecken", "bruecken-2", "strassenbau"]
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    assert '<a href="/thema/strassenbau/">Straßenbau</a>' in response.text
    assert client.get("/thema/bruecken/").status_code == 200


@pytest.mark.django_db
def test_a_hand_chosen_tag_slug_is_kept_unless_it_cannot_be_a_url():
    from taggit.models import Tag

    assert Tag.objects.create(name="Öl", slug="rohoel").slug == "rohoel"
    tag = Tag.objects.create(name="Ärger")
    tag.slug = "ärger"
    tag.save()
    assert tag.slug == "aerger"


@pytest.mark.django_db
def test_a_quote_source_stored_before_it_was_checked_is_removed_by_the_migration():
    article = make_article("Zitat", body="<p>Text.</p>")
    unsafe = '<blockquote cite="javascript:alert(1)"><p>Ein Zitat.</p></blockquote>'
    Article.objects.filter(pk=article.pk).update(body=unsafe)  # as stored by the code before
    untouched = make_article("Quelle", body='<blockquote cite="https://example.org/rede"><p>Rede.</p></blockquote>')
    migration = importlib.import_module("articles.migrations.0010_resanitise_quote_sources")

    migration.resanitise_quote_sources(apps, SimpleNamespace(connection=connection))

    article.refresh_from_db()
    assert article.body == "<blockquote><p>Ein Zitat.</p></blockquote>"
    untouched.refresh_from_db()
    assert 'cite="https://example.org/rede"' in untouched.body

