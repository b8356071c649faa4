from django import template
from django.core.files.storage import default_storage
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from articles import embeds

register = template.Library()


@register.filter
def embed_placeholders(body_html):
    """A stored (sanitised) body with each embed as the reader's two-click placeholder."""
    if not embeds.contains_embeds(body_html):
        return mark_safe(body_html)
    return mark_safe(embeds.replace_embeds(body_html, _placeholder))


@register.filter
def has_embeds(body_html):
    return embeds.contains_embeds(body_html)


def _placeholder(embed):
    thumbnail_url = default_storage.url(embed.thumbnail) if embed.thumbnail else ""
    return render_to_string("components/embed.html", {"embed": embed, "thumbnail_url": thumbnail_url})
