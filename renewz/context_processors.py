from django.conf import settings


def site(request):
    """Site identity, on every page."""
    return {"site_name": settings.SITE_NAME, "site_tagline": settings.SITE_TAGLINE}
