"""The site's own pages: the legal pages, and what browsers ask of the site (icon, web manifest)."""
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.templatetags.static import static

from .models import LegalPage, SiteSettings

# Drawn for RENEWZ: static/img/renewz-icon.svg and its PNG sizes (scripts/draw_icons.py).
MANIFEST_ICONS = [
    {"src": "img/renewz-icon-192.png", "sizes": "192x192", "type": "image/png"},
    {"src": "img/renewz-icon-512.png", "sizes": "512x512", "type": "image/png"},
    {"src": "img/renewz-icon.svg", "sizes": "any", "type": "image/svg+xml"},
]


def legal_page(request, kind):
    """Impressum, Datenschutz, Kontakt or Über uns; a page not yet written is a 404."""
    page = get_object_or_404(LegalPage, kind=kind)
    return render(request, "pages/legal_page.html", {"page": page})


def web_manifest(request):
    """The web app manifest, named after the site (site settings)."""
    site = SiteSettings.for_request(request)
    manifest = {
        "name": f"{site.name} – {site.tagline}" if site.tagline else site.name,
        "short_name": site.name,
        "lang": "de",
        "start_url": "/",
        "display": "browser",
        "background_color": "#ffffff",
        "theme_color": "#b3122e",
        "icons": [{**icon, "src": static(icon["src"])} for icon in MANIFEST_ICONS],
    }
    return JsonResponse(manifest, content_type="application/manifest+json", json_dumps_params={"ensure_ascii": False})


def favicon(request):
    """Browsers and crawlers ask /favicon.ico without reading the page's <link rel=icon>."""
    return redirect(static("favicon.ico"))
