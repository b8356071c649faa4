"""Fingerprints for the template fragment cache.

A listing's row of teaser cards (and the home page's lead card), the article page and the
XML of a feed (articles.public.feeds) are cached by Django's `{% cache %}` tag under a fingerprint of everything they show, read from
the rows the view loaded anyway. A changed title, author name, Ressort, tag or related link
gives a new fingerprint, so a cached fragment is never out of date and nothing has to be
deleted: unlike the page cache, fragments survive every publication elsewhere on the site
(a new article renders the rows it joins anew; an article page and the other listings are
reused).

To stay exact, a fingerprint takes every loaded field of the article and of the
objects its fragment shows, not a hand-picked list that a new template line could
outgrow. Since a fingerprint never goes stale, each process keeps its fragments in its
own memory (settings.CACHES["template_fragments"]), and a deploy starts afresh.
"""
import hashlib
import pickle

from django.db import connections
from django.db.models.fields.files import FieldFile
from django.utils import timezone

from pages.models import SiteSettings


def state(obj):
    """The field values (and annotations) loaded on a model instance, in field order."""
    return [(name, plain(value)) for name, value in vars(obj).items() if name[0] != "_"]


def plain(value):
    # A file field holds its name until first read, then a FieldFile: the same either way.
    return value.name if isinstance(value, FieldFile) else value


def digest(*parts):
    # pickle, not repr: several times faster for datetimes, and as exact.
    return hashlib.blake2b(pickle.dumps(parts, pickle.HIGHEST_PROTOCOL), digest_size=16).hexdigest()


def card_state(article):
    """What a teaser card shows: the article with its authors (`for_listing()`), its Ressort,
    and its library image (renditions, alt text)."""
    return state_with_rows(article, "author_rows"), state(article.section), hero_state(article)


def hero_state(article):
    return state(article.hero_image) if article.hero_image_id else None


def cards_fingerprint(articles):
    """What a row of teaser cards shows, in order: one cache lookup for all of a page's
    cards. (Cards are not cached one by one as well: in a page's row they were never
    looked up unless the row changed, and the bench measured no gain.) Today's date too:
    teasers say „20:41 Uhr“ today and „Gestern, 20:41 Uhr“ tomorrow (articles.times)."""
    return digest(timezone.localdate(), [card_state(article) for article in articles])


def page_fingerprint(request, article, *, preview):
    """What the article page shows: the article with its authors, tags and related links
    (`for_page()`), its Ressort, and its absolute URLs (scheme, host and path)."""
    return digest(
        request.scheme,
        request.get_host(),
        request.path,
        # The site's name, logo and handles, which the page and its head show.
        SiteSettings.for_request(request).fingerprint(),
        preview,
        state_with_rows(article, "author_rows", "tag_rows", "related_link_rows"),
        state(article.section),
        hero_state(article),
        # What shows also depends on the time, though no row changes when a scheduled
        # article's time comes: the preview banner's wording, and the links in the box.
        article.is_public,
        [link.pk for link in article.visible_related_links],
    )


def feed_fingerprint(request, feed_class, subject, articles):
    """What a feed shows: its kind (RSS or Atom, whole site, Ressort, Thema or Autor/in), its
    subject, its absolute URLs (scheme and host), the site's name and tagline, and every value
    of the rows of its `articles` (a queryset: each article with its Ressort, hero image,
    authors and tags, `for_listing().with_tags()`), which are not loaded for it. (Enclosure
    sizes are read from storage when the feed is written; a rendition changes its name.)"""
    return digest(
        feed_class.__module__,
        feed_class.__qualname__,
        request.scheme,
        request.get_host(),
        request.path,
        SiteSettings.for_request(request).fingerprint(),
        subject and state(subject),
        rows_digest(articles),
    )


def rows_digest(queryset):
    """Every value of every row the queryset selects, digested without making them model
    instances (two thirds of a polled feed's time went into loading its articles).
    PostgreSQL digests the rows itself and sends 32 characters; other databases send the rows.
    The rows' order follows from their values (the listing's order), so it need not be kept."""
    sql, params = queryset.query.sql_with_params()
    connection = connections[queryset.db]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(f"SELECT md5(string_agg(rows::text, ',')) FROM ({sql}) AS rows", params)
            return cursor.fetchone()[0]
        cursor.execute(sql, params)
        return digest(cursor.fetchall())


def state_with_rows(article, *rows):
    """state() of an article loaded with the rows of related objects its fragment shows
    (`ArticleQuerySet.with_authors()` and the like): every value shown is in those rows."""
    missing = [name for name in rows if name not in vars(article)]
    if missing:
        raise ValueError(f"Fragment of an article loaded without {', '.join(missing)}")
    return state(article)
