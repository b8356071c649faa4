"""The media library („Bilder“): every photo stored once, with its texts, focal point and
renditions, and reused as hero image or in the text of any number of articles.

Where an image is used is not stored here: articles point at images (`Article.hero_image`,
`Article.body_images`), and `Image.usage()` reads those tables. This app knows nothing of
articles; the articles app imports it.
"""
import secrets
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.db.models import Exists, OuterRef, Q
from django.db.models.fields.files import ImageFieldFile

from . import renditions
from .validators import INVALID_IMAGE, validate_image_file


def unguessable_name(folder, filename):
    """`folder/<random token>.<extension>`: the uploader's file name (and the month) may tell
    who took a photo, and a predictable address lets anyone try it."""
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "jpg"
    return f"{folder}/{secrets.token_urlsafe(16)}.{extension}"


def original_name(image, filename):
    return unguessable_name("originale", filename)


class CleanImageFieldFile(ImageFieldFile):
    def save(self, name, content, save=True):
        content.open()
        try:
            cleaned = renditions.clean_original(content.read())
        except (ValueError, OSError) as error:  # never stored with its metadata
            raise ValidationError(INVALID_IMAGE, code="invalid") from error
        super().save(name, ContentFile(cleaned), save)


class CleanImageField(models.ImageField):
    """An image field that stores every new file without its metadata (GPS position, camera),
    upright, under an unguessable name (see `renditions.clean_original`)."""

    attr_class = CleanImageFieldFile


@dataclass
class UploadResult:
    name: str
    image: "Image | None" = None
    error: str = ""


class ImageQuerySet(models.QuerySet):
    def upload(self, files, user):
        """Each uploaded file as a new library image, checked as one upload (images.validators):
        a bad file gets its German message, the others are saved all the same."""
        results = []
        for upload in files:
            try:
                validate_image_file(upload)
                with transaction.atomic(using=self.db):
                    image = self.model(uploaded_by=user)
                    image.file.save(upload.name, upload, save=False)
                    image.original_filename = upload.name[:255]
                    image.save(using=self.db)
            except ValidationError as error:
                results.append(UploadResult(upload.name, error=" ".join(error.messages)))
            else:
                results.append(UploadResult(upload.name, image=image))
        if not files:
            results.append(UploadResult("", error="Bitte mindestens eine Bilddatei auswählen."))
        return results

    def search(self, query):
        """Images whose alt text, caption, credit or file name contain every word of `query`."""
        for word in query.split():
            self = self.filter(
                Q(alt__icontains=word) | Q(caption__icontains=word) | Q(credit__icontains=word)
                | Q(original_filename__icontains=word)
            )
        return self

    def used(self):
        return self.filter(self._use_condition())

    def unused(self):
        return self.exclude(self._use_condition())

    def _use_condition(self):
        # Reverse relations of the articles app, by name: this app imports nothing of it.
        hero = Image._meta.get_field("hero_of").related_model
        body = Image._meta.get_field("body_uses").related_model
        return Exists(hero.objects.filter(hero_image=OuterRef("pk"))) | Exists(body.objects.filter(image=OuterRef("pk")))

    def for_picker(self):
        """Newest first, as the hero and body pickers list them."""
        return self.order_by("-uploaded_at", "-pk")


class Image(models.Model):
    file = CleanImageField(
        "Bilddatei",
        upload_to=original_name,
        storage=renditions.private_storage,
        validators=[validate_image_file],
        help_text="JPEG, PNG oder WebP.",
    )
    original_filename = models.CharField("Dateiname", max_length=255, blank=True, editable=False)
    alt = models.CharField(
        "Alternativtext",
        max_length=250,
        blank=True,
        help_text="Beschreibt das Bild für Menschen, die es nicht sehen. Pflicht, bevor das Bild in einem Artikel erscheint.",
    )
    caption = models.CharField("Bildunterschrift", max_length=300, blank=True)
    credit = models.CharField(
        "Bildnachweis",
        max_length=150,
        blank=True,
        help_text="Nur die Urheber, z. B. „Max Muster/dpa“. Angezeigt als „Foto von …“.",
    )
    focal_x = models.FloatField(
        "Bildmittelpunkt waagrecht", null=True, blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(1)],
        help_text="0 = linker Rand, 1 = rechter Rand. Bestimmt den Ausschnitt in Teasern.",
    )
    focal_y = models.FloatField(
        "Bildmittelpunkt senkrecht", null=True, blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(1)],
        help_text="0 = oberer Rand, 1 = unterer Rand.",
    )
    # Made once per file and focal point (images.renditions): {"hero": {...}, "teaser": {...}}.
    renditions = models.JSONField("Bildvarianten", default=dict, blank=True, editable=False)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="hochgeladen von", null=True, blank=True,
        on_delete=models.SET_NULL, related_name="uploaded_images", editable=False,
    )
    uploaded_at = models.DateTimeField("hochgeladen am", auto_now_add=True, db_index=True)

    objects = ImageQuerySet.as_manager()

    class Meta:
        ordering = ["-uploaded_at", "-id"]
        verbose_name = "Bild"
        verbose_name_plural = "Bilder"

    def __str__(self):
        return self.alt or self.original_filename or f"Bild {self.pk}"

    def save(self, *args, **kwargs):
        new_file = bool(self.file) and not self.file._committed
        if new_file and not self.original_filename:
            self.original_filename = self.file.name.rsplit("/", 1)[-1][:255]
        update_fields = kwargs.get("update_fields")
        renew = update_fields is None or bool(renditions.SOURCE_FIELDS.intersection(update_fields))
        with transaction.atomic(using=kwargs.get("using")):
            if renew and not new_file and self.pk is not None:
                # A new focal point: renditions first, so that the saved row (and whoever the
                # save tells, such as the texts showing the image) has them.
                self.refresh_renditions(write=False)
                if update_fields is not None:
                    kwargs["update_fields"] = {*update_fields, "renditions"}
                super().save(*args, **kwargs)
            else:
                # A new file is stored by the save itself: renditions after it, saved as a second
                # write that tells its receivers again.
                super().save(*args, **kwargs)
                if renew and self.refresh_renditions(force=new_file, write=False):
                    super().save(using=self._state.db, update_fields=["renditions"])

    def refresh_renditions(self, force=False, write=True):
        """Make the renditions unless they fit the file and focal point already; True if it made them."""
        manifest = renditions.refresh(self, force=force)
        if manifest is None:
            return False
        self.renditions = manifest
        if write:
            Image.objects.using(self._state.db).filter(pk=self.pk).update(renditions=manifest)
        return True

    def picture(self, kind="hero", signed=True):
        """A set of renditions (`renditions.Picture`) or None; signed unless a public article shows the image."""
        return renditions.picture(self.renditions, kind, self.file.storage, signed=signed)

    def sharing_url(self, signed=True):
        return renditions.sharing_url(self.renditions, self.file.storage, signed=signed) or ""

    @property
    def preview_url(self):
        """A small signed rendition for the admin (the original while renditions are missing)."""
        picture = self.picture("hero", signed=True)
        return picture.url_for(480) if picture else renditions.file_url(self.file.storage, self.file.name, signed=True)

    def picker_entry(self):
        """What the body editor's library dialog needs of the image (images.admin)."""
        picture = self.picture("hero", signed=False)
        return {
            "id": self.pk, "alt": self.alt, "caption": self.caption, "credit": self.credit,
            "vorschau": self.preview_url, "src": picture.src if picture else "",
            "width": picture.width if picture else None, "height": picture.height if picture else None,
        }

    def usage(self):
        """Where the image shows: [(article, "Aufmacherbild" or "im Text")], hero uses first."""
        heroes = [(article, "Aufmacherbild") for article in self.hero_of.order_by("title")]
        bodies = [(article, "im Text") for article in self.in_bodies.order_by("title")]
        return heroes + bodies

    def delete(self, *args, **kwargs):
        storage, using, pk, name = self.file.storage, kwargs.get("using") or self._state.db, self.pk, self.file.name
        result = super().delete(*args, **kwargs)  # refused (ProtectedError) while an article uses it
        renditions.delete_on_commit(storage, pk, using)
        transaction.on_commit(lambda: storage.delete(name), using=using)
        return result
