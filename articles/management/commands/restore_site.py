"""`python manage.py restore_site <folder>`: put a backup of backup_site back (database and
uploads). Refuses a database with content unless `--force`; checks the restored rows and files
against the backup's manifest. Run `migrate` afterwards (`make restore` does)."""
import time

from django.core.management.base import BaseCommand, CommandError

from articles.management.backups import BackupError, backup_restore, backup_summary


class Command(BaseCommand):
    help = "Spielt eine Sicherung von backup_site zurück (Datenbank und Uploads)."

    def add_arguments(self, parser):
        parser.add_argument("folder", metavar="ORDNER", help="der Ordner der Sicherung, z. B. var/backups/2026-12-01T2300")
        parser.add_argument(
            "--force",
            action="store_true",
            help="auch in eine Datenbank mit Inhalten zurückspielen: sie wird durch die Sicherung ersetzt",
        )

    def handle(self, *args, folder, force=False, **options):
        started = time.monotonic()
        try:
            manifest = backup_restore(folder, force=force)
        except BackupError as error:
            raise CommandError(str(error))
        summary, _ = backup_summary(manifest)
        self.stdout.write(
            self.style.SUCCESS(
                f"Sicherung vom {manifest['created_at']} zurückgespielt: {summary} – alle vorhanden "
                f"({time.monotonic() - started:.1f} s)."
            )
        )
