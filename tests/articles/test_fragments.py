"""The fragment cache: rendered rows of teaser cards and article pages are reused, and a
reader never sees one that is out of date, whatever changed and wherever it was changed."""
from datetime import timedelta

import pytest
from django.core.cache import caches
from django.db import models
from django.test import Client
from django.utils import timezone
from taggit.models import Tag

from articles.public import fragments
from articles.models import Article, Section
from tests.factories import link_related, make_article, make_author, make_section

pytestmark = pytest.mark.django_db


@pytest.fixture
def rendered_fragments(monkeypatch):
    """The names of the fragments actually rendered (not taken from the cache) per request."""
    from django.templatetags import cache as cache_tags

    names = []
    original = cache_tags.CacheNode.render

    def render(node, context):
        fragment_cache = caches["template_fragments"]
        key = cache_tags.make_template_fragment_key(
            node.fragment_name, [var.resolve(context) for var in node.vary_on]
        )
        if fragment_cache.get(key) is None:
            names.append(node.fragment_name)
        return original(node, context)

    monkeypatch.setattr(cache_tags.CacheNode, "render", render)
    return names


def test_other_listings_are_reused_after_an_article_is_published(client, rendered_fragments):
    politik, sport = make_section("Politik"), make_section("Sport")
    for number in range(3):
        make_article(f"Meldung {number}", section=politik, published_at=timezone.now() - timedelta(hours=number + 1))
    client.get(politik.get_absolute_url())
    client.get("/")
    assert rendered_fragments == ["cards", "lead", "top-stories"]

    rendered_fragments.clear()
    make_article("Eilmeldung", section=sport)
    assert "Eilmeldung" not in client.get(politik.get_absolute_url()).text
    assert rendered_fragments == []  # the Politik row did not change
    assert "Eilmeldung" in client.get("/").text
    # The home page's new Aufmacher pushes the Politik articles into the Top-Themen.
    assert rendered_fragments == ["lead", "top-stories"]


def test_a_listing_takes_its_unchanged_cards_from_the_cache_in_one_piece(client, rendered_fragments):
    section = make_section("Politik")
    articles = [
        make_article(f"Meldung {number}", section=section, published_at=timezone.now() - timedelta(hours=number + 1))
        for number in range(3)
    ]
    client.get(section.get_absolute_url())
    rendered_fragments.clear()
    client.get(section.get_absolute_url())
    assert rendered_fragments == []

    Article.objects.filter(pk=articles[1].pk).update(title="Geänderte Meldung")
    html = client.get(section.get_absolute_url()).text
    assert "Geänderte Meldung" in html and "Meldung 0" in html and "Meldung 2" in html
    assert rendered_fragments == ["cards"]


def test_second_visit_of_an_article_renders_nothing_of_it_again(client, rendered_fragments):
    article = make_article("Haushalt beschlossen")
    client.get(article.get_absolute_url())
    rendered_fragments.clear()
    assert "Haushalt beschlossen" in client.get(article.get_absolute_url()).text
    assert rendered_fragments == []


@pytest.mark.parametrize(
    "change, expected",
    [
        (lambda article: Article.objects.filter(pk=article.pk).update(title="Neuer Titel"), "Neuer Titel"),
        (lambda article: Article.objects.filter(pk=article.pk).update(lead="Ganz neuer Vorspann."), "Ganz neuer Vorspann."),
        (lambda article: Section.objects.filter(pk=article.section_id).update(name="Weltgeschehen"), ">Weltgeschehen</a></p>"),
        (lambda article: article.authors.update(name="Petra Umbenannt"), "Petra Umbenannt"),
        (lambda article: article.bylines.create(author=make_author("Zweite Autorin"), position=5), "Zweite Autorin"),
    ],
    ids=["title", "lead", "section name", "author name", "second author"],
)
def test_a_card_shows_every_change_at_once(client, change, expected):
    article = make_article("Alter Titel", lead="Alter Vorspann.")
    assert expected not in client.get("/").text
    change(article)
    Section.objects.forget_navigation()
    assert expected in client.get("/").text


@pytest.mark.parametrize(
    "change, expected",
    [
        (lambda article: Article.objects.filter(pk=article.pk).update(body="<p>Korrigierter Text.</p>"), "Korrigierter Text."),
        (lambda article: Article.objects.filter(pk=article.pk).update(source_name="Agentur Nord"), "Agentur Nord"),
        (lambda article: article.authors.update(name="Petra Umbenannt"), "Petra Umbenannt"),
        (lambda article: Tag.objects.filter(name="Wahl").update(name="Wahlkampf"), ">Wahlkampf</a>"),
        (lambda article: Article.objects.filter(title="Vorgeschichte").update(title="Die Vorgeschichte"), "Die Vorgeschichte"),
        (lambda article: link_related(article, url="https://example.org/hintergrund", title="Hintergrund", position=9), "Hintergrund"),
    ],
    ids=["body", "source", "author name", "tag name", "related article title", "new related link"],
)
def test_the_article_page_shows_every_change_at_once(client, change, expected):
    target = make_article("Vorgeschichte")
    article = make_article("Hauptartikel", tags=["Wahl"])
    link_related(article, target=target)
    assert expected not in client.get(article.get_absolute_url()).text
    change(article)
    assert expected in client.get(article.get_absolute_url()).text


def test_a_related_article_that_is_unpublished_leaves_the_box_at_once(client):
    target = make_article("Vorgeschichte")
    article = make_article("Hauptartikel")
    link_related(article, target=target)
    assert "Vorgeschichte" in client.get(article.get_absolute_url()).text
    Article.objects.filter(pk=target.pk).unpublish()
    assert "Vorgeschichte" not in client.get(article.get_absolute_url()).text


def test_a_scheduled_related_article_joins_the_box_when_its_time_comes(client, monkeypatch):
    """Nothing in the database changes at that moment, yet the cached page must change."""
    moment = timezone.now() + timedelta(hours=1)
    article = make_article("Hauptartikel")
    link_related(article, target=make_article("Die Fortsetzung", published_at=moment))
    assert "Die Fortsetzung" not in client.get(article.get_absolute_url()).text
    monkeypatch.setattr(timezone, "now", lambda: moment)
    assert "Die Fortsetzung" in client.get(article.get_absolute_url()).text


def test_absolute_addresses_follow_the_host_the_reader_asked(settings):
    settings.ALLOWED_HOSTS = ["renewz.de", "www.renewz.de"]
    article = make_article("Meldung")
    first = Client(HTTP_HOST="renewz.de").get(article.get_absolute_url()).text
    second = Client(HTTP_HOST="www.renewz.de").get(article.get_absolute_url()).text
    assert f'<link rel="canonical" href="http://renewz.de{article.get_absolute_url()}">' in first
    assert 'content="http://www.renewz.de' in second
    assert 'content="http://renewz.de' not in second


def test_the_menu_marks_the_current_section_and_follows_renames(client):
    politik = make_section("Politik", position=1)
    make_section("Sport", position=2)
    make_article(section=politik)
    html = client.get(politik.get_absolute_url()).text
    assert f'href="{politik.get_absolute_url()}" aria-current="page"' in html
    assert "aria-current" not in client.get("/").text
    politik.name = "Innenpolitik"
    politik.save()
    assert ">Innenpolitik</a>" in client.get("/").text


def test_the_menus_follow_a_new_address_of_a_section(client):
    politik = make_section("Politik", position=1)
    make_article(section=politik)
    client.get("/")
    politik.slug = "innenpolitik"
    politik.save()
    html = client.get("/").text
    assert html.count('href="/ressort/innenpolitik/"') == 3  # header menu, footer menu, the card's Ressort
    assert 'href="/ressort/politik/"' not in html


def test_every_field_of_an_article_is_part_of_its_card_fingerprint():
    """A new model field is covered without anyone remembering to add it."""
    article = Article.objects.for_listing().get(pk=make_article().pk)
    before = fragments.cards_fingerprint([article])
    for field in Article._meta.concrete_fields:
        if field.attname in article.get_deferred_fields() or field.primary_key or field.is_relation:
            continue  # relations: the related objects themselves are part of it
        original = getattr(article, field.attname)
        setattr(article, field.attname, changed_value(field, original))
        assert fragments.cards_fingerprint([article]) != before, field.name
        setattr(article, field.attname, original)
    assert fragments.cards_fingerprint([article]) == before


def test_an_article_loaded_without_the_rows_its_fragment_shows_gets_no_fingerprint(rf):
    """Its authors, tags and links would not be part of the key, so a rename could go unseen."""
    article = make_article()
    with pytest.raises(ValueError, match="author_rows"):
        fragments.cards_fingerprint([Article.objects.get(pk=article.pk)])
    with pytest.raises(ValueError, match="tag_rows, related_link_rows"):
        fragments.page_fingerprint(rf.get("/"), Article.objects.for_listing().get(pk=article.pk), preview=False)
    assert fragments.page_fingerprint(rf.get("/"), Article.objects.for_page().get(pk=article.pk), preview=False)


def changed_value(field, value):
    if isinstance(field, (models.DateTimeField,)):
        return (value or timezone.now()) + timedelta(seconds=1)
    if isinstance(field, models.BooleanField):
        return not value
    if isinstance(field, (models.IntegerField, models.FloatField)):
        return (value or 0) + 1
    if isinstance(field, models.JSONField):
        return {"changed": True}
    return f"{value}x"


def test_switched_off_every_request_renders_everything(settings, client, rendered_fragments):
    settings.CACHES = {**settings.CACHES, "template_fragments": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    make_article("Meldung")
    client.get("/")
    assert "Meldung" in client.get("/").text
    assert rendered_fragments == ["lead", "lead"]  # one article: the Aufmacher, no Top-Themen
