"""Template tags for what search engines and link previews read: canonical and absolute
URLs, and JSON-LD structured data."""
from django import template
from django.utils.html import format_html

from articles.public import seo

register = template.Library()


@register.filter
def iso_datetime(value):
    """A datetime as ISO 8601 to the second, with offset: 2025-09-05T09:30:00+02:00."""
    return seo.iso_datetime(value) or ""


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """This page's absolute URL without query string; later pages of a listing keep `?page=N`."""
    request = context["request"]
    url = request.build_absolute_uri(request.path)
    page = context.get("page")
    number = getattr(page, "number", 1)
    return f"{url}?page={number}" if number > 1 else url


@register.simple_tag(takes_context=True)
def absolute_url(context, path):
    """`path` (e.g. an image or page URL) as an absolute URL on this site."""
    return context["request"].build_absolute_uri(path)


@register.simple_tag(takes_context=True)
def article_structured_data(context, article):
    """The article as `NewsArticle`, and its breadcrumb trail, as JSON-LD scripts."""
    request = context["request"]
    return format_html(
        "{}\n{}",
        seo.json_ld_script(seo.news_article(article, request)),
        seo.json_ld_script(seo.article_breadcrumbs(article, request)),
    )


@register.simple_tag(takes_context=True)
def live_blog_structured_data(context, article, pinned_entries, entries):
    """A Liveticker as `LiveBlogPosting` with the entries of this page, and its breadcrumb trail."""
    request = context["request"]
    return format_html(
        "{}\n{}",
        seo.json_ld_script(seo.live_blog_posting(article, request, [*pinned_entries, *entries])),
        seo.json_ld_script(seo.article_breadcrumbs(article, request)),
    )


@register.simple_tag(takes_context=True)
def website_structured_data(context):
    """The site and its search as a `WebSite` JSON-LD script."""
    return seo.json_ld_script(seo.website(context["request"]))
