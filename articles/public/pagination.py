from functools import cached_property

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Subquery
from django.http import Http404


class BoundedPaginator(Paginator):
    """A paginator that never counts or skips past `max_pages` pages (for search results,
    whose page shows the number of hits): the count is capped and the deepest OFFSET is
    bounded.

    The count comes with the page's rows, each carrying the number of all hits
    (`COUNT(*) OVER ()`): the hits are found once, not once for counting and again for
    the page. So `page()` is called first, and a page past the last is a 404."""

    def __init__(self, rows, per_page, max_pages):
        """`rows(offset, limit)`: those articles of the listing, each carrying `hits`."""
        super().__init__([], per_page)
        self.rows = rows
        self.max_pages = max_pages

    def page(self, number):
        bottom = (number - 1) * self.per_page
        rows = self.rows(bottom, self.per_page)
        if not rows and number > 1:
            raise Http404("Diese Seite gibt es nicht.")
        self.count = min(rows[0].hits if rows else 0, self.per_page * self.max_pages + 1)
        return self._get_page(rows, number, self)

    @property
    def is_truncated(self):
        return self.count > self.per_page * self.max_pages

    @cached_property
    def num_pages(self):
        return min(super().num_pages, self.max_pages)


class ListingPage:
    """One page of a listing, found without counting the listing: reading one article more
    than a page holds tells whether there is an older page. Same interface as Django's
    `Page` for the templates, without `paginator`."""

    def __init__(self, number, rows, per_page, max_pages):
        self.number = number
        self.object_list = rows[:per_page]
        self.has_more = len(rows) > per_page
        self.max_pages = max_pages

    @property
    def is_truncated(self):
        """More articles exist than the listing goes deep; older ones are found by search."""
        return self.has_more and self.number >= self.max_pages

    def has_next(self):
        return self.has_more and self.number < self.max_pages

    def has_previous(self):
        return self.number > 1

    def has_other_pages(self):
        return self.has_next() or self.has_previous() or self.is_truncated

    def next_page_number(self):
        return self.number + 1

    def previous_page_number(self):
        return self.number - 1


def page_number(request, max_pages):
    """The requested page number. Readers and crawlers send anything as `?page=`: text,
    zero and negative numbers mean page 1; a page past the bound is a 404."""
    try:
        number = max(int(request.GET.get("page", 1)), 1)
    except (TypeError, ValueError):
        number = 1
    if number > max_pages:
        raise Http404("Diese Seite gibt es nicht.")
    return number


def paginate(request, articles, per_page=None):
    """The requested page of `articles` (a filtered and ordered Article queryset), loaded
    for teaser cards (`for_listing`); one past the end is a 404, so no endless empty pages
    get indexed.

    Listings go LISTING_MAX_PAGES deep and cost the same with a thousand articles or a
    million: no count, and a bounded OFFSET. Older articles stay reachable through
    search, feeds and the sitemaps.
    """
    per_page = per_page or settings.ARTICLES_PER_PAGE
    max_pages = settings.LISTING_MAX_PAGES
    number = page_number(request, max_pages)
    offset = (number - 1) * per_page
    if offset:
        # A deferred join: skip the first `offset` rows reading ids only (off an index),
        # then load the page's articles; rather than reading whole rows just to skip them.
        ids = articles.values("pk")[offset : offset + per_page + 1]
        rows = articles.filter(pk__in=Subquery(ids)).for_listing()
    else:
        rows = articles.for_listing()[: per_page + 1]
    page = ListingPage(number, list(rows), per_page, max_pages)
    if number > 1 and not page.object_list:
        raise Http404("Diese Seite gibt es nicht.")
    return page


def paginate_counted(request, rows, per_page=None):
    """The requested page of a listing that shows how many it holds, up to the bound („N
    Treffer“, „Seite 2 von 5“: search), as `paginate` does otherwise. `rows(offset, limit)`
    loads those articles for teaser cards, each with `hits`, the number of all."""
    per_page = per_page or settings.ARTICLES_PER_PAGE
    max_pages = settings.LISTING_MAX_PAGES
    return BoundedPaginator(rows, per_page, max_pages).page(page_number(request, max_pages))
