from django.conf import settings

from articles.models import Section


def site(request):
    """Site identity and the header navigation, on every page."""
    return {
        "site_name": settings.SITE_NAME,
        "site_tagline": settings.SITE_TAGLINE,
        "nav_sections": Section.objects.navigation(),
    }
