"""An article's authors, tags and related links, loaded with it in one query
(`for_page`, `for_listing`), are the same as when read on their own."""
from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import Article, Byline
from tests.factories import link_related, make_article, make_author

pytestmark = pytest.mark.django_db


def shown(article):
    """What a reader sees of the article's related rows, in page order."""
    return {
        "authors": [(author.name, author.get_absolute_url(), author.job_title) for author in article.ordered_authors],
        "tags": [(tag.name, tag.slug) for tag in article.ordered_tags],
        "links": [(link.label, link.href, link.is_external) for link in article.visible_related_links],
    }


def test_rows_loaded_with_the_article_match_the_rows_read_alone():
    lena = make_author("Lena Hartmann", job_title="Korrespondentin in Brüssel")
    jonas = make_author("Jonas Becker")
    article = make_article("Hauptmeldung", authors=[jonas])
    # Added in the opposite order of the byline, so that insertion order cannot pass for it.
    Byline.objects.create(article=article, author=lena, position=0)
    Byline.objects.filter(article=article, author=jonas).update(position=1)
    article.tags.add("Verkehr")
    article.tags.add("Landtag")
    article.tags.add("Brücken")
    link_related(article, url="https://example.org/bericht", title="Der Bericht", position=2)
    link_related(article, target=make_article("Frühere Meldung"), position=1)
    link_related(article, target=make_article("Noch geheim", public=False), position=0)
    link_related(article, target=make_article("Geplant", published_at=timezone.now() + timedelta(hours=1)), position=3)

    expected = {
        "authors": [
            ("Lena Hartmann", "/autor/lena-hartmann/", "Korrespondentin in Brüssel"),
            ("Jonas Becker", "/autor/jonas-becker/", ""),
        ],
        "tags": [("Verkehr", "verkehr"), ("Landtag", "landtag"), ("Brücken", "bruecken")],
        "links": [("Frühere Meldung", "/artikel/fruehere-meldung/", False), ("Der Bericht", "https://example.org/bericht", True)],
    }
    assert shown(Article.objects.get(pk=article.pk)) == expected
    assert shown(Article.objects.for_page().get(pk=article.pk)) == expected
    listed = Article.objects.for_listing().get(pk=article.pk)
    assert shown(listed)["authors"] == expected["authors"]


def test_article_without_authors_tags_or_links_shows_none(django_assert_num_queries):
    article = make_article("Kurzmeldung")
    Byline.objects.filter(article=article).delete()

    with django_assert_num_queries(1):
        loaded = Article.objects.for_page().get(pk=article.pk)
        assert shown(loaded) == {"authors": [], "tags": [], "links": []}
