"""The article admin: the form (tags, bylines, „Lesen Sie auch“ links, hero image) and the list.

Each newsroom concern lives in a mixin of its own module (workflow, revisions, share previews);
what keeps the list fast at 100,000 articles is in `changelist`.
"""
from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import AutocompleteSelectMultiple
from adminsortable2.admin import CustomInlineFormSet, SortableAdminBase, SortableInlineAdminMixin
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.dateformat import format as format_date
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from taggit.models import Tag
from taggit.utils import parse_tags

from ..html import sanitise_body
from ..models import Article, Byline, RelatedLink
from .autosave import AutosaveAdminMixin
from .changelist import AuthorFilter, EstimatedCountPaginator, FastChangeList, TagFilter
from .editor import BodyEditorField
from .embeds import EmbedAdminMixin
from .liveticker import LivetickerAdminMixin
from .forms import GERMAN_SLUG_JS, URL_AND_IMAGE_FIELDS, URL_FIELDS_ASSUME_HTTPS, formfield_assuming_https
from .revisions import RevisionAdminMixin
from .share_previews import PreviewLinkAdminMixin
from .workflow import MyArticlesFilter, StatusFilter, WorkflowAdminMixin


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


class BylineFormSet(CustomInlineFormSet):
    def clean(self):
        super().clean()
        named = [
            form for form in self.forms
            if form.cleaned_data.get("author") and not form.cleaned_data.get("DELETE")
        ]
        if not named:
            raise forms.ValidationError("Bitte mindestens eine Autorin oder einen Autor angeben.")


class BylineInline(SortableInlineAdminMixin, admin.TabularInline):
    """Bylines in the order they are named, dragged into place (django-admin-sortable2 keeps
    `position` in a hidden field)."""

    model = Byline
    formset = BylineFormSet
    autocomplete_fields = ["author"]
    fields = ["author", "position"]
    extra = 0
    min_num = 1


class RelatedLinkInline(SortableInlineAdminMixin, admin.TabularInline):
    model = RelatedLink
    fk_name = "article"
    autocomplete_fields = ["target"]
    fields = ["target", "url", "title", "position"]
    extra = 1
    formfield_overrides = URL_FIELDS_ASSUME_HTTPS


@admin.register(Article)
class ArticleAdmin(
    EmbedAdminMixin, AutosaveAdminMixin, SortableAdminBase, WorkflowAdminMixin, RevisionAdminMixin,
    PreviewLinkAdminMixin, LivetickerAdminMixin, admin.ModelAdmin,
):
    """The editors' article admin. Each newsroom concern lives in its own mixin;
    every mixin method calls super(), so they compose."""

    form = ArticleAdminForm
    inlines = [BylineInline, RelatedLinkInline]
    list_display = ["title", "display_status", "publication_date", "section", "author_names", "thumbnail"]
    # See articles/admin/changelist.py: what keeps this list fast with 100,000 articles.
    list_filter = [MyArticlesFilter, StatusFilter, "section", AuthorFilter, TagFilter, ("published_at", admin.DateFieldListFilter)]
    paginator = EstimatedCountPaginator
    list_select_related = ["section", "hero_image"]
    search_fields = ["title", "lead", "body"]
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = ["hero_preview", "created_at", "updated_at"]
    # The media library's search (alt text, caption, credit, file name); „+“ uploads a new image.
    autocomplete_fields = ["hero_image"]
    actions = ["publish_selected", "unpublish_selected"]
    formfield_overrides = URL_AND_IMAGE_FIELDS
    show_full_result_count = False
    show_facets = admin.ShowFacets.NEVER  # per-option counts would scan the archive once per filter
    list_per_page = 50
    # Newest changed first: a submitted article has no date yet and would sort last by date.
    ordering = ["-updated_at", "-id"]
    save_on_top = True
    fieldsets = [
        (None, {"fields": ["kicker", "title", "slug", "section", "lead", "body"]}),
        ("Veröffentlichung", {"fields": ["status", "published_at", ("created_at", "updated_at")]}),
        ("Aufmacherbild", {"fields": ["hero_image", "hero_preview"]}),
        ("Quelle und Schlagwörter", {"fields": ["source_name", "source_url", "tags", "new_tags"]}),
    ]

    class Media:
        js = [*GERMAN_SLUG_JS, "admin_extra/autosave.js", "admin_extra/editor_aids.js"]
        css = {"all": ["admin_extra/article_admin.css", "admin_extra/editor_aids.css"]}

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related(
            models.Prefetch("bylines", queryset=Byline.objects.select_related("author"))
        )

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None or self.has_change_permission(request, obj):
            return fieldsets
        # Read-only: the body as readers see it, not its HTML source.
        return [
            (name, {**options, "fields": ["rendered_body" if field == "body" else field for field in options["fields"]]})
            for name, options in fieldsets
        ]

    @admin.display(description="Text")
    def rendered_body(self, article):
        return mark_safe(sanitise_body(article.body))  # the one allow-list (articles/html.py)

    def get_changelist(self, request, **kwargs):
        return FastChangeList

    @admin.display(description="Datum", ordering="published_at")
    def publication_date(self, article):
        """Short („03.12.2026, 09:00“): the long form and its header took a laptop's width."""
        if article.published_at is None:
            return "–"
        return format_date(timezone.localtime(article.published_at), "d.m.Y, H:i")

    @admin.display(description="Autor/innen")
    def author_names(self, article):
        return ", ".join(author.name for author in article.ordered_authors)

    @admin.display(description="Bild")
    def thumbnail(self, article):
        if not article.hero_image_id:
            return "–"
        picture = article.teaser_picture  # the smallest rendition, not the full upload
        return format_html(
            '<img src="{}" alt="{}" width="80" style="height:auto">',
            picture.jpeg[0][1] if picture else article.hero_image.preview_url,
            article.hero_alt,
        )

    @admin.display(description="Aktuelles Bild")
    def hero_preview(self, article):
        if not article.hero_image_id:
            return "Noch kein Bild. Oben aus der Bibliothek wählen oder über „+“ ein neues hochladen."
        image = article.hero_image
        return format_html(
            '<img src="{}" alt="{}" style="max-width:320px;height:auto;display:block">'
            '<p>{}{}</p><p><a href="{}">Bild in der Bibliothek bearbeiten</a> (Alternativtext, Bildunterschrift, '
            'Bildnachweis, Bildmittelpunkt – gilt für jeden Artikel mit diesem Bild)</p>',
            image.preview_url, image.alt, image.caption, f" – Foto von {image.credit}" if image.credit else "",
            reverse("admin:images_image_change", args=[image.pk]),
        )

    @admin.action(description="Ausgewählte Artikel veröffentlichen", permissions=["publish"])
    def publish_selected(self, request, queryset):
        count = queryset.publish()
        self.message_user(request, f"{count} Artikel veröffentlicht.", messages.SUCCESS)

    @admin.action(description="Ausgewählte Artikel depublizieren", permissions=["publish"])
    def unpublish_selected(self, request, queryset):
        count = queryset.unpublish()
        self.message_user(request, f"{count} Artikel depubliziert.", messages.SUCCESS)
