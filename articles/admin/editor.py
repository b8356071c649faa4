"""The rich-text editor of the article body in the admin (django-prose-editor).

The editor offers only the formats the site renders; `articles.html.sanitise_body`
stays the one allow-list and runs on every save, whatever the browser sent.
"""
from django import forms
from django.urls import reverse_lazy
from django_prose_editor.fields import ProseEditorFormField
from django_prose_editor.widgets import AdminProseEditorWidget

from .. import embeds
from ..html import ALLOWED_URL_SCHEMES

BODY_EDITOR_EXTENSIONS = {
    "Heading": {"levels": [2, 3, 4]},
    "Bold": True,
    "Italic": True,
    "Link": {"enableTarget": False, "protocols": sorted(ALLOWED_URL_SCHEMES)},
    "Blockquote": True,
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "HardBreak": True,
    # Keeps the figures of imported bodies (articles.wordpress) when the text is edited: without
    # it the editor turned each into a paragraph of its caption. Only library images survive the
    # sanitiser (`articles.html.body_image_prefix`); „Bild aus der Bibliothek einfügen“ adds them.
    "Figure": True,
    "Image": True,
    "Caption": True,
}


class GermanProseEditorWidget(AdminProseEditorWidget):
    """The admin's prose editor, with its toolbar and link dialog labelled in German."""

    def __init__(self, attrs=None, **kwargs):
        # „Bild aus der Bibliothek einfügen“ (images_admin/body_picker.js) asks the library here.
        attrs = {**(attrs or {}), "data-image-picker-url": reverse_lazy("admin:images_image_picker")}
        super().__init__(attrs=attrs, **kwargs)

    @property
    def media(self):
        return super().media + forms.Media(
            js=["admin_extra/prose_editor_de.js", "images_admin/body_picker.js"], css={"all": ["images_admin/upload.css"]}
        )


class BodyEditorField(ProseEditorFormField):
    """The body as a WYSIWYG editor with the site's formats, and nothing else.

    The editor's own sanitiser is not used (`sanitize=False` only turns the empty
    paragraph of an empty editor into ""): the model sanitises on save, and a form
    shown again after a validation error keeps exactly what the editor typed.
    """

    def __init__(self, *args, **kwargs):
        # „Einbettung einfügen“ (static/admin_extra/prose_embed.js) recognises what articles.embeds knows.
        kwargs["extensions"] = {**BODY_EDITOR_EXTENSIONS, "Embed": {"providers": embeds.editor_config()}}
        kwargs["sanitize"] = False
        kwargs["help_text"] = (
            "Zwischenüberschriften, fett, kursiv, Links, Zitate und Listen über die Werkzeugleiste; "
            "Videos, Beiträge, Grafiken und Podcasts (YouTube, Vimeo, X, Instagram, Bluesky, Mastodon, TikTok, "
            "Datawrapper, Spotify, Apple Podcasts, Podigee) über „Einbettung einfügen“ oder indem Sie die Adresse "
            "einfügen; "
            "Umschalt+Eingabe für einen Zeilenumbruch. Bilder über „Bild aus der Bibliothek einfügen“: "
            "Bildunterschrift und Bildnachweis kommen aus der Bibliothek. Bilder anderer Websites und andere "
            "Formate werden beim Speichern entfernt."
        )
        kwargs["widget"] = GermanProseEditorWidget
        kwargs.pop("max_length", None)
        super().__init__(*args, **kwargs)
