"""WSGI entry point: `gunicorn renewz.wsgi`."""
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "renewz.settings")

application = get_wsgi_application()

# Readers must not wait on a hung database (renewz.postgresql); commands are not bounded.
from renewz.postgresql.base import bound_reader_waits  # noqa: E402  (needs the settings loaded above)

bound_reader_waits()
