from django.http import HttpResponse
from django.template.loader import render_to_string
from django.urls import reverse


def robots_txt(request):
    """What crawlers may fetch, and where the sitemaps are (robots.txt wants absolute URLs)."""
    sitemaps = [
        request.build_absolute_uri(reverse(name))
        for name in ("articles:sitemap-index", "articles:news-sitemap")
    ]
    return HttpResponse(
        render_to_string("robots.txt", {"sitemaps": sitemaps}),
        content_type="text/plain; charset=utf-8",
    )
