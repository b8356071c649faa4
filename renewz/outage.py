"""What readers get when the database is unavailable: a German 503 page with Retry-After.

Django hands every uncaught exception, in a view or a middleware, to `handler500`
(renewz.urls). An unreachable, hung or overloaded database is an outage that ends by
itself, not a bug: it gets 503 and `Retry-After`, so that readers, crawlers and CDNs
come back later. Everything else stays a 500. Neither page touches the database.
"""
import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader
from django.views.defaults import server_error as django_server_error

from renewz.postgresql.base import retry_after_seconds


def server_error(request):
    error = sys.exc_info()[1]
    if not isinstance(error, (OperationalError, InterfaceError)):
        return django_server_error(request)
    response = HttpResponse(loader.get_template("503.html").render(), status=503)
    response["Retry-After"] = str(retry_after_seconds())
    response["Cache-Control"] = "no-store"
    return response
