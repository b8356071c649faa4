"""A reader who lands on an address that does not exist gets a way on: a search form and
the newest articles."""
import pytest

from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_not_found_page_offers_search_and_the_newest_articles(client):
    draft = make_article("Geheimer Entwurf", public=False)
    articles = [make_article(f"Meldung {number}") for number in range(7)]

    response = client.get("/artikel/gibt-es-nicht/")

    assert response.status_code == 404
    html = response.text
    assert '<meta name="robots" content="noindex">' in html
    assert '<form class="search-form" role="search" action="/suche/" method="get">' in html
    assert '<label class="search-form__label" for="not-found-query">Suchen Sie den Artikel:</label>' in html
    shown = [article.title for article in articles if article.get_absolute_url() in html]
    assert shown == [f"Meldung {number}" for number in range(2, 7)]  # the newest five
    assert draft.title not in html


def test_not_found_page_on_an_empty_site_still_answers(client):
    response = client.get("/ressort/gibt-es-nicht/")
    assert response.status_code == 404
    assert "Seite nicht gefunden" in response.text
    assert "Neueste Artikel" not in response.text
