"""Fingerprints for the template fragment cache.

Teaser cards and the article page are cached by Django's `{% cache %}` tag under a
fingerprint of everything they show, read from the rows the view loaded anyway. A
changed title, author name, Ressort, tag or related link gives a new fingerprint, so a
cached fragment is never out of date and nothing has to be deleted: unlike the page
cache, fragments survive every publication elsewhere on the site, and the first page
rendered after one reuses the cards that did not change.

To stay exact, a fingerprint takes every loaded field of the article and of the
objects its fragment shows, not a hand-picked list that a new template line could
outgrow. Since a fingerprint never goes stale, each process keeps its fragments in its
own memory (settings.CACHES["template_fragments"]), and a deploy starts afresh.
"""
import hashlib
import pickle

from django.conf import settings
from django.db.models.fields.files import FieldFile


def state(obj):
    """The field values (and annotations) loaded on a model instance, in field order."""
    return [(name, plain(value)) for name, value in vars(obj).items() if name[0] != "_"]


def plain(value):
    # A file field holds its name until first read, then a FieldFile: the same either way.
    return value.name if isinstance(value, FieldFile) else value


def digest(*parts):
    # pickle, not repr: several times faster for datetimes, and as exact.
    return hashlib.blake2b(pickle.dumps(parts, pickle.HIGHEST_PROTOCOL), digest_size=16).hexdigest()


def card_fingerprint(article):
    """What a teaser card shows: the article, its Ressort and its authors."""
    return digest(
        state(article),
        state(article.section),
        [state(author) for author in article.ordered_authors],
    )


def page_fingerprint(request, article, *, preview):
    """What the article page shows, including its absolute URLs (scheme, host and path)."""
    return digest(
        request.scheme,
        request.get_host(),
        request.path,
        settings.SITE_NAME,
        preview,
        state(article),
        state(article.section),
        [state(author) for author in article.ordered_authors],
        [(tag.name, tag.slug) for tag in article.ordered_tags],
        [(link.label, link.href, link.is_external) for link in article.visible_related_links],
    )
