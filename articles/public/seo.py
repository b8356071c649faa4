"""Structured data (schema.org JSON-LD) for search engines, built as plain dicts.

Builders take the request for absolute URLs and use only what the page already loaded
(the article's Ressort, bylines and tags), so they cost no queries.
"""
import json

from django.urls import reverse
from django.utils.html import format_html, strip_tags
from django.utils.safestring import mark_safe
from django.utils.timezone import localtime

from pages.models import SiteSettings

# Inside <script>, "</script>" or "<!--" in a headline would end or confuse the element;
# as JSON unicode escapes these characters mean the same to a JSON parser.
_SCRIPT_SAFE = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_ld_script(data):
    """`data` as a `<script type="application/ld+json">` element, safe for any text in it."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_SCRIPT_SAFE)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))


def iso_datetime(value):
    """ISO 8601 (and W3C Datetime) to the second, with the offset of the site's time zone,
    e.g. 2025-09-05T09:30:00+02:00."""
    return localtime(value).isoformat(timespec="seconds") if value else None


def publisher(request):
    """The site as the publisher, with its logo and its profiles (site settings)."""
    site = SiteSettings.for_request(request)
    logo_url, width, height = site.logo_for_sharing
    data = {
        "@type": "Organization",
        "name": site.name,
        "url": request.build_absolute_uri(reverse("articles:home")),
        "logo": {"@type": "ImageObject", "url": request.build_absolute_uri(logo_url), "width": width, "height": height},
    }
    if site.social_links:
        data["sameAs"] = [url for _, url in site.social_links]
    return data


def news_article(article, request):
    """The article as a schema.org `NewsArticle`."""
    url = request.build_absolute_uri(article.get_absolute_url())
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "description": article.lead,
        "url": url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "inLanguage": "de-DE",
        "articleSection": article.section.name,
        "keywords": [tag.name for tag in article.ordered_tags],
        "datePublished": iso_datetime(article.published_at),
        "dateModified": iso_datetime(article.updated_at),
        "author": [
            {
                "@type": "Person",
                "name": author.name,
                "url": request.build_absolute_uri(author.get_absolute_url()),
            }
            for author in article.ordered_authors
        ],
        "publisher": publisher(request),
        "isAccessibleForFree": True,
    }
    if image_url := article.hero_image_for_sharing:
        data["image"] = [request.build_absolute_uri(image_url)]
    return {key: value for key, value in data.items() if value not in (None, [])}


def live_blog_posting(article, request, entries):
    """A Liveticker as a schema.org `LiveBlogPosting`: the article, the time its coverage began
    (its publication) and, once ended, ended, and the entries of this page as `liveBlogUpdate`."""
    data = news_article(article, request)
    data["@type"] = "LiveBlogPosting"
    data["coverageStartTime"] = iso_datetime(article.published_at)
    if article.liveticker_ended_at:
        data["coverageEndTime"] = iso_datetime(article.liveticker_ended_at)
    url = data["url"]
    data["liveBlogUpdate"] = [
        {
            "@type": "BlogPosting",
            "headline": entry.title or strip_tags(entry.body)[:110],
            "url": f"{url}#{entry.anchor}",
            "datePublished": iso_datetime(entry.published_at),
            **({"dateModified": iso_datetime(entry.edited_at)} if entry.edited_at else {}),
            "articleBody": strip_tags(entry.body),
            **({"author": {"@type": "Person", "name": entry.author.name}} if entry.author else {}),
        }
        for entry in entries
    ]
    if entries:
        latest = max(entry.edited_at or entry.published_at for entry in entries)
        data["dateModified"] = iso_datetime(max(latest, article.updated_at))
    return data


def article_breadcrumbs(article, request):
    """Startseite › Ressort › Artikel, as a schema.org `BreadcrumbList`."""
    trail = [
        ("Startseite", reverse("articles:home")),
        (article.section.name, article.section.get_absolute_url()),
        (article.title, article.get_absolute_url()),
    ]
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": name,
                "item": request.build_absolute_uri(path),
            }
            for position, (name, path) in enumerate(trail, start=1)
        ],
    }


def website(request):
    """The site as a schema.org `WebSite`, with its search for the sitelinks search box."""
    search_url = request.build_absolute_uri(reverse("articles:search"))
    return {
        "@context": "https://schema.org",
        "@type": "WebSite",
        "name": SiteSettings.for_request(request).name,
        "url": request.build_absolute_uri(reverse("articles:home")),
        "inLanguage": "de-DE",
        "potentialAction": {
            "@type": "SearchAction",
            "target": {"@type": "EntryPoint", "urlTemplate": f"{search_url}?q={{search_term_string}}"},
            "query-input": "required name=search_term_string",
        },
    }
