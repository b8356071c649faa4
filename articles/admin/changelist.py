"""Keeping the admin's article list fast with a large archive (100,000 articles and more).

- Django's paginator counts the list on every load. For the unfiltered list on
  PostgreSQL that count is a scan of the whole table; the planner's own estimate
  (`pg_class.reltuples`, kept current by autovacuum) is good enough to size the
  pagination. Filtered lists, small tables and other databases get an exact count.
- The list does not load the body and the search document it never shows.
- Author and tag filters use EXISTS, not a join that needs SELECT DISTINCT.
- There is no date hierarchy: it runs MIN/MAX and SELECT DISTINCT over the table on
  every load; a date filter with fixed ranges („Letzte 7 Tage“) costs no query.
- No facet counts (`show_facets`): they count the archive once per filter option.

`bench/admin_changelist.py` prints server times and query plans.
"""
from django.contrib import admin
from django.contrib.admin.views.main import ChangeList
from django.core.paginator import Paginator
from django.db import connections
from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.html import format_html
from taggit.models import Tag

from ..models import Author, Byline, TaggedArticle

# Below this many rows an exact count is cheap, and exact numbers are nicer.
EXACT_COUNT_UP_TO = 10_000


def estimated_row_count(model, using):
    """PostgreSQL's estimate of the rows in the model's table, or None if it has none."""
    with connections[using].cursor() as cursor:
        cursor.execute("SELECT reltuples::bigint FROM pg_class WHERE oid = %s::regclass", [model._meta.db_table])
        row = cursor.fetchone()
    return row[0] if row and row[0] >= 0 else None


class EstimatedCountPaginator(Paginator):
    """A paginator that does not count a large unfiltered table row by row (PostgreSQL)."""

    @cached_property
    def count(self):
        queryset = self.object_list
        query = getattr(queryset, "query", None)
        if (
            query is not None
            and connections[queryset.db].vendor == "postgresql"
            and not query.where
            and not query.distinct
            and not query.combinator
            and not query.is_sliced
        ):
            estimate = estimated_row_count(queryset.model, queryset.db)
            if estimate is not None and estimate > EXACT_COUNT_UP_TO:
                return estimate
        return super().count


class FastChangeList(ChangeList):
    """The article list without the columns it never shows (the body and the search
    document are the bulk of each row); searching the body still works."""

    def get_queryset(self, request, exclude_parameters=None):
        return super().get_queryset(request, exclude_parameters).defer("body", "search_vector")


class RelatedExistsFilter(admin.SimpleListFilter):
    """Filter by a related object with EXISTS instead of a join.

    Django's filters for many-to-many fields join, and then need SELECT DISTINCT over
    every selected column of the whole list; an EXISTS subquery on the (indexed) link
    table returns each article once. The parameter names are Django's own, so links
    like `?authors__id__exact=3` keep working.
    """

    link_model = None  # the table linking articles and the related objects
    article_field = related_field = ""

    def choices_queryset(self):
        raise NotImplementedError

    def lookups(self, request, model_admin):
        return [(str(pk), label) for pk, label in self.choices_queryset()]

    def queryset(self, request, queryset):
        value = self.value()
        if value is None:
            return queryset
        if not value.isdigit():
            return queryset.none()
        links = self.link_model.objects.filter(**{self.article_field: OuterRef("pk"), self.related_field: int(value)})
        return queryset.filter(Exists(links))


class AuthorFilter(RelatedExistsFilter):
    title = "Autor/innen"
    parameter_name = "authors__id__exact"
    link_model = Byline
    article_field, related_field = "article", "author_id"

    def choices_queryset(self):
        return Author.objects.order_by("name").values_list("pk", "name")


class TagFilter(RelatedExistsFilter):
    title = "Schlagwörter"
    parameter_name = "tags__id__exact"
    link_model = TaggedArticle
    article_field, related_field = "content_object", "tag_id"

    def choices_queryset(self):
        return Tag.objects.order_by("name").values_list("pk", "name")


def changelist_link(filter_query, count):
    """The count of an object's articles, linking to the filtered article list."""
    url = reverse("admin:articles_article_changelist")
    return format_html('<a href="{}?{}">{}</a>', url, filter_query, count)
