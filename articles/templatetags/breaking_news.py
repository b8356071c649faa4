from django import template
from django.utils.safestring import mark_safe

from articles.public.breaking_news import current_banner

register = template.Library()


@register.simple_tag
def breaking_news_banner():
    """The Eilmeldung, if one is on air (see articles.public.breaking_news)."""
    return mark_safe(current_banner() or "")
