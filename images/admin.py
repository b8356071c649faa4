"""The media library in the admin („Bilder“): a searchable list with thumbnails, several
images uploaded at once by drag and drop, where each image is used, and the JSON search the
body editor's „Bild aus der Bibliothek einfügen“ asks.

An image that an article shows cannot be deleted: its articles protect it (`on_delete=PROTECT`),
and Django's delete pages then list them instead of deleting (also for several at once).
"""
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join

from .models import Image
from .validators import ImageUploadField

PICKER_RESULTS = 24


class UseFilter(admin.SimpleListFilter):
    title = "Verwendung"
    parameter_name = "verwendung"

    def lookups(self, request, model_admin):
        return [("ja", "in Artikeln verwendet"), ("nein", "nirgends verwendet")]

    def queryset(self, request, queryset):
        return {"ja": queryset.used, "nein": queryset.unused}.get(self.value(), queryset.all)()


class AltTextFilter(admin.SimpleListFilter):
    title = "Alternativtext"
    parameter_name = "alternativtext"

    def lookups(self, request, model_admin):
        return [("fehlt", "fehlt"), ("vorhanden", "vorhanden")]

    def queryset(self, request, queryset):
        if self.value() == "fehlt":
            return queryset.filter(alt="")
        if self.value() == "vorhanden":
            return queryset.exclude(alt="")
        return queryset


@admin.register(Image)
class ImageAdmin(admin.ModelAdmin):
    list_display = ["thumbnail", "__str__", "caption", "credit", "original_filename", "use_count", "uploaded_at", "uploaded_by"]
    list_display_links = ["thumbnail", "__str__"]
    search_fields = ["alt", "caption", "credit", "original_filename"]
    list_filter = [UseFilter, AltTextFilter, ("uploaded_at", admin.DateFieldListFilter), "uploaded_by"]
    list_select_related = ["uploaded_by"]
    readonly_fields = ["preview", "usage_list", "original_filename", "uploaded_by", "uploaded_at"]
    fieldsets = [
        (None, {"fields": ["file", "preview", ("focal_x", "focal_y"), "alt", "caption", "credit"]}),
        ("Verwendung", {"fields": ["usage_list", ("original_filename", "uploaded_by", "uploaded_at")]}),
    ]
    formfield_overrides = {Image._meta.get_field("file").__class__: {"form_class": ImageUploadField}}
    change_list_template = "admin/images/image/change_list.html"
    list_per_page = 48

    class Media:
        js = ["admin_extra/focal_point.js"]

    def get_queryset(self, request):
        # Explicit order: Meta.ordering does not apply to a grouped query.
        return super().get_queryset(request).annotate(
            hero_count=Count("hero_of", distinct=True), body_count=Count("body_uses", distinct=True)
        ).order_by("-uploaded_at", "-pk")

    def get_urls(self):
        return [
            path("hochladen/", self.admin_site.admin_view(self.upload_view), name="images_image_upload"),
            path("auswahl/", self.admin_site.admin_view(self.picker_view), name="images_image_picker"),
            *super().get_urls(),
        ]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.uploaded_by = request.user
        super().save_model(request, obj, form, change)

    def delete_queryset(self, request, queryset):
        # One by one, so that each image's files go too (Image.delete); images in use never get
        # here: Django's delete action lists them as protected and deletes nothing.
        for image in queryset:
            image.delete()

    @admin.display(description="Bild")
    def thumbnail(self, image):
        return format_html('<img src="{}" alt="" width="96" style="height:auto">', image.preview_url) if image.file else "–"

    @admin.display(description="Vorschau (ins Bild klicken: Bildmittelpunkt)")
    def preview(self, image):
        if not image.pk:
            return "Nach dem Speichern"
        return format_html(
            '<div class="focal-point-picker" title="Ins Bild klicken, um den Bildmittelpunkt für Teaser zu setzen">'
            '<img src="{}" alt="{}" style="max-width:320px;height:auto;display:block">'
            '<span class="focal-point-picker__marker" hidden></span></div>',
            image.preview_url, image.alt,
        )

    @admin.display(description="Verwendet")
    def use_count(self, image):
        uses = []
        if image.hero_count:
            uses.append(f"{image.hero_count}× Aufmacher")
        if image.body_count:
            uses.append(f"{image.body_count}× im Text")
        return ", ".join(uses) or "–"

    @admin.display(description="Verwendet in")
    def usage_list(self, image):
        uses = image.usage() if image.pk else []
        if not uses:
            return "Noch in keinem Artikel."
        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "", '<li><a href="{}">{}</a> ({})</li>',
                ((reverse("admin:articles_article_change", args=[article.pk]), article.title, where) for article, where in uses),
            ),
        )

    def changelist_view(self, request, extra_context=None):
        extra_context = {**(extra_context or {}), "may_upload": self.has_add_permission(request)}
        return super().changelist_view(request, extra_context)

    def upload_view(self, request):
        """Several images at once (drag and drop, or the file dialog); each file a library image."""
        if not self.has_add_permission(request):
            raise PermissionDenied
        if request.method == "POST":
            return self.uploaded(request, Image.objects.upload(request.FILES.getlist("dateien"), request.user))
        context = {**self.admin_site.each_context(request), "opts": self.opts, "title": "Bilder hochladen"}
        return TemplateResponse(request, "admin/images/image/upload.html", context)

    def uploaded(self, request, results):
        if request.headers.get("Accept") == "application/json":
            return JsonResponse({"ergebnisse": [self.result_json(result) for result in results]})
        for result in results:
            if result.image:
                messages.success(request, f"„{result.name}“ hochgeladen.")
            else:
                messages.error(request, f"„{result.name}“: {result.error}")
        return redirect("admin:images_image_changelist")

    def result_json(self, result):
        if result.image is None:
            return {"name": result.name, "ok": False, "fehler": result.error}
        return {
            "name": result.name, "ok": True, "id": result.image.pk, "vorschau": result.image.preview_url,
            "bearbeiten": reverse("admin:images_image_change", args=[result.image.pk]),
        }

    def picker_view(self, request):
        """The newest images matching `q`, for the body editor's library dialog (JSON)."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        images = Image.objects.search(request.GET.get("q", "")).for_picker().exclude(renditions={})[:PICKER_RESULTS]
        return JsonResponse({"bilder": [image.picker_entry() for image in images]})
