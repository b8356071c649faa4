"""Upload validation for photos: what Pillow can safely open, in the formats browsers show."""
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from PIL import Image

ALLOWED_FORMATS = {"JPEG": "JPEG", "PNG": "PNG", "WEBP": "WebP"}
ALLOWED_EXTENSIONS = {"jpg", "jpeg", "png", "webp"}


def validate_image_file(upload):
    """Reject anything that is not a complete, reasonably sized JPEG, PNG or WebP image."""
    if upload is None:
        return
    # Files already stored and not replaced in this edit were checked when uploaded.
    if getattr(upload, "_committed", False):
        return
    extension = upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
    if extension not in ALLOWED_EXTENSIONS:
        raise ValidationError(
            "Bitte ein Bild im Format JPEG, PNG oder WebP hochladen (Dateiendung .jpg, .png oder .webp).",
            code="extension",
        )
    if upload.size == 0:
        raise ValidationError("Die Datei ist leer.", code="empty")
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
        with Image.open(upload) as image:
            image_format = image.format
            width, height = image.size
            if width * height > settings.IMAGE_UPLOAD_MAX_PIXELS:
                raise ValidationError(
                    "Das Bild hat zu viele Bildpunkte (%(width)s × %(height)s).",
                    code="too_many_pixels",
                    params={"width": width, "height": height},
                )
            image.load()  # decodes every pixel: truncated files fail here
    except ValidationError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ValidationError("Das Bild ist zu groß zum Verarbeiten.", code="bomb")
    except Exception:
        raise ValidationError(
            "Die Datei ist kein vollständiges Bild oder beschädigt.", code="invalid"
        )
    finally:
        upload.seek(0)
    if image_format not in ALLOWED_FORMATS:
        raise ValidationError(
            "Bitte ein Bild im Format JPEG, PNG oder WebP hochladen.", code="format"
        )
