"""The Administration edits the site settings (one form) and the legal pages, whose text
is written in the article body's rich-text editor and sanitised like it on save."""
from django import forms
from django.contrib import admin
from django.shortcuts import redirect
from django.urls import reverse

from articles.admin.editor import BodyEditorField
from articles.validators import ImageUploadField

from .models import LegalPage, SiteSettings


class SiteSettingsForm(forms.ModelForm):
    class Meta:
        model = SiteSettings
        fields = "__all__"
        field_classes = {"logo": ImageUploadField}


@admin.register(SiteSettings)
class SiteSettingsAdmin(admin.ModelAdmin):
    """One row: the list leads straight to its form."""

    form = SiteSettingsForm
    fieldsets = [
        (None, {"fields": ["name", "tagline", "logo"]}),
        ("Soziale Netzwerke", {"fields": ["x_handle", "instagram_handle", "mastodon_handle"]}),
        ("Kontakt", {"fields": ["contact_email"]}),
    ]

    def changelist_view(self, request, extra_context=None):
        if not self.has_view_or_change_permission(request):
            return super().changelist_view(request, extra_context)
        if SiteSettings.objects.filter(pk=1).exists():
            return redirect(reverse("admin:pages_sitesettings_change", args=[1]))
        return redirect(reverse("admin:pages_sitesettings_add"))

    def has_add_permission(self, request):
        return super().has_add_permission(request) and not SiteSettings.objects.filter(pk=1).exists()

    def has_delete_permission(self, request, obj=None):
        return False


class LegalPageForm(forms.ModelForm):
    class Meta:
        model = LegalPage
        fields = ["kind", "body"]
        field_classes = {"body": BodyEditorField}


@admin.register(LegalPage)
class LegalPageAdmin(admin.ModelAdmin):
    form = LegalPageForm
    fields = ["kind", "body"]
    list_display = ["page", "address", "updated_at"]
    ordering = ["kind"]

    def get_readonly_fields(self, request, obj=None):
        return ["kind"] if obj else []

    @admin.display(description="Seite", ordering="kind")
    def page(self, page):
        return page.title

    @admin.display(description="Adresse")
    def address(self, page):
        return page.get_absolute_url()
