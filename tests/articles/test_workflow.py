"""The status workflow as the newsroom lives it: write, submit, review, schedule, publish,
correct, unpublish; and what the article list shows about it."""
import time
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import Group, User
from django.utils import timezone

from articles import roles
from articles.admin.workflow import AUTHOR_STATUS_ERROR
from articles.models import Article
from tests.admin_forms import admin_form_data
from tests.factories import make_article, make_author, make_section

pytestmark = pytest.mark.django_db

BERLIN = ZoneInfo("Europe/Berlin")
CHANGELIST = "/admin/articles/article/"


def change_url(article):
    return f"/admin/articles/article/{article.pk}/change/"


def staff(client, username, role):
    user = User.objects.create_user(username, is_staff=True)
    user.groups.add(Group.objects.get(name=role))
    client.force_login(user)
    return user


@pytest.fixture
def autorin(client):
    """An author logged in with `client`, linked to her author profile „Lena Hartmann“."""
    user = staff(client, "autorin", roles.AUTHOR)
    user.first_name, user.last_name = "Lena", "Hartmann"
    user.save()
    make_author("Lena Hartmann", user=user)
    return user


@pytest.fixture
def redaktion(client):
    return staff(client, "redakteur", roles.EDITOR)


def time_travel(monkeypatch, moment):
    monkeypatch.setattr(timezone, "now", lambda: moment)


# ------------------------------------------------------------------- writing and review


def test_author_writes_a_draft_and_is_recorded_as_its_creator(client, autorin):
    form = client.get("/admin/articles/article/add/")
    # Only the author's two statuses are offered; the date is the editors' business.
    assert '<option value="draft" selected>Entwurf</option>' in form.text
    assert '<option value="review">In Prüfung</option>' in form.text
    assert 'value="published"' not in form.text and 'name="published_at_0"' not in form.text
    assert 'name="new_tags"' not in form.text  # she picks existing tags, the editors create new ones

    data = admin_form_data(
        form, title="Mein erster Entwurf", section=str(make_section("Politik").pk), lead="Vorspann.",
        **{"bylines-0-author": str(autorin.author_profile.pk)},
    )
    assert client.post("/admin/articles/article/add/", data).status_code == 302

    article = Article.objects.get(title="Mein erster Entwurf")
    assert article.status == Article.Status.DRAFT and article.created_by == autorin
    assert "Lena Hartmann (autorin)" in client.get(change_url(article)).text  # „Angelegt von“


def test_author_cannot_publish_by_crafting_the_status_and_keeps_her_text(client, autorin, admin_client):
    draft = make_article("Entwurf", public=False, created_by=autorin)
    data = admin_form_data(admin_client.get(change_url(draft)), status="published", title="Fast fertig")

    response = client.post(change_url(draft), data)

    assert response.status_code == 200
    assert AUTHOR_STATUS_ERROR in response.text
    assert 'value="Fast fertig"' in response.text
    draft.refresh_from_db()
    assert draft.status == Article.Status.DRAFT and draft.title == "Entwurf"


def test_author_cannot_set_the_date_or_a_correction_by_crafting_fields(client, autorin, admin_client):
    draft = make_article("Entwurf", public=False, created_by=autorin)
    data = admin_form_data(
        admin_client.get(change_url(draft)), title="Überarbeitet",
        published_at_0="01.01.2020", published_at_1="10:00:00", mark_corrected="on", correction_note="Erfunden",
    )

    assert client.post(change_url(draft), data).status_code == 302

    draft.refresh_from_db()
    assert draft.title == "Überarbeitet"  # her text is saved, the editors' fields are not
    assert draft.published_at is None and draft.corrected_at is None and draft.correction_note == ""


def test_author_submits_for_review_and_then_cannot_edit_until_it_is_sent_back(client, autorin, admin_client):
    draft = make_article("Reportage", public=False, created_by=autorin)
    data = admin_form_data(client.get(change_url(draft)), status="review")

    response = client.post(change_url(draft), data, follow=True)

    assert "ist zur Prüfung eingereicht" in response.text
    draft.refresh_from_db()
    assert draft.status == Article.Status.REVIEW
    locked = client.get(change_url(draft))
    assert locked.status_code == 200 and 'name="title"' not in locked.text  # she can read it, not change it
    assert client.post(change_url(draft), data).status_code == 403

    # The editors send it back to „Entwurf“ with the status field: hers again.
    admin_client.post(change_url(draft), admin_form_data(admin_client.get(change_url(draft)), status="draft"))
    assert 'name="title"' in client.get(change_url(draft)).text


def test_author_whose_submission_fails_validation_keeps_her_text_and_saves_it_as_draft(client, autorin):
    draft = make_article("Reportage", public=False, created_by=autorin)
    data = admin_form_data(
        client.get(change_url(draft)), status="review", title="Reportage, fast fertig",
        source_name="", source_url="https://example.org/bericht",
    )

    response = client.post(change_url(draft), data)

    assert response.status_code == 200
    assert "Bitte den Namen der Quelle angeben." in response.text
    assert 'name="title"' in response.text and 'value="Reportage, fast fertig"' in response.text
    assert '<option value="draft">Entwurf</option>' in response.text
    draft.refresh_from_db()
    assert draft.title == "Reportage" and draft.status == Article.Status.DRAFT

    response = client.post(change_url(draft), admin_form_data(response, status="draft", source_name="Agentur"))

    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.status == Article.Status.DRAFT
    assert (draft.title, draft.source_name, draft.source_url) == ("Reportage, fast fertig", "Agentur", "https://example.org/bericht")


def test_author_sees_her_articles_and_public_ones_but_not_colleagues_unpublished_work(client, autorin):
    colleague = User.objects.create_user("kollege", is_staff=True)
    make_article("Mein Entwurf", public=False, created_by=autorin)
    make_article("Meine Reportage", authors=[autorin.author_profile])
    make_article("Öffentlich von anderen", created_by=colleague)
    others_draft = make_article("Fremder Entwurf", public=False, created_by=colleague)
    make_article("Fremd und geplant", published_at=timezone.now() + timedelta(days=1), created_by=colleague)

    listing = client.get(CHANGELIST).text

    assert "Mein Entwurf" in listing and "Meine Reportage" in listing and "Öffentlich von anderen" in listing
    assert "Fremder Entwurf" not in listing and "Fremd und geplant" not in listing
    assert "publish_selected" not in listing and "unpublish_selected" not in listing
    # Typing the address of a colleague's draft shows nothing either.
    response = client.get(change_url(others_draft), follow=True)
    assert "Fremder Entwurf" not in response.text and "existiert nicht" in response.text


def test_author_cannot_bulk_publish_even_with_a_crafted_request(client, autorin):
    draft = make_article("Entwurf", public=False, created_by=autorin)

    response = client.post(CHANGELIST, {"action": "publish_selected", "_selected_action": [draft.pk]}, follow=True)

    assert "Keine Aktion ausgewählt." in response.text
    draft.refresh_from_db()
    assert draft.status == Article.Status.DRAFT


def test_author_cannot_bulk_delete_articles_she_may_not_delete(client, autorin):
    published = make_article("Veröffentlicht", created_by=autorin)
    response = client.post(CHANGELIST, {"action": "delete_selected", "_selected_action": [published.pk], "post": "yes"})
    assert response.status_code == 403
    assert Article.objects.filter(pk=published.pk).exists()


# ------------------------------------------------------------- scheduling and publishing


def test_editor_schedules_and_the_list_shows_when(client, redaktion):
    draft = make_article("Wahlabend live", public=False)
    data = admin_form_data(
        client.get(change_url(draft)), status="published", published_at_0="26.11.2099", published_at_1="09:00:00"
    )
    assert client.post(change_url(draft), data).status_code == 302

    draft.refresh_from_db()
    assert draft.published_at == datetime(2099, 11, 26, 9, 0, tzinfo=BERLIN) and not draft.is_public
    assert "Geplant (am 26.11.2099, 09:00)" in client.get(CHANGELIST).text


def test_status_filter_knows_scheduled_articles(client, redaktion):
    make_article("Ein Entwurf", public=False)
    make_article("In der Prüfung", public=False, status=Article.Status.REVIEW)
    make_article("Kommt morgen", published_at=timezone.now() + timedelta(days=1))
    make_article("Schon online")
    make_article("Zurückgezogen", public=False, status=Article.Status.UNPUBLISHED)
    titles = ["Ein Entwurf", "In der Prüfung", "Kommt morgen", "Schon online", "Zurückgezogen"]

    listing = client.get(CHANGELIST).text
    for label in ["Nach Status", "Entwurf", "In Prüfung", "Geplant", "Veröffentlicht", "Depubliziert"]:
        assert label in listing
    for value, expected in zip(["draft", "review", "scheduled", "published", "unpublished"], titles):
        listing = client.get(CHANGELIST, {"stand": value}).text
        assert [title for title in titles if title in listing] == [expected], value


def test_my_articles_filter_finds_what_i_created_or_am_named_in(client, redaktion):
    make_author("Paul Albrecht", user=redaktion)
    make_article("Selbst angelegt", created_by=redaktion)
    make_article("Mit meinem Namen", authors=[redaktion.author_profile])
    make_article("Von jemand anderem")

    listing = client.get(CHANGELIST, {"meine": "ja"}).text

    assert "Nach Zuständigkeit" in listing and "Meine Artikel" in listing
    assert "Selbst angelegt" in listing and "Mit meinem Namen" in listing
    assert "Von jemand anderem" not in listing


def test_a_scheduled_article_appears_by_itself_at_its_time(client, monkeypatch):
    section = make_section("Politik")
    moment = datetime(2099, 11, 26, 9, 0, tzinfo=BERLIN)
    article = make_article("Wahlabend live", section=section, published_at=moment)
    pages = ["/", article.get_absolute_url(), section.get_absolute_url(), "/feed/"]

    time_travel(monkeypatch, moment - timedelta(seconds=1))
    assert client.get(article.get_absolute_url()).status_code == 404
    for url in ["/", section.get_absolute_url(), "/feed/"]:
        assert "Wahlabend live" not in client.get(url).text, url

    time_travel(monkeypatch, moment)
    for url in pages:
        assert "Wahlabend live" in client.get(url).text, url


def test_a_scheduled_article_appears_on_time_through_the_page_cache(client, monkeypatch, settings):
    settings.PAGE_CACHE_ENABLED = True
    moment = datetime(2099, 11, 26, 9, 0, tzinfo=BERLIN)
    article = make_article("Wahlabend live", published_at=moment)

    def travel(to):
        time_travel(monkeypatch, to)
        monkeypatch.setattr(time, "time", lambda: to.timestamp())

    travel(moment - timedelta(minutes=1))
    assert "Wahlabend live" not in client.get("/").text
    cached = client.get("/")
    assert cached["X-Page-Cache"] == "hit" and "Wahlabend live" not in cached.text

    travel(moment)
    assert "Wahlabend live" in client.get("/").text
    assert client.get(article.get_absolute_url()).status_code == 200


def test_editor_sends_an_article_back_and_unpublishes_another(client, redaktion):
    in_review = make_article("Zu früh eingereicht", public=False, status=Article.Status.REVIEW)
    online = make_article("Fehlerhaft")

    client.post(change_url(in_review), admin_form_data(client.get(change_url(in_review)), status="draft"))
    client.post(change_url(online), admin_form_data(client.get(change_url(online)), status="unpublished"))

    in_review.refresh_from_db(), online.refresh_from_db()
    assert in_review.status == Article.Status.DRAFT
    assert online.status == Article.Status.UNPUBLISHED
    client.logout()
    assert client.get(online.get_absolute_url()).status_code == 404


def test_publishing_an_image_needs_its_alt_text(client, redaktion):
    from tests.factories import make_image

    draft = make_article("Mit Bild", public=False)
    data = admin_form_data(client.get(change_url(draft)), status="published", hero_image=str(make_image(alt="").pk))
    response = client.post(change_url(draft), data)

    assert "Das gewählte Bild hat noch keinen Alternativtext." in response.text
    draft.refresh_from_db()
    assert draft.status == Article.Status.DRAFT


# ----------------------------------------------------------------------------- corrections


def test_editor_marks_a_correction_and_readers_see_when_and_why(client, redaktion, monkeypatch):
    article = make_article("Haushalt beschlossen", published_at=datetime(2026, 11, 25, 18, 0, tzinfo=BERLIN))
    form = client.get(change_url(article))
    assert "Inhaltliche Korrektur (als ‚Aktualisiert: …‘ anzeigen)" in form.text
    data = admin_form_data(
        form, mark_corrected="on",
        correction_note="In einer früheren Fassung hieß es, der Haushalt umfasse 40 Milliarden Euro. Es sind 4 Milliarden.",
    )

    time_travel(monkeypatch, datetime(2026, 11, 26, 10, 15, tzinfo=BERLIN))
    assert client.post(change_url(article), data).status_code == 302

    client.logout()
    page = client.get(article.get_absolute_url()).text
    assert "Aktualisiert: <time" in page and "26.11.2026, 10:15 Uhr" in page
    assert '<aside class="correction"' in page and "Korrekturhinweis" in page
    assert "Es sind 4 Milliarden." in page


def test_a_page_without_correction_says_nothing_about_one(client):
    page = client.get(make_article("Ohne Fehler").get_absolute_url()).text
    assert "Aktualisiert" not in page and "Korrekturhinweis" not in page


def test_a_correction_needs_a_published_article(client, redaktion):
    draft = make_article("Entwurf", public=False)
    response = client.post(change_url(draft), admin_form_data(client.get(change_url(draft)), mark_corrected="on"))
    assert "Eine Korrektur lässt sich nur bei einem veröffentlichten Artikel vermerken." in response.text
    draft.refresh_from_db()
    assert draft.corrected_at is None


def test_authors_do_not_get_the_correction_fields(client, autorin):
    draft = make_article("Entwurf", public=False, created_by=autorin)
    form = client.get(change_url(draft)).text
    assert "Inhaltliche Korrektur" not in form and 'name="correction_note"' not in form
