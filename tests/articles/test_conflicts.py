"""No lost work: edit conflicts are refused and explained, the soft lock names who else is editing,
and validation errors keep everything the editor typed."""
import json
import os
import re
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from django.contrib.auth.models import Permission, User
from django.db import connection
from django.test import Client
from django.utils import timezone
from taggit.models import Tag

from articles.admin import soft_lock
from articles.models import Article, RelatedLink
from tests.articles.concurrent_saves import save_twice_at_once
from tests.articles.test_revisions import change_url, edit
from tests.factories import image_upload, make_article, make_author, make_image, make_section, newsroom_member
from tests.admin_forms import admin_form_data

pytestmark = pytest.mark.django_db

PROJECT = Path(__file__).resolve().parents[2]


@pytest.fixture
def article():
    return make_article(
        "Landtag beschließt Haushalt", section=make_section("Politik"),
        authors=[make_author("Mara Schulz")], tags=["Landtag"], lead="Der alte Vorspann.",
    )


def save(client, article, page, **changes):
    return client.post(change_url(article), admin_form_data(page, **changes))


def test_second_save_is_refused_and_shows_what_the_other_editor_changed(lena, jonas, article):
    lena_page = lena.get(change_url(article))
    jonas_page = jonas.get(change_url(article))

    assert save(lena, article, lena_page, title="Landtag beschließt Doppelhaushalt", new_tags="Schulden").status_code == 302

    response = save(
        jonas, article, jonas_page, lead="Jonas’ neuer Vorspann.", new_tags="Finanzen",
        **{"related_links-0-url": "https://example.org/jonas", "related_links-0-title": "Jonas’ Link"},
    )
    assert response.status_code == 200
    html = response.text
    assert "Lena Hartmann hat diesen Artikel gespeichert" in html
    assert "Ihre Änderungen wurden nicht gespeichert" in html
    assert "Was Lena Hartmann geändert hat" in html
    assert "Landtag beschließt Haushalt" in html and "Landtag beschließt Doppelhaushalt" in html
    assert "Hinzugefügt: Schulden" in html
    assert "Trotzdem speichern (Änderungen von Lena Hartmann überschreiben)" in html
    # Jonas's input is all still in the form, the related-link row included.
    assert "Jonas’ neuer Vorspann." in html
    assert 'value="Finanzen"' in html
    assert 'value="https://example.org/jonas"' in html and 'value="Jonas’ Link"' in html
    # Nothing of it was saved, not even the inline rows.
    article.refresh_from_db()
    assert article.title == "Landtag beschließt Doppelhaushalt" and article.lead == "Der alte Vorspann."
    assert sorted(article.tags.names()) == ["Landtag", "Schulden"]
    assert not RelatedLink.objects.filter(article=article).exists()
    assert not Tag.objects.filter(name="Finanzen").exists()


def test_saving_again_without_the_tick_is_refused_again(lena, jonas, article):
    jonas_page = jonas.get(change_url(article))
    edit(lena, article, title="Lenas Titel")
    refused = save(jonas, article, jonas_page, lead="Jonas’ Vorspann.")
    assert refused.status_code == 200

    again = jonas.post(change_url(article), admin_form_data(refused))
    assert again.status_code == 200
    assert "Lena Hartmann hat diesen Artikel gespeichert" in again.text
    article.refresh_from_db()
    assert article.title == "Lenas Titel" and article.lead == "Der alte Vorspann."


def test_editor_overwrites_deliberately_after_reviewing_the_conflict(lena, jonas, article):
    jonas_page = jonas.get(change_url(article))
    edit(lena, article, title="Lenas Titel")
    refused = save(jonas, article, jonas_page, lead="Jonas’ Vorspann.")
    checkbox = re.search(r'name="overwrite_lock_version" value="(\d+)"', refused.text).group(1)

    response = jonas.post(change_url(article), admin_form_data(refused, overwrite_lock_version=checkbox, title="Lenas Titel"))
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title == "Lenas Titel" and article.lead == "Jonas’ Vorspann."


def test_a_tick_for_an_older_conflict_does_not_overwrite_a_newer_save(lena, jonas, article):
    jonas_page = jonas.get(change_url(article))
    edit(lena, article, title="Lenas erster Titel")
    refused = save(jonas, article, jonas_page, lead="Jonas’ Vorspann.")
    checkbox = re.search(r'name="overwrite_lock_version" value="(\d+)"', refused.text).group(1)
    edit(lena, article, title="Lenas zweiter Titel")

    response = jonas.post(change_url(article), admin_form_data(refused, overwrite_lock_version=checkbox))
    assert response.status_code == 200
    assert "Lenas zweiter Titel" in response.text
    article.refresh_from_db()
    assert article.title == "Lenas zweiter Titel" and article.lead == "Der alte Vorspann."


def test_a_bulk_publish_meanwhile_is_a_conflict_too(lena, jonas):
    draft = make_article("Ein Entwurf", public=False)
    jonas_page = jonas.get(change_url(draft))
    lena.post("/admin/articles/article/", {"action": "publish_selected", "_selected_action": [draft.pk]})

    response = save(jonas, draft, jonas_page, title="Jonas’ Titel")
    assert response.status_code == 200
    assert "Lena Hartmann hat diesen Artikel gespeichert" in response.text
    assert "Entwurf" in response.text and "Veröffentlicht" in response.text
    draft.refresh_from_db()
    assert draft.title == "Ein Entwurf" and draft.status == Article.Status.PUBLISHED


def test_the_same_editor_in_two_tabs_is_protected_as_well(lena, article):
    first_tab = lena.get(change_url(article))
    second_tab = lena.get(change_url(article))
    assert save(lena, article, second_tab, title="Aus dem zweiten Tab").status_code == 302
    response = save(lena, article, first_tab, title="Aus dem ersten Tab")
    assert response.status_code == 200
    assert "Lena Hartmann hat diesen Artikel gespeichert" in response.text


def test_saves_in_a_row_by_one_editor_never_conflict(lena, article):
    for title in ["Eins", "Zwei", "Drei"]:
        page = lena.get(change_url(article))
        assert save(lena, article, page, title=title).status_code == 302
    page = lena.get(change_url(article))
    response = lena.post(change_url(article), admin_form_data(page, title="Vier", _save=None, _continue="Sichern und weiter bearbeiten"))
    assert response.status_code == 302
    page = lena.get(response.url)
    assert save(lena, article, page, title="Fünf").status_code == 302
    article.refresh_from_db()
    assert article.title == "Fünf"


@pytest.mark.django_db(transaction=True)
def test_two_simultaneous_saves_cannot_both_pass(tmp_path):
    """Both editors press „Sichern“ at the same moment: one save wins, the other is refused."""
    if connection.vendor == "postgresql":
        outcome = save_twice_at_once()
    else:
        environment = {key: value for key, value in os.environ.items() if not key.startswith("DATABASE_URL")}
        result = subprocess.run(
            [sys.executable, "-m", "tests.articles.concurrent_saves"], cwd=PROJECT, capture_output=True, text=True,
            env={**environment, "RENEWZ_VAR_DIR": str(tmp_path), "DJANGO_SECRET_KEY": "x" * 50}, timeout=120,
        )
        assert result.returncode == 0, result.stderr
        outcome = json.loads(result.stdout.splitlines()[-1])
    assert sorted(outcome["codes"]) == [200, 302]
    loser = outcome["codes"].index(200)
    assert outcome["refusal_explained"][loser]
    assert outcome["lead"] == f"Vorspann {1 - loser}"
    assert outcome["lock_version"] == 1


# --- the soft lock ---------------------------------------------------------------------------

def test_change_form_names_who_else_has_the_article_open(lena, jonas, article, monkeypatch):
    five_past_two = timezone.make_aware(datetime(2026, 3, 2, 14, 5))
    monkeypatch.setattr(soft_lock.timezone, "now", lambda: five_past_two)
    lena_page = lena.get(change_url(article))
    assert "bearbeitet diesen Artikel gerade" not in lena_page.text

    jonas_page = jonas.get(change_url(article))
    since = "14:05"
    assert f"Lena Hartmann bearbeitet diesen Artikel gerade (seit {since})." in jonas_page.text
    assert "Jonas Becker bearbeitet" not in jonas_page.text
    assert "admin_extra/soft_lock.js" in jonas_page.text

    # Lena's page learns about Jonas with its next heartbeat.
    beat = lena.post(f"/admin/articles/article/{article.pk}/editing/", {"lock_version": article.lock_version})
    assert beat.status_code == 200
    assert beat.json() == {"editors": [f"Jonas Becker bearbeitet diesen Artikel gerade (seit {since})."], "stale": ""}


def test_soft_lock_expires_without_heartbeat_and_is_released_on_leaving(lena, jonas, article, monkeypatch):
    lena.get(change_url(article))
    later = timezone.now() + timedelta(seconds=soft_lock.PRESENCE_SECONDS + 5)
    monkeypatch.setattr(soft_lock.timezone, "now", lambda: later)
    assert "Lena Hartmann bearbeitet" not in jonas.get(change_url(article)).text

    lena.get(change_url(article))
    assert "Lena Hartmann bearbeitet" in jonas.get(change_url(article)).text
    lena.post(f"/admin/articles/article/{article.pk}/editing/", {"state": "closed"})
    assert "Lena Hartmann bearbeitet" not in jonas.get(change_url(article)).text


def test_leaving_a_page_that_was_reloaded_does_not_release_the_new_one(lena, jonas, article):
    first = lena.get(change_url(article))
    reloaded = lena.get(change_url(article))
    token = re.compile(r'data-page="([^"]+)"')
    assert token.search(first.text).group(1) != token.search(reloaded.text).group(1)
    # The browser sends the first page's goodbye after the reloaded page was rendered.
    lena.post(f"/admin/articles/article/{article.pk}/editing/", {"state": "closed", "page": token.search(first.text).group(1)})
    assert "Lena Hartmann bearbeitet" in jonas.get(change_url(article)).text
    lena.post(f"/admin/articles/article/{article.pk}/editing/", {"state": "closed", "page": token.search(reloaded.text).group(1)})
    assert "Lena Hartmann bearbeitet" not in jonas.get(change_url(article)).text


def test_heartbeat_keeps_the_soft_lock_and_saving_releases_it(lena, jonas, article, monkeypatch):
    page = lena.get(change_url(article))
    start = timezone.now()
    for seconds in (60, 120, 180):
        monkeypatch.setattr(soft_lock.timezone, "now", lambda seconds=seconds: start + timedelta(seconds=seconds))
        lena.post(f"/admin/articles/article/{article.pk}/editing/", {"lock_version": article.lock_version})
    assert "Lena Hartmann bearbeitet" in jonas.get(change_url(article)).text
    save(lena, article, page, title="Fertig")
    assert "Lena Hartmann bearbeitet" not in jonas.get(change_url(article)).text


def test_heartbeat_warns_when_someone_saved_meanwhile(lena, jonas, article):
    lena.get(change_url(article))
    edit(jonas, article, title="Jonas hat gespeichert")
    beat = lena.post(f"/admin/articles/article/{article.pk}/editing/", {"lock_version": "0"}).json()
    assert beat["stale"].startswith("Jonas Becker hat diesen Artikel um ")
    assert "wird nichts überschrieben" in beat["stale"]


def test_heartbeat_is_for_staff_with_csrf_token_and_post_only(article):
    url = f"/admin/articles/article/{article.pk}/editing/"
    assert Client().post(url).status_code == 302  # to the login page
    reader = User.objects.create_user("leser", password="geheim-genug-123")
    client = Client()
    client.force_login(reader)
    assert client.post(url).status_code == 302
    intern = User.objects.create_user("praktikant", password="geheim-genug-123", is_staff=True)
    intern.user_permissions.set(Permission.objects.filter(codename="view_article"))
    client.force_login(intern)
    assert client.post(url).status_code == 403
    editor = newsroom_member("lena", "Lena", "Hartmann")
    assert editor.get(url).status_code == 405
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(User.objects.get(username="lena"))
    assert strict.post(url).status_code == 403
    page = strict.get(change_url(article))
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
    assert strict.post(url, {"csrfmiddlewaretoken": token}).status_code == 200
    assert editor.post("/admin/articles/article/999999/editing/").status_code == 404


# --- validation errors keep the input -----------------------------------------------------------

def test_taken_slug_keeps_everything_the_editor_typed(lena, article):
    make_article("Schon vergeben", slug="schon-vergeben")
    page = lena.get(change_url(article))
    response = save(
        lena, article, page, slug="schon-vergeben", title="Mein neuer Titel", lead="Mein neuer Vorspann.",
        body="<p>Ein Absatz, den niemand verlieren möchte.</p>", new_tags="Neues Schlagwort",
        **{"related_links-0-url": "https://example.org/quelle", "related_links-0-title": "Meine Quelle"},
    )
    assert response.status_code == 200
    html = response.text
    assert "Artikel mit diesem Wert für das Feld Kurz-URL existiert bereits." in html
    for typed in ['value="Mein neuer Titel"', "Mein neuer Vorspann.", "Ein Absatz, den niemand verlieren möchte.",
                  'value="Neues Schlagwort"', 'value="https://example.org/quelle"', 'value="Meine Quelle"',
                  'value="schon-vergeben"', "Mara Schulz", ">Landtag</option>"]:
        assert typed in html
    article.refresh_from_db()
    assert article.title == "Landtag beschließt Haushalt"


def test_a_hero_image_without_alt_text_keeps_the_input_and_says_where_to_add_it(lena, article):
    image = make_image(image_upload("strasse.jpg"), alt="")
    page = lena.get(change_url(article))
    values = admin_form_data(page, title="Mit Bild", lead="Vorspann mit Bild.", hero_image=str(image.pk))
    response = lena.post(change_url(article), values)
    assert response.status_code == 200
    html = response.text
    assert "Das gewählte Bild hat noch keinen Alternativtext. Bitte ihn in der Bibliothek „Bilder“ ergänzen" in html
    assert 'value="Mit Bild"' in html and "Vorspann mit Bild." in html
    article.refresh_from_db()
    assert article.title == "Landtag beschließt Haushalt" and not article.hero_image


def test_a_byline_error_on_the_add_form_also_asks_for_the_image_again(lena):
    section = make_section()
    page = lena.get("/admin/articles/article/add/")
    values = admin_form_data(
        page, title="Neu mit Bild", section=str(section.pk), lead="Vorspann.", status="draft", hero_alt="Eine Straße",
    )
    response = lena.post("/admin/articles/article/add/", {**values, "hero_image": image_upload("strasse.jpg")})
    assert response.status_code == 200
    assert "Bitte mindestens eine Autorin oder einen Autor angeben." in response.text
    assert "Bitte wählen Sie das Bild erneut aus" in response.text
    assert 'value="Neu mit Bild"' in response.text
    assert not Article.objects.exists()
