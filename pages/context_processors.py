from django.utils.functional import SimpleLazyObject

from .models import SiteSettings, footer_links


def site(request):
    """The site settings and the footer's legal pages, on every page.

    Lazy, and read once per request: pages that show none of it (the admin) never look it up.
    """
    settings = SimpleLazyObject(lambda: SiteSettings.for_request(request))
    return {
        "site": settings,
        "site_name": SimpleLazyObject(lambda: settings.name),
        "site_tagline": SimpleLazyObject(lambda: settings.tagline),
        "legal_links": SimpleLazyObject(footer_links),
    }
