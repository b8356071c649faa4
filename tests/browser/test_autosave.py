"""An editor never loses a word: a new article typed and left behind is offered back in the add
form; the form counts words and characters, warns at search-snippet lengths, previews the snippet,
and Strg+S saves it, Strg+K links a word."""
import re
import time

from django.core.cache import cache
from playwright.sync_api import expect

from articles.models import Article, ArticleAutosave

from .helpers import axe_violations
from .test_liveticker import log_in
from .test_security import open_recording, violations

RESTORE = re.compile(r"^Automatisch gespeicherte Fassung vom \d{1,2}\. \w+ \d{4}, \d{2}:\d{2} Uhr wiederherstellen$")


def wait_for(condition, seconds=10):
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the page's message (autosave, soft lock) did not arrive"
        time.sleep(0.1)


def pick_author(page, name):
    page.locator("#bylines-0 .select2-selection").click()
    page.locator(".select2-dropdown .select2-search__field").fill(name.split()[0])
    page.locator(".select2-results__option", has_text=name).click()


def test_a_new_article_left_without_saving_is_offered_back_restored_and_saved(new_page):
    page = open_recording(new_page)
    log_in(page, "redakteur", "renewz-demo-redakteur")
    page.goto("/admin/articles/article/add/")
    page.locator("#id_title").fill("Stadtrat beschließt neue Radwege")
    page.locator("#id_section").select_option(label="Politik")
    page.locator("#id_lead").fill("Zwölf Kilometer neue Wege bis 2028.")
    page.locator(".ProseMirror[contenteditable=true]").click()
    page.keyboard.type("Der Stadtrat hat am Abend mit großer Mehrheit zugestimmt.")
    pick_author(page, "Lena Hartmann")

    # Called away: the form asks before it lets her go, and keeps a copy as she leaves.
    dialogs = []
    page.once("dialog", lambda dialog: (dialogs.append(dialog.type), dialog.accept()))
    page.get_by_role("link", name="Start", exact=True).click()
    expect(page.get_by_role("heading", name="Übersicht")).to_be_visible()
    assert dialogs == ["beforeunload"]
    wait_for(lambda: any(
        "mit großer Mehrheit zugestimmt" in copy.data["fields"].get("body", "") and copy.data["fields"].get("bylines-0-author")
        for copy in ArticleAutosave.objects.filter(user__username="redakteur")
    ))
    assert not Article.objects.filter(title="Stadtrat beschließt neue Radwege").exists()

    page.goto("/admin/articles/article/add/")
    expect(page.locator("#id_title")).to_have_value("")
    page.get_by_role("button", name=RESTORE).click()
    expect(page.locator("#id_title")).to_have_value("Stadtrat beschließt neue Radwege")
    expect(page.locator("#id_lead")).to_have_value("Zwölf Kilometer neue Wege bis 2028.")
    expect(page.locator(".ProseMirror[contenteditable=true]")).to_have_text("Der Stadtrat hat am Abend mit großer Mehrheit zugestimmt.")
    expect(page.locator("#bylines-0 .select2-selection")).to_contain_text("Lena Hartmann")
    expect(page.get_by_role("button", name=RESTORE)).to_be_hidden()

    page.get_by_role("button", name="Sichern", exact=True).first.click()
    expect(page.locator(".messagelist .success")).to_contain_text("Stadtrat beschließt neue Radwege")
    article = Article.objects.get(title="Stadtrat beschließt neue Radwege")
    assert "mit großer Mehrheit zugestimmt" in article.body
    assert [author.name for author in article.ordered_authors] == ["Lena Hartmann"]
    assert not ArticleAutosave.objects.exists()  # saved for real: the copy is gone, nothing offered again
    page.goto("/admin/articles/article/add/")
    expect(page.get_by_role("button", name=RESTORE)).to_have_count(0)
    assert violations(page) == []


def test_counts_hints_and_snippet_follow_the_typing_and_strg_s_saves(new_page):
    article = Article.objects.public().first()
    assert article.hero_image  # the demo's articles have one: the social card shows it
    page = open_recording(new_page)
    log_in(page, "redakteur", "renewz-demo-redakteur")
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.type), dialog.dismiss()))
    # Nothing typed: leaving neither asks nor keeps a copy.
    page.goto(f"/admin/articles/article/{article.pk}/change/")
    expect(page.locator("#editor-aid-body")).to_contain_text("Wörter")
    page.get_by_role("link", name="Start", exact=True).click()
    expect(page.get_by_role("heading", name="Übersicht")).to_be_visible()
    assert dialogs == [] and not ArticleAutosave.objects.exists()

    page.goto(f"/admin/articles/article/{article.pk}/change/")
    title, lead = page.locator("#id_title"), page.locator("#id_lead")

    title.fill("Wahl in Hessen")
    expect(page.locator("#editor-aid-title")).to_have_text(
        "3 Wörter · 14 Zeichen. Seitentitel in Suchergebnissen (mit „– RENEWZ.de“): 26 von 60 Zeichen."
    )
    expect(page.locator("#snippet-title")).to_have_text("Wahl in Hessen – RENEWZ.de")
    expect(page.locator("#snippet-card-title")).to_have_text("Wahl in Hessen")
    long_title = "Wahl in Hessen: Die Koalition aus CDU und SPD verliert nach zehn Jahren ihre Mehrheit"
    title.fill(long_title)
    expect(page.locator("#editor-aid-title")).to_contain_text("Zu lang für Suchergebnisse")
    expect(page.locator("#editor-aid-title")).to_have_class(re.compile("editor-aid--warning"))
    expect(page.locator("#snippet-title")).to_have_text(re.compile(r"^Wahl in Hessen: .{30,}…$"))

    lead.fill("Kurz. " * 30)
    expect(page.locator("#editor-aid-lead")).to_contain_text("30 Wörter · 179 Zeichen. Zu lang für die Beschreibung")
    # Cut as the page cuts its description (truncatechars:160): 159 characters and „…“.
    expect(page.locator("#snippet-description")).to_have_text(re.compile(r"^(Kurz\. ){26}Kur…$"))
    body_count = page.locator("#editor-aid-body")
    before = int(re.match(r"([\d.]+) W", body_count.inner_text()).group(1).replace(".", ""))
    page.locator(".ProseMirror[contenteditable=true]").click()
    page.keyboard.press("Control+End")
    page.keyboard.type(" Nachtrag der Redaktion")
    expect(body_count).to_contain_text(f"{before + 3:,}".replace(",", ".") + " Wörter")
    expect(page.locator("#snippet-image")).to_be_visible()
    assert violations(page) == []  # the aids run under the admin's Content-Security-Policy
    for aid in ("#snippet-preview", "#editor-aid-title", "#editor-aid-lead", "#editor-aid-body"):
        assert axe_violations(page, context=aid) == "", aid

    # Strg+K links the word at the cursor: the editor's link dialog opens.
    page.keyboard.press("Control+k")
    expect(page.get_by_text("Link bearbeiten")).to_be_visible()
    page.keyboard.press("Escape")

    # Strg+S: „Sichern und weiter bearbeiten“, without the browser's save dialog or the leave question.
    page.locator(".ProseMirror[contenteditable=true]").click()
    page.keyboard.press("Control+s")
    expect(page.locator(".messagelist .success")).to_contain_text("erfolgreich geändert")
    expect(page).to_have_url(re.compile(rf"/admin/articles/article/{article.pk}/change/$"))
    assert dialogs == []
    article.refresh_from_db()
    assert article.title == long_title
    assert "Nachtrag der Redaktion" in article.body
    # Leaving the form frees the article (soft lock) before the test's database is emptied.
    page.get_by_role("link", name="Start", exact=True).click()
    wait_for(lambda: not cache.get(f"articles:editing:{article.pk}"))
