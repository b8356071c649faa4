"""Links that last: a published article's old addresses lead to it for good, in one hop;
deactivated authors keep their bylines and pages."""
from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.utils import timezone

from articles.models import Article, SlugRedirect
from tests.admin_forms import admin_form_data
from tests.factories import make_article, make_author, make_section

pytestmark = pytest.mark.django_db


@pytest.fixture
def chief(client):
    """The editor-in-chief: may do everything in the admin."""
    user = User.objects.create_superuser("chefredaktion", password="geheim-genug-123")
    client.force_login(user)
    return user


def rename(article, slug):
    article.slug = slug
    article.save()
    return article


def test_editor_renames_published_article_and_old_address_redirects_permanently(client, chief):
    article = make_article("Landtag beschließt Haushalt", slug="landtag-beschliesst-haushalt")
    url = f"/admin/articles/article/{article.pk}/change/"
    response = client.post(url, admin_form_data(client.get(url), slug="haushalt-2026-beschlossen"))
    assert response.status_code == 302, response.context["errors"] if response.context else response
    client.logout()

    response = client.get("/artikel/landtag-beschliesst-haushalt/")
    assert response.status_code == 301
    assert response["Location"] == "/artikel/haushalt-2026-beschlossen/"
    assert client.get(response["Location"]).status_code == 200


def test_any_number_of_renames_reach_the_current_address_in_one_hop(client):
    article = make_article(slug="erste-fassung")
    for slug in ["zweite-fassung", "dritte-fassung", "endgueltige-fassung"]:
        rename(article, slug)

    for old in ["erste-fassung", "zweite-fassung", "dritte-fassung"]:
        response = client.get(f"/artikel/{old}/")
        assert response.status_code == 301
        assert response["Location"] == "/artikel/endgueltige-fassung/"
    assert client.get("/artikel/endgueltige-fassung/").status_code == 200
    assert set(SlugRedirect.objects.values_list("old_slug", flat=True)) == {"erste-fassung", "zweite-fassung", "dritte-fassung"}


def test_renaming_back_to_an_old_address_serves_it_again(client):
    article = make_article(slug="vorher")
    rename(article, "nachher")
    rename(article, "vorher")

    assert client.get("/artikel/vorher/").status_code == 200
    response = client.get("/artikel/nachher/")
    assert response.status_code == 301 and response["Location"] == "/artikel/vorher/"
    assert list(SlugRedirect.objects.values_list("old_slug", flat=True)) == ["nachher"]


def test_slugs_of_articles_readers_never_saw_change_freely(client):
    draft = make_article(slug="entwurf-alt", public=False)
    scheduled = make_article(
        slug="geplant-alt", status=Article.Status.PUBLISHED, published_at=timezone.now() + timedelta(days=1)
    )
    rename(draft, "entwurf-neu")
    rename(scheduled, "geplant-neu")

    assert not SlugRedirect.objects.exists()
    assert client.get("/artikel/entwurf-alt/").status_code == 404
    assert client.get("/artikel/geplant-alt/").status_code == 404


def test_old_address_of_an_unpublished_article_is_not_found_until_it_is_public_again(client):
    article = make_article(slug="alte-adresse")
    rename(article, "neue-adresse")
    Article.objects.filter(pk=article.pk).unpublish()

    assert client.get("/artikel/alte-adresse/").status_code == 404
    assert client.get("/artikel/neue-adresse/").status_code == 404

    Article.objects.filter(pk=article.pk).publish()
    response = client.get("/artikel/alte-adresse/")
    assert response.status_code == 301 and response["Location"] == "/artikel/neue-adresse/"


def test_renaming_a_depublished_article_keeps_its_old_address(client):
    article = make_article(slug="zurueckgezogen")
    Article.objects.filter(pk=article.pk).unpublish()
    article.refresh_from_db()
    rename(article, "ueberarbeitet")
    Article.objects.filter(pk=article.pk).publish()

    response = client.get("/artikel/zurueckgezogen/")
    assert response.status_code == 301 and response["Location"] == "/artikel/ueberarbeitet/"


def test_new_article_cannot_take_an_address_another_article_used_before(client, chief):
    old = make_article("Streik bei der Bahn", slug="streik-bei-der-bahn")
    rename(old, "bahnstreik-beendet")
    section, author = make_section("Wirtschaft"), make_author("Jonas Becker")
    url = "/admin/articles/article/add/"
    data = admin_form_data(
        client.get(url),
        title="Streik bei der Bahn",
        slug="streik-bei-der-bahn",
        section=str(section.pk),
        lead="Ein neuer Streik beginnt.",
        body="Ein neuer Text.",
        **{"bylines-TOTAL_FORMS": "1", "bylines-0-author": str(author.pk), "bylines-0-position": "0"},
    )
    response = client.post(url, data)

    assert response.status_code == 200
    assert "Diese Adresse wurde früher von „Streik bei der Bahn“ verwendet." in response.text
    assert "Ein neuer Streik beginnt." in response.text  # what the editor typed stays
    assert Article.objects.count() == 1
    assert client.get("/artikel/streik-bei-der-bahn/").status_code == 301


def test_an_article_may_take_back_its_own_old_address_in_the_admin(client, chief):
    article = make_article(slug="original")
    rename(article, "umbenannt")
    url = f"/admin/articles/article/{article.pk}/change/"
    response = client.post(url, admin_form_data(client.get(url), slug="original"))
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.slug == "original"
    assert list(SlugRedirect.objects.values_list("old_slug", flat=True)) == ["umbenannt"]


def test_generated_slug_skips_addresses_other_articles_used_before():
    old = make_article("Hitzewelle in Berlin")
    assert old.slug == "hitzewelle-in-berlin"
    rename(old, "hitzewelle-berlin-2025")

    newer = make_article("Hitzewelle in Berlin")
    assert newer.slug == "hitzewelle-in-berlin-2"


def test_deactivated_author_keeps_byline_link_and_page_but_is_not_offered_for_new_bylines(client, chief):
    author = make_author("Marta Weiss", job_title="Korrespondentin")
    active = make_author("Maria Wegner")
    article = make_article("Wahl in Polen", authors=[author])
    author.is_active = False
    author.save()

    page = client.get(article.get_absolute_url()).text
    assert f'<a href="{author.get_absolute_url()}" rel="author">Marta Weiss</a>' in page
    author_page = client.get(author.get_absolute_url())
    assert author_page.status_code == 200 and "Wahl in Polen" in author_page.text

    autocomplete = client.get(
        "/admin/autocomplete/",
        {"term": "Ma", "app_label": "articles", "model_name": "byline", "field_name": "author"},
    )
    names = [result["text"] for result in autocomplete.json()["results"]]
    assert names == [active.name]
    # The author list itself still finds them, to reactivate or edit.
    assert "Marta Weiss" in client.get("/admin/articles/author/", {"q": "Marta"}).text

    # Saving the article keeps the inactive author in its byline.
    url = f"/admin/articles/article/{article.pk}/change/"
    response = client.post(url, admin_form_data(client.get(url), lead="Neuer Vorspann."))
    assert response.status_code == 302
    assert [a.name for a in Article.objects.get(pk=article.pk).ordered_authors] == ["Marta Weiss"]


def test_with_the_page_cache_on_a_renamed_article_redirects_at_once(client, settings):
    settings.PAGE_CACHE_ENABLED = True
    article = make_article(slug="gecachte-adresse")
    assert client.get("/artikel/gecachte-adresse/").status_code == 200
    assert client.get("/artikel/gecachte-adresse/")["X-Page-Cache"] == "hit"

    rename(article, "frische-adresse")
    response = client.get("/artikel/gecachte-adresse/")
    assert response.status_code == 301 and response["Location"] == "/artikel/frische-adresse/"
