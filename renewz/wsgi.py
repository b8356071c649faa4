"""WSGI entry point: `gunicorn renewz.wsgi`."""
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "renewz.settings")

application = get_wsgi_application()
