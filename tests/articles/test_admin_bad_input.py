"""Odd query strings in the admin get a German 400 or are ignored, never a 500.

A NUL byte cannot be stored in a PostgreSQL text value: the database driver refuses the query
(on SQLite the same requests are answered the same way). Numbers beyond 64 bits cannot even be
compared by SQLite.
"""
import pytest
from reversion.models import Version

from articles.models import Article
from tests.admin_forms import admin_form_data
from tests.factories import make_article

pytestmark = pytest.mark.django_db

BAD_REQUEST_PAGE = "Ungültige Anfrage"
TOO_LARGE = "99999999999999999999"


@pytest.mark.parametrize("query", ["status=%00", "q=%00", "stand=%00", "%00=1", "section__id__exact=1%00"])
def test_a_nul_byte_in_the_article_list_is_a_bad_request(client, editor, query):
    make_article("Eine Meldung")
    response = client.get(f"/admin/articles/article/?{query}")
    assert response.status_code == 400
    assert BAD_REQUEST_PAGE in response.text


@pytest.mark.parametrize("list_url", ["/admin/articles/author/", "/admin/articles/section/", "/admin/taggit/tag/"])
def test_a_nul_byte_in_the_other_newsroom_lists_is_a_bad_request(client, editor, list_url):
    assert client.get(f"{list_url}?q=%00").status_code == 400


@pytest.mark.parametrize("list_url", ["/admin/auth/user/", "/admin/auth/group/", "/admin/tickers/coin/"])
def test_a_nul_byte_in_the_administrations_lists_is_a_bad_request(admin_client, list_url):
    response = admin_client.get(f"{list_url}?q=%00")
    assert response.status_code == 400
    assert BAD_REQUEST_PAGE in response.text
    assert admin_client.get(f"{list_url}?q=a").status_code == 200


@pytest.mark.parametrize("model_name, field_name", [("relatedlink", "target"), ("byline", "author"), ("article", "tags")])
def test_a_nul_byte_in_an_autocomplete_term_is_a_bad_request(client, editor, model_name, field_name):
    make_article("Eine Meldung", tags=["Wahlen"])
    query = {"term": "Wahl\x00", "app_label": "articles", "model_name": model_name, "field_name": field_name}
    response = client.get("/admin/autocomplete/", query)
    assert response.status_code == 400
    # The same search without the NUL byte works.
    assert client.get("/admin/autocomplete/", {**query, "term": "Wahl"}).status_code == 200


def test_comparing_with_a_revision_number_too_large_for_the_database_asks_for_two_revisions(client, editor):
    article = make_article("Eine Meldung")
    client.post(f"/admin/articles/article/{article.pk}/change/",
                admin_form_data(client.get(f"/admin/articles/article/{article.pk}/change/"), title="Geändert"))
    version = Version.objects.get_for_object(article).first()
    url = f"/admin/articles/article/{article.pk}/history/compare/?alt={TOO_LARGE}&neu={version.pk}"

    response = client.get(url, follow=True)

    assert response.redirect_chain[0][1] == 302
    assert "Bitte zwei verschiedene Fassungen dieses Artikels zum Vergleichen auswählen." in response.text


def test_revision_and_article_numbers_too_large_for_the_database_are_not_found(client, editor):
    article = make_article("Eine Meldung")
    assert client.get(f"/admin/articles/article/{article.pk}/history/{TOO_LARGE}/").status_code == 404
    assert client.get(f"/admin/articles/article/{TOO_LARGE}/history/1/").status_code == 404
    assert client.get(f"/admin/articles/article/recover/{TOO_LARGE}/").status_code == 404
    response = client.post(f"/admin/articles/article/{TOO_LARGE}/change/", {"title": "x"}, follow=True)
    assert response.status_code == 200 and "existiert nicht" in response.text
    assert Article.objects.get().title == "Eine Meldung"
