"""In Chromium: an editor raises an Eilmeldung in the admin, readers see it on cached pages as a
named region at the top, the editor lowers it with one click; the „Meistgelesen“ box of the demo."""
import io

from django.core.management import call_command
from playwright.sync_api import expect

from articles.models import Article

from .helpers import axe_violations


def served_from_page_cache(page, path):
    """Whether the server answers this page from its page cache (asked without the browser's
    own cache, which would revalidate and show the headers it kept)."""
    return page.request.get(path).headers["x-page-cache"] == "hit"


def log_in_as_redaktion(page):
    page.goto("/admin/login/")
    page.get_by_label("Benutzername").fill("redakteur")
    page.get_by_label("Passwort").fill("renewz-demo-redakteur")
    page.get_by_role("button", name="Anmelden").click()
    expect(page.get_by_role("heading", name="Übersicht")).to_be_visible()


def test_editor_raises_and_lowers_an_eilmeldung_that_cached_pages_show(new_page, settings):
    settings.PAGE_CACHE_ENABLED = True
    article = Article.objects.public().first()
    reader = new_page()
    other = article.get_absolute_url()
    for path in ("/", other):
        reader.goto(path)  # now in the page cache
    assert served_from_page_cache(reader, "/")
    expect(reader.get_by_role("region", name="Eilmeldung")).to_have_count(0)

    editor = new_page()
    log_in_as_redaktion(editor)
    editor.get_by_role("link", name="Eilmeldungen").first.click()
    editor.get_by_role("link", name="Eilmeldung hinzufügen").click()
    editor.get_by_label("Text").fill("Regierung tritt geschlossen zurück")
    editor.locator(".field-article .select2-selection").click()
    editor.locator(".select2-search__field").fill(article.title[:12])
    editor.locator(".select2-results__option", has_text=article.title).click()
    editor.get_by_role("button", name="Sichern", exact=True).click()
    expect(editor.locator(".messagelist")).to_contain_text("erfolgreich hinzugefügt")

    for path in ("/", other):
        assert served_from_page_cache(reader, path), path
        reader.goto(path)
        banner = reader.get_by_role("region", name="Eilmeldung")
        expect(banner).to_be_visible()
        link = banner.get_by_role("link", name="Regierung tritt geschlossen zurück")
        expect(link).to_have_attribute("href", article.get_absolute_url())
        box = banner.bounding_box()
        assert box["y"] < 10, "at the very top of the page"
        assert reader.locator("header.site-header").get_by_role("region", name="Eilmeldung").count() == 1
    assert axe_violations(reader) == ""

    editor.get_by_role("button", name="Jetzt beenden").click()
    expect(editor.locator(".messagelist")).to_contain_text("Die Eilmeldung „Regierung tritt geschlossen zurück“ ist beendet.")
    expect(editor.get_by_role("button", name="Jetzt beenden")).to_have_count(0)
    assert served_from_page_cache(reader, "/")
    reader.goto("/")
    expect(reader.get_by_role("region", name="Eilmeldung")).to_have_count(0)


def test_reader_sees_the_most_read_box_on_home_and_article_pages(new_page):
    call_command("load_demo_views", stdout=io.StringIO())
    page = new_page()
    page.goto("/")
    box = page.get_by_role("region", name="Meistgelesen")
    expect(box.get_by_role("listitem")).to_have_count(5)
    first = box.get_by_role("link").first
    title = first.locator(".most-read__title").inner_text()
    first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(page.get_by_role("region", name="Meistgelesen").get_by_role("listitem")).to_have_count(5)
    assert axe_violations(page, context=".most-read") == ""
