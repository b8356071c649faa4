"""`python manage.py flush_article_views`: write the last window of counted views to the database.

Requests flush windows by themselves; this is for a shared cache (Redis) on a site that nobody
reads for a while, whose last window no later view hands on. Run it by cron, e.g. every
5 minutes. With the local-memory cache each process has its own buffer, which this command
(a process of its own) cannot reach.
"""
from django.core.management.base import BaseCommand

from readership.counting import flush_complete_windows


class Command(BaseCommand):
    help = "Schreibt die gezählten Artikelaufrufe des letzten abgeschlossenen Zeitfensters in die Datenbank."

    def handle(self, *args, **options):
        views = flush_complete_windows()
        self.stdout.write(f"Artikelaufrufe gespeichert: {views}.")
