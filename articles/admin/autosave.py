"""Autosave in the article form: what an editor types is kept as a copy of their own, never as the article.

The form (static/admin_extra/autosave.js) posts its fields every AUTOSAVE_SECONDS while they
changed, and once more when the editor leaves the page. Reopening the form offers the copy back
(„Automatisch gespeicherte Fassung vom … wiederherstellen“) if it is newer than the article's last
real save; restored, it carries the lock_version its form was loaded with, so saving it still meets
the edit-conflict check (articles/admin/revisions.py) when a colleague saved in between. A real
save deletes the form's copy; „Verwerfen“ too; copies expire after ArticleAutosave.KEPT_FOR.
"""
import json
import re

from django.contrib.admin.utils import quote, unquote
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseNotAllowed, JsonResponse
from django.urls import path, reverse

from ..models import ArticleAutosave
from ..revisions import local_time
from .soft_lock import new_page_token

AUTOSAVE_SECONDS = 30
MAX_COPY_BYTES = 1_000_000  # a long article's body is about 100 kB
MAX_FIELDS = 300
PAGE_TOKEN = re.compile(r"[A-Za-z0-9_-]{1,40}")

BAD_COPY = "Die automatisch gespeicherte Fassung ist unlesbar und wurde nicht gespeichert."


class BadCopy(ValueError):
    pass


def _version_number(value):
    return int(value) if isinstance(value, str) and value.isdigit() and len(value) < 12 else None


def parse_form_copy(text):
    """The form's fields as autosave.js sends them: {"fields": {name: text, yes/no or [texts]},
    "labels": {name: {value: label}}} (labels name the options of autocomplete selects)."""
    if len(text.encode()) > MAX_COPY_BYTES:
        raise BadCopy("Die Fassung ist zu groß, um sie automatisch zu speichern.")
    try:
        data = json.loads(text)
    except ValueError:
        raise BadCopy(BAD_COPY) from None
    fields = data.get("fields") if isinstance(data, dict) else None
    labels = data.get("labels", {}) if isinstance(data, dict) else None
    if not isinstance(fields, dict) or not isinstance(labels, dict) or len(fields) > MAX_FIELDS:
        raise BadCopy(BAD_COPY)
    for value in fields.values():
        is_list = isinstance(value, list) and all(isinstance(item, str) for item in value)
        if not (isinstance(value, (str, bool)) or is_list):
            raise BadCopy(BAD_COPY)
    for options in labels.values():
        if not isinstance(options, dict) or not all(isinstance(label, str) for label in options.values()):
            raise BadCopy(BAD_COPY)
    return {"fields": fields, "labels": labels}


class AutosaveAdminMixin:
    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        view = self.admin_site.admin_view(self.autosave_view)
        return [
            path("autosave/", view, name="%s_%s_autosave_new" % info),
            path("<path:object_id>/autosave/", view, name="%s_%s_autosave" % info),
        ] + super().get_urls()

    def autosave_view(self, request, object_id=None):
        """Keep (or with action=discard, drop) the copy of the form the editor has open."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        article, token = self._autosaved_article(request, object_id), request.POST.get("token", "")
        if article is None and not PAGE_TOKEN.fullmatch(token):
            return JsonResponse({"error": BAD_COPY}, status=400)
        if request.POST.get("action") == "discard":
            ArticleAutosave.objects.of_form(request.user, article, token).delete()
            return JsonResponse({"discarded": True})
        try:
            data = parse_form_copy(request.POST.get("data", ""))
        except BadCopy as error:
            return JsonResponse({"error": str(error)}, status=400)
        loaded = _version_number(request.POST.get("lock_version")) if article else None
        copy = ArticleAutosave.keep(request.user, data, article, token, loaded)
        return JsonResponse({"saved": f"Automatisch gespeichert um {local_time(copy.saved_at, 'H:i')} Uhr"})

    def _autosaved_article(self, request, object_id):
        """The article of the form (None: a new one); refused unless the user may change (add) it."""
        if object_id is None:
            if not self.has_add_permission(request):
                raise PermissionDenied
            return None
        article = self.get_object(request, unquote(object_id))
        if article is None:
            raise Http404("Diesen Artikel gibt es nicht mehr.")
        if not self.has_change_permission(request, article):
            raise PermissionDenied
        return article

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if not (context.get("revert") or context.get("recover")) and (
            self.has_add_permission(request) if add else self.has_change_permission(request, obj)
        ):
            context["autosave"] = self._autosave_context(request, obj if change else None)
        return super().render_change_form(request, context, add, change, form_url, obj)

    def _autosave_context(self, request, article):
        copy = ArticleAutosave.objects.offered(request.user, article) if request.method == "GET" else None
        posted_token = request.POST.get("autosave_token", "")
        return {
            "url": reverse("admin:articles_article_autosave", args=[quote(article.pk)]) if article
            else reverse("admin:articles_article_autosave_new"),
            "token": posted_token if PAGE_TOKEN.fullmatch(posted_token) else new_page_token(),
            "seconds": AUTOSAVE_SECONDS,
            "unsaved": request.method == "POST",  # shown again after an error: the input is not saved
            "copy": copy and {
                "fields": copy.data.get("fields", {}),
                "labels": copy.data.get("labels", {}),
                "token": copy.token,
                "lock_version": copy.loaded_lock_version,
            },
            "copy_time": copy and local_time(copy.saved_at, "j. F Y, H:i"),
            "copy_title": copy and str(copy.data.get("fields", {}).get("title", ""))[:120],
        }

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        # Saved for real: the form's copy is what was just saved (or older).
        ArticleAutosave.objects.of_form(
            request.user, obj if change else None, request.POST.get("autosave_token", "")
        ).delete()
