"""The Administration starts an import in the admin: upload, then watch it run."""
import pytest
from django.contrib.auth.models import Group, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client

from articles import roles
from articles.admin import wordpress as wordpress_admin
from articles.models import Article, WordPressImport

from .wxr import author, export, item

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/articles/wordpressimport/add/"


def member_of(role):
    user = User.objects.create_user(f"user-{role}", is_staff=True)
    user.groups.add(Group.objects.get(name=role))
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def started(monkeypatch):
    """The processes the admin starts, as command lines; `run_them()` runs each as the process would."""
    commands = []

    def record(job):
        commands.append(job.pk)

    monkeypatch.setattr(wordpress_admin, "launch", record)

    def run_them():
        for pk in commands:
            call_command("import_wordpress", "--run", str(pk))

    record.run_them = run_them
    return record, commands


def upload(data=None, name="export.xml", **fields):
    data = data or export(author("anna", "Anna"), item(1, "Aus dem Admin", content="<p>Text.</p>"))
    return {"export_file": SimpleUploadedFile(name, data, content_type="text/xml"), "media_dir": "", **fields}


def test_the_administration_uploads_an_export_and_watches_it_finish(django_capture_on_commit_callbacks, started):
    record, commands = started
    client = member_of(roles.ADMINISTRATION)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(ADD_URL, upload())
    job = WordPressImport.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/admin/articles/wordpressimport/{job.pk}/change/"
    assert commands == [job.pk]  # started once the upload is saved, not inside the request

    page = client.get(response["Location"]).content.decode()
    assert "wird gestartet" in page and 'http-equiv="refresh"' in page

    record.run_them()
    job.refresh_from_db()
    assert job.state == WordPressImport.State.DONE and job.processed == job.total == 1
    page = client.get(f"/admin/articles/wordpressimport/{job.pk}/change/").content.decode()
    assert "Import abgeschlossen." in page and "veröffentlicht: 1 → 1" in page
    assert 'http-equiv="refresh"' not in page
    assert Article.objects.get().title == "Aus dem Admin"


def test_a_dry_run_from_the_admin_writes_no_article(django_capture_on_commit_callbacks, started):
    record, _ = started
    client = member_of(roles.ADMINISTRATION)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(ADD_URL, upload(dry_run="on"))
    record.run_them()
    assert "Probelauf" in WordPressImport.objects.get().report
    assert not Article.objects.exists()


@pytest.mark.parametrize("role", [roles.EDITOR, roles.AUTHOR])
def test_only_the_administration_may_import(role, started):
    _, commands = started
    client = member_of(role)
    assert client.get(ADD_URL).status_code == 403
    assert client.post(ADD_URL, upload()).status_code == 403
    assert not WordPressImport.objects.exists() and commands == []


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"data": b"<html></html>"}, "kein WordPress-Export"),
        ({"name": "export.zip"}, "Bitte die XML-Datei aus WordPress"),
        ({"media_dir": "/gibt/es/nicht"}, "Den Ordner „/gibt/es/nicht“ gibt es auf dem Server nicht."),
    ],
)
def test_a_wrong_upload_gets_a_german_message_and_starts_nothing(fields, message, started):
    _, commands = started
    client = member_of(roles.ADMINISTRATION)
    response = client.post(ADD_URL, upload(**fields))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not WordPressImport.objects.exists() and commands == []


def test_a_broken_export_ends_the_run_with_its_reason(django_capture_on_commit_callbacks, started):
    record, _ = started
    client = member_of(roles.ADMINISTRATION)
    broken = export(item(1, "x")).replace(b"</channel>", b"")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(ADD_URL, upload(broken))
    with pytest.raises(Exception):
        record.run_them()
    job = WordPressImport.objects.get()
    assert job.state == WordPressImport.State.FAILED
    assert "kein lesbarer WordPress-Export" in job.report


def test_the_uploaded_export_is_not_reachable_from_the_web(django_capture_on_commit_callbacks, started):
    client = member_of(roles.ADMINISTRATION)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(ADD_URL, upload())
    name = WordPressImport.objects.get().export_file.name
    assert Client().get(f"/bild/{name}").status_code == 404
    assert client.get(f"/bild/{name}").status_code == 404


def test_the_administration_sees_the_old_addresses_and_where_they_lead(run_import):
    run_import(export(author("anna", "Anna"), item(7, "Gipfel", name="gipfel", content="<p>Text.</p>")))
    page = member_of(roles.ADMINISTRATION).get("/admin/articles/wordpressredirect/?q=gipfel").content.decode()
    assert "/2024/05/01/gipfel/" in page and "/artikel/gipfel/" in page
    assert member_of(roles.EDITOR).get("/admin/articles/wordpressredirect/").status_code == 403
