"""The Liveticker screen of an article in the admin: write entries fast while an event runs.

One screen: the entry form on one side, the running ticker (drafts first, then newest on
top) on the other, refreshed every few seconds. Strg+Enter publishes the entry in one step
(static/admin_extra/liveticker.js). Each entry is a row of its own, so several editors post
at once without overwriting each other; an edit is refused if someone else saved the entry
meanwhile. Who may do what is in articles/roles.py and checked before anything is written.
"""
from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html

from .. import roles
from ..models import Author, LivetickerEntry
from .editor import BodyEditorField

ADMIN_ENTRIES_SHOWN = 100


class LivetickerEntryForm(forms.ModelForm):
    lock_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = LivetickerEntry
        fields = ["title", "body", "author", "is_pinned", "is_correction"]
        field_classes = {"body": BodyEditorField}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["author"].queryset = Author.objects.active()
        self.fields["body"].help_text = "Strg+Eingabe veröffentlicht den Eintrag."
        self.fields["body"].error_messages["required"] = "Bitte einen Text für den Eintrag schreiben."
        self.fields["title"].help_text = "Optional, z. B. „Erste Hochrechnung“."


class LivetickerAdminMixin:
    """„Liveticker führen“ for articles switched to a Liveticker."""

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        view = self.admin_site.admin_view
        return [
            path("<path:object_id>/liveticker/", view(self.liveticker_view), name="%s_%s_liveticker" % info),
            path(
                "<path:object_id>/liveticker/<int:entry_id>/",
                view(self.liveticker_entry_view),
                name="%s_%s_liveticker_entry" % info,
            ),
            *super().get_urls(),
        ]

    def get_readonly_fields(self, request, obj=None):
        return [*super().get_readonly_fields(request, obj), "liveticker_open"]

    def get_fieldsets(self, request, obj=None):
        fieldsets = list(super().get_fieldsets(request, obj))
        fields = ["is_liveticker"]
        if obj is not None and obj.pk is not None and obj.is_liveticker:
            fields.append("liveticker_open")
        fieldsets.insert(2, ("Liveticker", {"fields": fields}))
        return fieldsets

    @admin.display(description="Einträge")
    def liveticker_open(self, article):
        state = "beendet" if article.liveticker_ended_at else "läuft"
        return format_html(
            '<a class="button" href="{}">Liveticker führen</a> Der Liveticker {}.',
            self.liveticker_url(article),
            state,
        )

    def liveticker_url(self, article, entry=None):
        info = self.opts.app_label, self.opts.model_name
        if entry is None:
            return reverse("admin:%s_%s_liveticker" % info, args=[article.pk])
        return reverse("admin:%s_%s_liveticker_entry" % info, args=[article.pk, entry.pk])

    def liveticker_article(self, request, object_id):
        """The article, if this user may see it and it is a Liveticker; else 404."""
        article = self.get_object(request, unquote(object_id))
        if article is None or not article.is_liveticker or not self.has_view_permission(request, article):
            raise Http404("Diesen Liveticker gibt es nicht.")
        return article

    def liveticker_view(self, request, object_id):
        """GET: the screen. POST: a new entry (published, or as draft), or the ticker ended or
        taken up again."""
        article = self.liveticker_article(request, object_id)
        form = None
        if request.method == "POST":
            if "end" in request.POST or "resume" in request.POST:
                return self.liveticker_end(request, article)
            if not roles.may_post_entry(request.user, article):
                raise PermissionDenied
            form = LivetickerEntryForm(request.POST)
            if form.is_valid():
                entry = form.save(commit=False)
                entry.article = article
                entry.created_by = request.user
                if "draft" in request.POST:
                    entry.save()
                    self.message_user(request, "Entwurf gespeichert.", messages.SUCCESS)
                else:
                    entry.publish()
                    self.message_user(request, "Eintrag veröffentlicht.", messages.SUCCESS)
                return HttpResponseRedirect(self.liveticker_url(article))
        if form is None:
            author = Author.objects.filter(user=request.user).first()
            form = LivetickerEntryForm(initial={"author": author})
        return self.liveticker_render(request, article, form)

    def liveticker_end(self, request, article):
        if not roles.may_end_liveticker(request.user, article):
            raise PermissionDenied
        if "end" in request.POST:
            article.end_liveticker()
            self.message_user(request, "Liveticker beendet. Er bleibt als Archiv lesbar.", messages.SUCCESS)
        else:
            article.resume_liveticker()
            self.message_user(request, "Liveticker läuft wieder.", messages.SUCCESS)
        return HttpResponseRedirect(self.liveticker_url(article))

    def liveticker_entry_view(self, request, object_id, entry_id):
        """One entry: GET the edit form; POST save it, publish the draft, or delete it."""
        article = self.liveticker_article(request, object_id)
        entry = get_object_or_404(LivetickerEntry, pk=entry_id, article=article)
        if not roles.may_change_entry(request.user, entry):
            raise PermissionDenied
        if request.method != "POST":
            form = LivetickerEntryForm(instance=entry, initial={"lock_version": entry.lock_version})
            return self.liveticker_render(request, article, form, editing=entry)
        if "delete" in request.POST:
            if not request.user.has_perm("articles.delete_livetickerentry"):
                raise PermissionDenied
            entry.delete()
            self.message_user(request, "Eintrag gelöscht.", messages.SUCCESS)
            return HttpResponseRedirect(self.liveticker_url(article))
        if "publish" in request.POST and "body" not in request.POST:
            entry.publish()
            self.message_user(request, "Eintrag veröffentlicht.", messages.SUCCESS)
            return HttpResponseRedirect(self.liveticker_url(article))
        form = LivetickerEntryForm(request.POST, instance=entry)
        if form.is_valid():
            if form.save(commit=False).save_edit(form.cleaned_data["lock_version"]):
                if "publish" in request.POST:
                    entry.publish()
                self.message_user(request, "Eintrag gespeichert.", messages.SUCCESS)
                return HttpResponseRedirect(self.liveticker_url(article))
            form.add_error(
                None,
                "Jemand anderes hat diesen Eintrag gespeichert, nachdem Sie ihn geöffnet haben. Ihr Text ist "
                "unten erhalten; der gespeicherte Stand steht rechts im Ticker. Laden Sie den Eintrag neu, um "
                "ihn zu übernehmen.",
            )
        return self.liveticker_render(request, article, form, editing=entry)

    def liveticker_render(self, request, article, form, editing=None):
        entries = list(LivetickerEntry.objects.filter(article=article).for_editors()[:ADMIN_ENTRIES_SHOWN])
        for entry in entries:
            entry.may_change = roles.may_change_entry(request.user, entry)
            entry.edit_url = self.liveticker_url(article, entry)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": f"Liveticker: {article.title}",
            "article": article,
            "form": form,
            "media": self.media + form.media,
            "editing": editing,
            "entries": entries,
            "may_post": roles.may_post_entry(request.user, article),
            "may_end": roles.may_end_liveticker(request.user, article),
            "public_url": article.get_absolute_url(),
        }
        return TemplateResponse(request, "admin/articles/liveticker.html", context)
