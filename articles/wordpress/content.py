"""A WordPress post body as RENEWZ body HTML.

In this order: Gutenberg's block comments go; classic posts get their paragraphs (WordPress
adds <p> only when showing a post, `wpautop`); `[caption]` becomes a figure with its caption,
`[gallery]` one figure per image, `[embed]` and URLs alone on a line become plain links
(RENEWZ loads nothing from other sites for its readers); any other shortcode stays visible
as text. Images are handed to `store_image`, which returns their new address or None (the
image is then left out). Every such change is noted. The result still goes through the
one sanitiser (articles.html) when the article is saved.
"""
import html
import re

BLOCK_COMMENT = re.compile(r"<!--\s*/?wp:.*?-->", re.DOTALL)
BLOCK_START = re.compile(r"^\s*<\s*/?\s*(p|h[1-6]|ul|ol|li|blockquote|div|figure|figcaption|table|pre|hr|img|iframe|script|style)\b", re.I)
BLANK_LINES = re.compile(r"\n\s*\n")
SHORTCODE = re.compile(
    r"\[(?P<name>[a-zA-Z_][\w-]*)(?P<attrs>(?:\s[^\]]*)?)\](?:(?P<inner>.*?)\[/(?P=name)\])?", re.DOTALL
)
ATTRIBUTE = re.compile(r"""([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))""")
IMG_TAG = re.compile(r"<img\b[^>]*>", re.I)
BARE_URL_PARAGRAPH = re.compile(r"<p>\s*(https?://[^\s<>\"]+)\s*</p>")
URL_ONLY = re.compile(r"^\s*(https?://[^\s<>\"]+)\s*$")


def attributes(text):
    return {match[1].lower(): html.unescape(match[2] or match[3] or match[4] or "") for match in ATTRIBUTE.finditer(text)}


def autop(text):
    """WordPress's paragraphs: text between blank lines is a paragraph, a single line break a <br>."""
    parts = [part.strip() for part in BLANK_LINES.split(text.replace("\r\n", "\n")) if part.strip()]
    out = []
    for part in parts:
        if BLOCK_START.match(part):
            out.append(part)
        else:
            out.append("<p>{}</p>".format(part.replace("\n", "<br>\n")))
    return "\n".join(out)


class BodyConverter:
    """Converts one body; `notes` collects what a report should tell about it."""

    def __init__(self, store_image, attachment_url_of=None, gallery_of=None):
        self.store_image = store_image  # (url, alt) -> new URL or None
        self.attachment_url_of = attachment_url_of or (lambda wp_id: None)  # WordPress ID -> (url, alt, caption)
        self.gallery_of = gallery_of or (lambda: [])  # the post's attached images when [gallery] names none
        self.notes = []

    def convert(self, body):
        body = BLOCK_COMMENT.sub("", body or "")
        body = SHORTCODE.sub(self._shortcode, body)
        body = "\n".join(self._bare_url(line) for line in body.split("\n"))
        body = autop(body)
        body = BARE_URL_PARAGRAPH.sub(lambda match: self._link(match[1]), body)
        body = IMG_TAG.sub(self._image, body)
        return body

    # ------------------------------------------------------------------ shortcodes

    def _shortcode(self, match):
        name, attrs, inner = match["name"].lower(), attributes(match["attrs"] or ""), match["inner"]
        if name in ("caption", "wp_caption"):
            return self._caption(attrs, inner or "")
        if name == "gallery":
            return self._gallery(attrs)
        if name == "embed":
            url = (inner or attrs.get("src", "")).strip()
            if url:
                self.notes.append(f"Einbettung als Link übernommen: {url}")
                return f'\n\n<p><a href="{html.escape(url)}">{html.escape(url)}</a></p>\n\n'
        self.notes.append(f"Unbekannter Shortcode [{match['name']}] als Text belassen")
        return match[0]

    def _caption(self, attrs, inner):
        images = IMG_TAG.findall(inner)
        caption = attrs.get("caption") or IMG_TAG.sub("", re.sub(r"</?a\b[^>]*>", "", inner)).strip()
        if not images:
            return f"<p>{caption}</p>" if caption else ""
        return f"\n\n<figure>{images[0]}<figcaption>{caption}</figcaption></figure>\n\n"

    def _gallery(self, attrs):
        ids = [part.strip() for part in attrs.get("ids", attrs.get("include", "")).split(",") if part.strip()]
        images = []
        if ids:
            for wp_id in ids:
                found = self.attachment_url_of(int(wp_id)) if wp_id.isdigit() else None
                if found is None:
                    self.notes.append(f"Galerie: Bild {wp_id} fehlt im Export")
                else:
                    images.append(found)
        else:
            images = list(self.gallery_of())
        self.notes.append(f"Galerie mit {len(images)} Bildern als einzelne Bilder übernommen")
        figures = []
        for url, alt, caption in images:
            img = f'<img src="{html.escape(url)}" alt="{html.escape(alt)}">'
            figures.append(f"<figure>{img}<figcaption>{html.escape(caption)}</figcaption></figure>" if caption else f"<figure>{img}</figure>")
        return "\n\n" + "\n\n".join(figures) + "\n\n"

    # ------------------------------------------------------------------ links and images

    def _bare_url(self, line):
        match = URL_ONLY.match(line)
        if not match:
            return line
        return f"\n{self._link(match[1])}\n"

    def _link(self, url):
        self.notes.append(f"Einbettung als Link übernommen: {url}")
        escaped = html.escape(html.unescape(url))
        return f'<p><a href="{escaped}">{escaped}</a></p>'

    def _image(self, match):
        attrs = attributes(match[0][4:-1])
        src = attrs.get("src", "")
        if src.startswith(self.local_prefix):
            return match[0]
        new_src = self.store_image(src, attrs.get("alt", "")) if src else None
        if new_src is None:
            self.notes.append(f"Bild nicht übernommen (Datei fehlt): {src or '(ohne Adresse)'}")
            return ""
        extra = "".join(f' {name}="{html.escape(attrs[name])}"' for name in ("width", "height") if attrs.get(name, "").isdigit())
        return f'<img src="{html.escape(new_src)}" alt="{html.escape(attrs.get("alt", ""))}"{extra}>'

    local_prefix = "\x00never"  # set by the importer to the address its stored images start with
