"""The Redaktion runs the front page: Aufmacher and Top-Themen, Ressort blocks, hidden
Ressorts; and what readers see of it (Dachzeile, times, compact teasers, article page ends)."""
import re
import time
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client
from django.utils import timezone
from reversion.models import Version

from articles import roles, times
from articles.models import FRONT_PAGE_STORIES, FrontPage, FrontPageSlot
from tests.admin_forms import admin_form_data
from tests.factories import make_article, make_author, make_section

pytestmark = pytest.mark.django_db

BERLIN = ZoneInfo("Europe/Berlin")


def staff(client, username, role):
    user = User.objects.create_user(username, is_staff=True, first_name="Paul", last_name="Albrecht")
    user.groups.add(Group.objects.get(name=role))
    client.force_login(user)
    return user


def place(*articles, ends_at=None):
    """The front page with `articles` in its slots, in order (the first is the Aufmacher)."""
    front_page = FrontPage.current()
    for position, article in enumerate(articles, start=1):
        FrontPageSlot.objects.create(front_page=front_page, article=article, position=position, ends_at=ends_at)
    return front_page


def newest_articles(count, section=None, hours_ago=1, prefix="Neu"):
    """`count` public articles („Neu 0“, „Neu 1“, …), the first the newest."""
    now = timezone.now()
    return [
        make_article(f"{prefix} {number}", section=section, published_at=now - timedelta(hours=hours_ago, minutes=number))
        for number in range(count)
    ]


def lead_story(html):
    section = re.search(r'<section class="lead-story".*?</section>', html, re.DOTALL).group(0)
    return re.search(r'class="card__title card__title--lead"><a [^>]*>([^<]+)<', section).group(1)


def top_stories(html):
    section = re.search(r'<section class="top-stories".*?</section>', html, re.DOTALL).group(0)
    return re.findall(r'class="(?:card|teaser)__title"><a [^>]*>([^<]+)<', section)


def front_page_stories(html):
    return [lead_story(html), *top_stories(html)]


def travel(monkeypatch, moment):
    monkeypatch.setattr(timezone, "now", lambda: moment)
    monkeypatch.setattr(time, "time", lambda: moment.timestamp())


# ------------------------------------------------------------------- placement


def test_the_redaktion_places_an_older_article_as_aufmacher_and_readers_see_it_at_once(client, settings):
    settings.PAGE_CACHE_ENABLED = True
    reader = Client()
    newest_articles(8)
    older = make_article("Die große Recherche", published_at=timezone.now() - timedelta(days=2))
    assert lead_story(reader.get("/").text) == "Neu 0"  # nothing placed: the newest leads
    assert reader.get("/")["X-Page-Cache"] == "hit"

    staff(client, "redakteur", roles.EDITOR)
    form = client.get("/admin/articles/frontpage/", follow=True)
    assert form.status_code == 200
    response = client.post(
        form.redirect_chain[-1][0],
        admin_form_data(form, **{"slots-TOTAL_FORMS": "1", "slots-0-article": str(older.pk), "slots-0-position": "1"}),
    )
    assert response.status_code == 302, response.context and response.context["errors"]

    html = reader.get("/").text
    assert lead_story(html) == "Die große Recherche"
    assert top_stories(html) == [f"Neu {number}" for number in range(FRONT_PAGE_STORIES - 1)]


def test_a_slot_whose_article_is_not_public_shows_the_newest_article_never_a_draft_or_one_twice(client):
    newest = newest_articles(9)
    draft = make_article("Noch ein Entwurf", public=False)
    scheduled = make_article("Erst morgen", published_at=timezone.now() + timedelta(days=1))
    place(newest[4], draft, newest[2], scheduled)

    stories = front_page_stories(client.get("/").text)

    # Slot 1 and 3 keep their articles; slots 2 and 4 and the free ones take the newest others.
    assert stories == ["Neu 4", "Neu 0", "Neu 2", "Neu 1", "Neu 3", "Neu 5", "Neu 6"]
    assert len(set(stories)) == len(stories) == FRONT_PAGE_STORIES


def test_an_ended_slot_gives_its_place_to_the_newest_article_at_its_end_time_through_the_page_cache(
    client, monkeypatch, settings
):
    settings.PAGE_CACHE_ENABLED = True
    now = timezone.now()
    newest_articles(8)
    special = make_article("Sonderseite zum Gipfel", published_at=now - timedelta(days=3))
    place(special, ends_at=now + timedelta(hours=2))

    assert lead_story(client.get("/").text) == "Sonderseite zum Gipfel"
    assert client.get("/")["X-Page-Cache"] == "hit"

    travel(monkeypatch, now + timedelta(hours=2))
    html = client.get("/").text
    assert lead_story(html) == "Neu 0"
    assert "Sonderseite zum Gipfel" not in html


def test_placing_the_same_article_twice_is_refused_in_german_and_nothing_is_saved(client):
    article = make_article("Doppelt gemoppelt")
    staff(client, "redakteur", roles.EDITOR)
    form = client.get("/admin/articles/frontpage/", follow=True)
    data = admin_form_data(form, **{
        "slots-TOTAL_FORMS": "2",
        "slots-0-article": str(article.pk), "slots-0-position": "1",
        "slots-1-article": str(article.pk), "slots-1-position": "2",
    })
    response = client.post(form.redirect_chain[-1][0], data)

    assert response.status_code == 200
    assert "„Doppelt gemoppelt“ steht schon auf der Startseite" in response.text
    assert not FrontPageSlot.objects.exists()


def test_the_editor_reorders_and_removes_slots_and_finds_each_state_in_the_history(client):
    first, second, third = (make_article(title) for title in ("Erste", "Zweite", "Dritte"))
    place(first, second, third)
    staff(client, "redakteur", roles.EDITOR)
    url = f"/admin/articles/frontpage/{FrontPage.current().pk}/change/"
    form = client.get(url)
    assert "Aufmacher" in form.text and "Top-Thema 1" in form.text
    changes = {"slots-0-position": "3", "slots-2-position": "1", "slots-1-DELETE": "on"}
    assert client.post(url, admin_form_data(form, **changes)).status_code == 302

    assert lead_story(Client().get("/").text) == "Dritte"
    assert list(FrontPageSlot.objects.values_list("article__title", flat=True)) == ["Dritte", "Erste"]
    versions = Version.objects.get_for_object(FrontPage.current())
    assert versions.count() == 1 and versions[0].revision.user.username == "redakteur"
    history = client.get(f"{url.removesuffix('change/')}history/")
    assert history.status_code == 200 and "Paul Albrecht" in history.text


def test_only_redaktion_and_administration_may_run_the_front_page(client):
    article = make_article("Wichtig")
    staff(client, "autorin", roles.AUTHOR)
    front_page = FrontPage.current()
    url = f"/admin/articles/frontpage/{front_page.pk}/change/"

    assert client.get(url).status_code == 403
    assert client.post(url, {"slots-TOTAL_FORMS": "1", "slots-INITIAL_FORMS": "0", "slots-0-article": str(article.pk),
                             "slots-0-position": "1"}).status_code == 403
    assert client.get("/admin/articles/frontpage/").status_code == 403
    assert "/admin/articles/frontpage/" not in client.get("/admin/").text
    assert not FrontPageSlot.objects.exists()

    for username, role in (("redakteur", roles.EDITOR), ("admin", roles.ADMINISTRATION)):
        staff(client, username, role)
        assert client.get(url).status_code == 200, role


# ------------------------------------------------------------------- Ressort blocks, hidden Ressorts


def test_ressort_blocks_show_the_newest_articles_not_shown_above_in_menu_order():
    sport = make_section("Sport", position=30, on_home_page=True)
    politik = make_section("Politik", position=10, on_home_page=True)
    make_section("Kultur", position=20)  # not on the home page
    newest_articles(FRONT_PAGE_STORIES)  # fill the top
    sport_articles = newest_articles(6, section=sport, hours_ago=5, prefix="Sport")
    make_article("Politik kompakt", section=politik, published_at=timezone.now() - timedelta(hours=9))
    place(sport_articles[1])

    html = Client().get("/").text
    blocks = re.findall(r'<section class="section-block".*?</section>', html, re.DOTALL)

    assert [re.search(r'<h2[^>]*><a href="([^"]+)"', block).group(1) for block in blocks] == ["/ressort/politik/", "/ressort/sport/"]
    sport_titles = re.findall(r'teaser__title"><a [^>]*>([^<]+)<', blocks[1])
    assert sport_titles == ["Sport 0", "Sport 2", "Sport 3"]  # Sport 1 is the Aufmacher already
    assert "Mehr aus Sport" in blocks[1] and "Mehr aus Politik" in blocks[0]


def test_a_hidden_ressort_is_prepared_out_of_sight_while_its_published_articles_stay_readable(client):
    hidden = make_section("Weltmeisterschaft", is_visible=False, on_home_page=True)
    newest_articles(FRONT_PAGE_STORIES)
    article = make_article("Der Kader steht", section=hidden, published_at=timezone.now() - timedelta(hours=3))

    home = Client().get("/").text
    assert "/ressort/weltmeisterschaft/" not in home and "Weltmeisterschaft" not in home  # no menu entry, no block
    assert "Der Kader steht" in Client().get("/feed/").text  # a published article is news wherever it is filed
    assert Client().get("/ressort/weltmeisterschaft/").status_code == 404
    assert Client().get("/ressort/weltmeisterschaft/feed/").status_code == 404
    assert "weltmeisterschaft" not in Client().get("/sitemap-ressorts.xml").text
    assert Client().get(article.get_absolute_url()).status_code == 200

    staff(client, "redakteur", roles.EDITOR)
    preview = client.get("/ressort/weltmeisterschaft/")
    assert preview.status_code == 200 and "noch nicht sichtbar" in preview.text

    hidden.is_visible = True
    hidden.save()
    home = Client().get("/").text
    assert 'href="/ressort/weltmeisterschaft/"' in home and "Mehr aus Weltmeisterschaft" in home
    assert "Der Kader steht" in home


# ------------------------------------------------------------------- article page, Dachzeile


def test_the_article_page_ends_with_more_from_its_ressort_and_an_author_box_under_a_breadcrumb(client):
    politik = make_section("Politik")
    author = make_author("Lena Hartmann", job_title="Politikredakteurin", bio="Berichtet seit 2015 über Landespolitik.")
    older = newest_articles(5, section=politik, hours_ago=3)
    make_article("Aus einem anderen Ressort")
    article = make_article("Die Hauptmeldung", section=politik, authors=[author])

    html = client.get(article.get_absolute_url()).text

    crumbs = re.search(r'<nav class="breadcrumb".*?</nav>', html, re.DOTALL).group(0)
    assert re.findall(r">([^<>]+)</a>", crumbs) == ["Startseite", "Politik", "Die Hauptmeldung"]
    box = re.search(r'<aside class="author-box".*?</aside>', html, re.DOTALL).group(0)
    assert "Über Lena Hartmann" in box and "Politikredakteurin" in box and "Berichtet seit 2015" in box
    more = re.search(r'<section class="more-from-section".*?</section>', html, re.DOTALL).group(0)
    assert "Mehr aus Politik" in more
    assert re.findall(r'teaser__title"><a [^>]*>([^<]+)<', more) == [a.title for a in older[:4]]
    assert html.index("author-box") < html.index("more-from-section")


def test_the_dachzeile_stands_over_the_headline_else_the_ressort_name(client):
    wirtschaft = make_section("Wirtschaft")
    now = timezone.now()
    with_kicker = make_article("Kurs springt über 100.000 Euro", section=wirtschaft, kicker="Bitcoin-Kurs", published_at=now - timedelta(minutes=10))
    make_article("Stadtwerke senken Preise", section=wirtschaft, published_at=now - timedelta(hours=1))

    home = client.get("/").text
    assert re.search(r'kicker">Bitcoin-Kurs</p>\s*<h2[^>]*><a [^>]*>Kurs springt', home)
    assert re.search(r'kicker"><a href="/ressort/wirtschaft/">Wirtschaft</a></p>\s*<h3[^>]*><a [^>]*>Stadtwerke', home)
    assert 'class="article__kicker">Bitcoin-Kurs</p>' in client.get(with_kicker.get_absolute_url()).text


# ------------------------------------------------------------------- times


def test_times_read_as_in_a_german_newspaper():
    today = datetime(2026, 12, 1, 23, 30, tzinfo=BERLIN).date()
    assert times.article_time(datetime(2026, 12, 1, 19, 41, tzinfo=ZoneInfo("UTC"))) == "01.12.2026, 20:41 Uhr"
    assert times.teaser_time(datetime(2026, 12, 1, 20, 41, tzinfo=BERLIN), today) == "20:41 Uhr"
    assert times.teaser_time(datetime(2026, 11, 30, 18, 5, tzinfo=BERLIN), today) == "Gestern, 18:05 Uhr"
    assert times.teaser_time(datetime(2026, 11, 29, 23, 59, tzinfo=BERLIN), today) == "29.11.2026"
    # Summer time: 22:30 UTC on 1 July is already the next day in Berlin.
    assert times.teaser_time(datetime(2026, 7, 1, 22, 30, tzinfo=ZoneInfo("UTC")), datetime(2026, 7, 2).date()) == "00:30 Uhr"
    utc = ZoneInfo("UTC")
    assert times.next_midnight(datetime(2026, 10, 24, 21, 0, tzinfo=utc)) == datetime(2026, 10, 24, 22, 0, tzinfo=utc)
    # The day summer time ends has 25 hours.
    assert times.next_midnight(datetime(2026, 10, 25, 12, 0, tzinfo=utc)) == datetime(2026, 10, 25, 23, 0, tzinfo=utc)


def test_a_teaser_that_says_the_time_today_says_gestern_tomorrow_from_every_cache(client, monkeypatch, settings):
    settings.PAGE_CACHE_ENABLED = True
    evening = datetime(2026, 12, 1, 20, 41, tzinfo=BERLIN)
    travel(monkeypatch, evening + timedelta(hours=3))  # 23:41
    article = make_article("Spätmeldung", published_at=evening, corrected_at=evening + timedelta(hours=1))
    make_article("Frühmeldung", published_at=evening - timedelta(hours=2, minutes=36))

    home = client.get("/").text
    assert ">20:41 Uhr</time>" in home and ">18:05 Uhr</time>" in home
    assert client.get("/")["X-Page-Cache"] == "hit"
    page = client.get(article.get_absolute_url()).text
    assert '<time datetime="2026-12-01T20:41:00+01:00">01.12.2026, 20:41 Uhr</time>' in page
    assert "Aktualisiert: <time datetime=\"2026-12-01T21:41:00+01:00\">01.12.2026, 21:41 Uhr</time>" in page

    travel(monkeypatch, evening + timedelta(hours=3, minutes=20))  # 00:01 the next day
    home = client.get("/").text
    assert ">Gestern, 20:41 Uhr</time>" in home and ">Gestern, 18:05 Uhr</time>" in home
    assert ">20:41 Uhr</time>" not in home

    travel(monkeypatch, evening + timedelta(days=2))
    assert ">01.12.2026</time>" in client.get("/").text


def test_later_home_pages_list_the_newest_articles(client, settings):
    settings.ARTICLES_PER_PAGE = 8
    newest_articles(12)
    first = client.get("/").text
    assert 'href="?page=2"' in first and "Weitere Nachrichten" in first
    second = client.get("/?page=2").text
    assert "Neueste Artikel – Seite 2" in second and "Neu 8" in second and "lead-story" not in second
