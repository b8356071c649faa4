"""Thema and Autor/in pages read their articles through copies of each article's status and
publication date on its bylines and tag rows (articles.link_rows). Whatever changes
an article, its authors or its tags, readers of these pages and feeds see exactly what
`Article.objects.public()` says, in the order of publication."""
import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.apps import apps as global_apps
from django.core.management import call_command
from django.core.management.sql import emit_post_migrate_signal
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.test import Client
from django.utils import timezone
from reversion.models import Version
from taggit.models import Tag

from articles import link_rows
from articles.models import Article, Author, Byline, TaggedArticle
from articles.tags import merge_tags
from tests.admin_forms import admin_form_data
from tests.factories import make_article, make_author, newsroom_member

pytestmark = pytest.mark.django_db

BERLIN = ZoneInfo("Europe/Berlin")
CHANGELIST = "/admin/articles/article/"
CARD_TITLE = re.compile(r'class="card__title[^"]*"><a href="[^"]*">(.*?)</a>')
FEED_TITLE = re.compile(r"<item><title>(.*?)</title>")


def shown(url, pattern=CARD_TITLE):
    """The article titles a reader sees on the page (or feed), in order; none on a Thema
    without a public article, whose page and feeds are not found."""
    response = Client().get(url)
    if url.startswith("/thema/") and response.status_code == 404:
        return []
    assert response.status_code == 200, url
    return pattern.findall(response.text)


def tag_url(name):
    return f"/thema/{Tag.objects.get(name=name).slug}/"


def pages_of(article):
    """The Thema and Autor/in pages and feeds the article belongs on."""
    urls = [author.get_absolute_url() for author in article.authors.all()]
    urls += [f"/thema/{tag.slug}/" for tag in article.tags.all()]
    return urls + [f"{url}feed/" for url in urls]


def listed_everywhere(article):
    """Is the article on all its Thema and Autor/in pages and feeds? (Fails if on some only.)"""
    found = {
        article.title in shown(url, FEED_TITLE if url.endswith("/feed/") else CARD_TITLE) for url in pages_of(article)
    }
    assert len(found) == 1, "on some of its pages only"
    return found.pop()


def assert_copies_exact():
    """Every byline and tag row carries its article's status and date (the invariant behind it all)."""
    for model, article in [(Byline, "article"), (TaggedArticle, "content_object")]:
        rows = model.objects.values_list("status", "published_at", f"{article}__status", f"{article}__published_at")
        assert all(row[:2] == row[2:] for row in rows), list(rows)


def change_url(article):
    return f"/admin/articles/article/{article.pk}/change/"


@pytest.fixture
def editor():
    """A logged-in client of a Redaktion member (articles and tags)."""
    return newsroom_member("redaktion", "Paul", "Albrecht")


def edit(client, article, **changes):
    """Open the article's change form, change fields, press „Sichern“."""
    response = client.post(change_url(article), admin_form_data(client.get(change_url(article)), **changes))
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else response
    article.refresh_from_db()


def second_author(author):
    """Form changes that add `author` as the second in the byline (the form's first empty row)."""
    return {"bylines-1-author": str(author.pk), "bylines-1-position": "1", "bylines-TOTAL_FORMS": "2"}


def time_travel(monkeypatch, moment):
    monkeypatch.setattr(timezone, "now", lambda: moment)


# ------------------------------------------------------------------- publishing, unpublishing


def test_an_article_published_in_the_form_appears_at_once_and_goes_when_unpublished(editor):
    article = make_article("Landtag tagt", public=False, tags=["Landtag"], authors=[make_author("Mara Schulz")])
    assert listed_everywhere(article) is False

    edit(editor, article, status="published")
    assert listed_everywhere(article) is True

    edit(editor, article, status="unpublished")
    assert listed_everywhere(article) is False
    assert_copies_exact()


def test_bulk_publish_and_unpublish_show_and_hide_articles(editor):
    author = make_author("Mara Schulz")
    drafts = [make_article(f"Entwurf {number}", public=False, authors=[author], tags=["Haushalt"]) for number in range(3)]
    online = make_article("Schon online", authors=[author], tags=["Haushalt"])

    editor.post(CHANGELIST, {"action": "publish_selected", "_selected_action": [d.pk for d in drafts[:2]]})
    # The drafts had no date: they get the time of publishing (the same), so they are newest.
    assert shown(author.get_absolute_url()) == ["Entwurf 1", "Entwurf 0", "Schon online"]
    assert set(shown(tag_url("Haushalt"))) == {"Entwurf 0", "Entwurf 1", "Schon online"}

    editor.post(CHANGELIST, {"action": "unpublish_selected", "_selected_action": [drafts[0].pk, online.pk]})
    assert shown(author.get_absolute_url()) == shown(tag_url("Haushalt")) == ["Entwurf 1"]
    assert shown(f"{author.get_absolute_url()}feed/", FEED_TITLE) == ["Entwurf 1"]
    assert_copies_exact()


def test_publish_keeps_an_existing_date_and_dates_the_undated(editor):
    author = make_author("Mara Schulz")
    make_article("Von gestern", authors=[author], published_at=timezone.now() - timedelta(days=1))
    dated = make_article("Datiert vorgestern", public=False, authors=[author], published_at=timezone.now() - timedelta(days=2))
    undated = make_article("Ohne Datum", public=False, authors=[author])

    Article.objects.filter(pk__in=[dated.pk, undated.pk]).publish()

    assert shown(author.get_absolute_url()) == ["Ohne Datum", "Von gestern", "Datiert vorgestern"]
    assert_copies_exact()


def test_a_scheduled_article_appears_on_author_and_tag_pages_at_its_time(editor, monkeypatch):
    moment = datetime(2099, 11, 26, 9, 0, tzinfo=BERLIN)
    article = make_article("Wahlabend live", public=False, tags=["Wahlen"], authors=[make_author("Tim Vogel")])
    edit(editor, article, status="published", published_at_0="26.11.2099", published_at_1="09:00:00")
    assert article.published_at == moment

    time_travel(monkeypatch, moment - timedelta(seconds=1))
    assert listed_everywhere(article) is False
    time_travel(monkeypatch, moment)
    assert listed_everywhere(article) is True


def test_a_scheduled_article_brought_forward_appears_now(editor):
    article = make_article("Vorgezogen", published_at=timezone.now() + timedelta(days=3), tags=["Wahlen"])
    assert listed_everywhere(article) is False

    local = timezone.localtime(timezone.now() - timedelta(minutes=5))
    edit(editor, article, published_at_0=local.strftime("%d.%m.%Y"), published_at_1=local.strftime("%H:%M:%S"))
    assert listed_everywhere(article) is True


def test_save_with_update_fields_and_plain_update_keep_the_pages_right():
    article = make_article("Per Skript", public=False, tags=["Import"])

    article.status = Article.Status.PUBLISHED
    article.save(update_fields=["status", "published_at"])
    assert article.published_at is not None and listed_everywhere(article) is True

    Article.objects.filter(pk=article.pk).update(status=Article.Status.UNPUBLISHED)
    assert listed_everywhere(article) is False
    Article.objects.filter(pk=article.pk).update(status=Article.Status.PUBLISHED)
    assert listed_everywhere(article) is True
    assert_copies_exact()


def test_a_script_publishing_drafts_with_one_update_shows_them():
    drafts = [make_article(f"Skript-Entwurf {number}", public=False, tags=["Import"]) for number in range(2)]

    # The filter matches no article any more once the update is done.
    Article.objects.filter(status=Article.Status.DRAFT).update(
        status=Article.Status.PUBLISHED, published_at=timezone.now() - timedelta(minutes=1)
    )

    assert all(listed_everywhere(draft) is True for draft in drafts)
    assert_copies_exact()


def test_a_stale_copy_in_memory_does_not_decide_what_new_rows_say():
    article = make_article("Im Speicher veraltet", public=False)
    Article.objects.filter(pk=article.pk).publish()  # `article` in memory still says draft

    article.tags.add("Nachgetragen")
    Byline.objects.create(article=article, author=make_author("Eva Neu"), position=1)

    assert "Im Speicher veraltet" in shown(tag_url("Nachgetragen"))
    assert "Im Speicher veraltet" in shown(Author.objects.get(name="Eva Neu").get_absolute_url())
    assert_copies_exact()


# ------------------------------------------------------------------- order by publication date


def test_pages_follow_a_changed_publication_date(editor):
    author = make_author("Mara Schulz")
    older = make_article("Ältere Meldung", authors=[author], tags=["Klima"], published_at=timezone.now() - timedelta(days=2))
    make_article("Neuere Meldung", authors=[author], tags=["Klima"], published_at=timezone.now() - timedelta(days=1))
    assert shown(author.get_absolute_url()) == shown(tag_url("Klima")) == ["Neuere Meldung", "Ältere Meldung"]

    local = timezone.localtime(timezone.now() - timedelta(hours=1))
    edit(editor, older, published_at_0=local.strftime("%d.%m.%Y"), published_at_1=local.strftime("%H:%M:%S"))

    assert shown(author.get_absolute_url()) == shown(tag_url("Klima")) == ["Ältere Meldung", "Neuere Meldung"]
    assert shown(f"{tag_url('Klima')}feed/", FEED_TITLE) == ["Ältere Meldung", "Neuere Meldung"]


def test_the_second_page_continues_where_the_first_ends():
    author = make_author("Mara Schulz")
    start = timezone.now() - timedelta(days=30)
    for number in range(14):
        make_article(f"Meldung {number:02}", authors=[author], tags=["Serie"], published_at=start + timedelta(hours=number))
    newest_first = [f"Meldung {number:02}" for number in reversed(range(14))]

    for url in [author.get_absolute_url(), tag_url("Serie")]:
        assert shown(url) + shown(f"{url}?page=2") == newest_first
        assert Client().get(f"{url}?page=3").status_code == 404


# ------------------------------------------------------------------- authors and tags changing


def test_a_tag_added_after_publication_shows_the_article_on_its_page(editor):
    article = make_article("Schon länger online", tags=["Landtag"])
    edit(editor, article, new_tags="Haushalt")
    assert "Schon länger online" in shown(tag_url("Haushalt"))

    article.tags.add("Schulden")
    assert "Schon länger online" in shown(tag_url("Schulden"))
    article.tags.remove(Tag.objects.get(name="Schulden"))
    assert "Schon länger online" not in shown(tag_url("Schulden"))
    assert_copies_exact()


def test_an_author_added_after_publication_shows_the_article_on_her_page(editor):
    article = make_article("Gemeinsam recherchiert", authors=[make_author("Mara Schulz")])
    eva = make_author("Eva Neu")
    assert "Gemeinsam recherchiert" not in shown(eva.get_absolute_url())

    edit(editor, article, **second_author(eva))

    assert [author.name for author in article.ordered_authors] == ["Mara Schulz", "Eva Neu"]
    assert "Gemeinsam recherchiert" in shown(eva.get_absolute_url())
    assert_copies_exact()


def test_a_draft_given_tags_and_authors_stays_off_their_pages_until_published(editor):
    article = make_article("Noch geheim", public=False, tags=["Landtag"])
    eva = make_author("Eva Neu")
    edit(editor, article, new_tags="Haushalt", **{"bylines-0-author": str(eva.pk)})
    assert "Noch geheim" not in shown(eva.get_absolute_url()) + shown(tag_url("Haushalt"))

    edit(editor, article, status="published")
    assert "Noch geheim" in shown(eva.get_absolute_url()) and "Noch geheim" in shown(tag_url("Haushalt"))


def test_merged_tags_bring_their_articles_in_order_and_keep_drafts_hidden():
    now = timezone.now()
    make_article("Klima alt", tags=["Klima"], published_at=now - timedelta(days=3))
    make_article("Klimawandel mittel", tags=["Klimawandel"], published_at=now - timedelta(days=2))
    make_article("Klima neu", tags=["Klima", "Klimawandel"], published_at=now - timedelta(days=1))
    make_article("Klima-Entwurf", public=False, tags=["Klima"])
    klima, klimawandel = Tag.objects.get(name="Klima"), Tag.objects.get(name="Klimawandel")

    merge_tags([klima, klimawandel], klimawandel)

    assert shown("/thema/klimawandel/") == ["Klima neu", "Klimawandel mittel", "Klima alt"]
    assert shown("/thema/klimawandel/feed/", FEED_TITLE) == ["Klima neu", "Klimawandel mittel", "Klima alt"]
    Article.objects.filter(title="Klima-Entwurf").publish()
    assert shown("/thema/klimawandel/")[0] == "Klima-Entwurf"
    assert_copies_exact()


def test_merge_in_the_admin_moves_published_articles_onto_the_remaining_tag(editor):
    make_article("Gletscher schmelzen", tags=["Klima"])
    klima, klimawandel = Tag.objects.get(name="Klima"), Tag.objects.create(name="Klimawandel")
    editor.post("/admin/taggit/tag/", {
        "action": "merge_selected_tags", "_selected_action": [klima.pk, klimawandel.pk],
        "merge": "yes", "target": klimawandel.pk,
    })
    assert shown("/thema/klimawandel/") == ["Gletscher schmelzen"]


# ------------------------------------------------------------------- revisions


def version_ids(article):
    return list(Version.objects.get_for_object(article).order_by("pk").values_list("pk", flat=True))


def test_restoring_a_revision_from_when_it_was_public_keeps_an_unpublished_article_hidden(editor):
    mara, tim = make_author("Mara Schulz"), make_author("Tim Vogel")
    article = make_article("Zurückgezogen", authors=[mara], tags=["Landtag"])
    edit(editor, article, new_tags="Haushalt", **second_author(tim))
    public_revision = version_ids(article)[-1]
    edit(editor, article, status="unpublished", tags=None, **{"bylines-1-DELETE": "on"})
    assert listed_everywhere(article) is False

    revision_url = f"/admin/articles/article/{article.pk}/history/{public_revision}/"
    response = editor.post(revision_url, admin_form_data(editor.get(revision_url)))
    assert response.status_code == 302

    article.refresh_from_db()
    assert article.status == Article.Status.UNPUBLISHED
    assert sorted(article.tags.names()) == ["Haushalt", "Landtag"] and article.authors.count() == 2
    assert listed_everywhere(article) is False
    assert_copies_exact()


def test_restoring_an_old_revision_of_a_published_article_keeps_it_listed(editor):
    article = make_article("Entwurfstitel", public=False, tags=["Landtag"])
    edit(editor, article, lead="Der Vorspann des Entwurfs.")
    draft_revision = version_ids(article)[-1]
    edit(editor, article, title="Veröffentlichter Titel", status="published")

    revision_url = f"/admin/articles/article/{article.pk}/history/{draft_revision}/"
    editor.post(revision_url, admin_form_data(editor.get(revision_url)))

    article.refresh_from_db()
    assert article.title == "Entwurfstitel" and article.is_public
    assert listed_everywhere(article) is True
    assert_copies_exact()


def test_a_recovered_article_is_back_on_its_pages(editor):
    article = make_article("Bald gelöscht", tags=["Wetter"], authors=[make_author("Mara Schulz")])
    edit(editor, article, title="Bald gelöscht")
    editor.post(f"/admin/articles/article/{article.pk}/delete/", {"post": "yes"})
    assert shown(tag_url("Wetter")) == []

    recover_list = editor.get("/admin/articles/article/recover/").text
    recover_url = re.search(r'href="(/admin/articles/article/recover/\d+/)"', recover_list).group(1)
    assert editor.post(recover_url, admin_form_data(editor.get(recover_url))).status_code == 302

    assert shown(tag_url("Wetter")) == ["Bald gelöscht"]
    assert listed_everywhere(Article.objects.get(pk=article.pk)) is True
    assert_copies_exact()


def test_a_revision_written_back_outside_the_admin_updates_rows_it_does_not_hold():
    import reversion

    article = make_article("Zurückgeholt", tags=["Landtag"])
    with reversion.create_revision():
        reversion.add_to_revision(article)
    article.tags.add("Haushalt")  # a row the revision does not hold
    Article.objects.filter(pk=article.pk).unpublish()
    assert listed_everywhere(article) is False

    Version.objects.get_for_object(article).get().revision.revert()  # a raw save: no Article.save()

    assert Article.objects.get(pk=article.pk).is_public
    assert listed_everywhere(article) is True
    assert_copies_exact()


# ------------------------------------------------------------------- other ways in


def test_demo_content_is_listed_on_its_author_and_tag_pages():
    call_command("load_demo", verbosity=0)
    call_command("load_demo", verbosity=0)  # repeatable; the second run rewrites nothing wrongly
    assert_copies_exact()
    for article in Article.objects.public()[:5]:
        assert listed_everywhere(article) is True


def test_bulk_created_rows_take_their_articles_state():
    article = make_article("Massenimport", tags=["Landtag"])
    draft = make_article("Import-Entwurf", public=False)
    eva = make_author("Eva Neu")
    Byline.objects.bulk_create(
        [Byline(article=article, author=eva, position=1), Byline(article=draft, author=eva, position=1)]
    )
    TaggedArticle.objects.bulk_create([TaggedArticle(content_object=draft, tag=Tag.objects.get(name="Landtag"))])

    assert shown(eva.get_absolute_url()) == ["Massenimport"]
    assert shown(tag_url("Landtag")) == ["Massenimport"]
    assert_copies_exact()


def test_deleting_an_article_takes_it_off_its_pages():
    article = make_article("Gelöscht", tags=["Landtag"])
    urls = pages_of(article)
    article.delete()
    for url in urls:
        assert "Gelöscht" not in Client().get(url).text


def test_a_copy_changed_behind_the_models_back_is_found_and_migrate_repairs_it(caplog):
    """A data migration or raw SQL that skips the models must not hide an article from its pages."""
    author = make_author("Jana Roth")
    article = make_article("Meldung", authors=[author], tags=["Wahl"])
    assert link_rows.drifted_article_ids() == set()
    Byline.objects.filter(article=article).update(status=Article.Status.DRAFT)  # as a data migration might
    TaggedArticle.objects.filter(content_object=article).update(published_at=None)
    assert link_rows.drifted_article_ids() == {article.pk}
    assert "Meldung" not in shown(author.get_absolute_url())

    # As `migrate` ends after applying the newest articles migration.
    loader = MigrationLoader(connection)
    latest = loader.graph.nodes[loader.graph.leaf_nodes("articles")[0]]
    emit_post_migrate_signal(0, False, "default", plan=[(latest, False)], apps=global_apps)
    assert link_rows.drifted_article_ids() == set()
    assert "Link rows of 1 articles did not match" in caplog.text
    assert shown(author.get_absolute_url()) == ["Meldung"]
    assert shown("/thema/wahl/") == ["Meldung"]

