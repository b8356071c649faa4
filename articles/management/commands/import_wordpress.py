"""
`python manage.py import_wordpress EXPORT.xml [--media-dir DIR] [--dry-run] [--download]`:
bring a WordPress site's posts, authors, categories, tags and images into RENEWZ, and let
its old addresses lead to the new ones (articles.wordpress; README „WordPress-Import“).

`--run ID` is how the admin starts it in the background (articles.admin.wordpress): the
progress and the report then go to that WordPressImport row as well.
"""
import os
import shutil
import tempfile
import time
from contextlib import ExitStack, contextmanager

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from articles.models import WordPressImport
from articles.wordpress.importer import Options, WordPressImporter
from articles.wordpress.wxr import ExportError

# The admin's progress row is written at most this often (seconds).
PROGRESS_INTERVAL = 1.0


class Command(BaseCommand):
    help = "Importiert einen WordPress-Export (WXR-Datei aus Werkzeuge → Daten exportieren)."

    def add_arguments(self, parser):
        parser.add_argument("export", nargs="?", help="Die WXR-Datei (.xml).")
        parser.add_argument("--media-dir", help="Eine Kopie von wp-content/uploads der alten Site.")
        parser.add_argument("--dry-run", action="store_true", help="Nur zeigen, was geschähe; nichts speichern.")
        parser.add_argument(
            "--download", action="store_true",
            help="Fehlende Bilder von der alten Site laden (mit Zeit- und Größenlimit).",
        )
        parser.add_argument("--run", type=int, help="Interner Aufruf aus der Verwaltung: die ID des WordPress-Imports.")

    def handle(self, *args, export=None, media_dir=None, dry_run=False, download=False, run=None, **options):
        job = None
        with ExitStack() as stack:
            if run is not None:
                job = WordPressImport.objects.filter(pk=run).first()
                if job is None:
                    raise CommandError(f"WordPress-Import {run} gibt es nicht.")
                export = stack.enter_context(local_path(job.export_file))
                media_dir, dry_run = job.media_dir or None, job.dry_run
            self.run_import(job, export, media_dir, dry_run, download)

    def run_import(self, job, export, media_dir, dry_run, download):
        if not export:
            raise CommandError("Bitte die WXR-Datei angeben: manage.py import_wordpress EXPORT.xml")
        if media_dir and not os.path.isdir(media_dir):
            raise CommandError(f"Medienordner „{media_dir}“ nicht gefunden.")
        try:
            with self.progress_bar(job) as progress:
                importer = WordPressImporter(
                    export, Options(media_dir=media_dir, dry_run=dry_run, download=download), progress=progress
                )
                report = importer.run()
        except (ExportError, OSError) as error:
            if job is not None:
                self.finish(job, WordPressImport.State.FAILED, str(error))
            raise CommandError(str(error)) from error
        except BaseException as error:
            if job is not None:
                self.finish(job, WordPressImport.State.FAILED, f"Abgebrochen: {type(error).__name__}: {error}")
            raise
        text = report.render()
        if job is not None:
            self.finish(job, WordPressImport.State.DONE, text)
        self.stdout.write(text)

    def finish(self, job, state, text):
        WordPressImport.objects.filter(pk=job.pk).update(state=state, report=text, updated_at=timezone.now())

    def progress_bar(self, job):
        command = self

        class Bar:
            def __enter__(self):
                self.bar = Progress(
                    TextColumn("WordPress-Import"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                    console=Console(stderr=True), disable=not command.stderr.isatty(),
                )
                self.bar.__enter__()
                self.task = self.bar.add_task("import", total=None)
                self.written = 0.0
                return self

            def __call__(self, processed, total):
                self.bar.update(self.task, completed=processed, total=total)
                now = time.monotonic()
                if job is not None and (now - self.written >= PROGRESS_INTERVAL or processed == total):
                    self.written = now
                    WordPressImport.objects.filter(pk=job.pk).update(
                        state=WordPressImport.State.RUNNING, processed=processed, total=total, updated_at=timezone.now()
                    )

            def __exit__(self, *exc):
                return self.bar.__exit__(*exc)

        return Bar()


@contextmanager
def local_path(field_file):
    """A file system path of the stored file: its own on disk, else (object storage) a
    temporary copy for as long as the import runs."""
    try:
        path = field_file.path
    except NotImplementedError:  # object storage has no paths
        path = None
    if path is not None:
        yield path
        return
    with tempfile.NamedTemporaryFile(suffix=".xml") as copy:
        with field_file.open("rb") as source:
            shutil.copyfileobj(source, copy)
        copy.flush()
        yield copy.name
