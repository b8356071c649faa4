"""Upload validation for photos: what Pillow can safely open, in the formats browsers show.

Each problem an editor can run into gets its own German message: a wrong file type or
extension, an empty, too large or damaged file, too many pixels, or a file whose header
claims a gigantic image (a "decompression bomb", refused before anything is decoded).
"""
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from PIL import Image

# Pillow's format name → (name for editors, the file extensions that go with it).
ALLOWED_FORMATS = {
    "JPEG": ("JPEG", ("jpg", "jpeg")),
    "PNG": ("PNG", ("png",)),
    "WEBP": ("WebP", ("webp",)),
}
ALLOWED_EXTENSIONS = {extension for _, extensions in ALLOWED_FORMATS.values() for extension in extensions}

# The wording of Django's own image field, so every unreadable file reads the same.
INVALID_IMAGE = forms.ImageField.default_error_messages["invalid_image"]


def too_many_pixels(width=None, height=None):
    limit = settings.IMAGE_UPLOAD_MAX_PIXELS
    size = f" ({width} × {height} Bildpunkte)" if width and height else ""
    return ValidationError(
        "Das Bild ist zu groß zum Verarbeiten%(size)s. Erlaubt sind höchstens %(limit)s Megapixel; "
        "bitte das Bild verkleinern und erneut hochladen.",
        code="too_many_pixels",
        params={"size": size, "limit": f"{limit / 1_000_000:g}".replace(".", ",")},
    )


def _already_checked(upload):
    """True for an upload this module has checked before (as a form field, then as the model field)."""
    return getattr(upload, "_renewz_image_checked", False) or getattr(
        getattr(upload, "_file", None), "_renewz_image_checked", False
    )


def validate_image_file(upload):
    """Reject anything that is not a complete, reasonably sized JPEG, PNG or WebP image."""
    if not upload:
        return
    # Files already stored and not replaced in this edit were checked when uploaded.
    if getattr(upload, "_committed", False) or _already_checked(upload):
        return
    extension = upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
    if extension not in ALLOWED_EXTENSIONS:
        raise ValidationError(
            "Dateiendung „%(extension)s“ ist nicht erlaubt. Bitte ein Bild im Format JPEG, PNG oder WebP "
            "hochladen (Dateiendung .jpg, .png oder .webp).",
            code="extension",
            params={"extension": extension or "(keine)"},
        )
    if upload.size == 0:
        raise ValidationError("Die übertragene Datei ist leer.", code="empty")
    if upload.size > settings.IMAGE_UPLOAD_MAX_BYTES:
        raise ValidationError(
            "Das Bild ist zu groß (%(size)s). Erlaubt sind höchstens %(limit)s.",
            code="too_large",
            params={
                "size": filesizeformat(upload.size),
                "limit": filesizeformat(settings.IMAGE_UPLOAD_MAX_BYTES),
            },
        )
    try:
        upload.seek(0)
        # Opening reads only the header; Pillow refuses absurd sizes here already.
        with Image.open(upload) as image:
            check_format(image.format, extension)
            width, height = image.size
            if width * height > settings.IMAGE_UPLOAD_MAX_PIXELS:
                raise too_many_pixels(width, height)
            if image.format == "JPEG":
                # Decoding at 1/8 scale still reads every byte: truncation shows, at a fraction of the cost.
                image.draft(None, (max(1, width // 8), max(1, height // 8)))
            image.load()  # decodes the pixels: truncated or damaged files fail here
    except ValidationError:
        raise
    except Image.DecompressionBombError:
        raise too_many_pixels()
    except Exception:
        raise ValidationError(INVALID_IMAGE, code="invalid")
    finally:
        upload.seek(0)
    upload._renewz_image_checked = True


def check_format(image_format, extension):
    """The format must be allowed, and the file's extension must say which one it is."""
    if image_format not in ALLOWED_FORMATS:
        raise ValidationError(
            "Die Datei ist ein Bild im Format %(format)s. Bitte ein Bild im Format JPEG, PNG oder WebP hochladen.",
            code="format",
            params={"format": image_format or "unbekannt"},
        )
    label, extensions = ALLOWED_FORMATS[image_format]
    if extension not in extensions:
        raise ValidationError(
            "Die Datei ist ein %(format)s-Bild, endet aber auf „.%(extension)s“. Bitte die Datei mit der "
            "passenden Endung (.%(expected)s) speichern und erneut hochladen.",
            code="extension_mismatch",
            params={"format": label, "extension": extension, "expected": extensions[0]},
        )


class ImageUploadField(forms.ImageField):
    """An image upload checked by `validate_image_file` before Django's own look at it.

    Django's image field calls every unreadable file „kein Bild oder defekt“; checking
    first gives each problem (a decompression bomb, too many pixels, a wrong format or
    extension) its own message. The model field checks again for uploads made elsewhere.
    """

    def to_python(self, data):
        upload = forms.FileField.to_python(self, data)  # missing and empty files
        if upload is not None:
            validate_image_file(upload)
        return super().to_python(data)
