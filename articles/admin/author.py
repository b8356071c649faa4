from django.contrib import admin
from django.db.models import Count

from ..models import Author
from .changelist import changelist_link
from .forms import GERMAN_SLUG_JS, URL_AND_IMAGE_FIELDS


@admin.register(Author)
class AuthorAdmin(admin.ModelAdmin):
    list_display = ["name", "job_title", "is_active", "article_count"]
    list_filter = ["is_active"]
    # Explicit: the article count's GROUP BY drops the model's default ordering, and the
    # byline autocomplete pages through this list.
    ordering = ["name"]
    search_fields = ["name", "job_title", "bio"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["user"]
    formfield_overrides = URL_AND_IMAGE_FIELDS

    class Media:
        js = GERMAN_SLUG_JS

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(article_count=Count("bylines"))

    def get_search_results(self, request, queryset, search_term):
        """Inactive authors keep their bylines but are not offered for new ones."""
        queryset, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        match = request.resolver_match
        if match and match.view_name == "admin:autocomplete" and request.GET.get("model_name") == "byline":
            queryset = queryset.filter(is_active=True)
        return queryset, may_have_duplicates

    @admin.display(description="Artikel", ordering="article_count")
    def article_count(self, author):
        return changelist_link(f"authors__id__exact={author.pk}", author.article_count)
