"""Roles and the status workflow in the article admin (Autor/in, Redaktion, Administration).

Everything here is enforced on the server: what a user may see (`get_queryset`), change
or delete (`has_*_permission` per article), which statuses the form accepts, which fields
are read-only, and which bulk actions run. The rules themselves are in articles/roles.py.
"""
import copy

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import flatten_fieldsets
from django.utils import timezone
from django.utils.dateformat import format as format_date

from .. import roles
from ..models import Article

Status = Article.Status

# What an Autor/in may set: write, and hand over to the editors.
AUTHOR_STATUSES = [Status.DRAFT, Status.REVIEW]
AUTHOR_STATUS_ERROR = (
    "Als Autor/in können Sie einen Artikel nur als Entwurf speichern oder zur Prüfung einreichen. "
    "Veröffentlichen, planen und depublizieren kann die Redaktion."
)
PUBLISHING_FIELDS = ["published_at", "correction_note"]
MARK_CORRECTED = "mark_corrected"


def display_status(article):
    """The status as editors think of it: „Geplant (am 26.11.2026, 09:00)“ for a future date."""
    if article.is_scheduled:
        return f"Geplant (am {format_date(timezone.localtime(article.published_at), 'd.m.Y, H:i')})"
    return article.get_status_display()


def as_stored(article):
    """The article with the status it was loaded with (see `WorkflowAdminMixin.get_object`).

    Validating the change form writes what was typed into the loaded article. An author whose
    „In Prüfung“ failed validation (a field error) would otherwise be judged on a status that was
    never saved – no longer hers to change – and get her form back read-only, the error and her
    input gone. What she may do depends on what is stored.
    """
    stored = getattr(article, "stored_status", None)
    if stored is None or stored == article.status:
        return article
    loaded = copy.copy(article)
    loaded.status = stored
    return loaded


class StatusFilter(admin.SimpleListFilter):
    """The workflow's states, „Geplant“ included, which is not a stored status."""

    title = "Status"
    parameter_name = "stand"

    def lookups(self, request, model_admin):
        return [
            ("draft", "Entwurf"),
            ("review", "In Prüfung"),
            ("scheduled", "Geplant"),
            ("published", "Veröffentlicht"),
            ("unpublished", "Depubliziert"),
        ]

    def queryset(self, request, queryset):
        value = self.value()
        if value == "scheduled":
            return queryset.scheduled()
        if value == "published":
            return queryset.public()
        if value in (Status.DRAFT, Status.REVIEW, Status.UNPUBLISHED):
            return queryset.filter(status=value)
        return queryset


class MyArticlesFilter(admin.SimpleListFilter):
    """Articles the user created or whose byline names them (their linked author profile)."""

    title = "Zuständigkeit"
    parameter_name = "meine"

    def lookups(self, request, model_admin):
        return [("ja", "Meine Artikel")]

    def queryset(self, request, queryset):
        if self.value() == "ja":
            return queryset.owned_by(request.user)
        return queryset


def correction_form(form_class):
    """The article form with the „Inhaltliche Korrektur“ checkbox (not stored as such:
    ticking it sets `corrected_at` to the time of saving)."""

    def clean_mark_corrected(self):
        marked = self.cleaned_data.get(MARK_CORRECTED)
        if marked and self.cleaned_data.get("status", self.instance.status) != Status.PUBLISHED:
            raise forms.ValidationError("Eine Korrektur lässt sich nur bei einem veröffentlichten Artikel vermerken.")
        return marked

    return type(form_class.__name__, (form_class,), {
        MARK_CORRECTED: forms.BooleanField(
            label="Inhaltliche Korrektur (als ‚Aktualisiert: …‘ anzeigen)",
            required=False,
            help_text="Für Korrekturen am Inhalt, nicht für Tippfehler. Setzt „aktualisiert am“ auf jetzt; "
            "der Korrekturhinweis erscheint am Ende des Artikels.",
        ),
        "clean_mark_corrected": clean_mark_corrected,
    })


class WorkflowAdminMixin:
    """Who may do what with an article, and the workflow's columns, filters and actions."""

    # ------------------------------------------------------------ who sees and may change what

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if roles.can_change_others(request.user):
            return queryset
        # Authors: their own articles, and what readers see anyway (to link to it).
        return queryset.owned_by(request.user) | queryset.public()

    def get_object(self, request, object_id, from_field=None):
        article = super().get_object(request, object_id, from_field)
        if article is not None:
            article.stored_status = article.status
        return article

    def has_view_permission(self, request, obj=None):
        allowed = super().has_view_permission(request, obj)
        return allowed and (obj is None or roles.may_view(request.user, as_stored(obj)))

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        return allowed and (obj is None or roles.may_change(request.user, as_stored(obj)))

    def has_delete_permission(self, request, obj=None):
        allowed = super().has_delete_permission(request, obj)
        return allowed and (obj is None or roles.may_delete(request.user, as_stored(obj)))

    def has_publish_permission(self, request):
        """For actions with `permissions=["publish"]`: publish, schedule, unpublish."""
        return roles.can_publish(request.user)

    # ------------------------------------------------------------------------- the form

    def get_readonly_fields(self, request, obj=None):
        readonly = [*super().get_readonly_fields(request, obj), "creator", "corrected_at", "schedule_state"]
        if not roles.can_publish(request.user):
            readonly += PUBLISHING_FIELDS
        return readonly

    def get_fieldsets(self, request, obj=None):
        fieldsets = copy.deepcopy(super().get_fieldsets(request, obj))
        may_create_tags = request.user.has_perm("taggit.add_tag")
        for _, options in fieldsets:
            fields = options["fields"]
            if not may_create_tags and "new_tags" in fields:
                fields.remove("new_tags")
            if "status" in fields and obj is not None:
                fields.append("creator")
                if obj.is_scheduled:  # the stored status says „Veröffentlicht“; readers see nothing yet
                    fields[fields.index("status")] = ("status", "schedule_state")
        if obj is not None and roles.can_publish(request.user):
            fieldsets.append(("Korrektur", {"fields": [MARK_CORRECTED, "corrected_at", "correction_note"]}))
        return fieldsets

    def get_form(self, request, obj=None, change=False, **kwargs):
        fields = kwargs.get("fields")
        if fields is None:
            fields = flatten_fieldsets(self.get_fieldsets(request, obj))
        # Not a model field: added to the form below, once the model form is built.
        kwargs["fields"] = [field for field in fields if field != MARK_CORRECTED]
        form = super().get_form(request, obj, change, **kwargs)
        if not request.user.has_perm("taggit.add_tag") and "new_tags" in form.base_fields:
            # Typed names would create tags: only for those who manage them.
            form = type(form.__name__, (form,), {"new_tags": None})
        if MARK_CORRECTED in fields:
            form = correction_form(form)
        return form

    def formfield_for_choice_field(self, db_field, request, **kwargs):
        if db_field.name == "status" and not roles.can_publish(request.user):
            kwargs["choices"] = [(status.value, status.label) for status in AUTHOR_STATUSES]
            kwargs["error_messages"] = {"invalid_choice": AUTHOR_STATUS_ERROR}
        return super().formfield_for_choice_field(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        if form.cleaned_data.get(MARK_CORRECTED):
            obj.corrected_at = timezone.now()
        super().save_model(request, obj, form, change)
        obj.stored_status = obj.status
        if "status" in form.changed_data and obj.status == Status.REVIEW and not roles.can_publish(request.user):
            self.message_user(
                request,
                f"„{obj}“ ist zur Prüfung eingereicht. Bearbeiten können Sie den Artikel erst wieder, "
                "wenn die Redaktion ihn als Entwurf zurückgibt.",
                messages.INFO,
            )

    # --------------------------------------------------------------------- the list

    @admin.display(description="Status", ordering="status")
    def display_status(self, article):
        return display_status(article)

    @admin.display(description="Stand")
    def schedule_state(self, article):
        return display_status(article)

    @admin.display(description="Angelegt von")
    def creator(self, article):
        user = article.created_by
        if user is None:
            return "–"
        name = user.get_full_name()
        return f"{name} ({user.get_username()})" if name else user.get_username()
