from django.contrib.sitemaps import Sitemap
from django.core.paginator import Paginator

from .models import LegalPage


class OnePage(Paginator):
    """Four pages fit one sitemap page: the index need not count them."""

    num_pages = 1


class LegalPageSitemap(Sitemap):
    """Impressum, Datenschutz, Kontakt and Über uns, as far as they are written."""

    def items(self):
        return LegalPage.objects.only("kind", "updated_at").order_by("kind")

    def lastmod(self, page):
        return page.updated_at

    def get_latest_lastmod(self):
        # The index lists no date, like the other listings': it saves a query per request.
        return None

    @property
    def paginator(self):
        return OnePage(self.items(), self.limit)
