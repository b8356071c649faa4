from django import template

from articles import times

register = template.Library()


@register.filter
def article_time(value):
    """„01.12.2026, 20:41 Uhr“ (see articles.times)."""
    return times.article_time(value)


@register.filter
def teaser_time(value):
    """„20:41 Uhr“, „Gestern, 18:05 Uhr“ or „28.11.2026“ (see articles.times)."""
    return times.teaser_time(value)
