"""`python manage.py backup_site`: the database and the uploads into one dated folder
(`var/backups/<UTC date and time>/`; see articles/management/backups.py and README „Backups“)."""
from django.core.management.base import BaseCommand, CommandError

from articles.management.backups import BackupError, backup_create, backup_summary, default_root


class Command(BaseCommand):
    help = "Sichert Datenbank und Uploads (MEDIA_ROOT und PRIVATE_MEDIA_ROOT) in einen datierten Ordner unter var/backups/."

    def add_arguments(self, parser):
        parser.add_argument(
            "--into", metavar="ORDNER", help=f"Ordner, unter dem die Sicherung angelegt wird (Vorgabe: {default_root()})"
        )

    def handle(self, *args, into=None, **options):
        try:
            folder, manifest = backup_create(into)
        except BackupError as error:
            raise CommandError(str(error))
        summary, media_bytes = backup_summary(manifest)
        self.stdout.write(
            self.style.SUCCESS(
                f"Sicherung angelegt: {folder} ({summary}; "
                f"{_megabytes(manifest['database_bytes'] + media_bytes)} in {manifest['seconds']} s)."
            )
        )
        # The last line is the folder alone, for scripts: `make restore FROM=$(… | tail -1)`.
        self.stdout.write(str(folder))


def _megabytes(size):
    return f"{size / 1_000_000:.1f} MB".replace(".", ",")
