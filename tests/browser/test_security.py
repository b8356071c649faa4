"""The Content-Security-Policy blocks nothing the site needs: public pages (from the page cache
too) and the admin's article form with its rich-text editor still work in Chromium."""
from playwright.sync_api import expect

from articles.html import legacy_body_image_prefix
from articles.models import Article

from .helpers import PAGES, demo_path

# Collected before any of the page's own scripts run; Chromium fires this event for every
# resource, script, style or handler the policy blocks.
RECORD_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.cspViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"} in ${event.sourceFile}:${event.lineNumber}`);
});
"""


def open_recording(new_page, **options):
    page = new_page(**options)
    page.add_init_script(RECORD_VIOLATIONS)
    return page


def violations(page):
    return page.evaluate("window.cspViolations")


def test_public_pages_load_without_anything_blocked_cached_or_not(new_page, settings):
    settings.PAGE_CACHE_ENABLED = True
    page = open_recording(new_page, permissions=["clipboard-read", "clipboard-write"])
    for name in [name for name in PAGES if name != "open-menu"]:  # the menu is the home page's #menu
        for visit in ("miss", "hit"):
            response = page.goto(demo_path(name))
            assert "frame-ancestors 'none'" in response.headers["content-security-policy"], (name, visit)
            assert violations(page) == [], (name, visit, violations(page))

    # The article's share box runs its script from our static files: the copy button appears and copies.
    page.goto(demo_path("article"))
    button = page.get_by_role("button", name="Link kopieren")
    expect(button).to_be_visible()
    button.click()
    expect(page.get_by_role("status").filter(has_text="Link kopiert.")).to_be_visible()
    assert page.evaluate("navigator.clipboard.readText()").endswith(demo_path("article"))
    assert violations(page) == []


def test_editor_changes_an_article_in_the_rich_text_editor_under_the_admins_policy(new_page):
    article = Article.objects.public().first()
    page = open_recording(new_page)
    page.goto("/admin/login/")
    page.get_by_label("Benutzername").fill("redakteur")
    page.get_by_label("Passwort").fill("renewz-demo-redakteur")
    page.get_by_role("button", name="Anmelden").click()
    expect(page.get_by_role("heading", name="Übersicht")).to_be_visible()

    page.goto(f"/admin/articles/article/{article.pk}/change/")
    editor = page.locator(".ProseMirror[contenteditable=true]")
    expect(editor).to_be_visible()  # the editor's modules loaded through the nonce'd import map
    expect(page.get_by_role("button", name="Fett").first).to_be_attached()  # our German labels ran too
    editor.click()
    expect(editor).to_be_focused()
    page.keyboard.press("Control+End")
    page.keyboard.press("Enter")
    page.keyboard.type("Nachtrag aus dem Browsertest.")
    # Where the caret was when Enter arrived varies on a busy machine; that the text is typed
    # into the editor and saved is what this test is about.
    expect(editor).to_contain_text("Nachtrag aus dem Browsertest.")
    assert violations(page) == []  # the change form with its editor, under the admin's policy
    page.get_by_role("button", name="Sichern", exact=True).first.click()

    expect(page.locator(".messagelist .success")).to_contain_text("erfolgreich geändert")
    article.refresh_from_db()
    assert "Nachtrag aus dem Browsertest." in article.body
    assert violations(page) == []


def test_editor_keeps_a_body_image_with_its_caption_when_the_text_is_edited(new_page):
    # Bodies imported from WordPress before the media library carry figures of RENEWZ's own stored images.
    article = Article.objects.public().first()
    figure = (
        f'<figure><img src="{legacy_body_image_prefix()}{article.pk}/bruecke.jpg" alt="Die neue Brücke am Abend" '
        'width="800" height="450"><figcaption>Die Brücke bei der Eröffnung.</figcaption></figure>'
    )
    Article.objects.filter(pk=article.pk).update(body=f"<p>Vorher.</p>{figure}<p>Nachher.</p>")
    page = open_recording(new_page)
    page.goto("/admin/login/")
    page.get_by_label("Benutzername").fill("redakteur")
    page.get_by_label("Passwort").fill("renewz-demo-redakteur")
    page.get_by_role("button", name="Anmelden").click()
    expect(page.get_by_role("heading", name="Übersicht")).to_be_visible()

    page.goto(f"/admin/articles/article/{article.pk}/change/")
    editor = page.locator(".ProseMirror[contenteditable=true]")
    expect(editor.locator("figure img[alt='Die neue Brücke am Abend']")).to_be_attached()
    editor.get_by_text("Nachher.").click()
    page.keyboard.press("End")
    page.keyboard.type(" Ergänzt im Browser.")
    expect(editor).to_contain_text("Nachher. Ergänzt im Browser.")
    page.get_by_role("button", name="Sichern", exact=True).first.click()

    expect(page.locator(".messagelist .success")).to_contain_text("erfolgreich geändert")
    article.refresh_from_db()
    assert "Ergänzt im Browser." in article.body
    assert f'src="{legacy_body_image_prefix()}{article.pk}/bruecke.jpg"' in article.body
    assert 'alt="Die neue Brücke am Abend"' in article.body
    assert "<figcaption>Die Brücke bei der Eröffnung.</figcaption>" in article.body
    assert violations(page) == []
