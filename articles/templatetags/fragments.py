from django import template

from articles import fragments

register = template.Library()


@register.filter
def card_fingerprint(article):
    """The teaser card's cache key part: changes whenever anything the card shows changes."""
    return fragments.card_fingerprint(article)
