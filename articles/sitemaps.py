"""Sitemaps for search engines.

`SITEMAPS` is the index at /sitemap.xml: public articles, and the Ressort, Thema and
Autor/in pages that list at least one public article. `NEWS_SITEMAPS` is the Google News
sitemap of the last 48 hours. Each sitemap page costs two queries (count and page).
"""
from datetime import timedelta

from django.contrib.sitemaps import Sitemap
from django.db.models import Exists, Max, OuterRef, Subquery
from django.urls import reverse
from django.utils import timezone
from taggit.models import Tag

from .models import Article, Author, Section

NEWS_WINDOW = timedelta(hours=48)


class ArticleSitemap(Sitemap):
    limit = 50000

    def items(self):
        return Article.objects.public().only("slug", "updated_at")

    def lastmod(self, article):
        return article.updated_at

    def get_latest_lastmod(self):
        return Article.objects.public().aggregate(latest=Max("updated_at"))["latest"]


class ListingSitemap(Sitemap):
    """Pages listing public articles: only those that list at least one, each last modified
    when its most recently updated public article was."""

    model = None
    article_lookup = None  # how an article refers to the listed object
    ordering = ()
    fields = ("slug",)

    def items(self):
        listed_articles = Article.objects.public().filter(**{self.article_lookup: OuterRef("pk")})
        latest_update = listed_articles.order_by("-updated_at").values("updated_at")[:1]
        # Filtering by Exists, not by the latest update: the index's page count then
        # stops at each page's first public article instead of sorting all of them.
        return (
            self.model.objects.only(*self.fields)
            .filter(Exists(listed_articles))
            .annotate(latest_article_update=Subquery(latest_update))
            .order_by(*self.ordering, "pk")
        )

    def lastmod(self, obj):
        return obj.latest_article_update

    def get_latest_lastmod(self):
        # The index lists no date for these: it would read every public article per
        # request, and crawlers find each page's own lastmod inside the sitemap.
        return None


class SectionSitemap(ListingSitemap):
    model = Section
    article_lookup = "section"
    ordering = ("position", "name")


class TagSitemap(ListingSitemap):
    model = Tag
    article_lookup = "tags"
    ordering = ("name",)

    def location(self, tag):
        return reverse("articles:tag", kwargs={"slug": tag.slug})


class AuthorSitemap(ListingSitemap):
    model = Author
    article_lookup = "authors"
    ordering = ("name",)


class NewsSitemap(Sitemap):
    """Google News: public articles of the last 48 hours (at most 1000 per sitemap)."""

    limit = 1000

    def items(self):
        return (
            Article.objects.public()
            .filter(published_at__gte=timezone.now() - NEWS_WINDOW)
            .only("slug", "title", "published_at")
        )


# The keys are part of the URLs: /sitemap-artikel.xml, /sitemap-ressorts.xml, ...
SITEMAPS = {
    "artikel": ArticleSitemap,
    "ressorts": SectionSitemap,
    "themen": TagSitemap,
    "autoren": AuthorSitemap,
}
NEWS_SITEMAPS = {"news": NewsSitemap}
