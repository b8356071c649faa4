"""Reading a WordPress eXtended RSS export (WXR 1.0–1.2) as a stream.

The file is parsed with defusedxml (expat): entity declarations and external entities are
refused, so a "billion laughs" or a reference to a local file stops the parse instead of
eating memory or leaking files. Each `<item>` is handed out as a plain dict and dropped
from the tree at once, so memory stays flat however large the export is.

WordPress writes its namespace as `http://wordpress.org/export/1.2/` and, on some sites,
with `https://`; older exports say 1.0 or 1.1. All of them read the same here.
"""
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from defusedxml.ElementTree import iterparse

WP_NAMESPACE = re.compile(r"^https?://wordpress\.org/export/1\.\d+/$")
WP_EXCERPT_NAMESPACE = re.compile(r"^https?://wordpress\.org/export/1\.\d+/excerpt/$")
PREFIXES = {
    "http://purl.org/rss/1.0/modules/content/": "content",
    "http://purl.org/dc/elements/1.1/": "dc",
    "http://wellformedweb.org/CommentAPI/": "wfw",
}


class ExportError(Exception):
    """The file is no WordPress export, or not well-formed XML (a German message)."""


def local_name(tag):
    """`{http://wordpress.org/export/1.2/}post_id` → `wp:post_id`; `title` stays `title`."""
    if not tag.startswith("{"):
        return tag
    namespace, name = tag[1:].split("}", 1)
    if WP_NAMESPACE.match(namespace):
        return f"wp:{name}"
    if WP_EXCERPT_NAMESPACE.match(namespace):
        return f"excerpt:{name}"
    prefix = PREFIXES.get(namespace)
    return f"{prefix}:{name}" if prefix else f"{{{namespace}}}{name}"


def text(element, name, default=""):
    for child in element:
        if local_name(child.tag) == name:
            return (child.text or "").strip() if name not in ("content:encoded", "excerpt:encoded") else (child.text or "")
    return default


def wp_date(value):
    """A WordPress GMT date ("2024-05-01 08:00:00") as aware UTC, None for none ("0000-00-00 …")."""
    value = (value or "").strip()
    if not value or value.startswith("0000"):
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
    except ValueError:
        return None


def rss_date(value):
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if moment is None or moment.year < 1000:
        return None
    return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)


def read_item(element):
    """One `<item>` as a dict of the fields the import uses."""
    item = {
        "title": text(element, "title"),
        "link": text(element, "link"),
        "guid": text(element, "guid"),
        "pub_date": text(element, "pubDate"),
        "creator": text(element, "dc:creator"),
        "content": text(element, "content:encoded"),
        "excerpt": text(element, "excerpt:encoded"),
        "categories": [],
        "meta": {},
        "comments": 0,
    }
    for name in ("post_id", "post_date", "post_date_gmt", "post_name", "status", "post_type", "post_parent",
                 "post_password", "attachment_url", "is_sticky"):
        item[name] = text(element, f"wp:{name}")
    for child in element:
        name = local_name(child.tag)
        if name == "category":
            item["categories"].append(
                (child.get("domain", ""), child.get("nicename", ""), (child.text or "").strip())
            )
        elif name == "wp:comment":
            item["comments"] += 1
        elif name == "wp:postmeta":
            key, value = text(child, "wp:meta_key"), text(child, "wp:meta_value")
            item["meta"].setdefault(key, value)
    try:
        item["post_id"] = int(item["post_id"])
    except ValueError:
        item["post_id"] = None
    return item


def read_author(element):
    return {
        "id": text(element, "wp:author_id"),
        "login": text(element, "wp:author_login"),
        "email": text(element, "wp:author_email"),
        "display_name": text(element, "wp:author_display_name"),
        "first_name": text(element, "wp:author_first_name"),
        "last_name": text(element, "wp:author_last_name"),
    }


def read_category(element):
    return {
        "slug": text(element, "wp:category_nicename"),
        "parent": text(element, "wp:category_parent"),
        "name": text(element, "wp:cat_name"),
    }


def read_tag(element):
    return {"slug": text(element, "wp:tag_slug"), "name": text(element, "wp:tag_name")}


def read_term(element):
    return {
        "taxonomy": text(element, "wp:term_taxonomy"),
        "slug": text(element, "wp:term_slug"),
        "parent": text(element, "wp:term_parent"),
        "name": text(element, "wp:term_name"),
    }


CHANNEL_READERS = {
    "wp:author": ("author", read_author),
    "wp:category": ("category", read_category),
    "wp:tag": ("tag", read_tag),
    "wp:term": ("term", read_term),
}


def read_export(source):
    """Yield `(kind, dict)` for everything in the export, in file order: "site" (its base
    URLs, first), "author", "category", "tag", "term" and "item". `source` is a path or a
    binary file. Raises ExportError for a file that is not a WordPress export."""
    channel = None
    depth = 0
    seen_site = False
    site = {"base_site_url": "", "base_blog_url": "", "link": "", "wxr_version": ""}
    try:
        for event, element in iterparse(source, events=("start", "end"), forbid_dtd=True):
            if event == "start":
                depth += 1
                if depth == 2 and local_name(element.tag) == "channel":
                    channel = element
                continue
            depth -= 1
            if depth != 2 or channel is None:
                if depth == 0 and channel is None:
                    raise ExportError("Die Datei ist kein WordPress-Export (kein <channel> gefunden).")
                continue
            name = local_name(element.tag)
            if name in ("wp:base_site_url", "wp:base_blog_url", "wp:wxr_version", "link"):
                site[name.removeprefix("wp:")] = (element.text or "").strip()
            elif name in CHANNEL_READERS or name == "item":
                if not seen_site:
                    seen_site = True
                    yield "site", dict(site)
                if name == "item":
                    yield "item", read_item(element)
                else:
                    kind, reader = CHANNEL_READERS[name]
                    yield kind, reader(element)
            channel.remove(element)
    except ExportError:
        raise
    except Exception as error:  # expat's ParseError, defusedxml's EntitiesForbidden/DTDForbidden
        raise ExportError(f"Die Datei ist kein lesbarer WordPress-Export: {error}") from error
    if channel is None:
        raise ExportError("Die Datei ist kein WordPress-Export (kein <channel> gefunden).")
    if not seen_site:
        yield "site", dict(site)
