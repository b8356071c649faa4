"""Autosave: what an editor types is kept as her own copy, never over the article, offered back
when she reopens the form, and gone once she saves or discards it."""
import json
import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client
from django.utils import timezone

from articles import roles
from articles.models import Article, ArticleAutosave
from tests.admin_forms import admin_form_data
from tests.factories import make_article, make_author, make_section

from .test_admin import article_form

pytestmark = pytest.mark.django_db

NEW = "/admin/articles/article/autosave/"


def autosave_url(article):
    return f"/admin/articles/article/{article.pk}/autosave/"


def typed(**fields):
    return json.dumps({"fields": fields, "labels": {}})


def offered_copy(response):
    """The copy the form offers back, as its script reads it (None: nothing offered)."""
    match = re.search(r'<script id="autosave-copy" type="application/json">(.*?)</script>', response.text, re.S)
    return json.loads(match.group(1)) if match else None


def page_token(response):
    return re.search(r'name="autosave_token" value="([^"]+)"', response.text).group(1)


def test_typing_is_kept_as_the_editors_own_copy_and_offered_back_not_written_to_the_article(client, editor):
    article = make_article("Haushalt beschlossen", public=False)
    answer = client.post(autosave_url(article), {
        "data": typed(title="Haushalt nach zehn Stunden beschlossen", body="<p>Neuer erster Absatz.</p>"),
        "lock_version": str(article.lock_version),
    })

    assert answer.status_code == 200
    assert answer.json()["saved"].startswith("Automatisch gespeichert um ")
    article.refresh_from_db()
    assert article.title == "Haushalt beschlossen"
    reopened = client.get(f"/admin/articles/article/{article.pk}/change/")
    assert "Automatisch gespeicherte Fassung vom " in reopened.text and " Uhr wiederherstellen" in reopened.text
    copy = offered_copy(reopened)
    assert copy["fields"]["title"] == "Haushalt nach zehn Stunden beschlossen"
    assert copy["fields"]["body"] == "<p>Neuer erster Absatz.</p>"
    assert copy["lock_version"] == article.lock_version  # restored, it still meets the edit-conflict check


def test_each_editor_gets_back_only_her_own_copy(lena, jonas):
    article = make_article("Haushalt beschlossen", public=False)
    lena.post(autosave_url(article), {"data": typed(title="Lenas Fassung")})
    jonas.post(autosave_url(article), {"data": typed(title="Jonas' Fassung")})

    assert offered_copy(lena.get(f"/admin/articles/article/{article.pk}/change/"))["fields"]["title"] == "Lenas Fassung"
    assert offered_copy(jonas.get(f"/admin/articles/article/{article.pk}/change/"))["fields"]["title"] == "Jonas' Fassung"
    assert ArticleAutosave.objects.filter(article=article).count() == 2


def test_a_copy_older_than_the_articles_last_save_is_not_offered(client, editor):
    article = make_article("Haushalt beschlossen", public=False)
    client.post(autosave_url(article), {"data": typed(title="Alte Zwischenfassung")})
    article.title = "Haushalt beschlossen, Opposition empört"
    article.save()  # a colleague saved after the copy was made

    reopened = client.get(f"/admin/articles/article/{article.pk}/change/")
    assert offered_copy(reopened) is None
    assert "wiederherstellen</button>" not in reopened.text


def test_saving_the_article_deletes_the_copy(client, editor):
    article = make_article("Haushalt beschlossen", public=False)
    client.post(autosave_url(article), {"data": typed(title="Haushalt beschlossen – mit Zahlen")})
    form = client.get(f"/admin/articles/article/{article.pk}/change/")

    saved = client.post(f"/admin/articles/article/{article.pk}/change/", admin_form_data(form, title="Haushalt beschlossen – mit Zahlen"))

    assert saved.status_code == 302
    assert not ArticleAutosave.objects.exists()
    assert offered_copy(client.get(f"/admin/articles/article/{article.pk}/change/")) is None


def test_a_new_articles_copy_is_offered_in_the_add_form_and_deleted_when_it_is_saved(client, editor):
    section, author = make_section("Politik"), make_author("Lena Hartmann")
    token = page_token(client.get("/admin/articles/article/add/"))
    client.post(NEW, {"token": token, "data": typed(title="Landtag beschließt Haushalt", section=str(section.pk))})

    offered = offered_copy(client.get("/admin/articles/article/add/"))
    assert offered["fields"]["title"] == "Landtag beschließt Haushalt"
    assert offered["token"] == token
    # Restored in the form, the copy's token goes with the form; saving the article drops the copy.
    data = article_form(section, [author], autosave_token=token)
    assert client.post("/admin/articles/article/add/", data).status_code == 302
    assert Article.objects.filter(title="Landtag beschließt Haushalt").exists()
    assert not ArticleAutosave.objects.exists()


def test_discarding_the_copy_deletes_it(client, editor):
    article = make_article("Haushalt beschlossen", public=False)
    client.post(autosave_url(article), {"data": typed(title="Verworfene Fassung")})

    assert client.post(autosave_url(article), {"action": "discard"}).json() == {"discarded": True}
    assert offered_copy(client.get(f"/admin/articles/article/{article.pk}/change/")) is None


def test_copies_older_than_a_week_are_not_offered_and_deleted_with_the_next_autosave(client, editor):
    article, other = make_article("Haushalt beschlossen", public=False), make_article("Wahl in Hessen", public=False)
    client.post(autosave_url(article), {"data": typed(title="Vergessene Fassung")})
    ArticleAutosave.objects.update(saved_at=timezone.now() - timedelta(days=8))
    Article.objects.update(updated_at=timezone.now() - timedelta(days=9))

    assert offered_copy(client.get(f"/admin/articles/article/{article.pk}/change/")) is None
    client.post(autosave_url(other), {"data": typed(title="Neue Fassung")})
    assert list(ArticleAutosave.objects.values_list("data__fields__title", flat=True)) == ["Neue Fassung"]


def test_an_author_may_not_autosave_a_colleagues_article_nor_staff_without_a_role_a_new_article(client):
    colleague = User.objects.create_user("kollegin", is_staff=True)
    published = make_article("Artikel der Kollegin", created_by=colleague)
    draft = make_article("Entwurf der Kollegin", public=False, created_by=colleague)
    author = User.objects.create_user("autorin", is_staff=True)
    author.groups.add(Group.objects.get(name=roles.AUTHOR))
    client.force_login(author)

    assert client.post(autosave_url(published), {"data": typed(title="Übernommen")}).status_code == 403
    # A colleague's draft she cannot even see: as if it did not exist.
    assert client.post(autosave_url(draft), {"data": typed(title="Übernommen")}).status_code == 404
    client.force_login(User.objects.create_user("praktikant", is_staff=True))
    assert client.post(NEW, {"token": "abc", "data": typed(title="Neu")}).status_code == 403
    assert not ArticleAutosave.objects.exists()


def test_an_author_autosaves_her_own_draft_and_a_new_article():
    author = User.objects.create_user("autorin", is_staff=True)
    author.groups.add(Group.objects.get(name=roles.AUTHOR))
    client = Client()
    client.force_login(author)
    draft = make_article("Mein Entwurf", public=False, created_by=author)

    assert client.post(autosave_url(draft), {"data": typed(title="Mein besserer Entwurf")}).status_code == 200
    assert client.post(NEW, {"token": "seite-1", "data": typed(title="Noch ohne Ressort")}).status_code == 200
    assert ArticleAutosave.objects.filter(user=author).count() == 2


@pytest.mark.parametrize("data", [
    "{kein json",
    "[1, 2]",
    json.dumps({"fields": {"title": 42}}),
    json.dumps({"fields": {"tags": [1]}}),
    json.dumps({"fields": {}, "labels": {"tags": "x"}}),
    json.dumps({"fields": {"body": "x" * 1_000_001}}),
    "",
])
def test_unreadable_data_is_refused_with_a_german_message_and_nothing_is_stored(client, editor, data):
    article = make_article("Haushalt beschlossen", public=False)

    answer = client.post(autosave_url(article), {"data": data})

    assert answer.status_code == 400
    assert answer.json()["error"].startswith("Die ")
    assert not ArticleAutosave.objects.exists()


def test_a_new_articles_copy_needs_the_forms_page_token(client, editor):
    for token in ("", "x" * 41, "<script>"):
        assert client.post(NEW, {"token": token, "data": typed(title="Neu")}).status_code == 400
    assert not ArticleAutosave.objects.exists()


def test_autosave_takes_only_posts_with_the_forms_csrf_token(editor):
    article = make_article("Haushalt beschlossen", public=False)
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(editor)

    assert browser.get(autosave_url(article)).status_code == 405
    assert browser.post(autosave_url(article), {"data": typed(title="Ohne Token")}).status_code == 403
    assert not ArticleAutosave.objects.exists()


def test_an_unknown_article_is_a_404(client, editor):
    assert client.post("/admin/articles/article/999999/autosave/", {"data": typed(title="x")}).status_code == 404


def test_a_copy_typed_before_a_colleagues_save_meets_the_edit_conflict_check_when_restored_and_saved(client, editor):
    article = make_article("Haushalt beschlossen", public=False)
    opened_at = article.lock_version
    form = client.get(f"/admin/articles/article/{article.pk}/change/")
    article.lead = "Lena hat den Vorspann umgeschrieben."
    article.save()  # Lena saves while the editor still types
    client.post(autosave_url(article), {"data": typed(title="Haushalt: die Zahlen"), "lock_version": str(opened_at)})

    copy = offered_copy(client.get(f"/admin/articles/article/{article.pk}/change/"))
    assert copy["lock_version"] == opened_at
    # The restored form carries the copy's version (autosave.js), so its save is refused, not written over Lena's.
    refused = client.post(f"/admin/articles/article/{article.pk}/change/", admin_form_data(
        form, title=copy["fields"]["title"], loaded_lock_version=str(copy["lock_version"])
    ))
    assert refused.status_code == 200
    assert "Bearbeitungskonflikt" in refused.text
    article.refresh_from_db()
    assert article.title == "Haushalt beschlossen" and article.lead == "Lena hat den Vorspann umgeschrieben."
    assert ArticleAutosave.objects.exists()  # nothing saved, so the copy stays


def test_a_form_shown_again_after_an_error_keeps_its_page_token_and_counts_as_unsaved(client, editor):
    token = page_token(client.get("/admin/articles/article/add/"))
    assert 'data-unsaved' not in client.get("/admin/articles/article/add/").text

    refused = client.post("/admin/articles/article/add/", article_form(make_section(), [make_author()], title="", autosave_token=token))

    assert refused.status_code == 200
    assert page_token(refused) == token  # the autosave keeps writing the same copy
    assert 'data-unsaved' in refused.text  # leaving asks first, and the input is autosaved
