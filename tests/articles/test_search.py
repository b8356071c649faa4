"""Readers search the site at /suche/?q=…

On PostgreSQL this is German full-text search over a stored, weighted vector; on SQLite
(the embedded default) a plain match of every word in title, lead, body or tags. Where
the two databases behave differently, a test asserts the behaviour of the one it runs on.
"""
from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from taggit.models import Tag

from articles.models import Article
from articles.search import MATCH_START, MATCH_STOP, highlight
from tests.factories import make_article, make_author, make_section

pytestmark = pytest.mark.django_db

def on_postgres():
    return connection.vendor == "postgresql"


def found(client, query, **params):
    """Titles on the result page for `query`, in the order shown."""
    response = client.get("/suche/", {"q": query, **params})
    assert response.status_code == 200
    return [article.title for article in response.context["page"].object_list]


def hours_ago(hours):
    return timezone.now() - timedelta(hours=hours)


# ------------------------------------------------------------------ finding articles


def test_reader_searching_wahl_finds_articles_about_elections(client):
    make_article("Wahlen in Hessen: die Ergebnisse", published_at=hours_ago(1))
    make_article(
        "Landtagswahl: knappes Rennen", tags=["Wahlen"], published_at=hours_ago(2),
        lead="Drei Wochen vor der Abstimmung liegen die Parteien gleichauf.",
    )
    make_article("Bitcoin steigt über 100.000 Dollar")
    titles = found(client, "Wahl")
    # PostgreSQL: "Wahl" and "Wahlen" share the stem, and the second article is tagged "Wahlen".
    # SQLite: "Wahl" is part of "Wahlen" and of "Landtagswahl".
    assert sorted(titles) == ["Landtagswahl: knappes Rennen", "Wahlen in Hessen: die Ergebnisse"]


def test_search_understands_german_word_forms_on_postgres_and_substrings_on_sqlite(client):
    make_article("Nach der Wahl ist vor der Wahl")
    make_article("Die Grünen und die Landtagswahl")
    if on_postgres():
        # Stemming: the plural finds the singular; compounds are separate words.
        assert found(client, "Wahlen") == ["Nach der Wahl ist vor der Wahl"]
        assert found(client, "Landtagswahlen") == ["Die Grünen und die Landtagswahl"]
    else:
        assert found(client, "Wahlen") == []
        assert sorted(found(client, "wahl")) == ["Die Grünen und die Landtagswahl", "Nach der Wahl ist vor der Wahl"]


def test_every_word_of_the_query_must_match(client):
    make_article("Bitcoin fällt", lead="Der Kurs der Kryptowährung bricht ein.")
    make_article("Ethereum fällt", lead="Auch andere Kryptowährungen verlieren.")
    assert found(client, "Bitcoin fällt") == ["Bitcoin fällt"]
    assert found(client, "Bitcoin Gold") == []


def test_title_match_ranks_above_body_only_match(client):
    make_article("Streit um Windkraft im Landtag", published_at=hours_ago(72))
    make_article(
        "Neue Regeln für Bauherren", published_at=hours_ago(1),
        body="<p>Auch Anlagen für Windkraft brauchen künftig eine Genehmigung.</p>",
    )
    titles = found(client, "Windkraft")
    if on_postgres():
        assert titles == ["Streit um Windkraft im Landtag", "Neue Regeln für Bauherren"]
    else:  # no ranking: newest first
        assert titles == ["Neue Regeln für Bauherren", "Streit um Windkraft im Landtag"]


def test_equally_good_matches_are_shown_newest_first(client):
    make_article("Bahnstreik am Montag", published_at=hours_ago(30))
    make_article("Bahnstreik am Dienstag", published_at=hours_ago(3))
    assert found(client, "Bahnstreik") == ["Bahnstreik am Dienstag", "Bahnstreik am Montag"]


def test_article_found_by_its_tag_alone(client):
    make_article("Neue Regeln für Anleger", tags=["Kryptowährungen"])
    make_article("Neue Regeln für Mieter", tags=["Wohnen"])
    assert found(client, "Kryptowährungen") == ["Neue Regeln für Anleger"]


def test_reader_never_finds_a_draft_or_a_scheduled_article(client):
    make_article("Haushalt beschlossen")
    make_article("Haushalt: der geheime Entwurf", public=False)
    make_article(
        "Haushalt: geplante Analyse", status=Article.Status.PUBLISHED,
        published_at=timezone.now() + timedelta(hours=2), public=False,
    )
    response = client.get("/suche/", {"q": "Haushalt"})
    assert [article.title for article in response.context["page"].object_list] == ["Haushalt beschlossen"]
    assert "Entwurf" not in response.text and "geplante Analyse" not in response.text


# ------------------------------------------------------------------ the page around the results


def test_search_box_in_the_header_of_every_page(client):
    html = client.get("/").text
    assert '<form class="site-search" role="search" action="/suche/" method="get">' in html
    assert '<label class="visually-hidden" for="site-search-query">' in html
    assert 'id="site-search-query" type="search" name="q"' in html


def test_result_page_keeps_the_query_in_the_box_and_is_not_indexed(client):
    make_article("Hessen wählt", lead="Die Wahl in Hessen.")
    response = client.get("/suche/", {"q": 'Wahl "Hessen" <b>'})
    html = response.text
    assert 'name="q" value="Wahl &quot;Hessen&quot; &lt;b&gt;"' in html
    assert "<h1>Suchergebnisse für „Wahl &quot;Hessen&quot; &lt;b&gt;“</h1>" in html
    assert '<meta name="robots" content="noindex">' in html
    assert html.count("<h1") == 1


def test_results_are_cards_with_count(client):
    section = make_section("Politik")
    make_article("Hessen wählt", section=section, authors=[make_author("Lena Hartmann")], lead="Die Wahl in Hessen.")
    html = client.get("/suche/", {"q": "Hessen"}).text
    assert "1 Treffer" in html
    assert '<a href="/ressort/politik/">Politik</a>' in html
    assert "Lena Hartmann" in html


def test_pagination_keeps_the_query(client, settings):
    settings.ARTICLES_PER_PAGE = 2
    for number in range(5):
        make_article(f"Wahl Nummer {number}", published_at=hours_ago(number + 1))
    first = client.get("/suche/", {"q": "Wahl"})
    assert "Seite 1 von 3" in first.text
    assert 'href="?q=Wahl&amp;page=2" rel="next">Weitere Treffer →</a>' in first.text
    second = client.get("/suche/", {"q": "Wahl", "page": "2"})
    assert "Seite 2 von 3" in second.text
    assert 'href="?q=Wahl&amp;page=1" rel="prev">← Vorherige Treffer</a>' in second.text
    assert 'href="?q=Wahl&amp;page=3" rel="next">' in second.text
    assert 'name="q" value="Wahl"' in second.text
    assert client.get("/suche/", {"q": "Wahl", "page": "9"}).status_code == 404


def test_other_listings_still_link_to_their_pages(client, settings):
    settings.ARTICLES_PER_PAGE = 2
    for number in range(3):
        make_article(f"Meldung {number}", published_at=hours_ago(number + 1))
    assert 'href="?page=2" rel="next">Weitere Nachrichten →</a>' in client.get("/").text
    assert 'href="?page=1" rel="prev">← Neuere Artikel</a>' in client.get("/", {"page": "2"}).text


def test_no_results_page_offers_help(client):
    make_section("Wirtschaft")
    make_article("Bitcoin fällt")
    response = client.get("/suche/", {"q": "Quantencomputer"})
    assert response.status_code == 200
    html = response.text
    assert "Keine Treffer für „Quantencomputer“." in html
    assert "Prüfen Sie die Schreibweise." in html
    assert "Versuchen Sie weniger oder andere Suchbegriffe." in html
    assert '<a href="/ressort/wirtschaft/">Wirtschaft</a>' in html
    assert "Bitcoin fällt" not in html


@pytest.mark.parametrize("params", [{}, {"q": ""}, {"q": "   \t  "}, {"q": "\x00"}])
def test_empty_query_shows_the_form_with_a_prompt(client, params):
    make_article("Bitcoin fällt")
    response = client.get("/suche/", params)
    assert response.status_code == 200
    assert response.context["page"] is None
    assert "<h1>Suche</h1>" in response.text
    assert "Wonach suchen Sie?" in response.text
    assert 'name="q" value=""' in response.text
    assert "Bitcoin fällt" not in response.text and "Keine Treffer" not in response.text


NASTY_QUERIES = [
    '"', "&", "|", "!", ":*", "'", "\\", "<script>alert(1)</script>", "Wahl:*", "Wahl & | ! Hessen",
    "'Wahl' OR 1=1; --", '"Wahl', "-Wahl", "Wahl -", "(((", "%", "_", "x" * 5000, "Wahl " * 1000,
    "🗳️ Wahl 🎉", "Über Äpfel, Öl und Straßen", "选举 日本語 선거", "Wahl\x00en", "\x00" * 10, "\u200b", "😀",
]


@pytest.mark.parametrize("query", NASTY_QUERIES)
def test_no_query_breaks_the_search(client, query):
    make_article("Wahlen in Hessen", lead="Über Äpfel, Öl und Straßen wird gestritten.")
    response = client.get("/suche/", {"q": query})
    assert response.status_code == 200
    assert "<script>alert(1)" not in response.text
    assert len(response.context["query"]) <= 200


def test_long_queries_are_cut_before_they_reach_the_database(client):
    response = client.get("/suche/", {"q": "Wahl " + "x" * 5000})
    assert response.context["query"] == "Wahl " + "x" * 195


# ------------------------------------------------------------------ excerpts


def test_excerpt_highlights_the_match_and_escapes_article_html(client):
    make_article(
        "Ein Tag im Landtag",
        lead='Vor der <b>Wahl</b> & danach: <script>alert("x")</script>',
        body="<p>Die Wahlen &amp; Abstimmungen &lt;script&gt; dauern an.</p>",
    )
    html = client.get("/suche/", {"q": "Wahl"}).text
    assert "<script>alert" not in html and "<b>Wahl" not in html and "<script>" not in html.split("<main", 1)[1]
    assert "&amp;amp;" not in html
    if on_postgres():
        assert "<mark>Wahl</mark>" in html and "<mark>Wahlen</mark>" in html
        assert "Die <mark>Wahlen</mark> &amp; Abstimmungen &lt;script&gt; dauern" in html
    else:  # no excerpt: the card shows the lead, escaped
        assert "<mark>" not in html
        assert "Vor der &lt;b&gt;Wahl&lt;/b&gt; &amp; danach" in html


def test_each_query_shows_its_own_excerpt_of_the_same_article(client):
    # The result cards are a cached fragment: two searches finding the same article must
    # not share one card.
    make_article(
        "Ein Tag im Landtag",
        body="<p>Am Morgen stritt der Landtag über die Wahl. " + "Dazwischen lange Reden. " * 40
        + "Am Abend ging es um das Wetter.</p>",
    )
    wahl, wetter = (client.get("/suche/", {"q": query}).text for query in ["Wahl", "Wetter"])
    assert ("<mark>Wahl</mark>" in wahl) is on_postgres() and "<mark>Wetter</mark>" not in wahl
    assert ("<mark>Wetter</mark>" in wetter) is on_postgres() and "<mark>Wahl</mark>" not in wetter


def test_card_shows_the_lead_when_only_title_or_tags_match(client):
    make_article("Wahl in Hessen", tags=["Landespolitik"], lead="Ein Vorspann, der nichts verrät.",
                 body="<p>" + "Viel Text ohne das Suchwort. " * 30 + "</p>")
    for query in ["Wahl", "Landespolitik"]:
        html = client.get("/suche/", {"q": query}).text
        assert '<p class="card__lead">Ein Vorspann, der nichts verrät.</p>' in html


def test_highlighted_excerpt_is_always_well_formed():
    assert highlight(f"a {MATCH_START}Wahl{MATCH_STOP} & <i>b</i>") == "a <mark>Wahl</mark> &amp; &lt;i&gt;b&lt;/i&gt;"
    assert highlight(f"{MATCH_STOP}x{MATCH_START}{MATCH_START}y") == "x<mark>y</mark>"
    assert highlight("Preis &amp; Leistung") == "Preis &amp; Leistung"


# ------------------------------------------------------------------ keeping the search current


def test_search_follows_changes_to_title_and_tags(client):
    article = make_article("Alte Überschrift", lead="Ein Vorspann.")
    assert found(client, "Raumfahrt") == []
    article.title = "Raumfahrt heute"
    article.save()
    assert found(client, "Raumfahrt") == ["Raumfahrt heute"]
    article.tags.add("Mondlandung")
    assert found(client, "Mondlandung") == ["Raumfahrt heute"]
    article.tags.remove("Mondlandung")
    assert found(client, "Mondlandung") == []
    article.tags.set(["Sternwarte"])
    tag = Tag.objects.get(name="Sternwarte")
    tag.name = "Planetarium"
    tag.save()
    assert found(client, "Planetarium") == ["Raumfahrt heute"]
    assert found(client, "Sternwarte") == []
    tag.delete()
    assert found(client, "Planetarium") == []


def test_editor_saves_an_article_with_tags_in_the_admin_and_readers_find_it(client):
    client.force_login(User.objects.create_superuser("chefin", password="geheim-genug-123"))
    section, author = make_section("Politik"), make_author("Lena Hartmann")
    response = client.post("/admin/articles/article/add/", {
        "title": "Landtag beschließt Haushalt", "slug": "", "section": section.pk,
        "lead": "Nach langer Debatte steht der Haushalt.", "body": "Erster Absatz.",
        "status": "published", "published_at_0": "", "published_at_1": "",
        "hero_alt": "", "hero_caption": "", "hero_credit": "", "source_name": "", "source_url": "",
        "new_tags": "Sparkurs, Schuldenbremse",
        "bylines-TOTAL_FORMS": "1", "bylines-INITIAL_FORMS": "0", "bylines-MIN_NUM_FORMS": "1",
        "bylines-MAX_NUM_FORMS": "1000", "bylines-0-author": author.pk, "bylines-0-position": "0",
        "related_links-TOTAL_FORMS": "0", "related_links-INITIAL_FORMS": "0",
        "related_links-MIN_NUM_FORMS": "0", "related_links-MAX_NUM_FORMS": "1000",
        "_save": "Sichern",
    })
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else ""
    client.logout()
    assert found(client, "Schuldenbremse") == ["Landtag beschließt Haushalt"]


def test_bulk_inserted_articles_get_their_vectors_in_one_statement(django_assert_num_queries):
    section = make_section("Politik")
    Article.objects.bulk_create(
        Article(title=f"Massenmeldung {number}", slug=f"massenmeldung-{number}", lead="Ein Vorspann.",
                section=section, status=Article.Status.PUBLISHED, published_at=hours_ago(1))
        for number in range(50)
    )
    with django_assert_num_queries(1 if on_postgres() else 0):
        refreshed = Article.objects.filter(title__startswith="Massenmeldung").refresh_search_vectors()
    assert refreshed == (50 if on_postgres() else 0)
    assert Article.objects.public().search("Massenmeldung").count() == 50


def test_postgres_search_uses_the_stored_vector(client):
    make_article("Wahlen in Hessen")
    with CaptureQueriesContext(connection) as queries:
        client.get("/suche/", {"q": "Wahl"})
    sql = " ".join(query["sql"] for query in queries.captured_queries)
    if on_postgres():
        assert "\"search_vector\" @@ (websearch_to_tsquery('german'" in sql
        assert "to_tsvector" not in sql
    else:
        assert "LIKE" in sql and "search_vector" not in sql


# ------------------------------------------------------------------ cost

# Cold cache, including the site settings and the header's sections menu, ticker and Eilmeldung
# (one query each).
HEADER_QUERIES = 4
# The page of hits with their number (counted in the same query), then, where the result cards
# are rendered (not where their fragment is cached), the excerpts: PostgreSQL only.
EXCERPT_QUERIES = 1 if connection.vendor == "postgresql" else 0
SEARCH_QUERIES = 1 + HEADER_QUERIES


@pytest.mark.parametrize("richness", [1, 4])
def test_search_page_query_count_is_fixed(client, django_assert_num_queries, richness):
    section = make_section("Politik")
    authors = [make_author(f"Autorin {number}") for number in range(richness)]
    tags = [f"Thema {number}" for number in range(richness)]
    for number in range(richness * 3):
        make_article(f"Wahl Nummer {number}", section=section, authors=authors, tags=tags)
    cache.clear()
    with django_assert_num_queries(SEARCH_QUERIES + EXCERPT_QUERIES):
        response = client.get("/suche/", {"q": "Wahl"})
    assert len(response.context["page"].object_list) == richness * 3
    assert response.context["page"].paginator.count == richness * 3


def test_repeated_search_shows_its_cached_cards_without_computing_excerpts_again(client, django_assert_num_queries):
    make_article("Wahl in Hessen", body="<p>Die Wahl ist entschieden.</p>")
    first = client.get("/suche/", {"q": "Wahl"}).text
    cache.clear()
    with django_assert_num_queries(SEARCH_QUERIES):
        again = client.get("/suche/", {"q": "Wahl"}).text
    assert again == first
    assert ("Die <mark>Wahl</mark> ist entschieden" in again) is on_postgres()


def test_changed_body_shows_its_new_excerpt_in_the_cached_results(client):
    article = make_article("Wahl in Hessen", body="<p>Die Wahl ist entschieden.</p>")
    client.get("/suche/", {"q": "Wahl"})
    Article.objects.filter(pk=article.pk).update(body="<p>Die Wahl wird wiederholt.</p>")
    html = client.get("/suche/", {"q": "Wahl"}).text
    assert ("Die <mark>Wahl</mark> wird wiederholt" in html) is on_postgres()
    assert "entschieden" not in html


def test_empty_search_costs_only_the_header(client, django_assert_num_queries):
    make_article("Wahl in Hessen")
    cache.clear()
    with django_assert_num_queries(HEADER_QUERIES):
        client.get("/suche/")
    cache.clear()
    with django_assert_num_queries(1 + HEADER_QUERIES):  # an empty page of hits needs no further query
        client.get("/suche/", {"q": "Quantencomputer"})


def prepared_statements():
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements")
        return [statement for (statement,) in cursor.fetchall()]


def test_search_is_planned_for_its_words_each_time(client):
    """Pages' queries are prepared on PostgreSQL, but not a search's: a prepared statement's
    generic plan cannot see how common a word is (six times slower at 100,000 articles)."""
    make_article("Wahl in Hessen")
    for _ in range(6):
        assert client.get("/").status_code == 200
        assert found(client, "Wahl") == ["Wahl in Hessen"]
    if on_postgres():
        statements = prepared_statements()
        assert any('FROM "articles_article"' in statement for statement in statements)
        assert not any("tsquery" in statement for statement in statements)
