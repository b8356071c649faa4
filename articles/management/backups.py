"""Backups of the whole site, database and uploads, into one dated folder, and their restore.

A backup folder (`var/backups/2026-12-01T2300/`, UTC) holds:

    manifest.json      when, which database, the applied migrations, the row counts and the
                       media files it holds (number and bytes); restore checks against it
    database.dump      PostgreSQL: `pg_dump --format=custom` (compressed, read by pg_restore)
    database.sqlite3   SQLite: a copy made with SQLite's online backup API
    media/             a copy of the default storage (MEDIA_ROOT, or its bucket): public uploads (author photos)
    private/           a copy of the private storage (PRIVATE_MEDIA_ROOT, or its bucket): library images and their renditions

Both database copies are consistent snapshots taken while the site runs. The database is
copied before the uploads, so every image it names is in the copy (an upload arriving
meanwhile may be in it too, unused). A backup is written under a hidden name and renamed
when complete: a folder with a dated name is a whole backup.
"""
import glob
import json
import os
import posixpath
import shutil
import sqlite3
import subprocess
import time
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import django
from django.conf import settings
from django.core.files import File
from django.core.files.storage import FileSystemStorage, storages
from django.db import connection, transaction
from django.db.backends.postgresql.client import DatabaseClient
from django.db.migrations.recorder import MigrationRecorder

from articles.management.site_content import counted_models, holds_content, row_counts
from articles.models import Section
from renewz import pagecache

MANIFEST = "manifest.json"
# The folders of a backup and the storages (settings.STORAGES) they copy: folders on disk or
# buckets of object storage (RENEWZ_MEDIA_STORAGE=s3).
UPLOAD_FOLDERS = {"media": "default", "private": "private"}
DATABASE_FILES = {"postgresql": "database.dump", "sqlite": "database.sqlite3"}
FOLDER_FORMAT = "%Y-%m-%dT%H%M"


class BackupError(Exception):
    """A backup or restore that cannot be done; the message is German, for the operator."""


def default_root():
    return Path(settings.VAR_DIR) / "backups"


# --------------------------------------------------------------------------------- backup


def backup_create(root=None):
    """Back up the database and the upload folders into a new dated folder under `root`;
    return the folder and its manifest."""
    root = Path(root or default_root())
    vendor = _vendor()
    if "django_migrations" not in connection.introspection.table_names():
        raise BackupError("Die Datenbank hat keine Tabellen (noch nicht migriert): nichts zu sichern.")
    started = time.monotonic()
    root.mkdir(parents=True, exist_ok=True)
    name = _free_name(root, datetime.now(UTC).strftime(FOLDER_FORMAT))
    partial = root / f".{name}.partial"
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(mode=0o700)  # password hashes and unpublished articles: for the operator only
    try:
        database = partial / DATABASE_FILES[vendor]
        if vendor == "postgresql":
            counts, migrations = _pg_dump(database)
        else:
            counts, migrations = _sqlite_copy(database)
        media = {name: _copy_media(upload_storage(name), partial / name) for name in UPLOAD_FOLDERS}
        manifest = {
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "database": vendor,
            "database_file": database.name,
            "database_bytes": database.stat().st_size,
            "django": django.get_version(),
            "migrations": migrations,
            "counts": counts,
            "media": media,
            "seconds": round(time.monotonic() - started, 2),
        }
        (partial / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
        folder = root / name
        partial.rename(folder)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return folder, manifest


def _free_name(root, stamp):
    """The folder name for a backup made now: a second one within the minute gets `-2`."""
    name, number = stamp, 1
    while (root / name).exists():
        number += 1
        name = f"{stamp}-{number}"
    return name


def _newest_migrations(applied):
    """The newest applied migration of each app, from (app, name) pairs: what a restore of
    an older backup has to migrate from."""
    newest = {}
    for app, migration in applied:
        newest[app] = max(newest.get(app, migration), migration)
    return dict(sorted(newest.items()))


def upload_storage(name):
    return storages[UPLOAD_FOLDERS[name]]


def _on_disk(storage):
    return isinstance(storage, FileSystemStorage)


def _copy_media(storage, target):
    if not _on_disk(storage):
        target.mkdir()
        for name in stored_names(storage):
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            with storage.open(name, "rb") as source, open(target / name, "wb") as copy:
                shutil.copyfileobj(source, copy)
    elif Path(storage.location).is_dir():
        shutil.copytree(storage.location, target)
    else:
        target.mkdir()
    return _media_summary(target)


def stored_names(storage, folder=""):
    """The names of all files in a storage (below `folder`)."""
    directories, files = storage.listdir(folder)
    for file_name in files:
        yield posixpath.join(folder, file_name)
    for directory in directories:
        yield from stored_names(storage, posixpath.join(folder, directory))


def _put_back(folder, storage):
    """Files of the backup replace those of the same name; others stay (no upload is lost)."""
    if _on_disk(storage):
        shutil.copytree(folder, storage.location, dirs_exist_ok=True)
        return
    for path in folder.rglob("*"):
        if path.is_file():
            name = path.relative_to(folder).as_posix()
            storage.delete(name)
            with open(path, "rb") as file:
                storage.save(name, File(file))


def _media_summary(folder):
    files = [path for path in Path(folder).rglob("*") if path.is_file()]
    return {"files": len(files), "bytes": sum(path.stat().st_size for path in files)}


def backup_summary(manifest):
    """What a backup holds, as the commands report it, and the bytes of its upload files."""
    counts = manifest["counts"]
    files = sum(folder["files"] for folder in manifest["media"].values())
    media_bytes = sum(folder["bytes"] for folder in manifest["media"].values())
    text = (
        f"{counts['articles']} Artikel, {counts['authors']} Autor/innen, {counts['tags']} Schlagwörter, "
        f"{counts['revisions']} Fassungen, {files} Dateien"
    )
    return text, media_bytes


# -------------------------------------------------------------------------------- restore


def backup_read(folder):
    """The manifest of a backup folder, or a German error if it is none."""
    folder = Path(folder)
    try:
        manifest = json.loads((folder / MANIFEST).read_text())
    except FileNotFoundError:
        raise BackupError(f"{folder} ist keine Sicherung: {MANIFEST} fehlt.")
    except (OSError, ValueError) as error:
        raise BackupError(f"{folder / MANIFEST} ist nicht lesbar: {error}")
    database = folder / manifest.get("database_file", "")
    if manifest.get("database") not in DATABASE_FILES or not database.is_file():
        raise BackupError(f"{folder} ist unvollständig: die Datenbankdatei fehlt.")
    return manifest


def backup_restore(folder, *, force=False):
    """Put the database and the uploads of a backup back; return its manifest.

    Refuses a database that holds content unless `force` (it is then replaced). Afterwards
    the restored rows and files are compared with the manifest."""
    folder = Path(folder)
    manifest = backup_read(folder)
    vendor = _vendor()
    if manifest["database"] != vendor:
        raise BackupError(
            f"Die Sicherung ist aus einer {_name(manifest['database'])}-Datenbank, diese Seite nutzt "
            f"{_name(vendor)}: eine Sicherung lässt sich nur in dieselbe Art Datenbank zurückspielen."
        )
    if not force and holds_content():
        raise BackupError(
            "Die Datenbank enthält schon Inhalte: nichts geändert. Mit --force (make restore … FORCE=1) "
            "wird sie durch die Sicherung ersetzt; vorher eine Sicherung des jetzigen Stands anlegen "
            "(make backup)."
        )
    database = folder / manifest["database_file"]
    if vendor == "postgresql":
        _pg_restore(database)
    else:
        connection.ensure_connection()
        _sqlite_copy_into(database, connection.connection)
    for name in UPLOAD_FOLDERS:
        if (folder / name).is_dir():
            _put_back(folder / name, upload_storage(name))
    _forget_cached_pages()
    _check_restored(folder, manifest)
    return manifest


def _check_restored(folder, manifest):
    counts = row_counts()
    differing = [
        f"{name}: {counts.get(name, 0)} statt {expected}"
        for name, expected in manifest["counts"].items()
        if counts.get(name, 0) != expected
    ]
    missing = [
        path.relative_to(folder)
        for name in UPLOAD_FOLDERS
        for path in (folder / name).rglob("*")
        if path.is_file() and not upload_storage(name).exists(path.relative_to(folder / name).as_posix())
    ]
    if missing:
        differing.append(f"{len(missing)} Dateien fehlen, z. B. {missing[0]}")
    if differing:
        raise BackupError("Die Wiederherstellung ist unvollständig: " + "; ".join(differing))


def _forget_cached_pages():
    """Pages, the menu and fragments cached before the restore show the old content."""
    pagecache.content_changed()
    Section.objects.forget_navigation()


# ------------------------------------------------------------------------------ databases


def _vendor():
    vendor = connection.vendor
    if vendor not in DATABASE_FILES:
        raise BackupError(f"Sicherungen gibt es für PostgreSQL und SQLite, nicht für {vendor}.")
    return vendor


def _name(vendor):
    return {"postgresql": "PostgreSQL", "sqlite": "SQLite"}.get(vendor, vendor)


def _sqlite_copy(path):
    """SQLite's online backup: a consistent copy, even while the site writes; returns the
    copy's row counts and migrations, read from the copy itself."""
    connection.ensure_connection()
    with closing(sqlite3.connect(path)) as copy:
        connection.connection.backup(copy)
        tables = {name for (name,) in copy.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        counts = {
            name: copy.execute(f'SELECT count(*) FROM "{model._meta.db_table}"').fetchone()[0]
            if model._meta.db_table in tables
            else 0
            for name, model in counted_models().items()
        }
        applied = copy.execute("SELECT app, name FROM django_migrations") if "django_migrations" in tables else []
        return counts, _newest_migrations(applied)


def _sqlite_copy_into(source_path, target):
    """Replace the whole database behind `target` with the copy, in one step."""
    if target.in_transaction:
        raise BackupError("Die Datenbank ist mitten in einer Transaktion: Wiederherstellung abgebrochen.")
    with closing(sqlite3.connect(f"file:{source_path}?mode=ro", uri=True)) as source:
        try:
            source.backup(target)
        except sqlite3.Error as error:  # e.g. locked by a running server: nothing was replaced
            raise BackupError(f"SQLite hat die Wiederherstellung abgelehnt, nichts geändert: {error}")


def _pg_dump(path):
    """pg_dump of the snapshot in which the rows are counted (exported to it), so the
    manifest's counts are those of the dump even while the site writes."""
    with transaction.atomic(using=connection.alias):
        with connection.cursor() as cursor:
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            cursor.execute("SELECT pg_export_snapshot()")
            (snapshot,) = cursor.fetchone()
        counts = row_counts()
        migrations = _newest_migrations(MigrationRecorder(connection).applied_migrations())
        _pg_run("pg_dump", "--format=custom", "--no-password", f"--snapshot={snapshot}", f"--file={path}")
    return counts, migrations


def _pg_restore(path):
    # Our own session must hold no locks on the tables pg_restore drops and recreates.
    connection.close()
    _pg_run(
        "pg_restore",
        "--clean",
        "--if-exists",
        "--no-owner",
        "--no-privileges",
        "--single-transaction",  # all or nothing: a failed restore leaves the database as it was
        "--exit-on-error",
        "--no-password",
        f"--dbname={connection.settings_dict['NAME']}",
        str(path),
    )


def _pg_run(tool, *args):
    """Run a PostgreSQL client program against the site's database; the password goes in
    the environment (never on the command line, where `ps` shows it)."""
    params = connection.settings_dict
    _, env = DatabaseClient.settings_to_cmd_args_env(params, [])
    env = {**os.environ, **(env or {})}
    for variable, key in (("PGHOST", "HOST"), ("PGPORT", "PORT"), ("PGUSER", "USER"), ("PGDATABASE", "NAME")):
        if params.get(key):
            env[variable] = str(params[key])
    result = subprocess.run([pg_program(tool), *args], env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise BackupError(f"{tool} ist fehlgeschlagen (Code {result.returncode}): {result.stderr.strip()}")


def pg_program(tool):
    """A PostgreSQL client program: from PATH (Debian's wrapper picks the right version),
    else from the newest /usr/lib/postgresql/<version>/bin, where tests/postgres_server.py
    finds the server."""
    found = shutil.which(tool)
    if found:
        return found
    bindirs = sorted(
        glob.glob("/usr/lib/postgresql/*/bin"),
        key=lambda path: int(Path(path).parent.name) if Path(path).parent.name.isdigit() else 0,
        reverse=True,
    )
    for bindir in bindirs:
        candidate = Path(bindir) / tool
        if os.access(candidate, os.X_OK):
            return str(candidate)
    raise BackupError(
        f"{tool} nicht gefunden: bitte die PostgreSQL-Client-Programme installieren (Debian: postgresql-client)."
    )
