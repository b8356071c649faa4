"""Library images in an article's text: the one markup of a body figure.

The editor inserts `<figure><img src="…/bilder/<id>/…"><figcaption>…</figcaption></figure>`
(its own figure dialog, or „Bild aus der Bibliothek einfügen“); on every save the figure is
written anew from the library row (`render_figures`): responsive `srcset` and `sizes`,
`width`/`height` (no layout shift), `loading="lazy"`, the alt text, and a caption with the
credit („Foto von …“). The image is found by `data-image-id` or by its rendition address,
which names the image's folder, so a figure survives an editor that drops unknown attributes.
Caption and credit come from the library: a changed caption there shows in every text.
"""
import re

from django.conf import settings
from django.utils.html import format_html

BODY_SIZES = "(min-width: 48rem) 46rem, calc(100vw - 2rem)"
_FIGURE_OR_IMAGE = re.compile(r"<figure\b[^>]*>.*?</figure>|<img\b[^>]*>", re.IGNORECASE | re.DOTALL)
_IMAGE_ID = re.compile(r'data-image-id="(\d+)"')


def library_prefix():
    """The start of every rendition address of a library image (see articles.public.media)."""
    return f"{settings.PRIVATE_MEDIA_URL}bilder/"


def _source_id(markup):
    if match := _IMAGE_ID.search(markup):
        return int(match[1])
    if match := re.search(r'src="' + re.escape(library_prefix()) + r'(\d+)/', markup):
        return int(match[1])
    return None


def image_ids(html):
    """The ids of the library images the body's figures show, in order, each once."""
    found = (_source_id(match[0]) for match in _FIGURE_OR_IMAGE.finditer(html or ""))
    return list(dict.fromkeys(pk for pk in found if pk is not None))


def render_figures(html, images_by_id):
    """The body with each library figure written from its image (`images_by_id`: {id: Image});
    a figure of an image not in the library (or without renditions) is removed."""

    def figure(match):
        pk = _source_id(match[0])
        if pk is None:
            return match[0]
        image = images_by_id.get(pk)
        return figure_markup(image) if image is not None else ""

    return _FIGURE_OR_IMAGE.sub(figure, html or "")


def figure_markup(image):
    """`<figure>` of a library image for the public page; "" without renditions."""
    picture = image.picture("hero", signed=False)
    if picture is None:
        return ""
    caption = ""
    if image.caption or image.credit:
        credit = format_html("<small>Foto von {}</small>", image.credit) if image.credit else ""
        caption = format_html("<figcaption>{}{}{}</figcaption>", image.caption, " " if image.caption and credit else "", credit)
    return format_html(
        '<figure data-image-id="{}"><img src="{}" srcset="{}" sizes="{}" width="{}" height="{}" alt="{}" '
        'loading="lazy" decoding="async">{}</figure>',
        image.pk, picture.src, picture.jpeg_srcset, BODY_SIZES, picture.width, picture.height, image.alt, caption,
    )
