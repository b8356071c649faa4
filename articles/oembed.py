"""Title and thumbnail of an embed, from its provider's oEmbed endpoint, fetched when an article is saved.

Readers never load anything from a provider before they click, so the thumbnail is downloaded
here, checked like an upload (articles.validators), cleaned of its metadata
(articles.renditions.clean_original) and stored in the site's media storage. Any failure (a
timeout, an error status, bad JSON, an image that is none) leaves the embed as it was: a
placeholder with its address. It never fails the save. Pages never fetch anything.
"""
import hashlib
import http.client
import io
import json
import logging
import time
import urllib.request
from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from . import embeds
from .renditions import clean_original
from .validators import ALLOWED_FORMATS, validate_image_file

logger = logging.getLogger(__name__)

USER_AGENT = "RENEWZ-CMS oEmbed"
MAX_JSON_BYTES = 256 * 1024
MAX_TITLE_LENGTH = 200


class FetchFailed(Exception):
    pass


def wants_details(body_html):
    """Whether `body_html` (as the editor sent it) has an embed without a title whose provider has oEmbed."""
    return any(not embed.title and embed.oembed_url for embed in embeds.embeds_in(body_html))


def with_details(body_html):
    """`body_html` with title and thumbnail added to each embed that has none yet, as far as the
    providers answer within OEMBED_BUDGET_SECONDS; everything else in it stays exactly as sent."""
    deadline = time.monotonic() + settings.OEMBED_BUDGET_SECONDS

    def detailed(embed):
        if embed.title or not embed.oembed_url or time.monotonic() >= deadline:
            return None
        try:
            return embeds.stored_markup(fetch_details(embed, deadline))
        except FetchFailed as failure:
            logger.warning("oEmbed for %s failed: %s", embed.url, failure)
            return None

    return embeds.replace_embeds(body_html, detailed)


def fetch_details(embed, deadline):
    """`embed` with the title and the locally stored thumbnail its provider's oEmbed gives."""
    endpoint = endpoint_url(embed)
    data = _get(f"{endpoint}?{urlencode({'url': embed.url, 'format': 'json', 'maxwidth': 1280})}", MAX_JSON_BYTES, deadline)
    try:
        details = json.loads(data)
    except ValueError as error:
        raise FetchFailed(f"no JSON: {error}")
    if not isinstance(details, dict):
        raise FetchFailed("no JSON object")
    title = _text(details.get("title")) or (
        f"Beitrag von {_text(details.get('author_name'))}" if _text(details.get("author_name")) else ""
    )
    if not title:
        raise FetchFailed("no title")
    thumbnail = ""
    thumbnail_url = _text(details.get("thumbnail_url"))
    if thumbnail_url:
        try:
            thumbnail = store_thumbnail(thumbnail_url, endpoint, deadline)
        except FetchFailed as failure:
            logger.warning("Thumbnail of %s not stored: %s", embed.url, failure)
    return embeds.Embed(embed.provider, embed.url, embed.parts, title[:MAX_TITLE_LENGTH], thumbnail)


def endpoint_url(embed):
    """The provider's endpoint, or (RENEWZ_OEMBED_BASE_URL, for tests) `<base>/<provider>`."""
    base = settings.OEMBED_BASE_URL
    return f"{base}/{embed.provider.key}" if base else embed.oembed_url


def store_thumbnail(url, endpoint, deadline):
    """Download, check and store a thumbnail; its name in the media storage."""
    if not _may_fetch_image(url, endpoint):
        raise FetchFailed(f"thumbnail address not allowed: {url}")
    data = _get(url, settings.IMAGE_UPLOAD_MAX_BYTES, deadline)
    try:
        with Image.open(io.BytesIO(data)) as image:
            image_format = image.format
    except Exception:
        raise FetchFailed("thumbnail is no image")
    if image_format not in ALLOWED_FORMATS:
        raise FetchFailed(f"thumbnail format {image_format}")
    extension = ALLOWED_FORMATS[image_format][1][0]
    try:
        validate_image_file(SimpleUploadedFile(f"vorschau.{extension}", data))
        cleaned = clean_original(data)
    except (ValidationError, ValueError) as error:
        raise FetchFailed(f"thumbnail refused: {error}")
    name = f"{embeds.THUMBNAIL_FOLDER}{hashlib.sha256(cleaned).hexdigest()[:32]}.{extension}"
    if not default_storage.exists(name):
        saved = default_storage.save(name, ContentFile(cleaned))
        if saved != name:  # stored at the same moment by another save: that copy is the same image
            default_storage.delete(saved)
    return name


def _may_fetch_image(url, endpoint):
    """Thumbnails come from the providers' CDNs over HTTPS, or from the oEmbed server itself
    (the local one of the tests): never a plain-HTTP address inside some network."""
    target, origin = urlsplit(url), urlsplit(endpoint)
    if target.scheme == "https" and target.hostname:
        return True
    return (target.scheme, target.netloc) == (origin.scheme, origin.netloc) and target.scheme in ("http", "https")


class _CheckedRedirects(urllib.request.HTTPRedirectHandler):
    """A redirect must lead where the first address could have: HTTPS, or the same origin."""

    def redirect_request(self, request, fp, code, message, headers, new_url):
        if not _may_fetch_image(new_url, request.full_url):
            raise FetchFailed(f"redirect not allowed: {new_url}")
        return super().redirect_request(request, fp, code, message, headers, new_url)


_opener = urllib.request.build_opener(_CheckedRedirects)


def _get(url, limit, deadline):
    """The body of a GET that must answer 200 within the deadline (and each read within
    OEMBED_TIMEOUT), at most `limit` bytes."""
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise FetchFailed("out of time")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "application/json, image/*"})
    chunks, size = [], 0
    try:
        with _opener.open(request, timeout=min(settings.OEMBED_TIMEOUT, remaining)) as response:
            if response.status != 200:
                raise FetchFailed(f"status {response.status}")
            while chunk := response.read(64 * 1024):
                size += len(chunk)
                if size > limit:
                    raise FetchFailed("too large")
                if time.monotonic() > deadline:
                    raise FetchFailed("out of time")
                chunks.append(chunk)
    except FetchFailed:
        raise
    except (OSError, ValueError, http.client.HTTPException) as error:  # HTTPError, URLError, timeouts: OSErrors
        raise FetchFailed(str(error) or type(error).__name__)
    return b"".join(chunks)


def _text(value):
    if not isinstance(value, str):
        return ""
    return " ".join("".join(character for character in value if character.isprintable()).split())
