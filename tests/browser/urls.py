"""The site's URLs plus uploads, for the browser tests.

renewz.urls adds media serving only when SERVE_MEDIA is on at import time; the live
server has to show hero images from each test's own MEDIA_ROOT, read per request.
"""
from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from renewz.urls import urlpatterns as site_urlpatterns


def serve_media(request, path):
    return serve(request, path, document_root=settings.MEDIA_ROOT)


urlpatterns = [
    *site_urlpatterns,
    re_path(r"^media/(?P<path>.*)$", serve_media),
]
