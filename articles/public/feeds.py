"""RSS 2.0 and Atom feeds of the public articles: all of them, and per Ressort, Thema and Autor/in.

Each feed costs a fixed number of queries: its subject (Ressort, Thema, Autor/in) and a
digest of the rows of its articles with their Ressort, bylines and tags, made by the database.
The XML (three quarters of a feed's time) is kept in the fragment cache under a fingerprint of
everything it shows (`fragments.feed_fingerprint`): only when that changes are the articles
loaded and the XML written again (two queries more: the articles, and the digest again).
"""

from django.contrib.syndication.views import Feed
from django.core.cache import caches
from django.core.exceptions import ObjectDoesNotExist
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed, rfc3339_date
from django.utils import timezone
from django.utils.http import http_date
from django.utils.html import escape
from taggit.models import Tag

from pages.models import SiteSettings

from .. import renditions
from ..models import Article, Author, LivetickerEntry, Section
from . import fragments
from .views import with_public_articles

FEED_LENGTH = 30
DUBLIN_CORE = "http://purl.org/dc/elements/1.1/"


class BylineRssFeed(Rss201rev2Feed):
    """RSS 2.0 naming every author of an item, in byline order, as one `<dc:creator>` each
    (RSS's own `<author>` wants an e-mail address, which we do not publish), and with the
    update time as `<atom:updated>`, which RSS itself has no element for."""

    def __init__(self, title, link, description, **kwargs):
        # RSS cannot say that a channel's title and description are plain text, and readers
        # take them for HTML: a Thema named "<script>" must reach them escaped as HTML too,
        # like the items' descriptions. (Atom's titles and subtitle are text constructs.)
        super().__init__(escape(title), link, escape(description), **kwargs)

    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:dc": DUBLIN_CORE}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        for name, _url in item["authors"]:
            handler.addQuickElement("dc:creator", name)
        if item["updateddate"] is not None:
            handler.addQuickElement("atom:updated", rfc3339_date(item["updateddate"]))


class BylineAtomFeed(Atom1Feed):
    """Atom with one `<author>` (name and page) per author of an entry, in byline order."""

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        for name, url in item["authors"]:
            handler.startElement("author", {})
            handler.addQuickElement("name", name)
            handler.addQuickElement("uri", url)
            handler.endElement("author")


class ArticleFeed(Feed):
    """The newest public articles of the whole site, as RSS 2.0."""

    feed_type = BylineRssFeed
    language = "de"

    @classmethod
    def as_view(cls):
        """A view that builds a fresh feed object per request, so the request (needed for
        absolute image and author URLs) can be kept on it without leaking between threads."""

        def view(request, *args, **kwargs):
            return cls()(request, *args, **kwargs)

        return view

    # Whether the written XML is cached; a feed whose items' rows do not hold all they show opts out.
    cache_written = True

    def __call__(self, request, *args, **kwargs):
        """As Django's Feed, with the items loaded once, and the XML written only if the
        fragment cache has none for what the feed shows."""
        self.request = request
        try:
            obj = self.get_object(request, *args, **kwargs)
        except ObjectDoesNotExist:
            raise Http404("Feed object does not exist.")
        items = self.load_items(obj)
        if not self.cache_written:
            self.loaded_items = list(items)
            return self.response(*self.write(obj))
        cache = caches["template_fragments"]
        fingerprint = fragments.feed_fingerprint(request, type(self), obj, items)
        written = cache.get("feed:" + fingerprint)
        if written is None:
            self.loaded_items = list(items)
            written = self.write(obj)
            # The articles were loaded by a query after the fingerprint's: kept only if nothing
            # changed in between, so that a feed is never stored under a state it does not show.
            if fragments.feed_fingerprint(request, type(self), obj, items) == fingerprint:
                cache.set("feed:" + fingerprint, written)
        return self.response(*written)

    def write(self, obj):
        feed = self.get_feed(obj, self.request)
        return feed.content_type, http_date(feed.latest_post_date().timestamp()), feed.writeString("utf-8")

    @staticmethod
    def response(content_type, last_modified, content):
        response = HttpResponse(content, content_type=content_type)
        # For ConditionalGetMiddleware's 304 Not Modified, as Django's Feed sets it.
        response.headers["Last-Modified"] = last_modified
        return response

    def get_object(self, request, slug=None):
        return None

    @property
    def site(self):
        return SiteSettings.for_request(self.request)

    def title(self, obj):
        return f"{self.site.name} – {self.site.tagline}" if self.site.tagline else self.site.name

    def description(self, obj):
        return f"Die neuesten Artikel auf {self.site.name}."

    def subtitle(self, obj):
        return self.description(obj)

    def link(self, obj):
        return reverse("articles:home")

    def author_name(self, obj):
        # Atom wants an author for the feed, in case an entry has none.
        return self.site.name

    def articles(self, obj):
        return Article.objects.public()

    def load_items(self, obj):
        return self.articles(obj).for_listing().with_tags()[:FEED_LENGTH]

    def items(self, obj):
        return self.loaded_items

    def item_title(self, article):
        return article.title

    def item_description(self, article):
        # Readers treat RSS descriptions and Atom summaries (type="html") as HTML.
        return escape(article.lead)

    def item_pubdate(self, article):
        return article.published_at

    def item_updateddate(self, article):
        return article.updated_at

    def item_categories(self, article):
        return [article.section.name, *(tag.name for tag in article.ordered_tags)]

    def item_extra_kwargs(self, article):
        return {
            "authors": [
                (author.name, self.request.build_absolute_uri(author.get_absolute_url()))
                for author in article.ordered_authors
            ]
        }

    def item_enclosures(self, article):
        """The hero image's sharing rendition (a JPEG, never the original), with its size from
        storage (no image decoding)."""
        name = renditions.sharing_name(article.hero_image.renditions) if article.hero_image_id else None
        if not name:
            return []
        try:
            length = article.hero_image.file.storage.size(name)
        except OSError:  # the file is gone; do not announce a broken enclosure
            return []
        url = self.request.build_absolute_uri(article.hero_image_for_sharing)
        return [Enclosure(url=url, length=str(length), mime_type="image/jpeg")]


class SectionFeed(ArticleFeed):
    """The newest public articles of one Ressort."""

    def get_object(self, request, slug):
        return get_object_or_404(Section.objects.visible(), slug=slug)

    def title(self, section):
        return f"{section.name} – {self.site.name}"

    def description(self, section):
        return f"Die neuesten Artikel aus dem Ressort {section.name} auf {self.site.name}."

    def link(self, section):
        return section.get_absolute_url()

    def articles(self, section):
        return Article.objects.public().filter(section=section)


class TagFeed(ArticleFeed):
    """The newest public articles on one Thema (tag)."""

    def __call__(self, request, *args, **kwargs):
        """The feed address of a merged or renamed tag leads to its tag's feed for good."""
        try:
            return super().__call__(request, *args, **kwargs)
        except Http404:
            tag = get_object_or_404(Tag, redirects__old_slug=kwargs["slug"])
            return redirect(f"articles:{request.resolver_match.url_name}", slug=tag.slug, permanent=True)

    def get_object(self, request, slug):
        return get_object_or_404(Tag.objects.filter(with_public_articles()), slug=slug)

    def title(self, tag):
        return f"Thema: {tag.name} – {self.site.name}"

    def description(self, tag):
        return f"Die neuesten Artikel zum Thema {tag.name} auf {self.site.name}."

    def link(self, tag):
        return reverse("articles:tag", kwargs={"slug": tag.slug})

    def articles(self, tag):
        return Article.objects.public_tagged(tag)


class AuthorFeed(ArticleFeed):
    """The newest public articles of one Autor/in."""

    def get_object(self, request, slug):
        return get_object_or_404(Author, slug=slug)

    def title(self, author):
        return f"{author.name} – {self.site.name}"

    def description(self, author):
        return f"Die neuesten Artikel von {author.name} auf {self.site.name}."

    def link(self, author):
        return author.get_absolute_url()

    def articles(self, author):
        return Article.objects.public_by_author(author)


class AtomArticleFeed(ArticleFeed):
    feed_type = BylineAtomFeed


class AtomSectionFeed(SectionFeed):
    feed_type = BylineAtomFeed


class AtomTagFeed(TagFeed):
    feed_type = BylineAtomFeed


class AtomAuthorFeed(AuthorFeed):
    feed_type = BylineAtomFeed


class LivetickerFeed(ArticleFeed):
    """A Liveticker's published entries, newest first, as RSS 2.0 (`/artikel/<slug>/feed/`);
    other articles have no feed of their own (404)."""

    def get_object(self, request, slug):
        return get_object_or_404(Article.objects.public().filter(is_liveticker=True).select_related("section"), slug=slug)

    def title(self, article):
        return f"{article.title} – Liveticker – {self.site.name}"

    def description(self, article):
        return article.lead

    def link(self, article):
        return article.get_absolute_url()

    # An entry's Autor/in is loaded with it, but not part of its state(): not cached.
    cache_written = False

    def load_items(self, article):
        entries = LivetickerEntry.objects.filter(article=article).for_readers()[:FEED_LENGTH]
        for entry in entries:
            entry.article = article  # for its link, without a query per entry
        return entries

    def item_title(self, entry):
        return entry.title or f"{timezone.localtime(entry.published_at):%H:%M} Uhr"

    def item_description(self, entry):
        # The body is sanitised on save (articles.html): HTML readers may show as it is.
        return f"<p><strong>Korrektur:</strong></p>{entry.body}" if entry.is_correction else entry.body

    def item_link(self, entry):
        return entry.get_absolute_url()

    def item_pubdate(self, entry):
        return entry.published_at

    def item_updateddate(self, entry):
        return entry.edited_at

    def item_categories(self, entry):
        return []

    def item_extra_kwargs(self, entry):
        author = entry.author
        return {"authors": [(author.name, self.request.build_absolute_uri(author.get_absolute_url()))] if author else []}

    def item_enclosures(self, entry):
        return []
