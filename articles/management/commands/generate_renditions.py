"""
`python manage.py generate_renditions`: make the responsive renditions of hero images.

Saving an article makes them by itself; this command is for images stored before
renditions existed, for articles loaded in bulk, and after changing the widths or
quality in articles/renditions.py (which makes every existing set outdated).
Articles whose renditions still fit are skipped, unless `--force` is given. Files in
an article's rendition folder that its manifest does not list (left by an interrupted
save) are deleted.
"""
from django.core.management.base import BaseCommand
from django.db import transaction

from articles import renditions
from articles.models import Article


class Command(BaseCommand):
    help = "Erzeugt fehlende oder veraltete Bildvarianten (WebP/JPEG, mehrere Breiten) der Aufmacherbilder."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Auch passende Bildvarianten neu erzeugen.")
        parser.add_argument("--article", type=int, action="append", dest="article_ids", help="Nur diesen Artikel (ID); mehrfach möglich.")

    def handle(self, *args, force=False, article_ids=None, **options):
        articles = Article.objects.exclude(hero_image="").order_by("pk").only(
            "pk", "hero_image", "hero_focal_x", "hero_focal_y", "hero_renditions"
        )
        if article_ids:
            articles = articles.filter(pk__in=article_ids)
        made = checked = failed = pruned = 0
        for article in articles.iterator(chunk_size=200):
            checked += 1
            with transaction.atomic():
                if article.refresh_hero_renditions(force=force):
                    made += 1
                    if not article.hero_renditions:
                        failed += 1
                        self.stderr.write(f"Artikel {article.pk}: Bild „{article.hero_image.name}“ nicht lesbar.")
            pruned += renditions.prune(
                article.hero_image.storage, article.pk, keep=renditions.rendition_names(article.hero_renditions)
            )
        self.stdout.write(
            self.style.SUCCESS(
                f"{checked} Aufmacherbilder geprüft, für {made - failed} Bildvarianten erzeugt"
                + (f", {failed} nicht lesbar" if failed else "")
                + (f", {pruned} verwaiste Dateien gelöscht." if pruned else ".")
            )
        )
