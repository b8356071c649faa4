from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import AutocompleteSelectMultiple
from django.db import models
from django.db.models import Count
from django.urls import reverse
from django.utils.html import format_html
from taggit.admin import TagAdmin as TaggitTagAdmin
from taggit.models import Tag
from taggit.utils import parse_tags

from .admin_links import PreviewLinkAdminMixin, TagLinksAdminMixin
from .admin_revisions import RevisionAdminMixin
from .admin_speed import AuthorFilter, EstimatedCountPaginator, FastChangeList, TagFilter
from .admin_workflow import MyArticlesFilter, StatusFilter, WorkflowAdminMixin
from .editor import BodyEditorField
from .models import Article, Author, Byline, RelatedLink, Section
from .validators import ImageUploadField


# After Django's urlify.js, which it wraps: slugs pre-filled as "ue", not "u", for "ü".
GERMAN_SLUG_JS = ["admin/js/urlify.js", "admin_extra/german_urlify.js"]


def changelist_link(filter_query, count):
    """The count of an object's articles, linking to the filtered article list."""
    url = reverse("admin:articles_article_changelist")
    return format_html('<a href="{}?{}">{}</a>', url, filter_query, count)


# Editors paste addresses without a scheme ("example.org/…"); assume HTTPS, as Django 6 will.
URL_FIELDS_ASSUME_HTTPS = {models.URLField: {"assume_scheme": "https"}}
# Image uploads get a German message for each problem (see articles.validators).
URL_AND_IMAGE_FIELDS = {**URL_FIELDS_ASSUME_HTTPS, models.ImageField: {"form_class": ImageUploadField}}


def formfield_assuming_https(field, **kwargs):
    if isinstance(field, models.URLField):
        kwargs.setdefault("assume_scheme", "https")
    return field.formfield(**kwargs)


class ArticleAdminForm(forms.ModelForm):
    """Tags are picked from existing ones with autocomplete, and new ones typed in."""

    tags = forms.ModelMultipleChoiceField(
        label="Schlagwörter",
        queryset=Tag.objects.all(),
        required=False,
        widget=AutocompleteSelectMultiple(Article._meta.get_field("tags"), admin.site),
        help_text="Vorhandene Schlagwörter suchen und auswählen.",
    )
    new_tags = forms.CharField(
        label="Neue Schlagwörter",
        required=False,
        help_text="Noch nicht vorhandene Schlagwörter, durch Kommas getrennt. Sie werden beim Speichern angelegt.",
    )

    class Meta:
        model = Article
        fields = "__all__"
        formfield_callback = formfield_assuming_https
        field_classes = {"body": BodyEditorField}

    def clean(self):
        cleaned_data = super().clean()
        existing = list(cleaned_data.get("tags") or [])
        known = {tag.name.lower() for tag in existing}
        new_names = [name for name in parse_tags(cleaned_data.get("new_tags", "")) if name.lower() not in known]
        for name in new_names:
            if len(name) > Tag._meta.get_field("name").max_length:
                self.add_error("new_tags", f"Das Schlagwort „{name[:40]}…“ ist zu lang.")
        # taggit accepts Tag objects and names alike, and reuses tags whose name exists.
        cleaned_data["tags"] = existing + new_names
        return cleaned_data


class BylineFormSet(forms.BaseInlineFormSet):
    def clean(self):
        super().clean()
        named = [
            form for form in self.forms
            if form.cleaned_data.get("author") and not form.cleaned_data.get("DELETE")
        ]
        if not named:
            raise forms.ValidationError("Bitte mindestens eine Autorin oder einen Autor angeben.")


class BylineInline(admin.TabularInline):
    model = Byline
    formset = BylineFormSet
    autocomplete_fields = ["author"]
    fields = ["author", "position"]
    extra = 0
    min_num = 1


class RelatedLinkInline(admin.TabularInline):
    model = RelatedLink
    fk_name = "article"
    autocomplete_fields = ["target"]
    fields = ["target", "url", "title", "position"]
    extra = 1
    formfield_overrides = URL_FIELDS_ASSUME_HTTPS


@admin.register(Article)
class ArticleAdmin(WorkflowAdminMixin, RevisionAdminMixin, PreviewLinkAdminMixin, admin.ModelAdmin):
    """The editors' article admin. Each newsroom concern lives in its own mixin;
    every mixin method calls super(), so they compose."""

    form = ArticleAdminForm
    inlines = [BylineInline, RelatedLinkInline]
    list_display = ["title", "display_status", "published_at", "section", "author_names", "thumbnail"]
    # See articles/admin_speed.py: what keeps this list fast with 100,000 articles.
    list_filter = [MyArticlesFilter, StatusFilter, "section", AuthorFilter, TagFilter, ("published_at", admin.DateFieldListFilter)]
    paginator = EstimatedCountPaginator
    list_select_related = ["section"]
    search_fields = ["title", "lead", "body"]
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = ["hero_preview", "created_at", "updated_at"]
    actions = ["publish_selected", "unpublish_selected"]
    formfield_overrides = URL_AND_IMAGE_FIELDS
    show_full_result_count = False
    show_facets = admin.ShowFacets.NEVER  # per-option counts would scan the archive once per filter
    list_per_page = 50
    save_on_top = True
    fieldsets = [
        (None, {"fields": ["title", "slug", "section", "lead", "body"]}),
        ("Veröffentlichung", {"fields": ["status", "published_at", ("created_at", "updated_at")]}),
        ("Aufmacherbild", {"fields": ["hero_image", "hero_preview", ("hero_focal_x", "hero_focal_y"), "hero_alt", "hero_caption", "hero_credit"]}),
        ("Quelle und Schlagwörter", {"fields": ["source_name", "source_url", "tags", "new_tags"]}),
    ]

    class Media:
        js = [*GERMAN_SLUG_JS, "admin_extra/focal_point.js"]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related(
            models.Prefetch("bylines", queryset=Byline.objects.select_related("author"))
        )

    def get_changelist(self, request, **kwargs):
        return FastChangeList

    @admin.display(description="Autor/innen")
    def author_names(self, article):
        return ", ".join(author.name for author in article.ordered_authors)

    @admin.display(description="Bild")
    def thumbnail(self, article):
        if not article.hero_image:
            return "–"
        picture = article.teaser_picture  # the smallest rendition, not the full upload
        return format_html(
            '<img src="{}" alt="{}" width="80" style="height:auto">',
            picture.jpeg[0][1] if picture else article.hero_image.url,
            article.hero_alt,
        )

    @admin.display(description="Aktuelles Bild")
    def hero_preview(self, article):
        if not article.hero_image:
            return "Noch kein Bild"
        picture = article.hero_picture  # a rendition, not the full upload
        return format_html(
            '<div class="focal-point-picker" title="Ins Bild klicken, um den Bildmittelpunkt für Teaser zu setzen">'
            '<img src="{}" alt="{}" style="max-width:320px;height:auto;display:block">'
            '<span class="focal-point-picker__marker" hidden></span></div>',
            picture.url_for(800) if picture else article.hero_image.url,
            article.hero_alt,
        )

    @admin.action(description="Ausgewählte Artikel veröffentlichen", permissions=["publish"])
    def publish_selected(self, request, queryset):
        count = queryset.publish()
        self.message_user(request, f"{count} Artikel veröffentlicht.", messages.SUCCESS)

    @admin.action(description="Ausgewählte Artikel depublizieren", permissions=["publish"])
    def unpublish_selected(self, request, queryset):
        count = queryset.unpublish()
        self.message_user(request, f"{count} Artikel depubliziert.", messages.SUCCESS)


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


@admin.register(Section)
class SectionAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "position", "article_count"]
    list_editable = ["position"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}

    class Media:
        js = GERMAN_SLUG_JS

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(article_count=Count("articles"))

    @admin.display(description="Artikel", ordering="article_count")
    def article_count(self, section):
        return changelist_link(f"section__id__exact={section.pk}", section.article_count)


admin.site.unregister(Tag)


@admin.register(Tag)
class TagAdmin(TagLinksAdminMixin, TaggitTagAdmin):
    list_display = ["name", "slug", "article_count"]
    search_fields = ["name"]

    class Media:
        js = GERMAN_SLUG_JS

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(
            article_count=Count("articles_taggedarticle_items")
        )

    @admin.display(description="Artikel", ordering="article_count")
    def article_count(self, tag):
        return changelist_link(f"tags__id__exact={tag.pk}", tag.article_count)
