"""An operator backs the site up and restores it: `backup_site` / `restore_site` (make backup,
make restore). The suite runs on SQLite and on PostgreSQL, so both ways are tested."""
import io
import json
from pathlib import Path

import pytest
import reversion
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command
from django.db import connection
from reversion.models import Revision, Version
from taggit.models import Tag

from articles.management import backups
from articles.models import Article, Author, Section
from tests.factories import image_upload, make_article, make_author, make_section

# Restoring replaces the database under the test's feet (pg_restore works in its own session):
# every test here commits its rows.
pytestmark = pytest.mark.django_db(transaction=True)


def populated_site():
    """Two Ressorts, three Autor/innen, tags, public and draft articles with images, revisions."""
    politik, wirtschaft = make_section("Politik"), make_section("Wirtschaft")
    lena, jonas, mira = make_author("Lena Hartmann"), make_author("Jonas Brenner"), make_author("Mira Olsen")
    articles = [
        make_article("Landtag beschließt Haushalt", section=politik, authors=[lena, jonas], tags=["Landtag", "Haushalt"],
                     hero_image=image_upload("landtag.jpg"), hero_alt="Plenarsaal"),
        make_article("Mittelstand investiert", section=wirtschaft, authors=[jonas], tags=["Mittelstand"],
                     hero_image=image_upload("werk.png", image_format="PNG"), hero_alt="Werkhalle"),
        make_article("Bitcoin über 90.000 Euro", section=wirtschaft, authors=[mira], tags=["Krypto", "Bitcoin"]),
        make_article("Entwurf: Wahlrecht", section=politik, authors=[lena], tags=["Wahlen"], public=False,
                     hero_image=image_upload("wahl.jpg"), hero_alt="Wahlurne"),
    ]
    editor = User.objects.create_user("redakteurin", password="geheim-genug-123", is_staff=True)
    for article in articles:
        with reversion.create_revision():
            reversion.set_user(editor)
            reversion.add_to_revision(article)
    return articles


def snapshot(*upload_roots):
    """What a reader, an editor and the admin would miss: every row and every uploaded file."""
    return {
        "articles": sorted(Article.objects.values_list("slug", "title", "status", "hero_image__file", "hero_image__alt")),
        "authors": sorted(Author.objects.values_list("name", flat=True)),
        "sections": sorted(Section.objects.values_list("name", flat=True)),
        "tags": sorted(Tag.objects.values_list("name", "slug")),
        "revisions": Revision.objects.count(),
        "versions": Version.objects.count(),
        "users": sorted(User.objects.values_list("username", flat=True)),
        "files": sorted(
            (str(path.relative_to(root)), path.read_bytes())
            for root in upload_roots
            for path in root.rglob("*")
            if path.is_file()
        ),
    }


def backup(root):
    out = io.StringIO()
    call_command("backup_site", "--into", str(root), stdout=out)
    return Path(out.getvalue().strip().splitlines()[-1])


def restore(folder, *options):
    out = io.StringIO()
    call_command("restore_site", str(folder), *options, stdout=out)
    return out.getvalue()


def make_database_fresh():
    """As after `createdb`: no tables at all, not even Django's migration records."""
    connection.close()
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("DROP SCHEMA public CASCADE")
            cursor.execute("CREATE SCHEMA public")
        else:
            cursor.execute("PRAGMA foreign_keys = OFF")
            tables = connection.introspection.table_names(cursor)
            for table in tables:
                cursor.execute(f'DROP TABLE "{table}"')
    assert connection.introspection.table_names() == []


def test_backup_restores_every_article_author_tag_revision_and_image_into_a_fresh_database(settings, tmp_path):
    articles = populated_site()
    uploads = Path(settings.MEDIA_ROOT), Path(settings.PRIVATE_MEDIA_ROOT)
    before = snapshot(*uploads)
    assert len(before["files"]) > 3  # the three uploads and their renditions

    folder = backup(tmp_path / "backups")

    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["database"] == connection.vendor
    assert manifest["counts"]["articles"] == 4 and manifest["counts"]["revisions"] == 4
    assert sum(folder["files"] for folder in manifest["media"].values()) == len(before["files"])
    make_database_fresh()
    for root in uploads:
        for path in sorted(root.rglob("*"), reverse=True):
            path.unlink() if path.is_file() else path.rmdir()
    with pytest.raises(CommandError, match="keine Tabellen"):  # nothing to back up: said, not an empty backup
        backup(tmp_path / "backups")

    summary = restore(folder)

    assert "zurückgespielt: 4 Artikel, 3 Autor/innen, 6 Schlagwörter, 4 Fassungen" in summary
    assert snapshot(*uploads) == before
    restored = Article.objects.get(slug=articles[0].slug)
    assert restored.hero_image.file.storage.exists(restored.hero_image.file.name)
    assert [author.name for author in restored.ordered_authors] == ["Lena Hartmann", "Jonas Brenner"]
    assert Version.objects.get_for_object(restored).count() == 1


def test_a_site_restored_from_a_backup_shows_its_articles(client, settings, tmp_path):
    articles = populated_site()
    folder = backup(tmp_path / "backups")
    make_database_fresh()

    restore(folder)

    response = client.get(articles[0].get_absolute_url())
    assert response.status_code == 200 and "Landtag beschließt Haushalt" in response.text
    assert client.get("/thema/landtag/").status_code == 200
    assert client.get(articles[3].get_absolute_url()).status_code == 404  # the draft stays a draft


def test_restore_refuses_a_database_with_content_unless_forced(tmp_path):
    populated_site()
    folder = backup(tmp_path / "backups")
    later = make_article("Nach der Sicherung geschrieben", section=make_section("Kultur"))

    with pytest.raises(CommandError, match="Die Datenbank enthält schon Inhalte: nichts geändert"):
        restore(folder)
    assert Article.objects.filter(pk=later.pk).exists()

    restore(folder, "--force")

    assert not Article.objects.filter(pk=later.pk).exists()
    assert Article.objects.count() == 4


def test_a_freshly_migrated_database_counts_as_empty(tmp_path):
    populated_site()
    folder = backup(tmp_path / "backups")
    call_command("flush", "--noinput")  # tables without rows: like `migrate` on a new database

    restore(folder)

    assert Article.objects.count() == 4


def test_a_second_backup_within_the_minute_gets_its_own_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(backups, "FOLDER_FORMAT", "2026-12-01T2300")  # both in the same minute
    populated_site()
    first, second = backup(tmp_path / "backups"), backup(tmp_path / "backups")

    assert (first.name, second.name) == ("2026-12-01T2300", "2026-12-01T2300-2")
    assert sorted(path.name for path in (tmp_path / "backups").iterdir()) == [first.name, second.name]


def test_restore_of_a_folder_that_is_no_backup_says_so_and_changes_nothing(tmp_path):
    populated_site()
    (tmp_path / "leer").mkdir()

    with pytest.raises(CommandError, match="ist keine Sicherung: manifest.json fehlt"):
        restore(tmp_path / "leer", "--force")
    assert Article.objects.count() == 4


def test_a_backup_restores_only_into_the_kind_of_database_it_came_from(tmp_path):
    populated_site()
    folder = backup(tmp_path / "backups")
    manifest_path = folder / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    manifest["database"] = "sqlite" if connection.vendor == "postgresql" else "postgresql"
    manifest_path.write_text(json.dumps(manifest))
    later = make_article("Nach der Sicherung geschrieben")

    with pytest.raises(CommandError, match="nur in dieselbe Art Datenbank zurückspielen"):
        restore(folder, "--force")
    assert Article.objects.filter(pk=later.pk).exists() and Article.objects.count() == 5
