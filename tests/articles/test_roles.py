"""The permission matrix: each role tries each action through the admin, over HTTP.

Every action is done the way a person (or a crafted request) would do it: the form is
read as rendered for a superuser, then posted by the user of the role under test. An
action counts as allowed only if its effect is in the database afterwards.
"""
import io
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from taggit.models import Tag

from articles import roles
from articles.models import Article, Author, Section
from tests.admin_forms import admin_form_data
from tests.factories import make_article, make_author, make_section
from pages.models import LegalPage, SiteSettings
from tickers.models import Coin

pytestmark = pytest.mark.django_db

YES, NO = True, False
ROLES = [roles.AUTHOR, roles.EDITOR, roles.ADMINISTRATION, None]  # None: staff without a role

# What each role may do. Read a row as: action, then Autor/in, Redaktion, Administration,
# and a staff user without role. „own“ means created by the user.
#  action                          Autor/in  Redaktion  Administration  ohne Rolle
MATRIX = [
    ("view_article_list",            YES,      YES,       YES,            NO),
    ("add_article",                  YES,      YES,       YES,            NO),
    ("change_own_draft",             YES,      YES,       YES,            NO),
    ("change_others_draft",          NO,       YES,       YES,            NO),
    ("change_own_article_in_review", NO,       YES,       YES,            NO),
    ("submit_for_review",            YES,      YES,       YES,            NO),
    ("publish_via_form",             NO,       YES,       YES,            NO),
    ("publish_via_bulk_action",      NO,       YES,       YES,            NO),
    ("schedule",                     NO,       YES,       YES,            NO),
    ("unpublish",                    NO,       YES,       YES,            NO),
    ("unpublish_via_bulk_action",    NO,       YES,       YES,            NO),
    ("send_back_to_draft",           NO,       YES,       YES,            NO),
    ("mark_correction",              NO,       YES,       YES,            NO),
    ("delete_own_draft",             YES,      YES,       YES,            NO),
    ("delete_others_draft",          NO,       YES,       YES,            NO),
    ("delete_published",             NO,       YES,       YES,            NO),
    ("create_tag_while_writing",     NO,       YES,       YES,            NO),
    ("change_author",                NO,       NO,        YES,            NO),
    ("change_section",               NO,       NO,        YES,            NO),
    ("change_tag",                   NO,       YES,       YES,            NO),
    ("change_ticker",                NO,       NO,        YES,            NO),
    ("change_site_settings",         NO,       NO,        YES,            NO),
    ("change_legal_page",            NO,       NO,        YES,            NO),
    ("manage_users",                 NO,       NO,        YES,            NO),
    ("manage_groups",                NO,       NO,        YES,            NO),
]


class Newsroom:
    """The user under test with a logged-in client, a superuser's client that reads the
    forms, and the articles the actions work on."""

    def __init__(self, role, superuser):
        self.user = User.objects.create_user("tester", is_staff=True)
        if role:
            self.user.groups.add(Group.objects.get(name=role))
        self.client = Client()
        self.client.force_login(self.user)
        self.reader = Client()
        self.reader.force_login(superuser)
        colleague = User.objects.create_user("kollegin", is_staff=True)
        self.section = make_section("Politik")
        self.author = make_author("Lena Hartmann")
        self.own_draft = make_article("Mein Entwurf", public=False, created_by=self.user, section=self.section)
        self.own_in_review = make_article(
            "Mein Text in Prüfung", public=False, status=Article.Status.REVIEW, created_by=self.user, section=self.section
        )
        self.own_published = make_article("Mein veröffentlichter Text", created_by=self.user, section=self.section)
        self.others_draft = make_article("Fremder Entwurf", public=False, created_by=colleague, section=self.section)

    def change_form(self, article, **changes):
        form = self.reader.get(f"/admin/articles/article/{article.pk}/change/")
        return admin_form_data(form, **changes)

    def post(self, url, data):
        response = self.client.post(url, data)
        assert response.status_code < 500, response
        return response

    def change_article(self, article, **changes):
        self.post(f"/admin/articles/article/{article.pk}/change/", self.change_form(article, **changes))
        article.refresh_from_db()
        return article

    def bulk_action(self, action, article):
        self.post("/admin/articles/article/", {"action": action, "_selected_action": [article.pk]})
        article.refresh_from_db()
        return article

    def delete(self, article):
        self.post(f"/admin/articles/article/{article.pk}/delete/", {"post": "yes"})
        return not Article.objects.filter(pk=article.pk).exists()

    def change_object(self, url, **changes):
        self.post(url, admin_form_data(self.reader.get(url), **changes))


# --------------------------------------------------------------------------- the actions


def view_article_list(n):
    response = n.client.get("/admin/articles/article/")
    assert response.status_code in (200, 403)
    return response.status_code == 200 and "Mein Entwurf" in response.text


def add_article(n):
    form = admin_form_data(
        n.reader.get("/admin/articles/article/add/"),
        title="Ganz neuer Artikel", section=str(n.section.pk), lead="Ein Vorspann.", body="Ein Absatz.",
        **{"bylines-0-author": str(n.author.pk)},
    )
    n.post("/admin/articles/article/add/", form)
    return Article.objects.filter(title="Ganz neuer Artikel", created_by=n.user).exists()


def change_own_draft(n):
    return n.change_article(n.own_draft, title="Neuer Titel").title == "Neuer Titel"


def change_others_draft(n):
    return n.change_article(n.others_draft, title="Neuer Titel").title == "Neuer Titel"


def change_own_article_in_review(n):
    return n.change_article(n.own_in_review, title="Neuer Titel").title == "Neuer Titel"


def submit_for_review(n):
    return n.change_article(n.own_draft, status="review").status == Article.Status.REVIEW


def publish_via_form(n):
    return n.change_article(n.own_draft, status="published").is_public


def publish_via_bulk_action(n):
    return n.bulk_action("publish_selected", n.own_draft).is_public


def schedule(n):
    tomorrow = timezone.localtime() + timedelta(days=1)
    article = n.change_article(
        n.own_draft, status="published",
        published_at_0=tomorrow.strftime("%d.%m.%Y"), published_at_1=tomorrow.strftime("%H:%M:%S"),
    )
    return article.is_scheduled


def unpublish(n):
    return n.change_article(n.own_published, status="unpublished").status == Article.Status.UNPUBLISHED


def unpublish_via_bulk_action(n):
    return n.bulk_action("unpublish_selected", n.own_published).status == Article.Status.UNPUBLISHED


def send_back_to_draft(n):
    return n.change_article(n.own_in_review, status="draft").status == Article.Status.DRAFT


def mark_correction(n):
    return n.change_article(n.own_published, mark_corrected="on").corrected_at is not None


def delete_own_draft(n):
    return n.delete(n.own_draft)


def delete_others_draft(n):
    return n.delete(n.others_draft)


def delete_published(n):
    return n.delete(n.own_published)


def create_tag_while_writing(n):
    n.change_article(n.own_draft, new_tags="Stichwahl")
    return Tag.objects.filter(name="Stichwahl").exists()


def change_author(n):
    n.change_object(f"/admin/articles/author/{n.author.pk}/change/", name="Lena Hartmann-Berg")
    return Author.objects.filter(name="Lena Hartmann-Berg").exists()


def change_section(n):
    n.change_object(f"/admin/articles/section/{n.section.pk}/change/", name="Innenpolitik")
    return Section.objects.filter(name="Innenpolitik").exists()


def change_tag(n):
    tag = Tag.objects.create(name="Wahlen")
    n.change_object(f"/admin/taggit/tag/{tag.pk}/change/", name="Landtagswahlen")
    return Tag.objects.filter(name="Landtagswahlen").exists()


def change_ticker(n):
    coin = Coin.objects.create(symbol="BTC", name="Bitcoin", api_id="bitcoin")
    n.change_object(f"/admin/tickers/coin/{coin.pk}/change/", is_active=None)
    coin.refresh_from_db()
    return not coin.is_active


def change_site_settings(n):
    n.change_object("/admin/pages/sitesettings/add/", name="RENEWZ Nord")
    return SiteSettings.objects.filter(name="RENEWZ Nord").exists()


def change_legal_page(n):
    page = LegalPage.objects.create(kind=LegalPage.Kind.IMPRESSUM, body="<p>Alte Anschrift</p>")
    n.change_object(f"/admin/pages/legalpage/{page.pk}/change/", body="<p>Neue Anschrift</p>")
    page.refresh_from_db()
    return page.body == "<p>Neue Anschrift</p>"


def manage_users(n):
    n.change_object(
        "/admin/auth/user/add/", username="neue-autorin",
        password1="ein-langes-passwort-42", password2="ein-langes-passwort-42",
    )
    return User.objects.filter(username="neue-autorin").exists()


def manage_groups(n):
    n.change_object("/admin/auth/group/add/", name="Fotoredaktion")
    return Group.objects.filter(name="Fotoredaktion").exists()


ACTIONS = {name: globals()[name] for name, *_ in MATRIX}


@pytest.mark.parametrize(
    "action, role, allowed",
    [
        pytest.param(action, role, allowed, id=f"{role or 'ohne Rolle'}: {action}")
        for action, *allowed_by_role in MATRIX
        for role, allowed in zip(ROLES, allowed_by_role)
    ],
)
def test_permission_matrix(admin_user, action, role, allowed):
    newsroom = Newsroom(role, admin_user)
    assert ACTIONS[action](newsroom) is allowed


# ---------------------------------------------------------------- the roles themselves


def test_the_three_roles_exist_after_migrating_with_their_permissions():
    groups = {group.name: group for group in Group.objects.prefetch_related("permissions__content_type")}
    assert {roles.AUTHOR, roles.EDITOR, roles.ADMINISTRATION} <= set(groups)

    def names(group):
        return {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()}

    for role in (roles.AUTHOR, roles.EDITOR):
        assert names(groups[role]) == set(roles.ROLE_PERMISSIONS[role])
    administration = names(groups[roles.ADMINISTRATION])
    every_content_permission = {
        f"{p.content_type.app_label}.{p.codename}"
        for p in Permission.objects.filter(content_type__app_label__in=["articles", "taggit", "tickers", "pages"])
    }
    assert every_content_permission <= administration
    assert {"auth.change_user", "auth.change_group"} <= administration


def test_a_role_without_staff_status_does_not_open_the_admin(client):
    user = User.objects.create_user("ohne-status")
    user.groups.add(Group.objects.get(name=roles.EDITOR))
    client.force_login(user)
    response = client.get("/admin/articles/article/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_an_author_owns_articles_whose_byline_names_her(admin_user):
    newsroom = Newsroom(roles.AUTHOR, admin_user)
    newsroom.author.user = newsroom.user
    newsroom.author.save()
    bylined = make_article("Von Lena geschrieben", public=False, authors=[newsroom.author])
    assert newsroom.change_article(bylined, title="Von Lena überarbeitet").title == "Von Lena überarbeitet"


# ------------------------------------------------------------------------- demo users


def test_load_demo_gives_each_role_a_login_and_says_so(client, monkeypatch):
    from articles.management.commands import load_demo as load_demo_command

    monkeypatch.setattr(load_demo_command, "HERO_SIZE", (320, 180))
    output = io.StringIO()
    call_command("load_demo", stdout=output)
    call_command("load_demo", stdout=output)  # again: nothing new

    for username, password, role in [
        ("autorin", "renewz-demo-autorin", roles.AUTHOR),
        ("redakteur", "renewz-demo-redakteur", roles.EDITOR),
        ("admin", "renewz-demo-admin", roles.ADMINISTRATION),
    ]:
        assert f"{username} / {password}  ({role})" in output.getvalue()
        user = User.objects.get(username=username)
        assert user.is_staff and not user.is_superuser
        assert [group.name for group in user.groups.all()] == [role]
        # Through the login form, as people log in (the lockout check needs the request).
        assert client.post("/admin/login/", {"username": username, "password": password}).status_code == 302
        assert client.get("/admin/articles/article/").status_code == 200
    assert User.objects.count() == 3
    assert Author.objects.get(user__username="autorin").name == "Lena Hartmann"


def test_load_demo_brings_back_roles_an_emptied_database_lost(monkeypatch):
    """Transactional tests empty the database, groups of migration 0004 included."""
    from articles.management.commands import load_demo as load_demo_command

    monkeypatch.setattr(load_demo_command, "HERO_SIZE", (320, 180))
    Group.objects.all().delete()

    call_command("load_demo", stdout=io.StringIO())

    assert User.objects.get(username="autorin").has_perm("articles.add_article")
    assert User.objects.get(username="redakteur").has_perm(roles.PUBLISH)


def test_an_author_previews_her_own_drafts_but_not_colleagues_on_the_site(client):
    from articles.roles import sync_roles
    from django.contrib.auth.models import Group, User
    from tests.factories import make_article

    sync_roles()
    autorin = User.objects.create_user("schreiberin", password="x", is_staff=True)
    autorin.groups.add(Group.objects.get(name="Autor/in"))
    own = make_article("Mein Entwurf", public=False, created_by=autorin)
    colleagues = make_article("Fremder Entwurf", public=False)
    published = make_article("Schon erschienen")
    client.force_login(autorin)
    assert "Vorschau" in client.get(own.get_absolute_url()).text
    assert client.get(colleagues.get_absolute_url()).status_code == 404
    assert client.get(published.get_absolute_url()).status_code == 200
