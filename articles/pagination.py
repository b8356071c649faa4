from functools import cached_property

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404


class BoundedPaginator(Paginator):
    """A paginator that never counts or skips past `max_pages` pages.

    Listing pages cost the same with a thousand articles or a million: the count is
    capped (COUNT over a LIMITed subquery) and the deepest OFFSET is bounded. Older
    articles stay reachable through search, feeds and the sitemaps.
    """

    def __init__(self, object_list, per_page, max_pages):
        super().__init__(object_list, per_page)
        self.max_pages = max_pages

    @cached_property
    def count(self):
        limit = self.per_page * self.max_pages
        return self.object_list[: limit + 1].count()

    @property
    def is_truncated(self):
        return self.count > self.per_page * self.max_pages

    @cached_property
    def num_pages(self):
        return min(super().num_pages, self.max_pages)


def paginate(request, queryset, per_page=None):
    """The requested page of `queryset`.

    Readers and crawlers send anything as `?page=`: text, zero and negative numbers
    mean page 1; a page past the end (or past the bound) is a 404, so no endless
    empty pages get indexed.
    """
    paginator = BoundedPaginator(
        queryset, per_page or settings.ARTICLES_PER_PAGE, settings.LISTING_MAX_PAGES
    )
    try:
        number = max(int(request.GET.get("page", 1)), 1)
    except (TypeError, ValueError):
        number = 1
    if number > paginator.num_pages:
        raise Http404("Diese Seite gibt es nicht.")
    page = paginator.page(number)
    # Evaluate once, so templates can index and slice the list without new queries.
    page.object_list = list(page.object_list)
    return page
