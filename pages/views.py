"""The site's own pages: the legal pages."""
from django.shortcuts import get_object_or_404, render

from .models import LegalPage


def legal_page(request, kind):
    """Impressum, Datenschutz, Kontakt or Über uns; a page not yet written is a 404."""
    page = get_object_or_404(LegalPage, kind=kind)
    return render(request, "pages/legal_page.html", {"page": page})
