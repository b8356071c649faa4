from django.contrib import admin
from django.db.models import Count

from ..models import Section
from .changelist import changelist_link
from .forms import GERMAN_SLUG_JS


@admin.register(Section)
class SectionAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "position", "is_visible", "on_home_page", "article_count"]
    list_editable = ["position", "is_visible", "on_home_page"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}

    class Media:
        js = GERMAN_SLUG_JS

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(article_count=Count("articles"))

    @admin.display(description="Artikel", ordering="article_count")
    def article_count(self, section):
        return changelist_link(f"section__id__exact={section.pk}", section.article_count)
