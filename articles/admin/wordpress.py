"""„WordPress-Importe“: the Administration uploads an export and watches the import run.

The import runs as a process of its own (`manage.py import_wordpress --run ID`), started when
the upload is saved: a request must not hold a large import (proxies and gunicorn end slow
requests, and a worker is recycled after a while), and a thread inside a web worker dies
with it. The process writes its progress and report into the WordPressImport row, which the
page shows and reloads every few seconds while the import runs. Who may: whoever has the
model's permissions, which only the Administration's role (articles.roles) and superusers get.
"""
import os
import subprocess
import sys
from datetime import timedelta

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.db import transaction
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.html import format_html

from ..models import WordPressImport, WordPressRedirect

# A running import that has not written its progress for this long has probably died.
SILENT_AFTER = timedelta(minutes=5)


def launch(job):
    """Start `manage.py import_wordpress --run <id>` in its own session, detached from the request."""
    command = [sys.executable, str(settings.BASE_DIR / "manage.py"), "import_wordpress", "--run", str(job.pk)]
    try:
        subprocess.Popen(
            command, start_new_session=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL, cwd=settings.BASE_DIR, env=os.environ.copy(),
        )
    except OSError as error:
        WordPressImport.objects.filter(pk=job.pk).update(
            state=WordPressImport.State.FAILED, report=f"Der Import konnte nicht gestartet werden: {error}"
        )


class WordPressImportForm(forms.ModelForm):
    class Meta:
        model = WordPressImport
        fields = ["export_file", "media_dir", "dry_run"]

    def clean_export_file(self):
        upload = self.cleaned_data["export_file"]
        if upload and not upload.name.lower().endswith(".xml"):
            raise forms.ValidationError("Bitte die XML-Datei aus WordPress (Werkzeuge → Daten exportieren) hochladen.")
        if upload:
            upload.seek(0)
            head = upload.read(4096)
            upload.seek(0)
            if b"<rss" not in head or b"wordpress.org/export/" not in head:
                raise forms.ValidationError("Diese Datei ist kein WordPress-Export (WXR).")
        return upload

    def clean_media_dir(self):
        path = self.cleaned_data["media_dir"].strip()
        if path and not os.path.isdir(path):
            raise forms.ValidationError(f"Den Ordner „{path}“ gibt es auf dem Server nicht.")
        return path


@admin.register(WordPressImport)
class WordPressImportAdmin(admin.ModelAdmin):
    form = WordPressImportForm
    list_display = ["__str__", "state", "progress", "dry_run", "created_by"]
    readonly_fields = ["state", "progress", "created_by", "created_at", "updated_at", "report_text"]
    change_form_template = "admin/articles/wordpressimport/change_form.html"

    def get_fields(self, request, obj=None):
        if obj is None:
            return ["export_file", "media_dir", "dry_run"]
        return ["state", "progress", "dry_run", "created_by", "created_at", "updated_at", "report_text"]

    def has_change_permission(self, request, obj=None):
        # Nothing to edit once started: the page only shows the run (view permission).
        return False

    @admin.display(description="Fortschritt")
    def progress(self, job):
        if job.state == WordPressImport.State.WAITING:
            return "wird gestartet …"
        silent = job.state == WordPressImport.State.RUNNING and timezone.now() - job.updated_at > SILENT_AFTER
        note = " – seit Minuten keine Rückmeldung, der Import ist vermutlich abgebrochen" if silent else ""
        return format_html(
            '<progress max="{}" value="{}">{} %</progress> {} von {} Einträgen ({} %){}',
            job.total or 1, job.processed, job.percent, job.processed, job.total, job.percent, note,
        )

    @admin.display(description="Bericht")
    def report_text(self, job):
        return format_html('<pre class="wordpress-report">{}</pre>', job.report) if job.report else "–"

    def save_model(self, request, obj, form, change):
        obj.created_by = request.user
        super().save_model(request, obj, form, change)
        transaction.on_commit(lambda: launch(obj))

    def response_add(self, request, obj, post_url_continue=None):
        self.message_user(request, "Der Import läuft im Hintergrund; diese Seite zeigt seinen Fortschritt.", messages.SUCCESS)
        return redirect("admin:articles_wordpressimport_change", obj.pk)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        context["reload_seconds"] = 3 if obj is not None and obj.state in (
            WordPressImport.State.WAITING, WordPressImport.State.RUNNING
        ) else None
        return super().render_change_form(request, context, add=add, change=change, form_url=form_url, obj=obj)


@admin.register(WordPressRedirect)
class WordPressRedirectAdmin(admin.ModelAdmin):
    """The old WordPress addresses and where they lead now; made by the import, deletable, not edited."""

    list_display = ["old_path", "target"]
    search_fields = ["old_path"]
    list_select_related = ["article", "section", "tag", "author"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description="führt zu")
    def target(self, redirect):
        return redirect.target_url() or "–"
