"""A Liveticker in the browser: an editor posts an entry with Strg+Enter in the admin, and a
reader who has the page open sees it appear without reloading, announced politely."""
from playwright.sync_api import expect

from articles.models import Article, LivetickerEntry

from .helpers import axe_violations
from .test_security import open_recording, violations

# The reader's script asks every 8 s (articles/public/liveticker.py); allow for a busy machine.
WITHIN_SECONDS = 15


def log_in(page, username, password):
    page.goto("/admin/login/")
    page.get_by_label("Benutzername").fill(username)
    page.get_by_label("Passwort").fill(password)
    page.get_by_role("button", name="Anmelden").click()
    expect(page.get_by_role("heading", name="Übersicht")).to_be_visible()


def test_an_entry_posted_in_the_admin_appears_on_an_open_reader_page_without_reload(new_page, settings):
    settings.PAGE_CACHE_ENABLED = True  # the update check answered from the page cache, renewed by the entry
    ticker = Article.objects.get(is_liveticker=True)
    reader = open_recording(new_page)
    reader.goto(ticker.get_absolute_url())
    expect(reader.get_by_role("heading", name="Das Wichtigste in Kürze")).to_be_visible()
    reader.evaluate("window.notReloaded = true")

    editor = open_recording(new_page)
    log_in(editor, "redakteur", "renewz-demo-redakteur")
    editor.goto(f"/admin/articles/article/{ticker.pk}/liveticker/")
    body = editor.locator(".ProseMirror[contenteditable=true]")
    expect(body).to_be_visible()
    body.click()
    editor.keyboard.type("Die Feuerwehr meldet: Die Landstraße nach Sankt Albin ist wieder frei.")
    editor.keyboard.press("Control+Enter")
    expect(editor.locator(".messagelist .success")).to_contain_text("Eintrag veröffentlicht.")
    entry = LivetickerEntry.objects.get(body__contains="wieder frei")
    expect(editor.locator("[data-liveticker-desk-entries] li").first).to_contain_text("wieder frei")

    new_entry = reader.locator(f"#{entry.anchor}")
    expect(new_entry).to_contain_text("wieder frei", timeout=WITHIN_SECONDS * 1000)
    expect(reader.get_by_role("status").filter(has_text="1 neuer Eintrag")).to_be_visible()
    assert reader.evaluate("window.notReloaded") is True
    # Newest first, right below the key events.
    assert reader.locator("ol[reversed] [data-liveticker-entry]").first.get_attribute("id") == entry.anchor
    assert violations(reader) == [] and violations(editor) == []
    assert axe_violations(reader) == ""  # with the new entry and the notice in place


def test_without_javascript_a_reload_shows_new_entries(new_page):
    ticker = Article.objects.get(is_liveticker=True)
    reader = new_page(java_script_enabled=False)
    reader.goto(ticker.get_absolute_url())
    expect(reader.get_by_text("ohne JavaScript: Seite neu laden")).to_be_visible()
    # Posted through the admin, as the editor does (the test's own thread stays out of the
    # live server's database).
    editor = new_page()
    log_in(editor, "redakteur", "renewz-demo-redakteur")
    editor.goto(f"/admin/articles/article/{ticker.pk}/liveticker/")
    editor.locator(".ProseMirror[contenteditable=true]").click()
    editor.keyboard.type("Neu nach dem Neuladen.")
    editor.get_by_role("button", name="Veröffentlichen (Strg+Eingabe)").click()
    expect(editor.locator(".messagelist .success")).to_contain_text("Eintrag veröffentlicht.")
    reader.reload()
    expect(reader.get_by_text("Neu nach dem Neuladen.")).to_be_visible()
