"""Mapping a WordPress export onto RENEWZ: posts → articles, users → Autor/innen, the first
category → Ressort, the other categories and the tags → Schlagwörter, the featured image →
Aufmacherbild, images in the text → library images (images.Image), old permalinks → stored 301 redirects.

Two passes over the file (articles.wordpress.wxr streams it): the first notes the
attachments, authors and terms (small), and counts what the export holds; the second
imports the posts one by one, each in its own transaction, so one bad item never stops the
run. Old addresses are stored last, when every target exists.

Images go the way an editor's upload goes (images.validators, then the library's image field,
which strips metadata and keeps the file private until an article showing it is public;
renditions are made on save). Featured images and images in the text alike become images of
the media library, with alt text, caption and credit; one file of the old site (one address)
becomes one library image, however many posts show it.
"""
import hashlib
import html
import json
import posixpath
import re
import secrets
import urllib.request
from datetime import datetime
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.html import strip_tags
from taggit.models import Tag

from images.models import Image

from ..html import body_image_prefix, sanitise_body
from ..models import Article, Author, Byline, Section, SlugRedirect, WordPressItem, WordPressRedirect
from ..slugs import german_slugify, unique_slug
from ..validators import validate_image_file
from .content import BodyConverter
from .pages import import_page
from .report import Report
from .wxr import read_export, rss_date, wp_date

SLUG = re.compile(r"[-a-zA-Z0-9_]+")
FIRST_PARAGRAPH = re.compile(r"<p\b[^>]*>(.*?)</p>", re.DOTALL | re.IGNORECASE)
CREDIT_IN_METADATA = re.compile(r's:6:"credit";s:\d+:"([^"]*)";')
DEFAULT_SECTION = "Allgemein"
SKIPPED_STATUSES = {"trash", "auto-draft", "inherit"}
STATUS_MAP = {
    "publish": Article.Status.PUBLISHED,
    "future": Article.Status.PUBLISHED,
    "draft": Article.Status.DRAFT,
    "pending": Article.Status.REVIEW,
    "private": Article.Status.UNPUBLISHED,
}
KIND_NAMES = {"post": "Beitrag", "page": "Seite"}


class DryRunRollback(Exception):
    """Raised at the end of each item in a dry run: its transaction is rolled back."""


class Options:
    def __init__(self, media_dir=None, dry_run=False, download=False, download_timeout=10, download_max_bytes=None):
        self.media_dir = Path(media_dir) if media_dir else None
        self.dry_run = dry_run
        self.download = download
        self.download_timeout = download_timeout
        self.download_max_bytes = download_max_bytes or settings.IMAGE_UPLOAD_MAX_BYTES


class Attachment:
    __slots__ = ("wp_id", "url", "file", "alt", "caption", "credit", "title", "parent")

    def __init__(self, item):
        meta = item["meta"]
        self.wp_id = item["post_id"]
        self.url = item["attachment_url"] or item["guid"]
        self.file = meta.get("_wp_attached_file", "")
        self.alt = meta.get("_wp_attachment_image_alt", "").strip()
        self.caption = strip_tags(html.unescape(item["excerpt"] or "")).strip()
        credit = meta.get("_media_credit", "") or meta.get("credit", "")
        if not credit and (found := CREDIT_IN_METADATA.search(meta.get("_wp_attachment_metadata", ""))):
            credit = found[1]
        self.credit = credit.strip()
        self.title = html.unescape(item["title"]).strip()
        self.parent = item["post_parent"]


def plain(text):
    return " ".join(html.unescape(strip_tags(text or "")).split())


def uploads_path(url):
    """`https://alt.example/wp-content/uploads/2024/05/bild.jpg` → `2024/05/bild.jpg`."""
    path = unquote(urlsplit(url).path)
    marker = "/wp-content/uploads/"
    return path.split(marker, 1)[1] if marker in path else None


def login_slug(login):
    """The slug WordPress gives a login's author archive (`user_nicename`): `ben.k` → `ben-k`."""
    return german_slugify(re.sub(r"[.@]", "-", login))[:140]


RESIZED = re.compile(r"-\d+x\d+(?=\.\w+$)")


class WordPressImporter:
    def __init__(self, source, options=None, progress=None):
        self.source = source
        self.options = options or Options()
        self.progress = progress or (lambda processed, total: None)
        self.report = Report(dry_run=self.options.dry_run)
        self.site = ""
        self.authors = {}  # login -> author dict of the export
        self.login_by_nicename = {}
        self.flattened = set()  # nested categories already reported
        self.created_sections, self.created_authors = set(), set()
        self.categories = {}  # nicename -> {"name", "parent"}
        self.tags = {}  # nicename -> name
        self.attachments = {}  # post ID -> Attachment
        self.attachment_by_path = {}  # uploads path -> post ID
        self.children = {}  # post ID -> [attachment IDs]
        self.total = 0
        self._authors_cache = {}
        self._sections_cache = {}
        self.used_sections, self.used_tags, self.used_authors, self.categories_as_tags = set(), set(), set(), set()

    # ------------------------------------------------------------------ the run

    def run(self):
        self.scan()
        processed = 0
        self.progress(0, self.total)
        for kind, data in read_export(self.source):
            if kind != "item":
                continue
            self.import_item(data)
            processed += 1
            self.progress(processed, self.total)
        self.keep_term_links()
        self.report.count("author used", len(self.used_authors))
        self.report.count("section used", len(self.used_sections))
        self.report.count("tag used", len(self.used_tags))
        self.report.count("category as tag", len(self.categories_as_tags))
        self.report.count("section created", len(self.created_sections))
        self.report.count("author created", len(self.created_authors))
        return self.report

    def scan(self):
        """The first pass: what the export holds, and the small tables the second pass needs."""
        export = self.report.in_export
        for kind, data in read_export(self.source):
            if kind == "site":
                self.site = (data["base_site_url"] or data["base_blog_url"] or data["link"]).rstrip("/")
            elif kind == "author":
                self.authors[data["login"]] = data
                self.login_by_nicename[login_slug(data["login"])] = data["login"]
                export["author"] += 1
            elif kind == "category":
                self.categories[data["slug"]] = {"name": html.unescape(data["name"]), "parent": data["parent"]}
                export["category"] += 1
            elif kind == "tag":
                self.tags[data["slug"]] = html.unescape(data["name"])
                export["tag"] += 1
            elif kind == "item":
                self.total += 1
                export["comment"] += data["comments"]
                post_type = data["post_type"]
                if post_type == "post":
                    export["post", data["status"]] += 1
                elif post_type in ("attachment", "page"):
                    export[post_type] += 1
                else:
                    export["other", post_type] += 1
                if post_type == "attachment" and data["post_id"] is not None:
                    attachment = Attachment(data)
                    self.attachments[attachment.wp_id] = attachment
                    path = attachment.file or uploads_path(attachment.url) or ""
                    if path:
                        self.attachment_by_path[path] = attachment.wp_id
                    if attachment.parent not in ("", "0"):
                        self.children.setdefault(attachment.parent, []).append(attachment.wp_id)
                    if self.find_file(attachment) is not None:
                        self.report.count("attachment found")

    def import_item(self, item):
        post_type = item["post_type"]
        label = f"{KIND_NAMES.get(post_type, post_type)} {item['post_id']} „{plain(item['title'])[:80]}“"
        if post_type == "attachment":
            return
        if post_type == "page":
            return import_page(self, item, label)
        if post_type != "post":
            self.report.note(label, f"übersprungen: Inhaltstyp „{post_type}“ hat in RENEWZ keine Entsprechung")
            return
        if item["post_id"] is None:
            self.report.count("post skipped")
            self.report.note(label, "übersprungen: ohne WordPress-ID (wp:post_id)")
            return
        if item["status"] in SKIPPED_STATUSES or item["status"] not in STATUS_MAP:
            self.report.count("post skipped")
            self.report.note(label, f"übersprungen: Status „{item['status'] or '(leer)'}“")
            return
        notes = []
        outcome = self.in_own_transaction(label, lambda: self.import_post(item, notes))
        if outcome is None:
            self._authors_cache.clear()
            self._sections_cache.clear()
            return
        if self.options.dry_run:
            self._authors_cache.clear()
            self._sections_cache.clear()
        self.report.count(f"article {outcome}")
        if outcome in ("created", "updated", "unchanged"):
            self.report.count(("post", item["status"]))
            self.used_authors.update(login for login, _ in self.byline_logins(item))
            self.used_sections.add(self.section_name(item))
            self.used_tags.update(name.casefold() for name in self.tag_names(item, categories=False))
            self.categories_as_tags.update(name.casefold() for name in self.tag_names(item, tags=False))
        if outcome == "updated":
            notes.insert(0, "würde aktualisiert (in WordPress geändert)" if self.options.dry_run else "aktualisiert (in WordPress geändert)")
        for note in notes:
            self.report.note(label, note)

    def in_own_transaction(self, label, work):
        """`work()` in a transaction of its own, rolled back in a dry run; its outcome, or None
        after an error, which is reported: one bad item never stops the import."""
        outcome = None
        try:
            with transaction.atomic():
                outcome = work()
                if self.options.dry_run:
                    raise DryRunRollback
        except DryRunRollback:
            pass
        except Exception as error:
            self.report.count("error")
            self.report.note(label, f"nicht übernommen, Fehler: {type(error).__name__}: {error}")
            return None
        return outcome

    # ------------------------------------------------------------------ one post

    def fingerprint(self, item):
        thumbnail = self.attachments.get(self._int(item["meta"].get("_thumbnail_id")))
        hero = (thumbnail.url, thumbnail.alt, thumbnail.caption, thumbnail.credit) if thumbnail else None
        return hashlib.sha256(json.dumps([item, hero], sort_keys=True, default=str).encode()).hexdigest()

    def import_post(self, item, notes):
        fingerprint = self.fingerprint(item)
        record = WordPressItem.objects.select_for_update().filter(site=self.site, wp_id=item["post_id"]).first()
        article = None
        if record is not None:
            if record.article_id is None:
                notes.append("in RENEWZ gelöscht, nicht neu angelegt")
                return "kept"
            article = record.article
            if article.lock_version != record.lock_version:
                notes.append("in RENEWZ bearbeitet, nicht überschrieben")
                return "kept"
            if record.fingerprint == fingerprint:
                return "unchanged"
        else:
            record = WordPressItem(site=self.site, wp_id=item["post_id"], post_type="post")
        adding = article is None
        article = article or Article()
        self.fill_article(article, item, notes)
        article.section = self.section_for(item, notes)

        pending_images = {}
        converter = BodyConverter(
            store_image=lambda src, alt: self.pending_image(src, pending_images, notes),
            attachment_url_of=self.attachment_image,
            gallery_of=lambda: [self.attachment_image(wp_id) for wp_id in self.children.get(str(item["post_id"]), [])],
        )
        converter.local_prefix = body_image_prefix()
        # Sanitised before the Vorspann is taken from it, so that it holds no script's text.
        body = sanitise_body(converter.convert(item["content"]))
        notes.extend(dict.fromkeys(converter.notes))
        article.lead, body = self.lead_and_body(item, body, article.title, notes)
        self.set_hero_image(article, item, record, notes)

        if pending_images and article.pk is None:
            article.body = ""
            article.save()
        if pending_images:
            body = self.store_body_images(article, body, pending_images, record)
        article.body = body
        article.save()
        self.set_bylines(article, item, notes)
        self.set_tags(article, item)
        if item["status"] in ("publish", "future") and not item["post_password"]:
            self.keep_post_links(article, item, notes)
        article.refresh_from_db(fields=["lock_version"])
        record.guid = item["guid"][:500]
        record.article = article
        record.fingerprint = fingerprint
        record.lock_version = article.lock_version
        record.save()
        return "created" if adding else "updated"

    def fill_article(self, article, item, notes):
        title = plain(item["title"])
        if not title:
            title = "Ohne Titel"
            notes.append("ohne Titel: „Ohne Titel“ gesetzt")
        if len(title) > 200:
            notes.append("Titel auf 200 Zeichen gekürzt")
        article.title = title[:200]
        article.slug = self.slug_for(article, item, notes)
        status = item["status"]
        article.status = STATUS_MAP[status]
        if status in ("publish", "future", "private"):
            article.published_at = self.published_at(item, notes)
        else:
            article.published_at = None
        if status == "private":
            notes.append("privat in WordPress: als „Depubliziert“ übernommen, nicht öffentlich")
        if item["post_password"]:
            if article.status == Article.Status.PUBLISHED:
                article.status = Article.Status.UNPUBLISHED
            notes.append("passwortgeschützt in WordPress: als „Depubliziert“ übernommen, nicht öffentlich")
        if status == "future" and article.published_at and article.published_at <= timezone.now():
            notes.append("geplant, Termin schon vorbei: erscheint sofort")

    def published_at(self, item, notes):
        moment = wp_date(item["post_date_gmt"]) or rss_date(item["pub_date"])
        if moment is None and item["post_date"] and not item["post_date"].startswith("0000"):
            try:
                local = datetime.strptime(item["post_date"], "%Y-%m-%d %H:%M:%S")
            except ValueError:
                local = None
            if local is not None:
                moment = timezone.make_aware(local)
                notes.append("ohne GMT-Datum: Ortszeit als deutsche Zeit gelesen")
        if moment is None:
            notes.append("ohne Datum: Veröffentlichungszeit = Importzeit")
            return timezone.now()
        return moment

    def slug_for(self, article, item, notes):
        wanted = unquote(item["post_name"] or "").strip()
        if not wanted:
            return article.slug if article.pk else ""  # Article.save() makes one from the title
        slug = wanted if SLUG.fullmatch(wanted) else german_slugify(wanted)
        slug = slug[:220].strip("-")
        if slug != wanted:
            notes.append(f"Kurz-URL „{wanted}“ als „{slug}“ übernommen")
        if not slug:
            return ""
        taken = Article.objects.filter(slug=slug).exclude(pk=article.pk).exists() or SlugRedirect.objects.filter(
            old_slug=slug
        ).exclude(article_id=article.pk).exists()
        if taken:
            free = unique_slug(
                Article, slug, max_length=220, instance_pk=article.pk,
                reserved=lambda base: SlugRedirect.objects.filter(old_slug__startswith=base)
                .exclude(article_id=article.pk).values_list("old_slug", flat=True),
            )
            notes.append(f"Kurz-URL „{slug}“ schon vergeben: „{free}“ verwendet")
            slug = free
        return slug

    def lead_and_body(self, item, body, title, notes):
        excerpt = plain(item["excerpt"])
        if excerpt:
            lead = excerpt
        elif match := next((found for found in FIRST_PARAGRAPH.finditer(body) if plain(found[1])), None):
            # The first paragraph with text (one holding only an image stays in the text).
            lead = plain(match[1])
            body = body[: match.start()] + body[match.end():]
        else:
            lead = plain(body) or title
            if not plain(body):
                notes.append("ohne Text und Auszug: Titel als Vorspann")
        if len(lead) > 1000:
            notes.append("Vorspann auf 1000 Zeichen gekürzt")
            lead = lead[:999].rsplit(" ", 1)[0] + "…"
        return lead, body

    def first_category(self, item):
        """(slug, name) of the post's first category; ("", DEFAULT_SECTION) without one."""
        categories = [(slug, name) for domain, slug, name in item["categories"] if domain == "category"]
        if not categories:
            return "", DEFAULT_SECTION
        slug, name = categories[0]
        return slug, ((self.categories.get(slug) or {}).get("name") or html.unescape(name) or slug).strip()

    def section_name(self, item):
        return self.first_category(item)[1][:80]

    def section_for(self, item, notes):
        slug, name = self.first_category(item)
        if not slug:
            notes.append(f"ohne Kategorie: Ressort „{DEFAULT_SECTION}“")
        known = self.categories.get(slug)
        if known and known["parent"] and slug not in self.flattened:
            # Once per category, not for each of its posts.
            self.flattened.add(slug)
            parent = self.categories.get(known["parent"], {}).get("name", known["parent"])
            self.report.note(f"Kategorie „{name}“", f"Unterkategorie von „{parent}“: als eigenes Ressort übernommen")
        name = name[:80]
        if name in self._sections_cache:
            section = self._sections_cache[name]
        else:
            section = Section.objects.filter(name=name).first()
            if section is None:
                section = Section(name=name)
                wanted = german_slugify(unquote(slug))[:80]
                if wanted and not Section.objects.filter(slug=wanted).exists():
                    section.slug = wanted
                section.save()
                self.created_sections.add(name)  # a set: a dry run creates it anew for each post
            self._sections_cache[name] = section
        return section

    def tag_names(self, item, categories=True, tags=True):
        """The Schlagwörter of a post: its categories after the first, then its tags."""
        names = []
        if categories:
            found = [(slug, name) for domain, slug, name in item["categories"] if domain == "category"]
            names += [self.categories.get(slug, {}).get("name") or html.unescape(name) for slug, name in found[1:]]
        if tags:
            names += [self.tags.get(slug) or html.unescape(name) for domain, slug, name in item["categories"] if domain == "post_tag"]
        unique = {}
        for name in names:
            name = name.strip()[:100]
            if name:
                unique.setdefault(name.casefold(), name)
        return list(unique.values())

    def set_tags(self, article, item):
        names = self.tag_names(item)
        existing = {tag.name.casefold(): tag for tag in Tag.objects.filter(name__in=names)}
        tags = [existing.get(name.casefold(), name) for name in names]
        article.tags.set(tags)

    # ------------------------------------------------------------------ authors

    def byline_logins(self, item):
        """Co-Authors Plus terms in their order, else the post's author."""
        coauthors = []
        for domain, slug, name in item["categories"]:
            if domain == "author":
                # Co-Authors Plus: the term's slug is "cap-" + the user's nicename, its name the login.
                nicename = unquote(slug).removeprefix("cap-")
                login = name if name in self.authors else self.login_by_nicename.get(nicename, nicename)
                coauthors.append((login, "" if name == login else name))
        return coauthors or ([(item["creator"], "")] if item["creator"] else [])

    def author_for(self, login, name_hint):
        if login in self._authors_cache:
            return self._authors_cache[login]
        data = self.authors.get(login, {})
        name = (
            html.unescape(data.get("display_name", ""))
            or " ".join(part for part in (data.get("first_name"), data.get("last_name")) if part)
            or html.unescape(name_hint)
            or login
        )[:120]
        slug = login_slug(login) or german_slugify(name)[:140]
        author = Author.objects.filter(slug=slug).first()
        if author is None:
            author = Author.objects.create(name=name, slug=slug)
            self.created_authors.add(slug)
        self._authors_cache[login] = author
        return author

    def set_bylines(self, article, item, notes):
        logins = self.byline_logins(item)
        if not logins:
            notes.append("ohne Autor/in")
        authors = []
        for login, name in logins:
            author = self.author_for(login, name)
            if author not in authors:
                authors.append(author)
        current = list(article.bylines.order_by("position").values_list("author_id", flat=True))
        if current != [author.pk for author in authors]:
            article.bylines.all().delete()
            for position, author in enumerate(authors):
                Byline.objects.create(article=article, author=author, position=position)

    # ------------------------------------------------------------------ images

    @staticmethod
    def _int(value):
        try:
            return int(value)
        except (TypeError, ValueError):
            return None

    def find_file(self, attachment=None, url=None):
        """The path of an image in --media-dir (the original when `url` names a resized copy), or None."""
        if self.options.media_dir is None:
            return None
        candidates = []
        if attachment is not None:
            candidates += [attachment.file, uploads_path(attachment.url)]
        if url is not None:
            relative = uploads_path(url)
            candidates += [relative, RESIZED.sub("", relative) if relative else None]
        root = self.options.media_dir.resolve()
        for relative in candidates:
            if not relative:
                continue
            path = (root / relative).resolve()
            if path.is_relative_to(root) and path.is_file():
                return path
        return None

    def image_data(self, attachment=None, url=None):
        """(file name, bytes) of an image from --media-dir, else (with --download) from the old site; or None."""
        path = self.find_file(attachment, url)
        if path is not None:
            if path.stat().st_size > self.options.download_max_bytes:
                return None
            return path.name, path.read_bytes()
        if self.options.download:
            return self.download(url or attachment.url)
        return None

    def download(self, url):
        if urlsplit(url).scheme not in ("http", "https"):
            return None
        limit = self.options.download_max_bytes
        try:
            request = urllib.request.Request(url, headers={"User-Agent": "RENEWZ-WordPress-Import"})
            with urllib.request.urlopen(request, timeout=self.options.download_timeout) as response:
                data = response.read(limit + 1)
        except (OSError, ValueError):
            return None
        if len(data) > limit:
            return None
        return posixpath.basename(urlsplit(url).path) or "bild.jpg", data

    def checked_image(self, name, data, notes, what):
        """The image bytes if they pass the upload checks (articles.validators), else None (noted)."""
        try:
            validate_image_file(SimpleUploadedFile(name, data))
        except ValidationError as error:
            notes.append(f"{what} „{name}“ nicht übernommen: {' '.join(error.messages)}")
            return None
        return data

    def set_hero_image(self, article, item, record, notes):
        thumbnail_id = self._int(item["meta"].get("_thumbnail_id"))
        if thumbnail_id is None:
            return
        attachment = self.attachments.get(thumbnail_id)
        if attachment is None:
            notes.append(f"Beitragsbild {thumbnail_id} fehlt im Export")
            self.report.count("image missing")
            return
        texts = {
            "alt": (attachment.alt or attachment.title or article.title)[:250],
            "caption": attachment.caption[:300],
            "credit": attachment.credit[:150],
        }
        if not attachment.alt:
            notes.append("Beitragsbild ohne Alternativtext: Bildtitel verwendet")
        if article.hero_image_id and record.media.get("hero") == attachment.url:
            self.describe(article.hero_image, texts)
            return
        found = self.image_data(attachment=attachment)
        if found is None:
            notes.append(f"Beitragsbild „{attachment.file or attachment.url}“: Datei fehlt, ohne Bild übernommen")
            self.report.count("image missing")
            return
        name, data = found
        if self.checked_image(name, data, notes, "Beitragsbild") is None:
            self.report.count("image missing")
            return
        self.report.count("hero image")
        if not self.options.dry_run:
            article.hero_image = self.library_image(attachment.url, name, data, texts)
        record.media["hero"] = attachment.url

    def library_image(self, url, name, data, texts):
        """The library image of the old site's file at `url`: the one this run stored already, else a new one."""
        library = self.__dict__.setdefault("_library", {})
        if url not in library:
            image = Image(original_filename=posixpath.basename(name)[:255], **texts)
            image.file.save(name, ContentFile(data), save=False)
            image.save()
            library[url] = image
        else:
            self.describe(library[url], texts)
        return library[url]

    def describe(self, image, texts):
        """Fill the library image's texts the import knows and the image lacks (an editor's stay)."""
        missing = {field: value for field, value in texts.items() if value and not getattr(image, field)}
        if missing:
            for field, value in missing.items():
                setattr(image, field, value)
            image.save(update_fields=list(missing))

    def attachment_image(self, wp_id):
        attachment = self.attachments.get(wp_id)
        if attachment is None:
            return None
        return attachment.url, attachment.alt, attachment.caption

    def pending_image(self, src, pending, notes):
        attachment = self.attachments.get(self.attachment_by_path.get(uploads_path(src) or "", -1))
        found = self.image_data(attachment=None, url=src) or (self.image_data(attachment=attachment) if attachment else None)
        if found is None:
            self.report.count("image missing")
            return None
        name, data = found
        if self.checked_image(name, data, notes, "Bild") is None:
            self.report.count("image missing")
            return None
        self.report.count("body image")
        key = f"{body_image_prefix()}ausstehend-{len(pending)}-{secrets.token_hex(4)}.jpg"
        pending[key] = (src, name, data)
        return key

    def store_body_images(self, article, body, pending, record):
        """Each image of the text as a library image (its alt text and caption from the figure);
        the figure then shows its renditions (images.body, on the article's save)."""
        for key, (src, name, data) in pending.items():
            figure = re.search(
                r'<img[^>]*src="' + re.escape(key) + r'"[^>]*>(?:\s*<figcaption>(.*?)</figcaption>)?', body, re.DOTALL
            )
            alt = re.search(r'alt="([^"]*)"', figure[0]) if figure else None
            texts = {
                "alt": html.unescape(alt[1])[:250] if alt else "",
                "caption": html.unescape(strip_tags(figure[1] or "")).strip()[:300] if figure else "",
            }
            image = Image.objects.filter(pk=self._int(record.media.get(src, "").removeprefix("bild:"))).first()
            if image is None and not self.options.dry_run:
                image = self.library_image(src, name, data, texts)
            if image is None:
                continue
            record.media[src] = f"bild:{image.pk}"
            picture = image.picture("hero", signed=False)
            body = body.replace(key, picture.src if picture else "")
        return body

    # ------------------------------------------------------------------ old addresses

    def old_path(self, url):
        """The path (and query) of a URL on the old site, decoded as Django reads `request.path`."""
        parts = urlsplit(url)
        path = unquote(parts.path) or "/"
        return f"{path}?{parts.query}" if parts.query else path

    def keep_links(self, paths, notes, **target):
        """Store redirects from `paths` to the target; a path another target has already stays its."""
        paths = list(dict.fromkeys(path for path in paths if path and len(path) <= 500))
        existing = {
            redirect.old_path: redirect for redirect in WordPressRedirect.objects.filter(old_path__in=paths)
        }
        feed = target.pop("feed", False)
        (field, obj), = target.items()
        new = []
        for path in paths:
            redirect = existing.get(path)
            if redirect is None:
                new.append(WordPressRedirect(old_path=path, feed=feed, **{field: obj}))
            elif getattr(redirect, f"{field}_id") == obj.pk and redirect.feed == feed:
                self.report.count("redirect kept")
            else:
                self.report.count("redirect conflict")
                notes.append(f"alte Adresse {path} führt schon woandershin, nicht umgeleitet")
        WordPressRedirect.objects.bulk_create(new)
        self.report.count("redirect created", len(new))

    def keep_post_links(self, article, item, notes):
        slug = unquote(item["post_name"] or "").strip()
        paths = [self.old_path(item["link"])] if item["link"] else []
        paths.append(f"/?p={item['post_id']}")
        local = item["post_date"] if item["post_date"] and not item["post_date"].startswith("0000") else ""
        if slug:
            paths.append(f"/{slug}/")
            if local:
                year, month, day = local[:4], local[5:7], local[8:10]
                paths += [f"/{year}/{month}/{day}/{slug}/", f"/{year}/{month}/{slug}/"]
        paths = [path for path in paths if path not in ("/", "")]
        paths += [f"{path}feed/" for path in paths if "?" not in path and path.endswith("/")]
        self.keep_links(paths, notes, article=article)

    def keep_term_links(self):
        """Category, tag and author archives (and their feeds) of the old site, once every target exists."""
        notes = []
        if self.options.dry_run:
            return
        with transaction.atomic():
            for slug, category in self.categories.items():
                chain, parent, seen = [slug], category["parent"], {slug}
                while parent and parent in self.categories and parent not in seen:
                    chain.insert(0, parent)
                    seen.add(parent)
                    parent = self.categories[parent]["parent"]
                paths = {f"/category/{'/'.join(chain)}/", f"/category/{slug}/"}
                section = Section.objects.filter(name=category["name"][:80]).first() if category["name"][:80] in self.used_sections else None
                if section is not None:
                    self._term_links(paths, notes, section=section)
                elif (tag := Tag.objects.filter(name=category["name"][:100]).first()) is not None:
                    self._term_links(paths, notes, tag=tag)
            for slug, name in self.tags.items():
                if (tag := Tag.objects.filter(name=name.strip()[:100]).first()) is not None:
                    self._term_links({f"/tag/{slug}/"}, notes, tag=tag)
            for login in self.authors:
                author = Author.objects.filter(slug=login_slug(login)).first()
                if author is not None:
                    self._term_links({f"/author/{login.lower()}/", f"/author/{login_slug(login)}/"}, notes, author=author)
        for note in notes:
            self.report.note("Archivseiten", note)

    def _term_links(self, paths, notes, **target):
        paths = sorted(unquote(path) for path in paths)
        self.keep_links(paths, notes, **target)
        self.keep_links([f"{path}feed/" for path in paths], notes, feed=True, **target)
