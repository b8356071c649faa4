"""Times as German newsrooms print them, in the site's time zone (Europe/Berlin).

Articles: „01.12.2026, 20:41 Uhr“. Teasers: „20:41 Uhr“ today, „Gestern, 18:05 Uhr“, older
ones the date („28.11.2026“). A teaser's wording thus depends on the day it is shown: cached
teaser fragments are keyed on today's date (public/fragments.py), and the page cache starts a
new generation at midnight (receivers.next_midnight).
"""
from datetime import datetime, time, timedelta

from django.utils import timezone


def article_time(moment):
    """„01.12.2026, 20:41 Uhr“."""
    if moment is None:
        return ""
    return timezone.localtime(moment).strftime("%d.%m.%Y, %H:%M Uhr")


def teaser_time(moment, today=None):
    """„20:41 Uhr“ today, „Gestern, 18:05 Uhr“, else „28.11.2026“."""
    if moment is None:
        return ""
    local = timezone.localtime(moment)
    today = today or timezone.localdate()
    if local.date() == today:
        return local.strftime("%H:%M Uhr")
    if local.date() == today - timedelta(days=1):
        return local.strftime("Gestern, %H:%M Uhr")
    return local.strftime("%d.%m.%Y")


def next_midnight(now=None):
    """The coming midnight in the site's time zone, as an aware datetime."""
    local = timezone.localtime(now)
    tomorrow = local.date() + timedelta(days=1)
    return datetime.combine(tomorrow, time(), tzinfo=local.tzinfo)
