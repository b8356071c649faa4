"""Content from other platforms in a body (videos, posts, charts, podcasts), with two-click privacy.

The one registry of what becomes an embed: each provider's name, the addresses it recognises,
the (privacy-friendly where there is one) player address a reader's browser loads after the
click, and its oEmbed endpoint for title and thumbnail at save time (articles.oembed).

In a stored body an embed is a small element that is a plain link without JavaScript:

    <figure class="embed" data-provider="youtube" data-url="https://www.youtube.com/watch?v=…"
            data-title="…" data-thumbnail="embeds/….jpg"><a href="…">…</a></figure>

`canonical()` rebuilds every such element from its address whenever a body is sanitised
(articles.html), so a body holds only what the registry makes; an address no provider knows
becomes a link. `placeholders()` turns them into the reader's placeholder when a page is
rendered: no request goes to the provider until the reader clicks (static/js/embeds.js).
"""
import html
import re
from dataclasses import dataclass, field
from functools import cache

from django.conf import settings

_TAIL = r"/?(?:[?#].*)?$"  # whatever follows the part that names the content: tracking, a time stamp


@dataclass(frozen=True)
class Provider:
    key: str  # stored in data-provider
    name: str  # what readers read: „Inhalt von YouTube laden“
    kind: str  # video, post, chart or audio: the placeholder's and the player's shape
    # Regular expressions in the subset Python and JavaScript share: the editor gets them too.
    patterns: tuple
    player: str  # the player address, formatted with the pattern's groups (g1, g2, …)
    oembed: str = ""  # the oEmbed endpoint, formatted likewise; "" where there is none without a token
    frame_origins: tuple = field(default=())  # what the CSP's frame-src must allow for the player

    def match(self, url):
        for pattern in self.patterns:
            found = re.match(pattern, url)
            if found:
                return {f"g{number}": value or "" for number, value in enumerate(found.groups(), 1)}
        return None


def _mastodon():
    hosts = settings.EMBED_MASTODON_HOSTS
    if not hosts:
        return None
    host_pattern = "|".join(re.escape(host).replace(r"\-", "-") for host in hosts)
    return Provider(
        "mastodon", "Mastodon", "post",
        (rf"^https://({host_pattern})/@(\w+(?:@[\w.-]+)?)/(\d+){_TAIL}",),
        "https://{g1}/@{g2}/{g3}/embed",
        "https://{g1}/api/oembed",
        tuple(f"https://{host}" for host in hosts),
    )


@cache
def _providers(mastodon_hosts):
    providers = [
        Provider(
            "youtube", "YouTube", "video",
            (
                r"^https?://(?:www\.|m\.)?youtube\.com/watch\?(?:[^#]*&)?v=([\w-]{11})(?:[&#].*)?$",
                rf"^https?://(?:www\.|m\.)?youtube\.com/(?:shorts|live|embed)/([\w-]{{11}}){_TAIL}",
                rf"^https?://youtu\.be/([\w-]{{11}}){_TAIL}",
            ),
            # The privacy-enhanced mode: no cookies until the reader plays the video.
            "https://www.youtube-nocookie.com/embed/{g1}",
            "https://www.youtube.com/oembed",
            ("https://www.youtube-nocookie.com",),
        ),
        Provider(
            "vimeo", "Vimeo", "video",
            (rf"^https?://(?:www\.)?vimeo\.com/(\d+){_TAIL}",),
            "https://player.vimeo.com/video/{g1}?dnt=1",  # dnt: no tracking of the viewing session
            "https://vimeo.com/api/oembed.json",
            ("https://player.vimeo.com",),
        ),
        Provider(
            "x", "X (Twitter)", "post",
            (rf"^https?://(?:www\.|mobile\.)?(?:twitter|x)\.com/\w{{1,15}}/status/(\d+){_TAIL}",),
            "https://platform.twitter.com/embed/Tweet.html?id={g1}&dnt=true",
            "https://publish.twitter.com/oembed",
            ("https://platform.twitter.com",),
        ),
        Provider(
            # Instagram's oEmbed needs a Meta app token: its embeds show the address until loaded.
            "instagram", "Instagram", "post",
            (rf"^https?://(?:www\.)?instagram\.com/(?:[\w.]+/)?(p|reel|tv)/([\w-]+){_TAIL}",),
            "https://www.instagram.com/{g1}/{g2}/embed/",
            "",
            ("https://www.instagram.com",),
        ),
        Provider(
            "bluesky", "Bluesky", "post",
            (rf"^https?://bsky\.app/profile/([\w.:-]+)/post/(\w+){_TAIL}",),
            "https://embed.bsky.app/embed/{g1}/app.bsky.feed.post/{g2}",
            "https://embed.bsky.app/oembed",
            ("https://embed.bsky.app",),
        ),
        Provider(
            "tiktok", "TikTok", "video",
            (rf"^https?://(?:www\.)?tiktok\.com/@[\w.-]+/video/(\d+){_TAIL}",),
            "https://www.tiktok.com/embed/v2/{g1}",
            "https://www.tiktok.com/oembed",
            ("https://www.tiktok.com",),
        ),
        Provider(
            "datawrapper", "Datawrapper", "chart",
            (
                rf"^https?://datawrapper\.dwcdn\.net/(\w{{5}})(?:/\d+)?{_TAIL}",
                rf"^https?://(?:www\.)?datawrapper\.de/_/(\w{{5}}){_TAIL}",
            ),
            "https://datawrapper.dwcdn.net/{g1}/",
            "https://api.datawrapper.de/v3/oembed",
            ("https://datawrapper.dwcdn.net",),
        ),
        # Podcasts: Spotify, Apple Podcasts and Podigee (a German podcast host).
        Provider(
            "spotify", "Spotify", "audio",
            (rf"^https?://open\.spotify\.com/(?:intl-[\w-]+/)?(episode|show)/(\w+){_TAIL}",),
            "https://open.spotify.com/embed/{g1}/{g2}",
            "https://open.spotify.com/oembed",
            ("https://open.spotify.com",),
        ),
        Provider(
            "apple-podcasts", "Apple Podcasts", "audio",
            (r"^https?://podcasts\.apple\.com/([a-z]{2})/podcast/((?:[^/?#]+/)?id\d+)/?(\?i=\d+)?(?:[&#].*)?$",),
            "https://embed.podcasts.apple.com/{g1}/podcast/{g2}{g3}",
            "",
            ("https://embed.podcasts.apple.com",),
        ),
        Provider(
            "podigee", "Podigee", "audio",
            (rf"^https://([a-z0-9-]+)\.podigee\.io/(\d+-[\w-]+){_TAIL}",),
            "https://{g1}.podigee.io/{g2}/embed?context=external",
            "",
            ("https://*.podigee.io",),
        ),
    ]
    mastodon = _mastodon()
    if mastodon:
        providers.insert(5, mastodon)
    return {provider.key: provider for provider in providers}


def providers():
    """Every provider by its key, in the order the editor's help lists them."""
    return _providers(tuple(settings.EMBED_MASTODON_HOSTS))


@dataclass(frozen=True)
class Embed:
    provider: Provider
    url: str
    parts: dict
    title: str = ""
    thumbnail: str = ""  # a name in the site's media storage (articles.oembed), never an address elsewhere

    @property
    def player_url(self):
        return self.provider.player.format(**self.parts)

    @property
    def oembed_url(self):
        return self.provider.oembed.format(**self.parts) if self.provider.oembed else ""


def recognise(url, title="", thumbnail=""):
    """The embed for an address, or None for an address no provider knows."""
    url = (url or "").strip()
    for provider in providers().values():
        parts = provider.match(url)
        if parts is not None:
            return Embed(provider, url, parts, title.strip(), thumbnail if is_thumbnail_name(thumbnail) else "")
    return None


THUMBNAIL_FOLDER = "embeds/"
_THUMBNAIL_NAME = re.compile(r"^embeds/[0-9a-f]{32}\.(?:jpg|png|webp)$")


def is_thumbnail_name(name):
    return bool(name and _THUMBNAIL_NAME.match(name))


# ------------------------------------------------------------------------------ stored markup

# The sanitiser's serialiser (nh3) writes every attribute in double quotes and a figure's
# content without nested figures of its own, so these patterns read its output exactly.
_EMBED_ELEMENT = re.compile(r"<figure\b(?=[^>]*\sdata-(?:url|provider)=)([^>]*)>(.*?)</figure>", re.DOTALL)
_ATTRIBUTE = re.compile(r'([\w-]+)="([^"]*)"')


def _attributes(opening_tag):
    return {name: html.unescape(value) for name, value in _ATTRIBUTE.findall(opening_tag)}


def stored_markup(embed):
    """The element a body stores for `embed`: a link, with the rest in data attributes."""
    url = html.escape(embed.url)
    attributes = f'class="embed" data-provider="{embed.provider.key}" data-url="{url}"'
    if embed.title:
        attributes += f' data-title="{html.escape(embed.title)}"'
    if embed.thumbnail:
        attributes += f' data-thumbnail="{embed.thumbnail}"'
    return f'<figure {attributes}><a href="{url}">{html.escape(embed.title or embed.url)}</a></figure>'


def canonical(cleaned_html):
    """Rebuild each embed element of sanitised HTML from its address alone (plus title and
    thumbnail name); an embed whose address no provider knows becomes a plain link."""
    def rebuild(found):
        attributes = _attributes(found.group(1))
        url = attributes.get("data-url", "").strip()
        embed = recognise(url, attributes.get("data-title", ""), attributes.get("data-thumbnail", ""))
        if embed:
            return stored_markup(embed)
        if url.startswith(("https://", "http://")):
            return f'<p><a href="{html.escape(url)}">{html.escape(url)}</a></p>'
        return found.group(2)

    return _EMBED_ELEMENT.sub(rebuild, cleaned_html)


def contains_embeds(body_html):
    return 'class="embed" data-provider=' in (body_html or "")


def embeds_in(body_html):
    """The embeds of a stored body, in order."""
    found = []
    for match in _EMBED_ELEMENT.finditer(body_html or ""):
        attributes = _attributes(match.group(1))
        embed = recognise(attributes.get("data-url", ""), attributes.get("data-title", ""), attributes.get("data-thumbnail", ""))
        if embed:
            found.append(embed)
    return found


def replace_embeds(body_html, replacement):
    """`body_html` with each embed element replaced by `replacement(embed)`; where that gives
    None, and for elements that are no embed, the element stays as it is."""
    def replace(match):
        attributes = _attributes(match.group(1))
        embed = recognise(attributes.get("data-url", ""), attributes.get("data-title", ""), attributes.get("data-thumbnail", ""))
        new = replacement(embed) if embed else None
        return match.group(0) if new is None else new

    return _EMBED_ELEMENT.sub(replace, body_html or "")


def editor_config():
    """What the body editor needs to recognise a pasted address (static/admin_extra/prose_embed.js)."""
    return [
        {"key": provider.key, "name": provider.name, "patterns": list(provider.patterns)}
        for provider in providers().values()
    ]
