from django import template

from articles.public import fragments

register = template.Library()


@register.filter
def card_fingerprint(article):
    """The teaser card's cache key part: changes whenever anything the card shows changes."""
    return fragments.card_fingerprint(article)


@register.filter
def cards_fingerprint(articles):
    """The cache key part of a row of teaser cards (see `fragments.cards_fingerprint`)."""
    return fragments.cards_fingerprint(articles)
