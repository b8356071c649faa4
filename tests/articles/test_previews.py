"""Previews: staff see any article as readers will; share-preview links show one
unpublished article to people without an account, until they expire or are revoked."""
import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission, User
from django.core import signing
from django.test import Client
from django.utils import timezone

from articles import previews
from articles.models import Article, PreviewLink
from tests.factories import make_article

pytestmark = pytest.mark.django_db

GONE = "Dieser Vorschau-Link ist abgelaufen oder wurde widerrufen."


@pytest.fixture
def reader():
    """Someone without an account, in a browser of their own."""
    return Client()


def draft(title="Geheimer Haushaltsentwurf"):
    return make_article(title, public=False, status=Article.Status.REVIEW, body="<p>Vertraulicher Text.</p>")


def assert_private_preview(response):
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    cache_control = response["Cache-Control"]
    assert "private" in cache_control and "no-store" in cache_control and "public" not in cache_control
    assert '<meta name="robots" content="noindex, nofollow">' in response.text
    assert 'class="preview-banner"' in response.text


def share_link_from_admin(client, article):
    """Create a share-preview link as an editor does, and return its address from the page."""
    url = f"/admin/articles/article/{article.pk}/vorschau-links/"
    response = client.post(url, {"create": "1"}, follow=True)
    assert response.status_code == 200
    message = next(str(m) for m in response.context["messages"])
    return re.search(r"http://testserver(/vorschau/\S+/)", message).group(1)


# ------------------------------------------------------------------------ staff preview


def test_editor_opens_preview_from_change_page(client, editor):
    article = draft()
    change_page = client.get(f"/admin/articles/article/{article.pk}/change/").text
    preview_url = f"/admin/articles/article/{article.pk}/vorschau/"
    assert f'href="{preview_url}"' in change_page and "Vorschau öffnen" in change_page

    response = client.get(preview_url)
    assert response.status_code == 200
    assert "Geheimer Haushaltsentwurf" in response.text and "Vertraulicher Text." in response.text
    assert "Dieser Artikel ist für Leserinnen und Leser nicht sichtbar (In Prüfung)" in response.text
    assert_private_preview(response)


def test_preview_of_a_published_article_looks_like_its_page_and_says_so(client, editor):
    article = make_article("Öffentliche Meldung")
    response = client.get(f"/admin/articles/article/{article.pk}/vorschau/")
    assert "So sehen Leserinnen und Leser diesen veröffentlichten Artikel." in response.text
    assert_private_preview(response)
    public = client.get(article.get_absolute_url())
    assert public.text.count('<h1 class="article__title">Öffentliche Meldung</h1>') == 1
    assert 'class="preview-banner"' not in public.text


def test_preview_of_a_scheduled_article_names_its_time(client, editor):
    article = make_article("Geplante Meldung", status=Article.Status.PUBLISHED, published_at=timezone.now() + timedelta(days=2))
    response = client.get(f"/admin/articles/article/{article.pk}/vorschau/")
    assert "noch nicht sichtbar (geplant für" in response.text


def test_preview_of_a_scheduled_article_says_it_is_public_once_its_time_has_come(client, editor, monkeypatch):
    moment = timezone.now() + timedelta(hours=1)
    article = make_article("Geplante Meldung", status=Article.Status.PUBLISHED, published_at=moment)
    preview_url = f"/admin/articles/article/{article.pk}/vorschau/"
    assert "noch nicht sichtbar (geplant für" in client.get(preview_url).text
    monkeypatch.setattr(timezone, "now", lambda: moment)
    assert "So sehen Leserinnen und Leser diesen veröffentlichten Artikel." in client.get(preview_url).text


def test_staff_preview_at_the_public_address_is_never_cached(client, editor):
    article = draft()
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    assert_private_preview(response)


def test_staff_without_article_permissions_cannot_open_a_preview(client):
    article = draft()
    client.force_login(User.objects.create_user("praktikant", password="geheim-genug-123", is_staff=True))
    assert client.get(f"/admin/articles/article/{article.pk}/vorschau/").status_code == 403
    assert client.get(f"/admin/articles/article/{article.pk}/vorschau-links/").status_code == 403


def test_preview_of_a_missing_article_leads_back_to_the_admin(client, editor):
    response = client.get("/admin/articles/article/999999/vorschau/")
    assert response.status_code == 302 and response["Location"] == "/admin/"


# ------------------------------------------------------------------- share-preview links


def test_editor_shares_a_draft_and_a_reader_without_account_sees_it(client, editor, reader):
    article = draft()
    change_page = client.get(f"/admin/articles/article/{article.pk}/change/").text
    assert f'href="/admin/articles/article/{article.pk}/vorschau-links/"' in change_page

    before = timezone.now()
    path = share_link_from_admin(client, article)
    link = PreviewLink.objects.get()
    assert link.article == article and link.created_by == editor and link.revoked_at is None
    assert before + timedelta(hours=47, minutes=59) < link.expires_at <= timezone.now() + timedelta(hours=48)

    response = reader.get(path)
    assert response.status_code == 200
    assert "Geheimer Haushaltsentwurf" in response.text and "Vertraulicher Text." in response.text
    assert_private_preview(response)
    # The link is listed on the admin page, ready to copy.
    assert f"http://testserver{path}" in client.get(f"/admin/articles/article/{article.pk}/vorschau-links/").text


def test_share_links_last_as_long_as_the_setting_says(client, editor, settings):
    settings.PREVIEW_LINK_HOURS = 2
    share_link_from_admin(client, draft())
    link = PreviewLink.objects.get()
    assert timedelta(hours=1, minutes=59) < link.expires_at - link.created_at <= timedelta(hours=2)


def test_expired_share_link_shows_a_german_page_and_not_the_article(reader):
    article = draft()
    link = PreviewLink.objects.create(article=article, expires_at=timezone.now() - timedelta(minutes=1))
    response = reader.get(previews.preview_url(link))
    assert response.status_code == 410
    assert GONE in response.text and "Geheimer Haushaltsentwurf" not in response.text
    assert response["X-Robots-Tag"] == "noindex, nofollow"


def test_editor_revokes_a_share_link_and_the_reader_loses_access(client, editor, reader, settings):
    settings.PAGE_CACHE_ENABLED = True  # a revoked link must not live on in the page cache
    article = draft()
    path = share_link_from_admin(client, article)
    assert reader.get(path).status_code == 200

    links_page = client.get(f"/admin/articles/article/{article.pk}/vorschau-links/").text
    assert "Widerrufen" in links_page
    response = client.post(
        f"/admin/articles/article/{article.pk}/vorschau-links/", {"revoke": PreviewLink.objects.get().pk}, follow=True
    )
    assert "Der Vorschau-Link wurde widerrufen." in response.text
    assert "widerrufen am" in response.text

    response = reader.get(path)
    assert response.status_code == 410
    assert GONE in response.text and "Vertraulicher Text." not in response.text


def test_a_share_link_never_shows_another_article(client, editor, reader):
    first, second = draft("Erster Entwurf"), draft("Zweiter Entwurf")
    first_path = share_link_from_admin(client, first)
    second_path = share_link_from_admin(client, second)
    first_token, second_token = first_path.split("/")[2], second_path.split("/")[2]

    # Another article's id in the signed part, with this link's signature: refused.
    tampered = second_token.split(":")[0] + ":" + first_token.split(":")[1]
    response = reader.get(f"/vorschau/{tampered}/")
    assert response.status_code == 404 and "Zweiter Entwurf" not in response.text and "Erster Entwurf" not in response.text
    assert "Dieser Vorschau-Link ist ungültig." in response.text

    # Even a correctly signed token pairing this link with another article shows nothing.
    first_link = PreviewLink.objects.get(article=first)
    forged = signing.Signer(salt=previews.TOKEN_SALT).sign_object([first_link.pk, second.pk])
    response = reader.get(f"/vorschau/{forged}/")
    assert response.status_code == 404 and "Zweiter Entwurf" not in response.text

    assert "Erster Entwurf" in reader.get(first_path).text
    assert "Zweiter Entwurf" in reader.get(second_path).text


@pytest.mark.parametrize("token", ["kaputt", "a:b", "W10:x", "%00", "x" * 300])
def test_a_garbled_share_link_is_not_found(reader, token):
    response = reader.get(f"/vorschau/{token}/")
    assert response.status_code == 404
    assert "Dieser Vorschau-Link ist ungültig." in response.text


def test_a_share_link_of_a_deleted_article_is_gone(client, editor, reader):
    article = draft()
    path = share_link_from_admin(client, article)
    article.delete()
    response = reader.get(path)
    assert response.status_code == 410 and GONE in response.text


def test_once_published_a_share_link_leads_to_the_public_page(client, editor, reader):
    article = draft()
    path = share_link_from_admin(client, article)
    Article.objects.filter(pk=article.pk).publish()
    response = reader.get(path)
    assert response.status_code == 302 and response["Location"] == article.get_absolute_url()


def test_creating_a_share_link_needs_a_post_with_csrf_token(editor):
    article = draft()
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(editor)
    assert browser.get(f"/admin/articles/article/{article.pk}/vorschau-links/").status_code == 200
    assert browser.post(f"/admin/articles/article/{article.pk}/vorschau-links/", {"create": "1"}).status_code == 403
    assert not PreviewLink.objects.exists()


def test_staff_who_may_only_view_articles_cannot_create_share_links(client):
    article = draft()
    viewer = User.objects.create_user("leser", password="geheim-genug-123", is_staff=True)
    viewer.user_permissions.set(Permission.objects.filter(codename__in=["view_article", "change_others_article"]))
    client.force_login(viewer)

    assert client.get(f"/admin/articles/article/{article.pk}/vorschau/").status_code == 200
    assert "vorschau-links" not in client.get(f"/admin/articles/article/{article.pk}/change/").text
    assert client.post(f"/admin/articles/article/{article.pk}/vorschau-links/", {"create": "1"}).status_code == 403
    assert not PreviewLink.objects.exists()


def test_a_link_of_another_article_cannot_be_revoked_from_this_one(client, editor):
    mine, other = draft("Mein Entwurf"), draft("Anderer Entwurf")
    link = previews.create_preview_link(other, editor)
    for bogus in [link.pk, "abc", ""]:
        response = client.post(f"/admin/articles/article/{mine.pk}/vorschau-links/", {"revoke": bogus}, follow=True)
        assert response.status_code == 200
        assert "Diesen Vorschau-Link gibt es nicht (mehr)." in response.text
    link.refresh_from_db()
    assert link.revoked_at is None


def test_an_author_shares_her_own_draft_but_not_a_colleagues(client):
    from django.contrib.auth.models import Group

    author = User.objects.create_user("autorin", password="geheim-genug-123", is_staff=True)
    author.groups.add(Group.objects.get(name="Autor/in"))
    client.force_login(author)
    own = make_article("Mein Entwurf", public=False, created_by=author)
    colleagues = make_article("Fremder Entwurf", public=False)

    assert share_link_from_admin(client, own).startswith("/vorschau/")
    assert client.get(f"/admin/articles/article/{colleagues.pk}/vorschau/").status_code == 302
    response = client.post(f"/admin/articles/article/{colleagues.pk}/vorschau-links/", {"create": "1"})
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert list(PreviewLink.objects.values_list("article__title", flat=True)) == ["Mein Entwurf"]
