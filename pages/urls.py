from django.urls import path

from . import views
from .models import LegalPage

app_name = "pages"

urlpatterns = [
    # German addresses, one per page: /impressum/, /datenschutz/, /kontakt/, /ueber-uns/.
    *(path(f"{kind.value}/", views.legal_page, {"kind": kind.value}, name=kind.value) for kind in LegalPage.Kind),
    path("site.webmanifest", views.web_manifest, name="manifest"),
    path("favicon.ico", views.favicon, name="favicon"),
]
