"""Previews in the admin: the article as readers would see it, and share-preview links.

`PreviewLinkAdminMixin` gives the article change page a „Vorschau“ section: open the
article as readers would see it (last saved state), and manage the share-preview links
for people without an account on a page of their own (create, copy, revoke).
"""
from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html

from .. import previews
from ..public.views import render_article


class PreviewLinkAdminMixin:
    """Preview and share-preview links on the article change page."""

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        return [
            path(
                "<path:object_id>/vorschau/",
                self.admin_site.admin_view(self.preview_view),
                name="%s_%s_preview" % info,
            ),
            path(
                "<path:object_id>/vorschau-links/",
                self.admin_site.admin_view(self.preview_links_view),
                name="%s_%s_preview_links" % info,
            ),
            *super().get_urls(),
        ]

    def get_readonly_fields(self, request, obj=None):
        return [*super().get_readonly_fields(request, obj), "preview_open", "preview_share"]

    def get_fieldsets(self, request, obj=None):
        fieldsets = list(super().get_fieldsets(request, obj))
        if obj is not None and obj.pk is not None:
            fields = ["preview_open"]
            if self.has_change_permission(request, obj):
                fields.append("preview_share")
            fieldsets.append(("Vorschau", {"fields": fields}))
        return fieldsets

    @admin.display(description="Vorschau")
    def preview_open(self, article):
        url = reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_preview", args=[article.pk])
        return format_html(
            '<a class="button" href="{}" target="_blank" rel="noopener">Vorschau öffnen</a> '
            "zeigt den zuletzt gespeicherten Stand so, wie Leserinnen und Leser ihn sehen werden "
            "(in neuem Fenster).",
            url,
        )

    @admin.display(description="Vorschau-Links")
    def preview_share(self, article):
        url = reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_preview_links", args=[article.pk])
        now = timezone.now()
        active = article.preview_links.filter(revoked_at__isnull=True, expires_at__gt=now).count()
        state = "kein gültiger Link" if not active else ("1 gültiger Link" if active == 1 else f"{active} gültige Links")
        return format_html(
            '<a href="{}">Vorschau-Links für Personen ohne Zugang verwalten</a> ({})',
            url,
            state,
        )

    def _article_or_redirect(self, request, object_id):
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        article = self.get_object(request, unquote(object_id))
        if article is None:
            return None, self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        return article, None

    def preview_view(self, request, object_id):
        """The article page as readers see it (or will), marked as preview, never cached."""
        article, response = self._article_or_redirect(request, object_id)
        if response:
            return response
        if not self.has_view_or_change_permission(request, article):
            raise PermissionDenied
        article = self.model.objects.for_page().get(pk=article.pk)
        return render_article(request, article, preview=True)

    def preview_links_view(self, request, object_id):
        """The article's share-preview links: create (POST `create`), revoke (POST `revoke`=id)."""
        article, response = self._article_or_redirect(request, object_id)
        if response:
            return response
        if not self.has_change_permission(request, article):
            raise PermissionDenied
        if request.method == "POST":
            self._change_preview_links(request, article)
            return HttpResponseRedirect(request.path)
        now = timezone.now()
        links = [
            {
                "link": link,
                "url": request.build_absolute_uri(previews.preview_url(link)),
                "active": previews.is_active(link, now),
                "expired": link.revoked_at is None and link.expires_at <= now,
            }
            for link in article.preview_links.select_related("created_by")
        ]
        context = {
            **self.admin_site.each_context(request),
            "title": f"Vorschau-Links für „{article}“",
            "subtitle": None,
            "opts": self.opts,
            "original": article,
            "article": article,
            "links": links,
            "hours": settings.PREVIEW_LINK_HOURS,
            "preview_admin_url": reverse(
                f"admin:{self.opts.app_label}_{self.opts.model_name}_preview", args=[article.pk]
            ),
            "is_popup": False,
            "to_field": None,
        }
        return TemplateResponse(request, "admin/articles/preview_links.html", context)

    def _change_preview_links(self, request, article):
        if "revoke" in request.POST:
            link_id = request.POST["revoke"]
            link = article.preview_links.filter(pk=link_id).first() if link_id.isdigit() else None
            if link is None:
                self.message_user(request, "Diesen Vorschau-Link gibt es nicht (mehr).", messages.ERROR)
                return
            previews.revoke_preview_link(link)
            self.log_change(request, article, "Vorschau-Link widerrufen.")
            self.message_user(request, "Der Vorschau-Link wurde widerrufen. Wer ihn öffnet, sieht den Artikel nicht mehr.", messages.SUCCESS)
        elif "create" in request.POST:
            link = previews.create_preview_link(article, request.user)
            self.log_change(request, article, "Vorschau-Link erstellt.")
            until = timezone.localtime(link.expires_at)
            self.message_user(
                request,
                f"Neuer Vorschau-Link, gültig bis {until:%d.%m.%Y, %H:%M} Uhr: "
                f"{request.build_absolute_uri(previews.preview_url(link))}",
                messages.SUCCESS,
            )
