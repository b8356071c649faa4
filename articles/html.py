"""
The one place that says which HTML an article body may contain.

Bodies are sanitised when they are saved, so templates can trust them on render.
"""
import re
from urllib.parse import urlsplit

import nh3
from django.conf import settings

from images.body import library_prefix

from . import embeds

ALLOWED_TAGS = {
    "p", "br", "h2", "h3", "h4", "strong", "em", "b", "i", "a",
    "blockquote", "q", "cite", "ul", "ol", "li",
    # Images in the text: only renditions of library images (`body_image_prefix`), never another
    # site's; `small` holds a figure's credit (images.body).
    "figure", "figcaption", "img", "small",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "blockquote": {"cite"},
    "q": {"cite"},
    "img": {"src", "alt", "width", "height", "srcset", "sizes", "loading", "decoding", "data-image-id"},
    # Library figures keep their image's id; embeds (articles.embeds) are rebuilt from their
    # address after cleaning, see `sanitise_body`.
    "figure": {"data-image-id", "data-provider", "data-url", "data-title", "data-thumbnail"},
}
ALLOWED_CLASSES = {"figure": {"embed"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}

# ammonia checks the schemes of href and src only; a quote's `cite` is a URL too.
URL_ATTRIBUTES = {"cite"}
_C0_CONTROL_OR_SPACE = "".join(map(chr, range(0x21)))

_BLOCK_TAG = re.compile(r"<\s*(p|h[1-6]|ul|ol|blockquote|div|figure)\b", re.IGNORECASE)
_BLANK_LINES = re.compile(r"\n\s*\n")
_IMAGE_WITHOUT_SOURCE = re.compile(r"<img(?![^>]*\ssrc=)[^>]*>")
_EMPTY_FIGURE = re.compile(r"<figure>\s*(?:<figcaption>.*?</figcaption>)?\s*</figure>", re.DOTALL)


def body_image_prefix():
    """Where body images live (see articles.public.media): renditions of library images."""
    return library_prefix()


def legacy_body_image_prefix():
    """Images a WordPress import stored for one article's text before the media library; kept
    in the texts that show them (served as before), never taken for new ones."""
    return f"{settings.PRIVATE_MEDIA_URL}textbilder/"


def paragraphs_from_text(text):
    """Turn plain text with blank lines between paragraphs into <p> elements."""
    paragraphs = [part.strip() for part in _BLANK_LINES.split(text.strip()) if part.strip()]
    return "".join("<p>{}</p>".format(part.replace("\n", "<br>")) for part in paragraphs)


def sanitise_body(html):
    """Return body HTML reduced to the formats the site renders.

    Editors may type plain paragraphs or HTML. Anything outside the allow-list
    (scripts, event handlers, styles, `javascript:` URLs) is removed; the text
    inside removed formatting tags is kept.
    """
    html = html or ""
    if not _BLOCK_TAG.search(html):
        html = paragraphs_from_text(html)
    cleaned = _clean(html)
    if embeds.contains_embeds(cleaned) or "data-url=" in cleaned or "data-provider=" in cleaned:
        # Only what the registry builds from an embed's address stays; cleaning once more
        # closes whatever an element given by hand (a figure within the figure) left open.
        cleaned = _clean(embeds.canonical(cleaned))
    # An image whose address was not RENEWZ's own lost its src above: it goes altogether.
    cleaned = _EMPTY_FIGURE.sub("", _IMAGE_WITHOUT_SOURCE.sub("", cleaned))
    return cleaned.strip()


def _clean(html):
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        allowed_classes=ALLOWED_CLASSES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
        attribute_filter=_keep_attribute,
    )


def _keep_attribute(tag, attribute, value):
    """The editor writes `title=""` on every link whose title was left blank; a `cite`
    whose scheme is not allowed (`javascript:`, `data:`) goes as a link's would."""
    if not value.strip():
        return None
    if attribute in URL_ATTRIBUTES and not _allowed_url(value):
        return None
    if tag == "img" and attribute == "src" and not _own_image(value):
        return None
    if tag == "img" and attribute == "srcset" and not all(_own_image(part.split()[0]) for part in value.split(",") if part.strip()):
        return None
    if tag == "img" and attribute == "loading" and value != "lazy":
        return None
    if attribute == "data-image-id" and not value.isdigit():
        return None
    return value


def _own_image(value):
    path = value.strip()
    return path.startswith((body_image_prefix(), legacy_body_image_prefix())) and ".." not in path and "?" not in path


def _allowed_url(value):
    """Whether a URL is relative or has one of the allowed schemes, read as a browser does:
    it ignores leading controls and spaces, and (like urlsplit) tabs and newlines anywhere."""
    try:
        scheme = urlsplit(value.lstrip(_C0_CONTROL_OR_SPACE)).scheme
    except ValueError:  # e.g. a broken IPv6 host: no URL a reader could follow
        return False
    return not scheme or scheme in ALLOWED_URL_SCHEMES
