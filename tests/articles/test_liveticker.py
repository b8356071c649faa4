"""Liveticker: the Redaktion writes entries on one screen, readers get them within seconds,
and an unchanged update check costs no query."""
import json
import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, User
from django.core.cache import cache
from django.test import Client
from django.utils import timezone

from articles import roles
from articles.models import LIVETICKER_PAGE_SIZE, Article, LivetickerEntry
from tests.factories import make_article, make_author

pytestmark = pytest.mark.django_db


def make_liveticker(title="Wahlabend im Landtag", **fields):
    return make_article(title, is_liveticker=True, **fields)


def post_entry(article, body, *, minutes_ago=0, **fields):
    return LivetickerEntry.objects.create(
        article=article, body=body, published_at=timezone.now() - timedelta(minutes=minutes_ago), **fields
    )


def member(role, username="tester", **names):
    user = User.objects.create_user(username, is_staff=True, **names)
    if role:
        user.groups.add(Group.objects.get(name=role))
    client = Client()
    client.force_login(user)
    return user, client


def desk_url(article):
    return f"/admin/articles/article/{article.pk}/liveticker/"


def entry_url(article, entry):
    return f"/admin/articles/article/{article.pk}/liveticker/{entry.pk}/"


def entry_ids(html):
    return re.findall(r'id="(eintrag-\d+)" data-liveticker-entry', html)


# ------------------------------------------------------------------ readers


def test_reader_sees_the_key_events_first_then_the_newest_entries_with_time_and_link(client):
    ticker = make_liveticker()
    first = post_entry(ticker, "<p>Die Wahllokale haben geschlossen.</p>", minutes_ago=30, title="18 Uhr")
    key = post_entry(ticker, "<p>Die Regierung verliert die Mehrheit.</p>", minutes_ago=20, is_pinned=True)
    latest = post_entry(ticker, "<p>Die Spitzenkandidatin tritt vor die Presse.</p>", minutes_ago=1)

    html = client.get(ticker.get_absolute_url()).content.decode()

    assert "Das Wichtigste in Kürze" in html
    assert entry_ids(html) == [key.anchor, latest.anchor, first.anchor]
    local = timezone.localtime(latest.published_at)
    assert f'{local:%H:%M} Uhr</time>' in html
    assert f'href="#{latest.anchor}"' in html
    assert "<h3 class=\"liveticker-entry__title\">18 Uhr</h3>" in html
    assert 'role="status" aria-live="polite"' in html
    assert "js/liveticker.js" in html and "<script>" not in html


def test_drafts_stay_hidden_from_readers(client):
    ticker = make_liveticker()
    LivetickerEntry.objects.create(article=ticker, body="<p>Noch nicht bestätigt.</p>")
    assert "Noch nicht bestätigt" not in client.get(ticker.get_absolute_url()).content.decode()


def test_older_entries_are_on_pages_behind_plain_links(client):
    ticker = make_liveticker()
    entries = [post_entry(ticker, f"<p>Meldung {n}</p>", minutes_ago=100 - n) for n in range(LIVETICKER_PAGE_SIZE + 3)]

    first = client.get(ticker.get_absolute_url()).content.decode()
    assert len(entry_ids(first)) == LIVETICKER_PAGE_SIZE
    assert 'href="?page=2" rel="next">Ältere Einträge' in first

    second = client.get(ticker.get_absolute_url() + "?page=2").content.decode()
    assert entry_ids(second) == [entry.anchor for entry in reversed(entries[:3])]
    assert "Neuere Einträge" in second
    assert client.get(ticker.get_absolute_url() + "?page=3").status_code == 404


def test_an_edited_entry_says_when_it_was_updated(client):
    ticker = make_liveticker()
    entry = post_entry(ticker, "<p>Erste Hochrechnung: 31 Prozent.</p>", minutes_ago=10)
    entry.body = "<p>Erste Hochrechnung: 32 Prozent.</p>"
    assert entry.save_edit(entry.lock_version)

    html = client.get(ticker.get_absolute_url()).content.decode()
    assert f"aktualisiert <time datetime=" in html
    assert f"{timezone.localtime(entry.edited_at):%H:%M} Uhr" in html
    assert "32 Prozent" in html


def test_a_correction_is_marked_as_such(client):
    ticker = make_liveticker()
    post_entry(ticker, "<p>Nicht 32, sondern 31 Prozent.</p>", is_correction=True)
    html = client.get(ticker.get_absolute_url()).content.decode()
    assert 'liveticker-entry--correction' in html and ">Korrektur</span>" in html


def test_entry_bodies_are_sanitised_like_articles():
    ticker = make_liveticker()
    entry = post_entry(ticker, '<p onclick="x()">Text<script>alert(1)</script> <a href="javascript:x">Link</a></p>')
    assert "script" not in entry.body and "onclick" not in entry.body and "javascript" not in entry.body


def test_an_ended_liveticker_stays_readable_as_archive_and_stops_asking_for_updates(client):
    ticker = make_liveticker()
    post_entry(ticker, "<p>Das Endergebnis steht fest.</p>")
    ticker.end_liveticker()

    html = client.get(ticker.get_absolute_url()).content.decode()
    assert "Liveticker beendet am" in html
    assert "Das Endergebnis steht fest." in html
    assert "data-liveticker-updates" not in html and "js/liveticker.js" not in html
    assert json.loads(client.get(f"{ticker.get_absolute_url()}liveticker/").content)["beendet"] is True


def test_an_ordinary_article_has_no_liveticker_and_no_update_check(client):
    article = make_article("Gewöhnliche Meldung")
    assert "liveticker" not in client.get(article.get_absolute_url()).content.decode()
    assert client.get(f"{article.get_absolute_url()}liveticker/").status_code == 404
    assert client.get(f"{article.get_absolute_url()}feed/").status_code == 404


def test_an_unpublished_liveticker_answers_no_update_check(client):
    ticker = make_liveticker(public=False)
    assert client.get(f"{ticker.get_absolute_url()}liveticker/").status_code == 404


def test_update_check_names_the_entries_of_the_first_page_and_changes_with_them(client):
    ticker = make_liveticker()
    entry = post_entry(ticker, "<p>Erste Meldung</p>")
    url = f"{ticker.get_absolute_url()}liveticker/"
    before = json.loads(client.get(url).content)
    page = client.get(ticker.get_absolute_url()).content.decode()
    assert before["eintraege"] == [entry.anchor]
    assert f'data-liveticker-stand="{before["stand"]}"' in page

    newer = post_entry(ticker, "<p>Zweite Meldung</p>")
    after = json.loads(client.get(url).content)
    assert after["eintraege"] == [newer.anchor, entry.anchor]
    assert after["stand"] != before["stand"]


# ------------------------------------------------------------------ cost


def test_unchanged_update_check_costs_no_query_and_gets_a_304(client, settings, django_assert_num_queries):
    settings.PAGE_CACHE_ENABLED = True
    ticker = make_liveticker()
    post_entry(ticker, "<p>Erste Meldung</p>")
    url = f"{ticker.get_absolute_url()}liveticker/"
    first = client.get(url)
    etag = first["ETag"]

    with django_assert_num_queries(0):
        again = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304

    post_entry(ticker, "<p>Zweite Meldung</p>")
    changed = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200
    assert len(json.loads(changed.content)["eintraege"]) == 2


def test_a_new_entry_renews_only_its_liveticker_not_the_rest_of_the_site(client, settings):
    settings.PAGE_CACHE_ENABLED = True
    ticker = make_liveticker()
    other = make_article("Andere Meldung")
    for url in ("/", other.get_absolute_url(), ticker.get_absolute_url()):
        assert client.get(url)["X-Page-Cache"] == "miss"

    post_entry(ticker, "<p>Neu im Ticker</p>")

    assert client.get("/")["X-Page-Cache"] == "hit"
    assert client.get(other.get_absolute_url())["X-Page-Cache"] == "hit"
    fresh = client.get(ticker.get_absolute_url())
    assert fresh["X-Page-Cache"] == "miss" and "Neu im Ticker" in fresh.content.decode()
    assert client.get(ticker.get_absolute_url())["X-Page-Cache"] == "hit"


def test_cdns_keep_a_running_liveticker_only_seconds(client, settings):
    settings.PAGE_CACHE_ENABLED = True
    ticker = make_liveticker()
    for _ in range(2):  # a miss, then a hit
        for url in (ticker.get_absolute_url(), f"{ticker.get_absolute_url()}liveticker/"):
            cache_control = client.get(url)["Cache-Control"]
            assert "s-maxage=2" in cache_control and "stale-while-revalidate=2" in cache_control
    assert "s-maxage=60" in client.get(make_article("Andere Meldung").get_absolute_url())["Cache-Control"]


# With a cold cache: the article, the pinned entries, the newest entries, „Mehr aus …“, the
# „Meistgelesen“ box and the site's four (settings, menu, ticker, Eilmeldung; all cached).
LIVETICKER_PAGE_QUERIES = 9
# Article, pinned, newest: only when something changed (or the cache is cold).
UPDATE_CHECK_QUERIES = 3


@pytest.mark.parametrize("entries", [1, 30])
def test_liveticker_page_and_update_check_cost_a_fixed_number_of_queries(client, django_assert_num_queries, entries):
    ticker = make_liveticker()
    authors = [make_author(f"Reporterin {n}") for n in range(3)]
    for n in range(entries):
        post_entry(ticker, f"<p>Meldung {n}</p>", minutes_ago=n, author=authors[n % 3], is_pinned=n % 7 == 0)
    cache.clear()
    with django_assert_num_queries(LIVETICKER_PAGE_QUERIES):
        assert client.get(ticker.get_absolute_url()).status_code == 200
    with django_assert_num_queries(UPDATE_CHECK_QUERIES):
        assert client.get(f"{ticker.get_absolute_url()}liveticker/").status_code == 200


# ------------------------------------------------------------------ search engines and feeds


def structured_data(html):
    return [json.loads(block) for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html)]


def test_search_engines_read_a_live_blog_posting(client):
    ticker = make_liveticker()
    entry = post_entry(ticker, "<p>Die Wahllokale sind geschlossen.</p>", title="18 Uhr")
    data = next(d for d in structured_data(client.get(ticker.get_absolute_url()).content.decode()) if d["@type"] == "LiveBlogPosting")
    assert data["coverageStartTime"].startswith(f"{timezone.localtime(ticker.published_at):%Y-%m-%dT%H:%M}")
    assert "coverageEndTime" not in data
    update = data["liveBlogUpdate"][0]
    assert update["headline"] == "18 Uhr" and update["url"].endswith(f"#{entry.anchor}")
    assert update["articleBody"] == "Die Wahllokale sind geschlossen."

    ticker.end_liveticker()
    data = next(d for d in structured_data(client.get(ticker.get_absolute_url()).content.decode()) if d["@type"] == "LiveBlogPosting")
    assert "coverageEndTime" in data


def test_the_liveticker_feed_carries_its_entries(client):
    ticker = make_liveticker()
    post_entry(ticker, "<p>Erste Hochrechnung</p>", minutes_ago=5, title="Hochrechnung")
    LivetickerEntry.objects.create(article=ticker, body="<p>Entwurf</p>")
    page = client.get(ticker.get_absolute_url()).content.decode()
    assert f'href="{ticker.get_absolute_url()}feed/"' in page

    feed = client.get(f"{ticker.get_absolute_url()}feed/").content.decode()
    assert "<title>Hochrechnung</title>" in feed
    assert "Erste Hochrechnung" in feed and "Entwurf" not in feed


def test_the_news_sitemap_lists_a_liveticker_while_it_runs(client):
    ticker = make_liveticker(published_at=timezone.now() - timedelta(days=5))
    assert ticker.slug in client.get("/news-sitemap.xml").content.decode()
    ticker.end_liveticker()
    assert ticker.slug not in client.get("/news-sitemap.xml").content.decode()


# ------------------------------------------------------------------ the newsroom's screen


def test_editor_posts_an_entry_in_one_step_and_sees_it_on_top():
    user, client = member(roles.EDITOR, first_name="Paul", last_name="Albrecht")
    ticker = make_liveticker()
    post_entry(ticker, "<p>Ältere Meldung</p>", minutes_ago=5)

    screen = client.get(desk_url(ticker))
    assert screen.status_code == 200
    assert "admin_extra/liveticker.js" in screen.content.decode()

    response = client.post(desk_url(ticker), {"title": "", "body": "<p>Die Stimmen werden ausgezählt.</p>", "publish": "1"})
    assert response.status_code == 302
    entry = LivetickerEntry.objects.get(body__contains="ausgezählt")
    assert entry.published_at is not None and entry.created_by == user
    desk = client.get(desk_url(ticker)).content.decode()
    assert desk.index("ausgezählt") < desk.index("Ältere Meldung")


def test_a_draft_is_published_with_one_click(client):
    _, editor = member(roles.EDITOR)
    ticker = make_liveticker()
    editor.post(desk_url(ticker), {"body": "<p>Vorbereitet: Endergebnis</p>", "draft": "1"})
    draft = LivetickerEntry.objects.get()
    assert draft.is_draft
    assert "Vorbereitet" not in client.get(ticker.get_absolute_url()).content.decode()

    editor.post(entry_url(ticker, draft), {"publish": "1"})
    assert "Vorbereitet" in client.get(ticker.get_absolute_url()).content.decode()


def test_an_empty_entry_gets_a_german_message_and_nothing_is_saved():
    _, editor = member(roles.EDITOR)
    ticker = make_liveticker()
    response = editor.post(desk_url(ticker), {"title": "Nur ein Titel", "body": "", "publish": "1"})
    assert response.status_code == 200
    assert "Bitte einen Text für den Eintrag schreiben." in response.content.decode()
    assert "Nur ein Titel" in response.content.decode()
    assert not LivetickerEntry.objects.exists()


def test_two_editors_posting_at_once_keep_both_entries():
    _, first = member(roles.EDITOR, "erste")
    _, second = member(roles.EDITOR, "zweite")
    ticker = make_liveticker()
    first.get(desk_url(ticker))
    second.get(desk_url(ticker))
    first.post(desk_url(ticker), {"body": "<p>Von der ersten</p>", "publish": "1"})
    second.post(desk_url(ticker), {"body": "<p>Von der zweiten</p>", "publish": "1"})
    assert LivetickerEntry.objects.published().count() == 2


def test_an_edit_made_on_an_old_state_is_refused_and_keeps_what_was_typed():
    _, first = member(roles.EDITOR, "erste")
    _, second = member(roles.EDITOR, "zweite")
    ticker = make_liveticker()
    entry = post_entry(ticker, "<p>31 Prozent</p>")
    seen = entry.lock_version
    first.post(entry_url(ticker, entry), {"body": "<p>32 Prozent</p>", "lock_version": seen, "save": "1"})

    response = second.post(entry_url(ticker, entry), {"body": "<p>33 Prozent</p>", "lock_version": seen, "save": "1"})
    assert response.status_code == 200
    assert "Jemand anderes hat diesen Eintrag gespeichert" in response.content.decode()
    assert "33 Prozent" in response.content.decode()
    entry.refresh_from_db()
    assert entry.body == "<p>32 Prozent</p>" and entry.edited_at is not None


def test_an_autorin_writes_in_the_liveticker_of_her_article_but_not_over_colleagues_entries():
    author_user, author = member(roles.AUTHOR, "reporterin")
    colleague, _ = member(roles.EDITOR, "kollege")
    ticker = make_liveticker(created_by=author_user)
    assert author.post(desk_url(ticker), {"body": "<p>Vor Ort: lange Schlangen</p>", "publish": "1"}).status_code == 302
    own = LivetickerEntry.objects.get(created_by=author_user)
    others = post_entry(ticker, "<p>Aus der Redaktion</p>", created_by=colleague)

    assert author.post(entry_url(ticker, own), {"body": "<p>Vor Ort: sehr lange Schlangen</p>", "lock_version": own.lock_version}).status_code == 302
    assert author.post(entry_url(ticker, others), {"delete": "1"}).status_code == 403
    assert author.post(entry_url(ticker, others), {"body": "<p>Überschrieben</p>", "lock_version": others.lock_version}).status_code == 403
    others.refresh_from_db()
    assert others.body == "<p>Aus der Redaktion</p>"
    # Ending the ticker is the Redaktion's.
    assert author.post(desk_url(ticker), {"end": "1"}).status_code == 403
    assert Article.objects.get(pk=ticker.pk).liveticker_ended_at is None


def test_an_autorin_cannot_write_in_a_colleagues_liveticker():
    _, author = member(roles.AUTHOR, "reporterin")
    ticker = make_liveticker()
    assert author.post(desk_url(ticker), {"body": "<p>Fremd</p>", "publish": "1"}).status_code == 403
    assert not LivetickerEntry.objects.exists()


def test_staff_without_a_role_write_nothing():
    _, nobody = member(None, "ohne-rolle")
    ticker = make_liveticker()
    assert nobody.post(desk_url(ticker), {"body": "<p>Nein</p>", "publish": "1"}).status_code == 404
    assert not LivetickerEntry.objects.exists()


def test_the_redaktion_edits_and_deletes_anyones_entry_and_ends_the_ticker(client):
    author_user, _ = member(roles.AUTHOR, "reporterin")
    _, editor = member(roles.EDITOR, "redakteur")
    ticker = make_liveticker(created_by=author_user)
    entry = post_entry(ticker, "<p>Von der Reporterin</p>", created_by=author_user)

    editor.post(entry_url(ticker, entry), {"body": "<p>Geprüft</p>", "lock_version": entry.lock_version})
    entry.refresh_from_db()
    assert entry.body == "<p>Geprüft</p>"
    editor.post(entry_url(ticker, entry), {"delete": "1"})
    assert not LivetickerEntry.objects.exists()

    editor.post(desk_url(ticker), {"end": "1"})
    assert "Liveticker beendet am" in client.get(ticker.get_absolute_url()).content.decode()


def test_an_article_becomes_a_liveticker_in_its_form_and_the_screen_is_linked():
    _, editor = member(roles.EDITOR)
    article = make_article("Sturm über dem Land")
    assert editor.get(desk_url(article)).status_code == 404
    form = editor.get(f"/admin/articles/article/{article.pk}/change/").content.decode()
    assert 'name="is_liveticker"' in form
    Article.objects.filter(pk=article.pk).update(is_liveticker=True)
    form = editor.get(f"/admin/articles/article/{article.pk}/change/").content.decode()
    assert "Liveticker führen" in form and desk_url(article) in form
