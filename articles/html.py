"""
The one place that says which HTML an article body may contain.

Bodies are sanitised when they are saved, so templates can trust them on render.
"""
import re

import nh3

ALLOWED_TAGS = {
    "p", "br", "h2", "h3", "h4", "strong", "em", "b", "i", "a",
    "blockquote", "q", "cite", "ul", "ol", "li",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "blockquote": {"cite"},
    "q": {"cite"},
}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}

_BLOCK_TAG = re.compile(r"<\s*(p|h[1-6]|ul|ol|blockquote|div)\b", re.IGNORECASE)
_BLANK_LINES = re.compile(r"\n\s*\n")


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
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
        attribute_filter=_drop_empty_attribute,
    ).strip()


def _drop_empty_attribute(tag, attribute, value):
    """The editor writes `title=""` on every link whose title was left blank."""
    return value if value.strip() else None
