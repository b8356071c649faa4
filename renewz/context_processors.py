from django.conf import settings
from django.utils.functional import SimpleLazyObject

from articles.models import Section


def site(request):
    """Site identity and the header navigation, on every page.

    The menu is lazy: pages that don't show it (the admin) never look it up.
    """
    return {
        "site_name": settings.SITE_NAME,
        "site_tagline": settings.SITE_TAGLINE,
        "nav_sections": SimpleLazyObject(Section.objects.navigation),
    }
