"""Share-preview links: an unpublished article for people without an account.

Staff open a preview from the article's change page (rendered by `articles.public.views`,
exactly like the public page). People without an account get a
share-preview link (`PreviewLink`): `/vorschau/<token>/`, where the token is the link's
id and its article's id, signed with the secret key. A link shows its one article
until it expires (`PREVIEW_LINK_HOURS`, 48 by default) or is revoked in the admin.
Once the article is public, its links lead to the public page (a temporary redirect,
since the article could be unpublished again); nothing secret is left to protect.
"""
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import timezone

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
