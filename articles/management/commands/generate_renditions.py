"""
`python manage.py generate_renditions`: make the responsive renditions of library images.

Saving an image makes them by itself; this command is for images loaded in bulk, and after
changing the widths or quality in images/renditions.py (which makes every existing set
outdated). Images whose renditions still fit are skipped, unless `--force` is given. Files
in an image's rendition folder that its manifest does not list (left by an interrupted save)
are deleted.
"""
from django.core.management.base import BaseCommand
from django.db import transaction

from images import renditions
from images.models import Image


class Command(BaseCommand):
    help = "Erzeugt fehlende oder veraltete Bildvarianten (WebP/JPEG, mehrere Breiten) der Bilder in der Bibliothek."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Auch passende Bildvarianten neu erzeugen.")
        parser.add_argument("--image", type=int, action="append", dest="image_ids", help="Nur dieses Bild (ID); mehrfach möglich.")

    def handle(self, *args, force=False, image_ids=None, **options):
        images = Image.objects.order_by("pk")
        if image_ids:
            images = images.filter(pk__in=image_ids)
        made = checked = failed = pruned = 0
        for image in images.iterator(chunk_size=200):
            checked += 1
            with transaction.atomic():
                if image.refresh_renditions(force=force, write=False):
                    image.save(update_fields=["renditions"])  # texts showing the image follow (articles.receivers)
                    made += 1
                    if not image.renditions:
                        failed += 1
                        self.stderr.write(f"Bild {image.pk}: Datei „{image.file.name}“ nicht lesbar.")
            pruned += renditions.prune(image.file.storage, image.pk, keep=renditions.rendition_names(image.renditions))
        self.stdout.write(
            self.style.SUCCESS(
                f"{checked} Bilder geprüft, für {made - failed} Bildvarianten erzeugt"
                + (f", {failed} nicht lesbar" if failed else "")
                + (f", {pruned} verwaiste Dateien gelöscht." if pruned else ".")
            )
        )
