"""Old revisions and deleted articles follow the change view's rules, over HTTP.

Each role, on its own and on a colleague's article in each state, opens an old revision, restores
it, and recovers the article: the answer, that a refused request changed nothing in the database,
and that it names no title. What is allowed leaves a revision and an admin log entry, like every
other change.
"""
from datetime import timedelta

import pytest
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth.models import Group, User
from django.contrib.messages import get_messages
from django.test import Client
from django.utils import timezone
from reversion.models import Revision, Version

from articles import roles
from articles.models import Article, Byline
from articles.revisions import article_revisions_record
from tests.admin_forms import admin_form_data
from tests.factories import make_article, make_author

pytestmark = pytest.mark.django_db

OLD_TITLE = "Geheimplan, erste Fassung"
TITLE = "Geheimplan, zweite Fassung"

ROLES = [roles.AUTHOR, roles.EDITOR, roles.ADMINISTRATION, None]  # None: staff without a role
OK = "ok"
GONE, REFUSED = 404, 403  # GONE: she may not even see it (or it is not there to restore)
NO_RIGHTS = REFUSED  # staff without a role: no article rights at all

# An old revision of an article: open it (view) or restore it (revert); the same answer for both.
# Read a row as: whose article, its state, then Autor/in, Redaktion, Administration, ohne Rolle.
REVISION = [
    ("own", "draft",                 OK,      OK, OK, NO_RIGHTS),
    ("own", "review",                REFUSED, OK, OK, NO_RIGHTS),
    ("own", "scheduled",             REFUSED, OK, OK, NO_RIGHTS),
    ("own", "published",             REFUSED, OK, OK, NO_RIGHTS),
    ("own", "unpublished",           REFUSED, OK, OK, NO_RIGHTS),
    ("own", "deleted",               GONE,    GONE, GONE, NO_RIGHTS),
    ("own", "deleted_published",     GONE,    GONE, GONE, NO_RIGHTS),
    ("other", "draft",               GONE,    OK, OK, NO_RIGHTS),
    ("other", "review",              GONE,    OK, OK, NO_RIGHTS),
    ("other", "scheduled",           GONE,    OK, OK, NO_RIGHTS),
    ("other", "published",           REFUSED, OK, OK, NO_RIGHTS),
    ("other", "unpublished",         GONE,    OK, OK, NO_RIGHTS),
    ("other", "deleted",             GONE,    GONE, GONE, NO_RIGHTS),
    ("other", "deleted_published",   GONE,    GONE, GONE, NO_RIGHTS),
]
# Recovering: only deleted articles, and only by whoever may delete them (an author: her drafts).
RECOVER = [
    *[(whose, state, GONE, GONE, GONE, NO_RIGHTS)
      for whose in ("own", "other") for state in ("draft", "review", "scheduled", "published", "unpublished")],
    ("own", "deleted",               OK,      OK, OK, NO_RIGHTS),
    ("own", "deleted_published",     REFUSED, OK, OK, NO_RIGHTS),
    ("other", "deleted",             GONE,    OK, OK, NO_RIGHTS),
    ("other", "deleted_published",   REFUSED, OK, OK, NO_RIGHTS),
]


def cases():
    for action, table in (("view", REVISION), ("revert", REVISION), ("recover", RECOVER)):
        for whose, state, *answers in table:
            for role, answer in zip(ROLES, answers):
                yield pytest.param(role, whose, state, action, answer, id=f"{role or 'ohne Rolle'}-{whose}-{state}-{action}")


def article_in(state, owner):
    """An article with two revisions (OLD_TITLE, then TITLE), in `state`; deleted ones after both."""
    now = timezone.now().replace(microsecond=0)  # as the admin's date and time fields give it back
    status, published_at = {
        "draft": (Article.Status.DRAFT, None),
        "review": (Article.Status.REVIEW, None),
        "scheduled": (Article.Status.PUBLISHED, now + timedelta(days=1)),
        "published": (Article.Status.PUBLISHED, now - timedelta(hours=1)),
        "unpublished": (Article.Status.UNPUBLISHED, now - timedelta(days=2)),
        "deleted": (Article.Status.DRAFT, None),
        "deleted_published": (Article.Status.PUBLISHED, now - timedelta(hours=1)),
    }[state]
    article = make_article(OLD_TITLE, public=False, status=status, published_at=published_at, created_by=owner)
    article_revisions_record([article.pk], owner, "Erste Fassung")
    old_version = Version.objects.get_for_object(article).get()
    article.title = TITLE
    article.save()
    article_revisions_record([article.pk], owner, "Zweite Fassung")
    article_pk = article.pk
    if state.startswith("deleted"):
        article.delete()
    return article_pk, old_version.pk


def staff_client(username, role):
    user = User.objects.create_user(username, is_staff=True)
    if role:
        user.groups.add(Group.objects.get(name=role))
    client = Client()
    client.force_login(user)
    return user, client


def stored(article_pk):
    """Everything a restore or recovery would write."""
    return (
        list(Article.objects.filter(pk=article_pk).values()),
        list(Byline.objects.filter(article_id=article_pk).values()),
        Version.objects.count(), Revision.objects.count(), LogEntry.objects.count(),
    )


def assert_names_no_title(response):
    shown = [response.content.decode(), *(str(message) for message in get_messages(response.wsgi_request))]
    for text in shown:
        assert "Geheimplan" not in text
        assert "Could not load" not in text


def form_data(client, url):
    """What the form on `url` would post, read as a superuser sees it; a crafted POST where there is none."""
    page = client.get(url)
    if page.status_code == 200:
        return admin_form_data(page)
    return {"title": "Von außen", "_save": "Sichern"}


@pytest.mark.parametrize("role, whose, state, action, answer", list(cases()))
def test_restore_and_recover_follow_the_change_views_rules(admin_user, role, whose, state, action, answer):
    user, client = staff_client("tester", role)
    colleague = User.objects.create_user("kollegin", is_staff=True)
    article_pk, old_version = article_in(state, user if whose == "own" else colleague)
    if action == "recover":
        latest = Version.objects.get_for_model(Article).filter(object_id=str(article_pk)).latest("pk")
        url = f"/admin/articles/article/recover/{latest.pk}/"
    else:
        url = f"/admin/articles/article/{article_pk}/history/{old_version}/"
    superuser = Client()
    superuser.force_login(admin_user)
    data = form_data(superuser, url) if action != "view" else None
    before = stored(article_pk)
    versions_before = Version.objects.get_for_model(Article).filter(object_id=str(article_pk)).count()

    if action == "view" or (action == "recover" and answer != OK):
        page = client.get(url)
        assert stored(article_pk) == before
        if answer == OK:
            assert page.status_code == 200 and OLD_TITLE in page.text
        else:
            assert page.status_code == answer
            assert_names_no_title(page)
    if action == "view":
        return

    response = client.post(url, data)

    if answer != OK:
        assert response.status_code == answer
        assert_names_no_title(response)
        assert stored(article_pk) == before
        return
    assert response.status_code == 302
    article = Article.objects.get(pk=article_pk)
    if action == "revert":
        stored_article = before[0][0]
        assert article.title == OLD_TITLE
        # The publication state stays as it is now: a scheduled article stays scheduled.
        assert (article.status, article.published_at) == (stored_article["status"], stored_article["published_at"])
    else:
        assert article.title == TITLE
    versions = Version.objects.get_for_object(article).order_by("pk")
    assert versions.count() == versions_before + 1
    newest = versions.last()
    assert newest.revision.user == user and newest.field_dict["title"] == article.title
    assert LogEntry.objects.filter(object_id=str(article_pk), user=user, action_flag=CHANGE).exists()


# ------------------------------------------------------------------------- crafted requests


def test_a_revision_of_another_kind_of_row_restores_nothing(client, admin_user):
    """Version ids are shared by articles and their rows: a byline's version, under the history URL
    of the article whose id equals the byline's, must not write back the revision it belongs to."""
    client.force_login(admin_user)
    same_id = 10**6 + 7
    target = make_article("Anderer Artikel", pk=same_id)
    overwritten = make_article(TITLE)
    Byline.objects.create(pk=same_id, article=overwritten, author=make_author(), position=1)
    article_revisions_record([overwritten.pk], admin_user, "Mit zwei Autor/innen")
    overwritten.title = "Heutiger Titel"
    overwritten.save()
    byline_version = Version.objects.get_for_model(Byline).get(object_id=str(same_id))
    url = f"/admin/articles/article/{same_id}/history/{byline_version.pk}/"
    target_form = admin_form_data(client.get(f"/admin/articles/article/{same_id}/change/"))
    before = stored(overwritten.pk), stored(target.pk)

    assert client.get(url).status_code == 404
    assert client.post(url, target_form).status_code == 404

    assert (stored(overwritten.pk), stored(target.pk)) == before


def test_an_old_revision_is_not_saved_as_a_new_article(client, admin_user):
    client.force_login(admin_user)
    article_pk, old_version = article_in("published", admin_user)
    url = f"/admin/articles/article/{article_pk}/history/{old_version}/"
    data = {**admin_form_data(client.get(url)), "_saveasnew": ["Als neu sichern"]}
    before = stored(article_pk), Article.objects.count()

    response = client.post(url, data)

    assert response.status_code == 400
    assert "nicht als neuer Artikel" in response.text
    assert (stored(article_pk), Article.objects.count()) == before


def test_an_author_recovers_a_deleted_draft_that_named_her_in_the_byline(client, admin_user):
    user, author_client = staff_client("schreiberin", roles.AUTHOR)
    profile = make_author("Lena Hartmann", user=user)
    article = make_article("Gemeinsamer Entwurf", public=False, authors=[profile], created_by=admin_user)
    others = make_article("Nur der Kollegin", public=False, authors=[make_author("Jonas Becker")], created_by=admin_user)
    client.force_login(admin_user)
    for deleted in (article, others):
        assert client.post(f"/admin/articles/article/{deleted.pk}/delete/", {"post": "yes"}).status_code == 302

    listed = author_client.get("/admin/articles/article/recover/").text
    assert "Gemeinsamer Entwurf" in listed and "Nur der Kollegin" not in listed

    version = Version.objects.get_deleted(Article).get(object_id=str(article.pk))
    url = f"/admin/articles/article/recover/{version.pk}/"
    assert author_client.post(url, admin_form_data(author_client.get(url))).status_code == 302
    recovered = Article.objects.get(pk=article.pk)
    assert [author.name for author in recovered.ordered_authors] == ["Lena Hartmann"]
