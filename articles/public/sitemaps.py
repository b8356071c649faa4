"""Sitemaps for search engines.

`SITEMAPS` is the index at /sitemap.xml: the public articles in one sitemap per Berlin
calendar month of publication (/sitemap-artikel-2025-09.xml), and the Ressort, Thema and
Autor/in pages that list at least one public article, and the site's own pages (Impressum, …).
`NEWS_SITEMAPS` is the Google News sitemap of the last 48 hours.

The index costs the same at any archive size: one index-backed query finds the oldest
public article's month, and it lists every month from there to now without counting them
or asking for their latest change (either would read every article). A monthly sitemap is
one query (two if the month is empty); each listing sitemap page is two (count and page),
and its count reads no articles while the listing fits one page.
"""
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.contrib.sitemaps import Sitemap
from django.core.paginator import EmptyPage, Page, PageNotAnInteger, Paginator
from django.db.models import Exists, OuterRef, Q, Subquery
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from taggit.models import Tag

from pages.sitemaps import LegalPageSitemap

from ..models import Article, Author, Byline, Section, TaggedArticle, public_condition

logger = logging.getLogger(__name__)

NEWS_WINDOW = timedelta(hours=48)
# Years 1000 to 9999: four digits in the URL, and every month start converts to UTC.
MONTH_KEY = re.compile(r"artikel-(?P<year>[1-9]\d{3})-(?P<month>0[1-9]|1[0-2])")


@dataclass(frozen=True, order=True)
class Month:
    """A calendar month in the site's time zone (Europe/Berlin)."""

    year: int
    month: int

    @classmethod
    def of(cls, moment):
        local = timezone.localtime(moment, timezone.get_default_timezone())
        return cls(local.year, local.month)

    @classmethod
    def from_key(cls, key):
        """The month a sitemap key names, or None if it is malformed or still to come."""
        match = MONTH_KEY.fullmatch(key)
        if match is None:
            return None
        month = cls(int(match["year"]), int(match["month"]))
        return month if month <= cls.of(timezone.now()) else None

    @property
    def key(self):
        return f"artikel-{self.year:04d}-{self.month:02d}"

    @property
    def start(self):
        # Local midnight: Berlin's clocks never change at midnight, so it always exists.
        return datetime(self.year, self.month, 1, tzinfo=timezone.get_default_timezone())

    def next(self):
        return Month(self.year + self.month // 12, self.month % 12 + 1)


class UncountedPages:
    """The pages of a monthly sitemap, read without counting the month's articles.

    The index links only each month's first page: whether a month has more could only be
    learned by counting it, for every month on every request. A newsroom publishes far
    fewer than a sitemap's 50,000 URLs a month; should a month ever exceed them, the rest is
    served at ?p=2 (not linked from the index) and an error is logged.
    """

    num_pages = 1

    def __init__(self, sitemap):
        self.sitemap = sitemap
        self.per_page = sitemap.limit

    def page(self, number):
        try:
            number = int(number)
        except (TypeError, ValueError):
            raise PageNotAnInteger(f"Not a page number: {number!r}")
        if number < 1:
            raise EmptyPage(f"No page {number}")
        offset = (number - 1) * self.per_page
        # One row more than a page, to notice a month that outgrew the limit.
        items = list(self.sitemap.items()[offset : offset + self.per_page + 1])
        if len(items) > self.per_page:
            logger.error(
                "Sitemap %s has more than %d articles; the index links only its first page.",
                self.sitemap.month.key,
                self.per_page,
            )
            del items[self.per_page :]
        if not items and (number > 1 or not self.sitemap.month_in_archive()):
            raise EmptyPage(f"No page {number}")
        return Page(items, number, self)


class ArticleMonthSitemap(Sitemap):
    """The public articles first published in one month."""

    limit = 50000

    def __init__(self, month):
        self.month = month

    def items(self):
        return (
            Article.objects.public()
            .filter(published_at__gte=self.month.start, published_at__lt=self.month.next().start)
            .order_by("published_at", "pk")
            .only("slug", "updated_at")
        )

    def lastmod(self, article):
        return article.updated_at

    def get_latest_lastmod(self):
        # The index lists no date for months: it would read every article of every month.
        return None

    @property
    def paginator(self):
        return UncountedPages(self)

    def month_in_archive(self):
        """An empty month counts as a valid (empty) sitemap if an older public article
        exists, so the index links it: a newsroom's pause, or the new month's first hours."""
        return Article.objects.public().filter(published_at__lt=self.month.start).exists()


class SitemapIndex(Mapping):
    """The sitemaps by key, computed per request: Django's index view iterates it, its
    sitemap view looks one key up (which never queries)."""

    def __init__(self, listings):
        self.listings = listings

    def __getitem__(self, key):
        if key in self.listings:
            return self.listings[key]
        month = Month.from_key(key)
        if month is None:
            raise KeyError(key)
        return ArticleMonthSitemap(month)

    def __iter__(self):
        yield from (month.key for month in self.months())
        yield from self.listings

    def __len__(self):
        return len(self.months()) + len(self.listings)

    # reverse() compares a URL pattern's extra arguments with ==, and Mapping's == would
    # build both dicts (querying the database) and find two month sitemaps unequal.
    def __eq__(self, other):
        return self is other

    __hash__ = object.__hash__

    def months(self):
        """Every month from the oldest public article's to the current one."""
        oldest = (
            Article.objects.public()
            .order_by("published_at")
            .values_list("published_at", flat=True)
            .first()
        )
        if oldest is None:
            return []
        months, month, current = [], Month.of(oldest), Month.of(timezone.now())
        while month <= current:
            months.append(month)
            month = month.next()
        return months


class ListingPages(Paginator):
    """The pages of a listing sitemap, counted cheaply while they fit one page.

    Counting the pages that list a public article reads the articles (all of them, for
    3,000 tags); counting every Ressort, tag or author does not, and while those fit one
    page, so do the listed ones. Only past 50,000 of them are the listed ones counted.
    """

    @cached_property
    def count(self):
        every = self.object_list.model._default_manager.count()
        return every if every <= self.per_page else self.object_list.count()


class ListingSitemap(Sitemap):
    """Pages listing public articles: only those that list at least one, each last modified
    when its newest public article was published."""

    model = None
    ordering = ()
    fields = ("slug",)

    def public_rows(self):
        """The public articles (or their link rows) of the object at OuterRef("pk"), each
        with its publication date as `published_at`, found through an index."""
        raise NotImplementedError

    def items(self):
        rows = self.public_rows()
        newest = rows.order_by("-published_at").values("published_at")[:1]
        # Filtering by Exists, not by the newest date: counting them (see ListingPages)
        # then stops at each page's first public article instead of sorting all of them.
        return (
            self.model.objects.only(*self.fields)
            .filter(Exists(rows))
            .annotate(latest_publication=Subquery(newest))
            .order_by(*self.ordering, "pk")
        )

    def lastmod(self, obj):
        return obj.latest_publication

    @property
    def paginator(self):
        return ListingPages(self.items(), self.limit)

    def get_latest_lastmod(self):
        # The index lists no date for these: it would read every public article per
        # request, and crawlers find each page's own lastmod inside the sitemap.
        return None


class SectionSitemap(ListingSitemap):
    model = Section
    ordering = ("position", "name")

    def public_rows(self):
        return Article.objects.public().filter(section=OuterRef("pk"))

    def items(self):
        return super().items().filter(is_visible=True)  # a hidden Ressort has no page yet


class TagSitemap(ListingSitemap):
    model = Tag
    ordering = ("name",)

    def public_rows(self):
        # The tag rows' copies of their articles' state, read off their listing index.
        return TaggedArticle.objects.filter(public_condition(), tag=OuterRef("pk"))

    def location(self, tag):
        return reverse("articles:tag", kwargs={"slug": tag.slug})


class AuthorSitemap(ListingSitemap):
    model = Author
    ordering = ("name",)

    def public_rows(self):
        return Byline.objects.filter(public_condition(), author=OuterRef("pk"))


class NewsSitemap(Sitemap):
    """Google News: public articles of the last 48 hours, and running Liveticker however
    long ago they began (at most 1000 per sitemap)."""

    limit = 1000

    def items(self):
        running_liveticker = Q(is_liveticker=True, liveticker_ended_at__isnull=True)
        return (
            Article.objects.public()
            .filter(Q(published_at__gte=timezone.now() - NEWS_WINDOW) | running_liveticker)
            .only("slug", "title", "published_at")
        )


# The keys are part of the URLs: /sitemap-artikel-2025-09.xml, /sitemap-ressorts.xml, ...
SITEMAPS = SitemapIndex(
    {
        "ressorts": SectionSitemap,
        "themen": TagSitemap,
        "autoren": AuthorSitemap,
        "seiten": LegalPageSitemap,  # Impressum, Datenschutz, Kontakt, Über uns
    }
)
NEWS_SITEMAPS = {"news": NewsSitemap}
