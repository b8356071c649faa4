"""Eilmeldung: the Redaktion raises a banner that readers see at the top of every page, cached
or not, and lowers it with one click; at its end time it goes by itself."""
from datetime import timedelta

import pytest
import time_machine
from django.contrib.auth.models import Group, User
from django.test import Client
from django.utils import timezone

from articles import roles
from articles.models import Article, BreakingNews
from tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/articles/breakingnews/add/"
LIST_URL = "/admin/articles/breakingnews/"


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True


def member_of(role, username):
    roles.sync_roles()
    user = User.objects.create_user(username, password="geheim-genug-123", is_staff=True)
    user.groups.add(Group.objects.get(name=role))
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def redaktion():
    return member_of(roles.EDITOR, "redakteur")


@pytest.fixture
def site():
    section = make_section("Politik")
    article = make_article("Kanzlerin tritt zurück", section=section)
    other = make_article("Haushalt beschlossen", section=section)
    return {"article": article, "pages": ["/", article.get_absolute_url(), other.get_absolute_url(), section.get_absolute_url()]}


def cached_pages(client, urls):
    """The pages as a reader gets them once they are in the page cache."""
    for url in urls:
        client.get(url)
    responses = [client.get(url) for url in urls]
    assert [response["X-Page-Cache"] for response in responses] == ["hit"] * len(urls)
    return responses


def raise_form(article, text="Kanzlerin tritt zurück", ends_at=None):
    ends_at = timezone.localtime(ends_at or timezone.now() + timedelta(hours=1))
    return {
        "text": text,
        "article": article.pk if article else "",
        "ends_at_0": ends_at.strftime("%d.%m.%Y"),
        "ends_at_1": ends_at.strftime("%H:%M:%S"),
    }


def test_raised_eilmeldung_appears_on_every_cached_page_with_its_link(client, redaktion, site):
    for response in cached_pages(client, site["pages"]):
        assert "Eilmeldung" not in response.text

    response = redaktion.post(ADD_URL, raise_form(site["article"]))
    assert response.status_code == 302, response.content

    for response in cached_pages(client, site["pages"]):
        assert response["X-Page-Cache"] == "hit"
        assert 'aria-labelledby="breaking-news-label"' in response.text
        assert f'<a href="{site["article"].get_absolute_url()}">Kanzlerin tritt zurück</a>' in response.text
    assert BreakingNews.objects.get().raised_by.username == "redakteur"


def test_the_banner_is_served_into_cached_pages_without_a_query(client, redaktion, site, django_assert_num_queries):
    redaktion.post(ADD_URL, raise_form(site["article"]))
    cached_pages(client, ["/"])
    with django_assert_num_queries(0):
        response = client.get("/")
    assert response["X-Page-Cache"] == "hit" and "Kanzlerin tritt zurück" in response.text


def test_redaktion_lowers_it_with_one_click_and_cached_pages_lose_it(client, redaktion, site):
    redaktion.post(ADD_URL, raise_form(site["article"]))
    assert "Eilmeldung" in cached_pages(client, ["/"])[0].text
    breaking_news = BreakingNews.objects.get()

    listing = redaktion.get(LIST_URL)
    lower_url = f"/admin/articles/breakingnews/{breaking_news.pk}/beenden/"
    assert f'formaction="{lower_url}"' in listing.text and "Jetzt beenden" in listing.text
    response = redaktion.post(lower_url, follow=True)
    assert "Die Eilmeldung „Kanzlerin tritt zurück“ ist beendet." in response.text
    assert "Jetzt beenden" not in response.text and "Beendet (" in response.text

    response = client.get("/")
    assert response["X-Page-Cache"] == "hit"
    assert "Eilmeldung" not in response.text
    assert redaktion.get(f"/admin/articles/breakingnews/{breaking_news.pk}/history/").text.count("Eilmeldung beendet.") == 1


def test_it_ends_by_itself_at_its_end_time_without_any_job(client, redaktion, site):
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        redaktion.post(ADD_URL, raise_form(site["article"], ends_at=timezone.now() + timedelta(minutes=30)))
        assert "Kanzlerin tritt zurück" in cached_pages(client, ["/"])[0].text

        traveller.shift(timedelta(minutes=29))
        assert "Eilmeldung" in client.get("/").text
        traveller.shift(timedelta(minutes=1))
        response = client.get("/")
        assert response["X-Page-Cache"] == "hit"
        assert "Eilmeldung" not in response.text
        assert "Abgelaufen" in redaktion.get(LIST_URL).text


def test_a_newer_eilmeldung_replaces_the_one_before(client, redaktion, site):
    redaktion.post(ADD_URL, raise_form(site["article"], text="Erste Meldung"))
    redaktion.post(ADD_URL, raise_form(None, text="Zweite Meldung, noch ohne Artikel"))
    page = cached_pages(client, ["/"])[0].text
    assert "Zweite Meldung, noch ohne Artikel" in page and "Erste Meldung" not in page


def test_a_banner_never_links_to_an_article_readers_cannot_see(client, redaktion, site):
    draft = make_article("Noch geheim", section=site["article"].section, public=False)
    response = redaktion.post(ADD_URL, raise_form(draft))
    assert "Nur veröffentlichte Artikel können verlinkt werden." in response.text

    redaktion.post(ADD_URL, raise_form(site["article"]))
    assert "Kanzlerin tritt zurück" in cached_pages(client, ["/"])[0].text
    Article.objects.filter(pk=site["article"].pk).unpublish()
    assert "Eilmeldung" not in client.get("/").text


def test_an_end_in_the_past_is_refused_in_german(redaktion, site):
    response = redaktion.post(ADD_URL, raise_form(site["article"], ends_at=timezone.now() - timedelta(minutes=5)))
    assert response.status_code == 200
    assert "Das Ende muss in der Zukunft liegen." in response.text
    assert not BreakingNews.objects.exists()


def test_the_add_form_suggests_an_end_in_one_hour(redaktion):
    response = redaktion.get(ADD_URL)
    in_an_hour = timezone.localtime(timezone.now() + timedelta(hours=1))
    assert f'value="{in_an_hour:%d.%m.%Y}"' in response.text


def test_authors_may_neither_raise_nor_lower_an_eilmeldung(site):
    author = member_of(roles.AUTHOR, "autorin")
    breaking_news = BreakingNews.objects.create(text="Eilt", ends_at=timezone.now() + timedelta(hours=1))
    assert author.get(ADD_URL).status_code == 403
    assert author.post(ADD_URL, raise_form(site["article"])).status_code == 403
    assert author.post(f"/admin/articles/breakingnews/{breaking_news.pk}/beenden/").status_code == 403
    breaking_news.refresh_from_db()
    assert breaking_news.is_on_air and BreakingNews.objects.count() == 1


def test_lowering_needs_a_post(redaktion):
    breaking_news = BreakingNews.objects.create(text="Eilt", ends_at=timezone.now() + timedelta(hours=1))
    assert redaktion.get(f"/admin/articles/breakingnews/{breaking_news.pk}/beenden/").status_code == 405
    breaking_news.refresh_from_db()
    assert breaking_news.is_on_air


def test_the_article_picker_offers_public_articles_only(redaktion, site):
    make_article("Kanzlerin: der Entwurf", section=site["article"].section, public=False)
    response = redaktion.get(
        "/admin/autocomplete/", {"app_label": "articles", "model_name": "breakingnews", "field_name": "article", "term": "Kanzlerin"}
    )
    assert [result["text"] for result in response.json()["results"]] == ["Kanzlerin tritt zurück"]
