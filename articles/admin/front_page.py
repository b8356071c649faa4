"""The front page in one screen: the Aufmacher and the Top-Themen, picked by autocomplete,
ordered by „Reihenfolge“, removed with „Löschen“, each optionally until a time. Every save is a
revision (django-reversion: „Geschichte“), and readers see it at once (articles.receivers).
Only who may run the front page (Redaktion, Administration: roles.can_run_front_page) gets here."""
from django import forms
from django.contrib import admin
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import formats, timezone
from reversion.admin import VersionAdmin

from .. import revisions, roles  # noqa: F401 (revisions: the front page registers with its slots)
from ..models import FRONT_PAGE_STORIES, FrontPage, FrontPageSlot


class FrontPageSlotFormSet(forms.BaseInlineFormSet):
    def clean(self):
        # Before the formset's own unique check, whose message names no article.
        seen = set()
        for form in self.forms:
            article = form.cleaned_data.get("article")
            if article is None or form.cleaned_data.get("DELETE"):
                continue
            if article.pk in seen:
                raise forms.ValidationError(
                    f"„{article}“ steht schon auf der Startseite: jeder Artikel hat dort nur einen Platz."
                )
            seen.add(article.pk)
        super().clean()


class FrontPageSlotInline(admin.TabularInline):
    model = FrontPageSlot
    formset = FrontPageSlotFormSet
    autocomplete_fields = ["article"]
    fields = ["slot_name", "article", "position", "ends_at", "state"]
    readonly_fields = ["slot_name", "state"]
    extra = 1
    max_num = FRONT_PAGE_STORIES
    verbose_name = "Platz"
    verbose_name_plural = (
        f"Aufmacher und Top-Themen (höchstens {FRONT_PAGE_STORIES}): der Platz mit der kleinsten "
        "Reihenfolge ist der Aufmacher. Freie, abgelaufene und nicht öffentliche Plätze zeigen die neuesten Artikel."
    )

    @admin.display(description="Platz")
    def slot_name(self, slot):
        if slot.pk is None:
            return "neu"
        rank = [pk for pk in slot.front_page.slots.values_list("pk", flat=True)].index(slot.pk)
        return "Aufmacher" if rank == 0 else f"Top-Thema {rank}"

    @admin.display(description="Zustand")
    def state(self, slot):
        if slot.pk is None:
            return "–"
        if slot.ends_at and slot.ends_at <= timezone.now():
            return "abgelaufen: zeigt den neuesten Artikel"
        if not slot.article.is_public:
            if slot.article.is_scheduled:
                when = formats.date_format(timezone.localtime(slot.article.published_at), "d.m.Y, H:i")
                return f"geplant ({when} Uhr): bis dahin der neueste Artikel"
            return "nicht öffentlich: zeigt den neuesten Artikel"
        return "auf der Startseite"


@admin.register(FrontPage)
class FrontPageAdmin(VersionAdmin):
    inlines = [FrontPageSlotInline]
    fields = ["updated_at"]
    readonly_fields = ["updated_at"]
    history_latest_first = True

    def has_module_permission(self, request):
        return roles.can_run_front_page(request.user)

    def has_view_permission(self, request, obj=None):
        return roles.can_run_front_page(request.user)

    def has_change_permission(self, request, obj=None):
        return roles.can_run_front_page(request.user)

    def has_add_permission(self, request):
        return False  # one front page, made on first visit

    def has_delete_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        """There is one front page: the list leads straight to it."""
        if not self.has_change_permission(request):
            return super().changelist_view(request, extra_context)  # Django's 403
        return redirect(reverse("admin:articles_frontpage_change", args=[FrontPage.current().pk]))

    def response_change(self, request, obj):
        response = super().response_change(request, obj)
        if "_continue" not in request.POST:
            return redirect(reverse("admin:articles_frontpage_change", args=[obj.pk]))
        return response
