"""Responsive renditions of library images (images.Image), made once when an image is saved
with a new file or focal point, never while a page is served, and shared by every article
that shows the image (as hero or in its text).

Each image gets two sets, each in WebP and in JPEG (the fallback), at the widths of
`RENDITION_WIDTHS` the image can fill without upscaling:

- "hero": the whole image, for the article page;
- "teaser": a 16:9 crop centred on the focal point as far as the image allows, for cards.

The files live under `bilder/<image id>/` in the private storage, beside the original
(`PrivateStorage`: not under MEDIA_URL; `articles.public.media` serves renditions of images
that a public article shows, and of others only at signed URLs); their names carry a hash of
the image, the focal point and the recipe below, so a new image never hides behind a cached
old one. `Image.renditions` lists them (the "manifest"), so templates build `srcset` from
the row they already loaded, without asking the storage anything.

Neither originals (`clean_original`) nor renditions keep EXIF, XMP, IPTC or comments: a
photo's GPS position or camera serial number could identify a source.
"""
import hashlib
import io
import logging
import math
import posixpath
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage, storages
from django.core.signals import setting_changed
from django.db import transaction
from django.dispatch import receiver
from django.utils.encoding import filepath_to_uri
from django.utils.functional import LazyObject, cached_property, empty
from django.utils.module_loading import import_string
from storages.backends.s3 import S3Storage
from PIL import Image, ImageOps

logger = logging.getLogger(__name__)

RENDITION_WIDTHS = (480, 800, 1200, 1600)
TEASER_RATIO = (16, 9)
# (file extension, Pillow format, save options); WebP first, JPEG for browsers without it.
# WebP method 2 makes files about the size of the default (4) in a quarter of the time.
FORMATS = (
    ("webp", "WEBP", {"quality": 80, "method": 2}),
    ("jpg", "JPEG", {"quality": 82, "optimize": True, "progressive": True}),
)
KINDS = ("hero", "teaser")
ORIENTATION_TAG = 0x0112
# The image fields renditions are made from: saving any of them may call for new ones.
SOURCE_FIELDS = {"file", "focal_x", "focal_y"}
# Changing widths, ratio or quality changes the recipe: existing manifests become outdated,
# and `manage.py generate_renditions` (or the next save) makes them anew.
# Version 2: no comment copied from the source any more, its ICC profile kept.
RECIPE = hashlib.sha256(repr((RENDITION_WIDTHS, TEASER_RATIO, FORMATS, 2)).encode()).hexdigest()[:8]
# Sharing previews (Open Graph, JSON-LD) want large images: at least this wide.
SHARING_MIN_WIDTH = 1200
# The <img src> of browsers without srcset: the largest rendition up to this width.
FALLBACK_WIDTH = {"hero": 1200, "teaser": 800}
# Signed URLs of an unpublished article's renditions (admin, previews) last as long as a share-preview link.
SIGNATURE_SALT = "articles.renditions.private"  # the name of old, so signed URLs stay valid


# ----------------------------------------------------------------------------- storage


class PrivateStorage(FileSystemStorage):
    """Files readers must not reach directly: originals and renditions of library images.

    It lives in `settings.PRIVATE_MEDIA_ROOT`, outside MEDIA_ROOT, so a web server serving
    /media/ never serves it; its URLs lead to `articles.public.media`, which checks who may
    see the file.
    """

    def __init__(self, **kwargs):
        super().__init__(base_url=settings.PRIVATE_MEDIA_URL, **kwargs)

    @cached_property
    def base_location(self):
        return self._value_or_setting(self._location, settings.PRIVATE_MEDIA_ROOT)

    def _clear_cached_properties(self, setting, **kwargs):
        super()._clear_cached_properties(setting, **kwargs)
        if setting == "PRIVATE_MEDIA_ROOT":
            self.__dict__.pop("base_location", None)
            self.__dict__.pop("location", None)


class PrivateS3Storage(S3Storage):
    """`PrivateStorage` in S3-compatible object storage (settings.s3_storages): objects without
    a public ACL, reached by readers only through `articles.public.media`, as on disk."""

    def url(self, name, parameters=None, expire=None, http_method=None):
        return f"{settings.PRIVATE_MEDIA_URL}{filepath_to_uri(name)}"


class _ConfiguredPrivateStorage(LazyObject):
    """`STORAGES["private"]`, looked up when first used and again after the setting changes."""

    def _setup(self):
        self._wrapped = storages["private"]

    @property
    def __class__(self):
        # The FileFields' isinstance(storage, Storage) check at model import must not set up
        # Django's storages yet: that would fix STORAGES before a script has adjusted it.
        if self._wrapped is empty:
            return import_string(settings.STORAGES["private"]["BACKEND"])
        return type(self._wrapped)


_private_storage = _ConfiguredPrivateStorage()


@receiver(setting_changed)
def _forget_private_storage(setting, **kwargs):
    if setting == "STORAGES":
        _private_storage._wrapped = empty


def private_storage():
    """The storage of library images (a callable, so migrations name it instead of copying it)."""
    return _private_storage


def file_url(storage, name, signed=False):
    """The URL of a stored file; `signed` adds a signature that lets whoever holds the URL
    fetch the file for `PREVIEW_LINK_HOURS` hours while its article is not public."""
    url = storage.url(name)
    return f"{url}?zugang={signature(name)}" if signed else url


def signature(name):
    """A time-stamped signature of a file name ("timestamp:signature")."""
    return signing.TimestampSigner(salt=SIGNATURE_SALT).sign(name)[len(name) + 1 :]


def has_valid_signature(name, token):
    try:
        signing.TimestampSigner(salt=SIGNATURE_SALT).unsign(
            f"{name}:{token}", max_age=timedelta(hours=settings.PREVIEW_LINK_HOURS)
        )
    except signing.BadSignature:  # also an expired one
        return False
    return True


def folder(image_pk):
    return f"bilder/{image_pk}"


def focal_point(image):
    """The focal point as [x, y] (0–1 each); the centre where the editor set none."""
    x, y = image.focal_x, image.focal_y
    return [0.5 if x is None else x, 0.5 if y is None else y]


def rendition_widths(available):
    """The widths to make for an image `available` pixels wide: never wider than the image,
    and the image's own width as the largest when it falls between two steps."""
    largest = min(available, RENDITION_WIDTHS[-1])
    return [width for width in RENDITION_WIDTHS if width < largest] + [largest]


def teaser_box(width, height, focal_x, focal_y):
    """The largest 16:9 box of a width × height image, centred on the focal point where the
    image allows it, as (left, top, right, bottom)."""
    ratio_w, ratio_h = TEASER_RATIO
    if width * ratio_h > height * ratio_w:  # wider than 16:9: crop left and right
        box_w, box_h = min(width, round(height * ratio_w / ratio_h)), height
    else:  # taller: crop top and bottom
        box_w, box_h = width, min(height, round(width * ratio_h / ratio_w))
    left = min(max(round(focal_x * width - box_w / 2), 0), width - box_w)
    top = min(max(round(focal_y * height - box_h / 2), 0), height - box_h)
    return (left, top, left + box_w, top + box_h)


# ----------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class Picture:
    """One set of renditions as a template needs it: `srcset` strings, a fallback `src`, and
    the width and height that give the browser the aspect ratio before the image loads."""

    width: int
    height: int
    webp: tuple  # ((width, url), …), narrowest first
    jpeg: tuple
    fallback_width: int

    @property
    def webp_srcset(self):
        return ", ".join(f"{url} {width}w" for width, url in self.webp)

    @property
    def jpeg_srcset(self):
        return ", ".join(f"{url} {width}w" for width, url in self.jpeg)

    @property
    def src(self):
        return self.url_for(self.fallback_width)

    def url_for(self, width):
        """The URL of the widest JPEG rendition up to `width` (else the narrowest)."""
        fitting = [url for rendition_width, url in self.jpeg if rendition_width <= width]
        return fitting[-1] if fitting else self.jpeg[0][1]


def picture(manifest, kind, storage, signed=False):
    """The `kind` set of a manifest as a `Picture`, or None when there is none; `signed` for
    an article readers cannot see yet (see `file_url`)."""
    entry = (manifest or {}).get(kind)
    if not entry:
        return None
    return Picture(
        width=entry["width"],
        height=entry["height"],
        webp=tuple((width, file_url(storage, name, signed)) for width, name in entry["webp"]),
        jpeg=tuple((width, file_url(storage, name, signed)) for width, name in entry["jpg"]),
        fallback_width=FALLBACK_WIDTH[kind],
    )


def sharing_name(manifest):
    """The JPEG of the whole image for link previews, feeds and search engines: the narrowest
    at least 1200 px wide, else (a smaller image) the widest; None without renditions."""
    jpegs = ((manifest or {}).get("hero") or {}).get("jpg", [])
    wide = [name for width, name in jpegs if width >= SHARING_MIN_WIDTH]
    return wide[0] if wide else (jpegs[-1][1] if jpegs else None)


def sharing_url(manifest, storage, signed=False):
    name = sharing_name(manifest)
    return file_url(storage, name, signed) if name else None


def rendition_names(manifest):
    return {name for kind in KINDS for fmt, _, _ in FORMATS for _, name in (manifest or {}).get(kind, {}).get(fmt, [])}


# ----------------------------------------------------------------------------- writing


def is_current(manifest, image):
    """True if the manifest was made from this file, focal point and recipe, and its files exist."""
    if not manifest or not image.file:
        return not manifest and not image.file
    names = sorted(rendition_names(manifest))
    return (
        manifest.get("source") == image.file.name
        and manifest.get("focal") == focal_point(image)
        and manifest.get("recipe") == RECIPE
        and bool(names)
        and image.file.storage.exists(names[0])
    )


def refresh(image, force=False):
    """Bring the renditions of a library image up to date.

    Returns the new manifest, or None when the current one still fits (and `force` is not
    set). The files of the old manifest that the new one does not list are deleted once the
    transaction commits (a rolled-back save keeps the old manifest, and its files). An image
    that cannot be read gets an empty manifest: pages then show the original.
    """
    manifest = image.renditions or {}
    if not force and is_current(manifest, image):
        return None
    new_manifest = {}
    if image.file:
        try:
            new_manifest = generate(image)
        except Exception:
            logger.exception("Bildvarianten für Bild %s (%s) nicht erzeugt", image.pk, image.file.name)
    stale = rendition_names(manifest) - rendition_names(new_manifest)
    storage = image.file.storage
    transaction.on_commit(lambda: delete_files(storage, stale), using=image._state.db)
    return new_manifest


def delete_files(storage, names):
    for name in names:
        storage.delete(name)


def delete_on_commit(storage, image_pk, using):
    """Delete all of an image's rendition files once the transaction commits (for deleted images)."""
    transaction.on_commit(lambda: prune(storage, image_pk), using=using)


def prune(storage, image_pk, keep=()):
    """Delete the files in the image's rendition folder that `keep` does not name (for
    example left by a save whose transaction was rolled back); returns how many."""
    try:
        _, files = storage.listdir(folder(image_pk))
    except (FileNotFoundError, NotADirectoryError):
        return 0
    names = [posixpath.join(folder(image_pk), file_name) for file_name in files]
    orphans = [name for name in names if name not in keep]
    delete_files(storage, orphans)
    return len(orphans)


def generate(image_row):
    """Write both sets of renditions of a library image; return their manifest."""
    storage = image_row.file.storage
    with storage.open(image_row.file.name, "rb") as source:
        data = source.read()
    focal = focal_point(image_row)
    digest = hashlib.sha256(data + repr((focal, RECIPE)).encode()).hexdigest()[:12]
    with Image.open(io.BytesIO(data)) as image:
        image = prepared(image)
        width, height = image.size
        crops = {"hero": (0, 0, width, height), "teaser": teaser_box(width, height, *focal)}
        manifest = {"source": image_row.file.name, "focal": focal, "recipe": RECIPE}
        for kind, box in crops.items():
            region = image.crop(box) if box != (0, 0, width, height) else image
            manifest[kind] = write_set(storage, region, f"{folder(image_row.pk)}/{digest}-{kind}")
    return manifest


def prepared(image):
    """The image upright (EXIF orientation applied), in RGB or RGBA, decoded no larger than needed,
    with nothing of the file's metadata but an RGB colour profile.

    JPEGs are decoded at a reduced scale (Pillow's draft mode) as long as every crop keeps at
    least the largest rendition width: a teaser crop is never narrower than the image's
    shorter side, whichever way the EXIF orientation turns it.
    """
    if image.format == "JPEG":
        width, height = image.size
        scale = min(1.0, RENDITION_WIDTHS[-1] / min(width, height))
        image.draft("RGB", (math.ceil(width * scale), math.ceil(height * scale)))
    # A greyscale or CMYK profile would be wrong on the RGB result.
    icc_profile = image.info.get("icc_profile") if image.mode in ("RGB", "RGBA", "P") else None
    image = ImageOps.exif_transpose(image)
    has_alpha = image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info)
    if has_alpha:
        image = image.convert("RGBA")
    else:
        if image.mode in ("I;16", "I;16B", "I;16L", "I"):  # 16-bit greyscale PNGs
            image = image.point(lambda value: value / 256).convert("L")
        image = image.convert("RGB") if image.mode != "RGB" else image
    # Resizing and cropping copy `info`, and saving a JPEG writes its comment from there.
    image.info = {"icc_profile": icc_profile} if icc_profile else {}
    return image


def write_set(storage, image, stem):
    """Resize `image` to each rendition width and store it in every format; return the set's entry."""
    width, height = image.size
    entry = {"width": 0, "height": 0}
    for format_extension, _, _ in FORMATS:
        entry[format_extension] = []
    for target_width in rendition_widths(width):
        target_height = max(1, round(height * target_width / width))
        resized = image if target_width == width else image.resize(
            (target_width, target_height), Image.Resampling.LANCZOS, reducing_gap=3.0
        )
        for format_extension, pillow_format, options in FORMATS:
            name = f"{stem}-{target_width}.{format_extension}"
            data = encode(resized, pillow_format, options)
            if storage.exists(name):  # left over from an earlier attempt with the same image
                storage.delete(name)
            entry[format_extension].append([target_width, storage.save(name, ContentFile(data))])
        entry["width"], entry["height"] = target_width, target_height
    return entry


def encode(image, pillow_format, options):
    options = {**options, "icc_profile": image.info.get("icc_profile")}
    if pillow_format == "JPEG" and image.mode == "RGBA":
        background = Image.new("RGB", image.size, (255, 255, 255))
        background.paste(image, mask=image.getchannel("A"))
        image = background
    buffer = io.BytesIO()
    image.save(buffer, format=pillow_format, **options)
    return buffer.getvalue()


# ----------------------------------------------------------------------------- originals

# Pillow format → how to save a cleaned original. JPEGs untouched by rotation keep their
# quantisation tables ("keep"): no second loss of quality.
ORIGINAL_SAVE_OPTIONS = {
    "JPEG": {"quality": 92, "optimize": True},
    "PNG": {"optimize": True},
    "WEBP": {"quality": 90, "method": 4},
}


def clean_original(data):
    """The image in `data` as bytes of the same format, upright and without metadata.

    EXIF (GPS position, camera serial number, date, the embedded thumbnail), XMP, IPTC and
    comments are dropped; the EXIF orientation is applied to the pixels first, and the ICC
    colour profile (and a PNG's transparency) are kept. Raises ValueError for a file Pillow
    cannot read or a format not in ORIGINAL_SAVE_OPTIONS.
    """
    with Image.open(io.BytesIO(data)) as image:
        image_format = "JPEG" if image.format == "MPO" else image.format
        if image_format not in ORIGINAL_SAVE_OPTIONS:
            raise ValueError(f"unsupported image format {image.format}")
        options = {**ORIGINAL_SAVE_OPTIONS[image_format], "icc_profile": image.info.get("icc_profile")}
        if image_format == "JPEG":
            options["comment"] = b""  # else Pillow copies the source's comment
        upright = image
        if image.getexif().get(ORIENTATION_TAG, 1) != 1:
            upright = ImageOps.exif_transpose(image)
        elif image.format == "JPEG":
            options.update(quality="keep", subsampling="keep")
        if image_format == "PNG" and "transparency" in image.info:
            options["transparency"] = image.info["transparency"]
        buffer = io.BytesIO()
        upright.save(buffer, format=image_format, **options)
    return buffer.getvalue()
