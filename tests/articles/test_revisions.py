"""Revisions: every save is kept with who and when; editors compare, restore and recover."""
import re

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client
from reversion.models import Version
from taggit.models import Tag

from articles.models import Article
from tests.factories import link_related, make_article, make_author, make_section
from tests.admin_forms import admin_form_data

pytestmark = pytest.mark.django_db


def change_url(article):
    return f"/admin/articles/article/{article.pk}/change/"


def history_url(article):
    return f"/admin/articles/article/{article.pk}/history/"


def edit(client, article, **changes):
    """Open the article's change form, change some fields, press „Sichern“."""
    page = client.get(change_url(article))
    assert page.status_code == 200
    response = client.post(change_url(article), admin_form_data(page, **changes))
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else response
    return response


def version_ids(article):
    """The article's versions, oldest first."""
    return list(Version.objects.get_for_object(article).order_by("pk").values_list("pk", flat=True))


@pytest.fixture
def article_with_everything():
    """A published article with two authors, two tags and two „Lesen Sie auch“ links."""
    section = make_section("Politik")
    article = make_article(
        "Landtag beschließt Haushalt", section=section,
        authors=[make_author("Mara Schulz"), make_author("Tim Vogel")], tags=["Landtag", "Haushalt"],
        body="<p>Erster Absatz.</p><p>Zweiter Absatz.</p>",
    )
    link_related(article, target=make_article("Was der Haushalt bedeutet", section=section), position=0)
    link_related(article, url="https://example.org/plan", title="Der Plan im Detail", position=1)
    return article


def test_every_save_is_listed_in_the_history_with_who_and_when(lena, jonas, article_with_everything):
    article = article_with_everything
    edit(lena, article, title="Landtag beschließt Doppelhaushalt")
    edit(jonas, article, lead="Nach zwei Tagen Debatte steht der Doppelhaushalt.")

    page = lena.get(history_url(article))
    assert page.status_code == 200
    html = page.text
    assert "Lena Hartmann" in html and "Jonas Becker" in html
    # Newest first, each with its time and the fields the admin logged as changed.
    assert html.index("Jonas Becker") < html.index("Lena Hartmann")
    assert len(re.findall(r"\d{1,2}\. \w+ \d{4} \d{1,2}:\d{2}", html)) >= 2
    assert "Titel geändert." in html and "Vorspann geändert." in html
    # The state before the first edit in the admin is kept as well, so that edit can be undone.
    assert "Stand vor dieser Bearbeitung" in html
    assert len(version_ids(article)) == 3


def test_editor_compares_two_revisions(lena, jonas, article_with_everything):
    article = article_with_everything
    edit(lena, article, title="Landtag beschließt Doppelhaushalt",
         body="<p>Erster Absatz.</p><p>Ein neuer zweiter Absatz mit <b>Zahlen</b>.</p>")
    edit(jonas, article, tags=[str(Tag.objects.get(name="Landtag").pk)], new_tags="Schulden")
    first, second = version_ids(article)[-2:]

    history = lena.get(history_url(article)).text
    assert 'name="alt"' in history and 'name="neu"' in history
    assert "Ausgewählte Fassungen vergleichen" in history

    page = lena.get(f"/admin/articles/article/{article.pk}/history/compare/", {"alt": first, "neu": second})
    assert page.status_code == 200
    html = page.text
    assert "Jonas Becker" in html and "Lena Hartmann" in html
    assert "Hinzugefügt: Schulden" in html and "Entfernt: Haushalt" in html
    # Picking them the other way round compares the same way: older first.
    assert lena.get(f"/admin/articles/article/{article.pk}/history/compare/", {"alt": second, "neu": first}).text.count("Hinzugefügt: Schulden") == 1


def test_compare_shows_the_title_change_and_a_diff_of_the_text(lena, article_with_everything):
    article = article_with_everything
    edit(lena, article, title="Erste Überschrift")
    edit(lena, article, title="Zweite Überschrift",
         body="<p>Erster Absatz.</p><p>Ein neuer zweiter Absatz mit <b>Zahlen</b>.</p>")
    first, second = version_ids(article)[-2:]
    html = lena.get(f"/admin/articles/article/{article.pk}/history/compare/", {"alt": first, "neu": second}).text
    assert "<th scope=\"row\">Titel</th>" in html
    assert "Erste Überschrift" in html and "Zweite Überschrift" in html
    # The text diff shows the changed paragraph as HTML source (escaped).
    removed = re.search(r'<span class="diff-removed">(.*?)</span>', html).group(1)
    added = re.search(r'<span class="diff-added">(.*?)</span>', html).group(1)
    assert re.sub("<.*?>", "", removed) == "-&lt;p&gt;Zweiter Absatz.&lt;/p&gt;"
    assert re.sub("<.*?>", "", added) == "+&lt;p&gt;Ein neuer zweiter Absatz mit &lt;b&gt;Zahlen&lt;/b&gt;.&lt;/p&gt;"
    assert "<b>Zahlen</b>" not in html
    # One word changed in the lead: only that word is marked.
    edit(lena, article, lead="Ein kurzer Vorspann zur Nachricht.")
    html = lena.get(f"/admin/articles/article/{article.pk}/history/compare/",
                    {"alt": version_ids(article)[-2], "neu": version_ids(article)[-1]}).text
    assert "<del>Meldung.</del>" in html and "<ins>Nachricht.</ins>" in html
    # Unchanged fields are not listed.
    assert "<th scope=\"row\">Titel</th>" not in html


@pytest.mark.parametrize("query", [{}, {"alt": "abc", "neu": "1"}, {"alt": "999999", "neu": "999998"}])
def test_compare_without_two_revisions_explains_what_to_do(lena, article_with_everything, query):
    article = article_with_everything
    edit(lena, article, title="Eine Änderung")
    response = lena.get(f"/admin/articles/article/{article.pk}/history/compare/", query, follow=True)
    assert response.status_code == 200
    assert "Bitte zwei verschiedene Fassungen dieses Artikels zum Vergleichen auswählen." in response.text


def test_editor_restores_an_old_revision_with_tags_authors_and_links(lena, jonas, article_with_everything):
    article = article_with_everything
    edit(lena, article, title="Landtag beschließt Haushalt")  # the revision to go back to
    page = jonas.get(change_url(article))
    values = admin_form_data(
        page, title="Ganz anders", tags=None, new_tags="Skandal",
        **{
            "bylines-0-author": str(make_author("Eva Neu").pk),
            "bylines-1-DELETE": "on",
            "related_links-0-DELETE": "on",
            "related_links-1-title": "Ein anderer Linktext",
        },
    )
    response = jonas.post(change_url(article), values)
    assert response.status_code == 302, response.context["adminform"].form.errors
    article.refresh_from_db()
    assert article.title == "Ganz anders" and article.tags.names()[0] == "Skandal"

    first = version_ids(article)[1]  # Lena's (before it, the state from before any admin edit)
    history = lena.get(history_url(article)).text
    revision_url = f"/admin/articles/article/{article.pk}/history/{first}/"
    assert revision_url in history
    page = lena.get(revision_url)
    assert page.status_code == 200
    assert "Mit „Sichern“ wird sie wiederhergestellt" in page.text
    assert 'value="Landtag beschließt Haushalt"' in page.text
    # Looking at an old revision changes nothing yet.
    article.refresh_from_db()
    assert article.title == "Ganz anders"

    response = lena.post(revision_url, admin_form_data(page))
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title == "Landtag beschließt Haushalt"
    assert sorted(article.tags.names()) == ["Haushalt", "Landtag"]
    assert [author.name for author in article.ordered_authors] == ["Mara Schulz", "Tim Vogel"]
    assert [link.label for link in article.related_links.all()] == ["Was der Haushalt bedeutet", "Der Plan im Detail"]
    # The restore is itself a revision; nothing of the history is lost.
    assert len(version_ids(article)) == 4
    assert "Ganz anders" in jonas.get(
        f"/admin/articles/article/{article.pk}/history/compare/",
        {"alt": version_ids(article)[2], "neu": version_ids(article)[3]},
    ).text


def test_restoring_a_revision_whose_tag_was_merged_away_still_works(lena, article_with_everything):
    article = article_with_everything
    edit(lena, article, title="Mit allen Schlagwörtern")
    first = version_ids(article)[-1]
    edit(lena, article, title="Später geändert")
    Tag.objects.get(name="Haushalt").delete()  # e.g. merged into another tag

    revision_url = f"/admin/articles/article/{article.pk}/history/{first}/"
    page = lena.get(revision_url)
    assert page.status_code == 200
    compare = lena.get(f"/admin/articles/article/{article.pk}/history/compare/", {"alt": first, "neu": version_ids(article)[-1]})
    assert compare.status_code == 200
    response = lena.post(revision_url, admin_form_data(page))
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title == "Mit allen Schlagwörtern"
    assert list(article.tags.names()) == ["Landtag"]


def test_a_form_opened_before_a_restore_cannot_overwrite_it(lena, jonas, article_with_everything):
    article = article_with_everything
    edit(lena, article, title="Erste Fassung")
    edit(lena, article, title="Zweite Fassung")
    jonas_page = jonas.get(change_url(article))

    first = version_ids(article)[1]
    revision_url = f"/admin/articles/article/{article.pk}/history/{first}/"
    lena.post(revision_url, admin_form_data(lena.get(revision_url)))
    article.refresh_from_db()
    assert article.title == "Erste Fassung"

    response = jonas.post(change_url(article), admin_form_data(jonas_page, lead="Jonas’ Vorspann"))
    assert response.status_code == 200
    assert "Lena Hartmann hat diesen Artikel gespeichert" in response.text
    article.refresh_from_db()
    assert article.title == "Erste Fassung" and article.lead != "Jonas’ Vorspann"


def test_deleted_article_is_recovered_with_tags_authors_and_links(lena, article_with_everything):
    article = article_with_everything
    edit(lena, article, title="Bald gelöscht")
    url = article.get_absolute_url()
    page = lena.get(f"/admin/articles/article/{article.pk}/delete/")
    assert page.status_code == 200
    assert lena.post(f"/admin/articles/article/{article.pk}/delete/", {"post": "yes"}).status_code == 302
    assert not Article.objects.filter(pk=article.pk).exists()

    changelist = lena.get("/admin/articles/article/").text
    assert "Gelöschte Artikel wiederherstellen" in changelist
    recover_list = lena.get("/admin/articles/article/recover/")
    assert recover_list.status_code == 200
    assert "Bald gelöscht" in recover_list.text
    recover_url = re.search(r'href="(/admin/articles/article/recover/\d+/)"', recover_list.text).group(1)

    page = lena.get(recover_url)
    assert page.status_code == 200
    assert "Dieser Artikel wurde gelöscht." in page.text
    assert not Article.objects.filter(pk=article.pk).exists()
    response = lena.post(recover_url, admin_form_data(page))
    assert response.status_code == 302

    recovered = Article.objects.get(pk=article.pk)
    assert recovered.title == "Bald gelöscht"
    assert sorted(recovered.tags.names()) == ["Haushalt", "Landtag"]
    assert [author.name for author in recovered.ordered_authors] == ["Mara Schulz", "Tim Vogel"]
    assert [link.label for link in recovered.related_links.all()] == ["Was der Haushalt bedeutet", "Der Plan im Detail"]
    lena.logout()
    assert Client().get(url).status_code == 200
    assert "Bald gelöscht" not in Client().get("/admin/articles/article/recover/").text


def test_article_deleted_before_it_was_ever_edited_is_recovered_too(lena):
    article = make_article("Nie bearbeitet", tags=["Wetter"])
    lena.post("/admin/articles/article/", {"action": "delete_selected", "_selected_action": [article.pk], "post": "yes"})
    assert not Article.objects.filter(pk=article.pk).exists()
    recover_list = lena.get("/admin/articles/article/recover/").text
    assert "Nie bearbeitet" in recover_list
    recover_url = re.search(r'href="(/admin/articles/article/recover/\d+/)"', recover_list).group(1)
    lena.post(recover_url, admin_form_data(lena.get(recover_url)))
    assert list(Article.objects.get(pk=article.pk).tags.names()) == ["Wetter"]


def test_bulk_publish_is_kept_as_a_revision_of_each_article(lena):
    drafts = [make_article(f"Entwurf {number}", public=False) for number in range(2)]
    lena.post("/admin/articles/article/", {"action": "publish_selected", "_selected_action": [d.pk for d in drafts]})
    for draft in drafts:
        before, after = Version.objects.get_for_object(draft).order_by("pk")
        assert before.field_dict["status"] == "draft" and after.field_dict["status"] == "published"
        assert after.revision.user.get_full_name() == "Lena Hartmann"
        html = lena.get(history_url(draft)).text
        assert "Sammelaktion: Ausgewählte Artikel veröffentlichen" in html
        # Each revision holds its own article only: restoring one restores no other.
        assert after.revision.version_set.filter(content_type=after.content_type).count() == 1


def test_restoring_brings_back_the_content_but_not_the_publication_state(lena):
    article = make_article("Entwurfstitel", public=False)
    edit(lena, article, lead="Der Vorspann des Entwurfs.")
    draft_revision = version_ids(article)[-1]
    edit(lena, article, title="Veröffentlichter Titel", status="published")
    article.refresh_from_db()
    assert article.is_public

    revision_url = f"/admin/articles/article/{article.pk}/history/{draft_revision}/"
    page = lena.get(revision_url)
    assert "Status und Veröffentlichungsdatum bleiben, wie sie jetzt sind" in page.text
    lena.post(revision_url, admin_form_data(page))
    article.refresh_from_db()
    assert article.title == "Entwurfstitel" and article.lead == "Der Vorspann des Entwurfs."
    assert article.is_public


def author_client(username):
    """A logged-in client of a member of the „Autor/in“ role."""
    user = User.objects.create_user(username, password="geheim-genug-123", is_staff=True, first_name="Ada", last_name="Autorin")
    user.groups.add(Group.objects.get(name="Autor/in"))
    client = Client()
    client.force_login(user)
    return user, client


def test_an_author_restores_revisions_of_her_own_draft_only(lena):
    ada, client = author_client("ada")
    own = make_article("Mein Entwurf", public=False, created_by=ada)
    edit(client, own, title="Mein Entwurf, zweite Fassung")
    first = version_ids(own)[0]
    page = client.get(f"/admin/articles/article/{own.pk}/history/{first}/")
    client.post(f"/admin/articles/article/{own.pk}/history/{first}/", admin_form_data(page))
    own.refresh_from_db()
    assert own.title == "Mein Entwurf"

    others = make_article("Lenas Artikel")
    edit(lena, others, title="Lenas Artikel, zweite Fassung")
    first = version_ids(others)[0]
    assert client.get(f"/admin/articles/article/{others.pk}/history/{first}/").status_code == 403
    lenas_form = lena.get(f"/admin/articles/article/{others.pk}/history/{first}/")
    response = client.post(f"/admin/articles/article/{others.pk}/history/{first}/", admin_form_data(lenas_form))
    assert response.status_code == 403
    others.refresh_from_db()
    assert others.title == "Lenas Artikel, zweite Fassung"


def test_an_author_recovers_only_what_she_could_delete(lena):
    ada, client = author_client("ada")
    own = make_article("Mein gelöschter Entwurf", public=False, created_by=ada)
    others = make_article("Lenas gelöschter Artikel", created_by=User.objects.get(username="lena"))
    client.post(f"/admin/articles/article/{own.pk}/delete/", {"post": "yes"})
    lena.post(f"/admin/articles/article/{others.pk}/delete/", {"post": "yes"})
    assert not Article.objects.exists()

    listed = client.get("/admin/articles/article/recover/").text
    assert "Mein gelöschter Entwurf" in listed and "Lenas gelöschter Artikel" not in listed
    assert "Lenas gelöschter Artikel" in lena.get("/admin/articles/article/recover/").text

    lenas_version = Version.objects.get_deleted(Article).get(object_id=str(others.pk))
    recover_url = f"/admin/articles/article/recover/{lenas_version.pk}/"
    assert client.get(recover_url).status_code == 403
    response = client.post(recover_url, admin_form_data(lena.get(recover_url)))
    assert response.status_code == 403
    assert not Article.objects.filter(pk=others.pk).exists()

    own_version = Version.objects.get_deleted(Article).get(object_id=str(own.pk))
    own_url = f"/admin/articles/article/recover/{own_version.pk}/"
    assert client.post(own_url, admin_form_data(client.get(own_url))).status_code == 302
    assert Article.objects.get(pk=own.pk).title == "Mein gelöschter Entwurf"


def test_a_save_while_someone_looks_at_an_old_revision_stops_the_restore(lena, jonas, article_with_everything):
    article = article_with_everything
    edit(lena, article, title="Alte Fassung")
    old = version_ids(article)[-1]
    edit(lena, article, title="Neuere Fassung")
    revision_url = f"/admin/articles/article/{article.pk}/history/{old}/"
    page = lena.get(revision_url)
    edit(jonas, article, title="Jonas speichert dazwischen", new_tags="Eilmeldung")

    response = lena.post(revision_url, admin_form_data(page))
    assert response.status_code == 200
    assert "Jonas Becker hat diesen Artikel gespeichert" in response.text
    assert "Jonas speichert dazwischen" in response.text and "Hinzugefügt: Eilmeldung" in response.text
    article.refresh_from_db()
    assert article.title == "Jonas speichert dazwischen"
    assert "Eilmeldung" in article.tags.names()

    checkbox = re.search(r'name="overwrite_lock_version" value="(\d+)"', response.text).group(1)
    assert lena.post(revision_url, admin_form_data(response, overwrite_lock_version=checkbox)).status_code == 302
    article.refresh_from_db()
    assert article.title == "Alte Fassung" and "Eilmeldung" not in article.tags.names()
