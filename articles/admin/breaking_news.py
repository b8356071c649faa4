"""Eilmeldungen: the Redaktion raises a banner for every public page and lowers it with one click.

The banner reaches readers through the page cache's live fragment (articles.public.breaking_news),
so raising and lowering it empty no cached page.
"""
from datetime import timedelta

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html

from ..models import BreakingNews

DEFAULT_DURATION = timedelta(hours=1)


@admin.register(BreakingNews)
class BreakingNewsAdmin(admin.ModelAdmin):
    list_display = ["text", "on_air", "lower_button", "article", "raised_at", "raised_by"]
    list_select_related = ["article", "raised_by"]
    search_fields = ["text"]
    autocomplete_fields = ["article"]
    fields = ["text", "article", "ends_at"]

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        return [
            path("<path:object_id>/beenden/", self.admin_site.admin_view(self.lower_view), name="%s_%s_lower" % info),
            *super().get_urls(),
        ]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "article":
            kwargs["error_messages"] = {"invalid_choice": "Nur veröffentlichte Artikel können verlinkt werden."}
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        if db_field.name == "article":
            # Pick a published article; writing or editing one is done in its own form.
            formfield.widget.can_add_related = formfield.widget.can_change_related = False
            formfield.widget.can_delete_related = False
        return formfield

    def get_changeform_initial_data(self, request):
        ends_at = (timezone.now() + DEFAULT_DURATION).replace(second=0, microsecond=0)
        return {"ends_at": ends_at, **super().get_changeform_initial_data(request)}

    def save_model(self, request, obj, form, change):
        if not change:
            obj.raised_by = request.user
        super().save_model(request, obj, form, change)

    @admin.display(description="Status")
    def on_air(self, breaking_news):
        if breaking_news.lowered_at:
            return f"Beendet ({date_format(timezone.localtime(breaking_news.lowered_at), 'd.m.Y, H:i')} Uhr)"
        ends = date_format(timezone.localtime(breaking_news.ends_at), "d.m.Y, H:i")
        return f"Sichtbar bis {ends} Uhr" if breaking_news.is_on_air else f"Abgelaufen ({ends} Uhr)"

    @admin.display(description="")
    def lower_button(self, breaking_news):
        """A submit button of the change list's own form (which carries the CSRF token), sent
        to the lowering address: one click, no page in between."""
        if not breaking_news.is_on_air:
            return ""
        url = reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_lower", args=[breaking_news.pk])
        return format_html(
            '<button type="submit" class="button" formaction="{}" aria-label="Eilmeldung „{}“ jetzt beenden">'
            "Jetzt beenden</button>",
            url,
            breaking_news.text,
        )

    def lower_view(self, request, object_id):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        breaking_news = get_object_or_404(BreakingNews, pk=unquote(object_id))
        if not self.has_change_permission(request, breaking_news):
            raise PermissionDenied
        if breaking_news.is_on_air:
            breaking_news.lower()
            self.log_change(request, breaking_news, "Eilmeldung beendet.")
            self.message_user(request, f"Die Eilmeldung „{breaking_news}“ ist beendet.", messages.SUCCESS)
        else:
            self.message_user(request, f"Die Eilmeldung „{breaking_news}“ war schon beendet.", messages.INFO)
        return HttpResponseRedirect(reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_changelist"))
