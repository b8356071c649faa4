"""Revisions, edit conflicts and the soft lock in the article admin.

- Revisions (django-reversion's VersionAdmin): every save is a revision with who and when; the
  history („Geschichte“) compares two of them and restores any; deleted articles are recovered
  from „Gelöschte Artikel wiederherstellen“ on the article list.
- Edit conflicts: the change form carries the `lock_version` it was loaded with. A save whose
  loaded version is no longer the stored one is refused – nothing is written, the editor's
  input stays in the form, and the form explains who changed what in between. Saving anyway
  needs a deliberate tick on „Trotzdem speichern“, which names the version it overwrites.
- Soft lock: the change form names colleagues who have the article open (see articles.admin.soft_lock).
"""
from dataclasses import dataclass
from functools import wraps

from django import forms
from django.contrib import messages
from django.contrib.admin.utils import quote, unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import router, transaction
from django.http import Http404, HttpResponseNotAllowed, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from reversion.admin import VersionAdmin
from reversion.models import Version

from .. import roles
from ..models import Article
from ..revisions import (
    ArticleState,
    article_changes,
    article_forget_deleted_references,
    article_record_unversioned,
    article_revisions_record,
    article_versions,
    deleted_articles,
    edit_conflict,
    editor_name,
    latest_save,
    stored_lock_versions,
)
from .soft_lock import HEARTBEAT_SECONDS, article_editing_mark, article_editing_release, new_page_token

# Restoring an old revision brings back the content, not the publication state: an article
# stays published (or not) and keeps its correction notice. Change these in the same form.
KEPT_ON_RESTORE = ("status", "published_at", "corrected_at", "correction_note")


@dataclass(frozen=True)
class Restore:
    """Set on the request (as `article_restore`) while an old revision is written back."""

    recover: bool  # a deleted article, rather than an old revision of an existing one
    before: Article | None  # the article as stored before the old revision was written back

    @property
    def lock_version(self):
        return self.before.lock_version if self.before else None


# The largest number any database here stores as an id: SQLite cannot even compare a larger one.
LARGEST_ID = 2**63 - 1

# What a refused restore says: not which article it is, nor whether it exists at all.
NO_SUCH_VERSION = "Diese Fassung gibt es nicht (mehr), oder Sie dürfen den Artikel nicht sehen."
NO_SUCH_DELETED_ARTICLE = (
    "Diesen gelöschten Artikel gibt es nicht (mehr), oder Sie dürfen ihn nicht sehen. "
    "Gelöschte Artikel, die Sie wiederherstellen dürfen, stehen unter „Gelöschte Artikel wiederherstellen“."
)
MAY_NOT_RESTORE = "Sie dürfen diesen Artikel nicht bearbeiten und darum auch keine frühere Fassung wiederherstellen."
MAY_NOT_RECOVER = "Wiederherstellen darf einen gelöschten Artikel nur, wer ihn auch löschen dürfte."
NO_ARTICLE_RIGHTS = "Sie haben keine Berechtigung für Artikel."
NOT_AS_NEW = "Eine frühere Fassung lässt sich nur wiederherstellen, nicht als neuer Artikel sichern."


def _version_number(value):
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return number if 0 <= number <= LARGEST_ID else None


class LockVersionField(forms.CharField):
    """Bookkeeping for the conflict check: hidden, and never reported as an edit."""

    widget = forms.HiddenInput

    def has_changed(self, initial, data):
        return False


class EditConflictForm(forms.ModelForm):
    """Refuses to save over changes the editor has not seen (mixed into the article form)."""

    loaded_lock_version = LockVersionField(required=False)
    # A checkbox in the conflict notice; its value is the version the editor agreed to overwrite.
    overwrite_lock_version = LockVersionField(required=False)

    # The stored lock_version before an old revision was written back (set by the admin).
    lock_version_before_revert = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.edit_conflict = None
        self.current_lock_version = None
        if not self.instance._state.adding:
            self.fields["loaded_lock_version"].initial = (
                self.lock_version_before_revert
                if self.lock_version_before_revert is not None
                else self.instance.lock_version
            )

    def clean(self):
        cleaned_data = super().clean()
        if self.instance._state.adding:
            return cleaned_data
        loaded = _version_number(cleaned_data.get("loaded_lock_version"))
        current = self.current_lock_version = self._stored_lock_version()
        # A POST without the field (a script, not the admin form) is not checked.
        if loaded is None or current is None or loaded == current:
            return cleaned_data
        if _version_number(cleaned_data.get("overwrite_lock_version")) == current:
            return cleaned_data
        self.edit_conflict = edit_conflict(self.instance.pk, loaded, current)
        raise ValidationError(self.edit_conflict.message, code="edit_conflict")

    def _stored_lock_version(self):
        """The stored version, locked until this save's transaction ends (PostgreSQL), so that
        of two simultaneous saves of the same loaded version only the first passes."""
        if self.lock_version_before_revert is not None:
            return self.lock_version_before_revert
        database = router.db_for_write(Article)
        articles = Article.objects.using(database).filter(pk=self.instance.pk)
        if transaction.get_connection(database).in_atomic_block:
            articles = articles.select_for_update()
        return articles.values_list("lock_version", flat=True).first()


def _recording_revisions(action, description):
    """Wrap an admin action so each article it changed gets its own revision."""

    @wraps(action)
    def recording_action(modeladmin, request, queryset):
        before = dict(queryset.values_list("pk", "lock_version"))
        article_record_unversioned(before)
        response = action(modeladmin, request, queryset)
        changed = [pk for pk, version in stored_lock_versions(before) if version != before[pk]]
        article_revisions_record(changed, request.user, f"Sammelaktion: {description}")
        return response

    return recording_action


class RevisionAdminMixin(VersionAdmin):
    object_history_template = "admin/articles/article/object_history.html"
    revision_form_template = "admin/articles/article/revision_form.html"
    recover_form_template = "admin/articles/article/recover_form.html"
    recover_list_template = "admin/articles/article/recover_list.html"
    history_latest_first = True

    # --- URLs and views of their own ------------------------------------------------------

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        return [
            path("<path:object_id>/history/compare/", self.admin_site.admin_view(self.compare_view),
                 name="%s_%s_compare" % info),
            path("<path:object_id>/editing/", self.admin_site.admin_view(self.editing_view),
                 name="%s_%s_editing" % info),
        ] + super().get_urls()

    def compare_view(self, request, object_id):
        """Two revisions of an article side by side: changed fields, added and removed rows."""
        article = self.get_object(request, unquote(object_id))
        if article is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        if not self.has_view_or_change_permission(request, article):
            raise PermissionDenied
        history_url = reverse("admin:articles_article_history", args=[quote(article.pk)])
        chosen = [_version_number(request.GET.get(name)) for name in ("alt", "neu")]
        versions = {version.pk: version for version in article_versions(article.pk).filter(pk__in=[pk for pk in chosen if pk])}
        if len(versions) != 2:
            messages.error(request, "Bitte zwei verschiedene Fassungen dieses Artikels zum Vergleichen auswählen.")
            return redirect(history_url)
        older, newer = sorted(versions.values(), key=lambda version: (version.revision.date_created, version.pk))
        old_state = ArticleState.of_revision(older.revision, article.pk)
        new_state = ArticleState.of_revision(newer.revision, article.pk)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": f"Fassungen von „{article}“ vergleichen",
            "subtitle": None,
            "article": article,
            "history_url": history_url,
            "sides": [
                {"label": label, "version": version,
                 "editor": editor_name(version.revision.user) if version.revision.user else "",
                 "url": reverse("admin:articles_article_revision", args=[quote(article.pk), version.pk])}
                for label, version in (("Ältere Fassung", older), ("Neuere Fassung", newer))
            ],
            "changes": article_changes(old_state, new_state),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "admin/articles/article/compare.html", context)

    def editing_view(self, request, object_id):
        """The change form's heartbeat: „I still have this article open“ (or „I left“)."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        article = self.get_object(request, unquote(object_id))
        if article is None:
            raise Http404("Diesen Artikel gibt es nicht mehr.")
        if not self.has_change_permission(request, article):
            raise PermissionDenied
        page = request.POST.get("page", "")[:20] or None
        if request.POST.get("state") == "closed":
            article_editing_release(article.pk, request.user, page)
            return JsonResponse({"editors": [], "stale": ""})
        others = article_editing_mark(article.pk, request.user, page or "")
        loaded = _version_number(request.POST.get("lock_version"))
        stale = ""
        if loaded is not None and loaded != article.lock_version:
            save = latest_save(article)
            stale = (
                f"{save.name} hat diesen Artikel um {save.time} Uhr gespeichert, nachdem Sie ihn geöffnet haben. "
                "Wenn Sie jetzt speichern, wird nichts überschrieben: Sie sehen zuerst, was sich geändert hat."
            )
        return JsonResponse({"editors": [editor.notice for editor in others], "stale": stale})

    def history_view(self, request, object_id, extra_context=None):
        article_pk = unquote(object_id)
        rows = [
            {
                "version": version,
                "revision": version.revision,
                "editor": editor_name(version.revision.user),
                "url": reverse("admin:articles_article_revision", args=[quote(article_pk), version.pk]),
            }
            for version in article_versions(article_pk)
        ] if _version_number(article_pk) is not None else []
        context = {
            "article_versions": rows,
            "compare_url": reverse("admin:articles_article_compare", args=[quote(article_pk)]),
            **(extra_context or {}),
        }
        return super().history_view(request, object_id, context)

    # --- restoring a revision, recovering a deleted article -----------------------------------

    # Every check comes before django-reversion writes the old revision back: it commits whatever
    # the change form answers with a redirect, also „does not exist“.

    def revision_view(self, request, object_id, version_id, extra_context=None):
        article_pk = _version_number(unquote(object_id))
        with transaction.atomic(using=router.db_for_write(Article)):
            # Other saves wait until the restore is done (PostgreSQL); `before` is read after that.
            before = Article.objects.select_for_update().filter(pk=article_pk).first() if article_pk is not None else None
            version = article_versions(article_pk).filter(pk=_version_number(version_id)).first() if before else None
            refused = self._refuse_restore(request, before, version)
            if refused:
                return refused
            request.article_restore = Restore(recover=False, before=before)
            context = {**self._revision_context(version), **(extra_context or {})}
            return super().revision_view(request, object_id, version_id, context)

    def recover_view(self, request, version_id, extra_context=None):
        with transaction.atomic(using=router.db_for_write(Article)):
            number = _version_number(version_id)
            deleted = next(iter(deleted_articles(number)), None) if number is not None else None
            refused = self._refuse_recover(request, deleted)
            if refused:
                return refused
            request.article_restore = Restore(recover=True, before=None)
            context = {**self._revision_context(deleted.version), **(extra_context or {})}
            return super().recover_view(request, version_id, context)

    def _refuse_restore(self, request, article, version):
        """The change view's rules for an old revision of an existing article: 404 for what the
        user may not see (or that does not exist), 403 for what she may see but not change."""
        if not self.has_view_or_change_permission(request):
            return self._refused(request, 403, NO_ARTICLE_RIGHTS)
        if article is None or version is None or not self.has_view_permission(request, article):
            return self._refused(request, 404, NO_SUCH_VERSION)
        if not self.has_change_permission(request, article):
            return self._refused(request, 403, MAY_NOT_RESTORE)
        return self._refuse_as_new(request)

    def _refuse_recover(self, request, deleted):
        """Who may delete an article may bring it back, judged on the state it was deleted in."""
        user = request.user
        if not (self.has_add_permission(request) and self.has_delete_permission(request)):
            return self._refused(request, 403, NO_ARTICLE_RIGHTS)
        owned = deleted.is_owned_by(user) if deleted else False
        if deleted is None or not roles.may_view(user, deleted.article, owned):
            return self._refused(request, 404, NO_SUCH_DELETED_ARTICLE)
        if not roles.may_recover(user, deleted.article, owned):
            return self._refused(request, 403, MAY_NOT_RECOVER)
        return self._refuse_as_new(request)

    def _refuse_as_new(self, request):
        # The change form would add a new article from the old revision and leave the reverted
        # one behind unrecorded.
        if request.method == "POST" and "_saveasnew" in request.POST:
            return self._refused(request, 400, NOT_AS_NEW)
        return None

    def _refused(self, request, status, message):
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": "Nicht gefunden" if status == 404 else "Nicht möglich",
            "subtitle": None,
            "message": message,
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "admin/articles/article/refused.html", context, status=status)

    def recoverlist_view(self, request, extra_context=None):
        if roles.can_change_others(request.user):
            deleted = Version.objects.get_deleted(Article).select_related("revision__user").order_by("-pk")
        else:
            # Only what the recover view would bring back for this user.
            user = request.user
            deleted = [
                entry.version for entry in deleted_articles()
                if roles.may_recover(user, entry.article, entry.is_owned_by(user))
            ]
        return super().recoverlist_view(request, {"deleted": deleted, **(extra_context or {})})

    def _revision_context(self, version):
        user = version.revision.user
        return {"revision_date": version.revision.date_created, "revision_editor": editor_name(user) if user else ""}

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        restore = getattr(request, "article_restore", None)
        if restore and self.get_object(request, unquote(object_id)) is None:
            # The written-back state is not one the user may see (her byline was not in it yet):
            # refused, and the exception undoes the restore.
            raise PermissionDenied(MAY_NOT_RESTORE)
        if restore and restore.before is not None:
            # The old revision is written back by now (django-reversion); keep the publication state.
            kept = {*KEPT_ON_RESTORE, *self.get_readonly_fields(request, restore.before)}
            names = [f.attname for f in Article._meta.concrete_fields if f.name in kept and not f.primary_key]
            Article.objects.filter(pk=restore.before.pk).update(
                **{name: getattr(restore.before, name) for name in names}
            )
        return super().changeform_view(request, object_id, form_url, extra_context)

    # --- the change form -------------------------------------------------------------------

    def change_view(self, request, object_id, form_url="", extra_context=None):
        if request.method == "POST" and _version_number(unquote(object_id)) is not None:
            article_record_unversioned([unquote(object_id)])
        return super().change_view(request, object_id, form_url, extra_context)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        restore = getattr(request, "article_restore", None)
        return type(form.__name__, (EditConflictForm, form), {
            "lock_version_before_revert": restore.lock_version if restore else None,
        })

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        self._check_recover_permission(request, obj)
        if change and obj is not None and not context.get("recover") and self.has_change_permission(request, obj):
            context["editing_page"] = new_page_token()
            context["editing_others"] = article_editing_mark(obj.pk, request.user, context["editing_page"])
            context["editing_url"] = reverse("admin:articles_article_editing", args=[quote(obj.pk)])
            context["heartbeat_seconds"] = HEARTBEAT_SECONDS
        if request.method == "POST" and request.FILES:
            # Rendered after a POST means not saved; browsers never put a chosen file back.
            form_fields = context["adminform"].form.fields
            context["files_to_choose_again"] = [
                {"name": upload.name, "label": form_fields[name].label if name in form_fields else ""}
                for name, upload in request.FILES.items()
            ]
        return super().render_change_form(request, context, add, change, form_url, obj)

    def save_model(self, request, obj, form, change):
        current = getattr(form, "current_lock_version", None)
        if change and current is not None and current > obj.lock_version:
            # Restoring an old revision: keep counting up from the stored version.
            obj.lock_version = current
        if getattr(request, "article_restore", None):
            self._check_recover_permission(request, obj)
            article_forget_deleted_references(obj)
        super().save_model(request, obj, form, change)

    def _check_recover_permission(self, request, obj):
        """Who may delete an article may bring it back (an author: their own drafts)."""
        restore = getattr(request, "article_restore", None)
        if restore and restore.recover and not (obj and self.has_delete_permission(request, obj)):
            raise PermissionDenied

    def response_change(self, request, obj):
        if "_continue" not in request.POST:
            article_editing_release(obj.pk, request.user)
        return super().response_change(request, obj)

    # --- deleting and bulk actions --------------------------------------------------------

    def delete_model(self, request, obj):
        # The recover list offers an article's latest revision; make it the state it was deleted in.
        article_revisions_record([obj.pk], request.user, "Vor dem Löschen gesichert")
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        article_revisions_record(list(queryset.values_list("pk", flat=True)), request.user, "Vor dem Löschen gesichert")
        super().delete_queryset(request, queryset)

    def get_actions(self, request):
        return {
            name: (_recording_revisions(action, description), name, description)
            for name, (action, _, description) in super().get_actions(request).items()
        }

    def changelist_view(self, request, extra_context=None):
        # Not VersionAdmin's: it would put every article an action saves into ONE revision, and
        # restoring that revision for one article would restore all of them. Actions record one
        # revision per changed article instead (see get_actions).
        context = {"has_change_permission": self.has_change_permission(request), **(extra_context or {})}
        return super(VersionAdmin, self).changelist_view(request, context)
