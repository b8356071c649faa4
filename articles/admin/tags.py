"""The tag admin (Schlagwörter): article counts, merging tags, keeping a renamed tag's old address.

The action „Ausgewählte Schlagwörter zusammenführen“ asks which tag stays, then calls
`articles.tags.merge_tags`.
"""
from django import forms
from django.contrib import admin, messages
from django.db.models import Count
from django.template.response import TemplateResponse
from taggit.admin import TagAdmin as TaggitTagAdmin
from taggit.models import Tag

from ..tags import keep_former_tag_slug, merge_tags
from .changelist import changelist_link
from .forms import GERMAN_SLUG_JS


class TagMergeForm(forms.Form):
    target = forms.ModelChoiceField(
        label="Zusammenführen in",
        queryset=None,
        widget=forms.RadioSelect,
        empty_label=None,
        error_messages={
            "required": "Bitte das Schlagwort auswählen, das bleiben soll.",
            "invalid_choice": "Bitte eines der ausgewählten Schlagwörter wählen.",
        },
    )

    def __init__(self, *args, tags, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target"].queryset = tags
        self.fields["target"].label_from_instance = lambda tag: f"{tag.name} (/thema/{tag.slug}/)"


class TagLinksAdminMixin:
    """Merging tags (an action with a confirmation page) and keeping old tag addresses."""

    # Replaces taggit's own merge action, which works on its generic TaggedItem, not on articles.
    actions = ["merge_selected_tags"]

    def get_urls(self):
        return [url for url in super().get_urls() if getattr(url, "name", None) != "taggit_tag_merge_tags"]

    def save_model(self, request, obj, form, change):
        old_slug = form.initial.get("slug") if change else None
        super().save_model(request, obj, form, change)
        if old_slug and old_slug != obj.slug:
            keep_former_tag_slug(obj, old_slug)

    def has_merge_permission(self, request):
        """Merging changes one tag and deletes the others: both permissions are needed
        (an action's own list of permissions asks for any one of them)."""
        return self.has_change_permission(request) and self.has_delete_permission(request)

    @admin.action(description="Ausgewählte Schlagwörter zusammenführen", permissions=["merge"])
    def merge_selected_tags(self, request, queryset):
        tags = list(queryset.order_by("name"))
        if len(tags) < 2:
            self.message_user(
                request,
                "Bitte mindestens zwei Schlagwörter auswählen: die zusammenzuführenden und das, das bleiben soll.",
                messages.WARNING,
            )
            return None
        form = TagMergeForm(request.POST if "merge" in request.POST else None, tags=queryset)
        if form.is_valid():
            target = form.cleaned_data["target"]
            merged = [tag.name for tag in tags if tag.pk != target.pk]
            moved = merge_tags(tags, target)
            names = ", ".join(f"„{name}“" for name in merged)
            self.log_change(request, target, f"Zusammengeführt mit {names}.")
            self.message_user(
                request,
                f"{names} in „{target.name}“ zusammengeführt ({moved} Artikel). "
                f"Die alten Themenseiten leiten auf /thema/{target.slug}/ weiter.",
                messages.SUCCESS,
            )
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": "Schlagwörter zusammenführen",
            "subtitle": None,
            "opts": self.opts,
            "tags": tags,
            "form": form,
            "action_name": "merge_selected_tags",
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/taggit/tag/merge.html", context)


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
