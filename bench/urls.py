"""The site's URLs plus `/__bench__/ceiling/`, a view returning a fixed 30 KB HTML page.

The ceiling shows what Django and gunicorn manage on this machine when a page costs nothing:
no database, no templates, but the same middleware as every page.
"""
from django.http import HttpResponse
from django.urls import path

from renewz.urls import urlpatterns as site_urlpatterns

CEILING_BYTES = 30 * 1024


def _ceiling_page():
    head = "<!doctype html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Ceiling</title></head><body>"
    tail = "</body></html>"
    paragraph = "<p>Finde, was zählt. Immer informiert. RENEWZ misst die Obergrenze.</p>\n"
    body = (head + paragraph * (CEILING_BYTES // len(paragraph.encode()) + 1)).encode()
    body = body[: CEILING_BYTES - len(tail)]
    return body.decode(errors="ignore").encode() + tail.encode()


CEILING_PAGE = _ceiling_page()


def ceiling(request):
    return HttpResponse(CEILING_PAGE, content_type="text/html; charset=utf-8")


urlpatterns = [path("__bench__/ceiling/", ceiling, name="bench-ceiling"), *site_urlpatterns]
