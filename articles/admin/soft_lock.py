"""Who has an article open in the admin right now: a soft lock, like WordPress's.

Nothing is locked: the change form only tells an editor that a colleague is working on the same
article, so they can talk before both save (the second save would be refused as an edit
conflict anyway). Presence lives in the cache under `articles:editing:<pk>` as
{user_id: (name, since, last_seen, page)}; rendering the change form and the form's heartbeat
(every HEARTBEAT_SECONDS) refresh it, and an entry not refreshed for PRESENCE_SECONDS is gone.
`page` names the rendered form that refreshed it last, so that a page being left does not
release the form that replaced it (a reload, or the form shown again after an error).
With several application servers the cache must be shared (Redis, see settings).
"""
import secrets
from dataclasses import dataclass
from datetime import timedelta

from django.core.cache import cache
from django.utils import timezone

from ..revisions import editor_name, local_time

HEARTBEAT_SECONDS = 30
PRESENCE_SECONDS = 90


def _key(article_pk):
    return f"articles:editing:{article_pk}"


@dataclass(frozen=True)
class Editor:
    user_id: int
    name: str
    since: object  # aware datetime
    last_seen: object
    page: str = ""

    @property
    def notice(self):
        return f"{self.name} bearbeitet diesen Artikel gerade (seit {local_time(self.since, 'H:i')})."


def _present(article_pk, now):
    """The live entries; expired ones are dropped."""
    entries = cache.get(_key(article_pk)) or {}
    oldest = now - timedelta(seconds=PRESENCE_SECONDS)
    return {user_id: entry for user_id, entry in entries.items() if entry[2] >= oldest}


def _editors(entries, except_user):
    return sorted(
        (Editor(user_id, *entry) for user_id, entry in entries.items() if user_id != except_user.pk),
        key=lambda editor: editor.since,
    )


def new_page_token():
    return secrets.token_urlsafe(8)


def article_editing_mark(article_pk, user, page=""):
    """Record that `user` has the article open now (in `page`); return the others who have it open."""
    now = timezone.now()
    entries = _present(article_pk, now)
    since = entries[user.pk][1] if user.pk in entries else now
    entries[user.pk] = (editor_name(user), since, now, page)
    cache.set(_key(article_pk), entries, PRESENCE_SECONDS)
    return _editors(entries, user)


def article_editing_release(article_pk, user, page=None):
    """`user` closed the article (saved it, or left `page`)."""
    now = timezone.now()
    entries = _present(article_pk, now)
    if page is not None and user.pk in entries and (*entries[user.pk], "")[3] != page:
        return  # another page of theirs has the article open now
    if entries.pop(user.pk, None) is not None:
        if entries:
            cache.set(_key(article_pk), entries, PRESENCE_SECONDS)
        else:
            cache.delete(_key(article_pk))
