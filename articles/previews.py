"""Previews: an article rendered exactly like its public page, marked as preview.

Staff open one from the article's change page. People without an account get a
share-preview link (`PreviewLink`): `/vorschau/<token>/`, where the token is the link's
id and its article's id, signed with the secret key. A link shows its one article
until it expires (`PREVIEW_LINK_HOURS`, 48 by default) or is revoked in the admin.
Once the article is public, its links lead to the public page (a temporary redirect,
since the article could be unpublished again); nothing secret is left to protect.

Preview responses are never stored by a cache and never indexed.
"""
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control

from . import fragments
from .models import Article, PreviewLink

TOKEN_SALT = "articles.preview"

GONE_MESSAGE = "Dieser Vorschau-Link ist abgelaufen oder wurde widerrufen."
INVALID_MESSAGE = "Dieser Vorschau-Link ist ungültig. Bitte prüfen Sie, ob er vollständig kopiert wurde."


class PreviewUnavailable(Exception):
    """A share-preview token that shows nothing; `status` and `message` say why."""

    def __init__(self, message, status):
        super().__init__(message)
        self.message = message
        self.status = status


def mark_private(response):
    """Keep a response out of every cache and every search index."""
    response.headers.pop("Cache-Control", None)
    patch_cache_control(response, private=True, no_store=True)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def render_article(request, article, *, preview):
    """The article page; as a preview, marked so and kept out of caches and indexes."""
    fingerprint = fragments.page_fingerprint(request, article, preview=preview)
    response = render(
        request,
        "articles/article_detail.html",
        {"article": article, "is_preview": preview, "fingerprint": fingerprint},
    )
    return mark_private(response) if preview else response


def render_unavailable(request, error):
    response = render(request, "articles/preview_unavailable.html", {"message": error.message}, status=error.status)
    return mark_private(response)


# ----------------------------------------------------------------- share-preview links


def create_preview_link(article, user, hours=None):
    """A new share-preview link for `article`, valid for `hours` (default PREVIEW_LINK_HOURS)."""
    hours = settings.PREVIEW_LINK_HOURS if hours is None else hours
    return PreviewLink.objects.create(
        article=article, created_by=user, expires_at=timezone.now() + timedelta(hours=hours)
    )


def preview_token(link):
    return signing.Signer(salt=TOKEN_SALT).sign_object([link.pk, link.article_id])


def preview_url(link):
    """The path of a share-preview link (prefix the site's address to share it)."""
    return reverse("articles:preview", kwargs={"token": preview_token(link)})


def is_active(link, now=None):
    return link.revoked_at is None and link.expires_at > (now or timezone.now())


def revoke_preview_link(link):
    """End a share-preview link now; a link already revoked keeps its time."""
    if link.revoked_at is None:
        link.revoked_at = timezone.now()
        link.save(update_fields=["revoked_at"])
    return link


def article_for_token(token):
    """The article a share-preview token shows, loaded for its page.

    Raises PreviewUnavailable: 404 for a token we did not sign (tampered, cut off) or
    whose link and article do not belong together; 410 for a link that was deleted,
    revoked or has expired, unless its article has become public since.
    """
    try:
        link_id, article_id = signing.Signer(salt=TOKEN_SALT).unsign_object(token)
        link = PreviewLink.objects.filter(pk=int(link_id)).first()
    except (signing.BadSignature, ValueError, TypeError):
        raise PreviewUnavailable(INVALID_MESSAGE, 404) from None
    if link is None:
        raise PreviewUnavailable(GONE_MESSAGE, 410)
    if link.article_id != article_id:
        raise PreviewUnavailable(INVALID_MESSAGE, 404)
    article = Article.objects.for_page().get(pk=link.article_id)
    if not article.is_public and not is_active(link):
        raise PreviewUnavailable(GONE_MESSAGE, 410)
    return article
