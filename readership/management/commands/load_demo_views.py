"""`python manage.py load_demo_views`: believable view counts for the demo's „Meistgelesen“ box.

The last 48 hours of counts per article and hour for the public articles: a few stories read
far more than the rest, newer ones more than older ones, fewer readers at night (Berlin time).
Only into the demo site (`load_demo`) without any counts, and never twice; `--if-empty` (what
`make run` uses) says so and exits without an error. The counts age like real ones: after a day without readers the
box is empty again.
"""
import math
import random
from datetime import timedelta
from zoneinfo import ZoneInfo

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from articles.management.commands.load_demo import content_not_from_demo
from articles.models import Article
from readership.models import ArticleViews, start_of_hour

HOURS = 48
BERLIN = ZoneInfo("Europe/Berlin")
# Share of a day's readers per hour of the day in Berlin: a night low, a morning and an evening peak.
HOURLY_SHAPE = [2, 1, 1, 1, 1, 2, 4, 7, 8, 7, 6, 6, 7, 6, 5, 5, 6, 7, 8, 9, 9, 8, 6, 4]


class Command(BaseCommand):
    help = "Lädt Demo-Leserzahlen der letzten 48 Stunden für die „Meistgelesen“-Liste, nur ohne vorhandene Zahlen."

    def add_arguments(self, parser):
        parser.add_argument("--if-empty", action="store_true", help="Gibt es schon Zahlen, nur einen Hinweis ausgeben.")

    def handle(self, *args, if_empty=False, **options):
        refusal = why_not_load()
        if refusal:
            if if_empty:
                self.stdout.write(f"Demo-Leserzahlen nicht geladen: {refusal}.")
                return
            raise CommandError(f"{refusal}: load_demo_views hat nichts geändert.")
        rows = demo_rows(list(Article.objects.public().order_by("-published_at").only("id", "published_at")))
        ArticleViews.objects.bulk_create(rows)
        ArticleViews.objects.forget_most_read()
        self.stdout.write(f"Demo-Leserzahlen geladen: {sum(row.views for row in rows)} Aufrufe, {len(rows)} Stundenwerte.")


def why_not_load():
    if ArticleViews.objects.exists():
        return "Es gibt schon gezählte Aufrufe"
    others = content_not_from_demo()
    if others:
        return f"Die Datenbank enthält Inhalte, die nicht aus der Demo stammen ({', '.join(others)})"
    return None


def demo_rows(articles, now=None, seed=13):
    """Hourly counts: each article draws its appeal from a Zipf-like curve (the most read one
    about five times the fifth), read most in the hours after its publication."""
    generator = random.Random(seed)
    now = now or timezone.now()
    appeal = list(range(1, len(articles) + 1))
    generator.shuffle(appeal)
    rows = []
    for hour_index in range(HOURS):
        hour = start_of_hour(now) - timedelta(hours=hour_index)
        readers = 60 * HOURLY_SHAPE[hour.astimezone(BERLIN).hour]
        for rank, article in zip(appeal, articles):
            age_hours = (hour - article.published_at).total_seconds() / 3600
            if age_hours < -1:
                continue  # not yet published in that hour
            interest = math.exp(-max(age_hours, 0) / 36)
            views = round(readers / rank * interest * generator.uniform(0.75, 1.25))
            if views:
                rows.append(ArticleViews(article=article, hour=hour, views=views))
    return rows
