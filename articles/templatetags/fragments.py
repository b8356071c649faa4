from django import template

from articles.public import fragments

register = template.Library()


@register.filter
def cards_fingerprint(articles):
    """The cache key part of a row of teaser cards (see `fragments.cards_fingerprint`)."""
    return fragments.cards_fingerprint(articles)
