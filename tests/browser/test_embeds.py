"""Two-click embeds in Chromium: a reader's browser asks YouTube nothing until she clicks
„Inhalt von YouTube laden“; an editor pastes a video address into the body editor and gets an embed.

Nothing here reaches the internet: the player's address is answered by a local stub (page.route),
and the test asserts which address the browser asked for."""
from playwright.sync_api import expect

from articles.models import Article
from tests.articles.test_oembed import OEmbedServer

from .helpers import axe_violations
from .test_liveticker import log_in
from .test_security import open_recording, violations

PLAYER = "https://www.youtube-nocookie.com/embed/Rnwz3Tore26"
STUB = "<!doctype html><title>Player</title><p>Hier liefe das Video.</p>"


def video_article():
    return Article.objects.get(body__contains='data-provider="youtube"')


def recording_reader(new_page, site, **options):
    """A reader's page that records every request, and answers the YouTube player's with a stub."""
    page = open_recording(new_page, **options)
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.context.route("https://www.youtube-nocookie.com/**", lambda route: route.fulfill(status=200, content_type="text/html", body=STUB))
    return page, requests


def test_no_request_goes_to_youtube_before_the_click_and_the_player_loads_after_it(new_page, site, settings):
    settings.PAGE_CACHE_ENABLED = True
    page, requests = recording_reader(new_page, site)
    page.goto(video_article().get_absolute_url())
    page.wait_for_load_state("networkidle")

    figure = page.locator("figure.embed")
    expect(figure.get_by_text("Eingebetteter Inhalt von YouTube")).to_be_visible()
    expect(figure.get_by_role("link", name="FSV Hohenbrück – Alle Tore und Paraden gegen den Tabellenzweiten")).to_be_visible()
    expect(figure.get_by_text("Daten wie Ihre IP-Adresse an YouTube übertragen")).to_be_visible()
    button = figure.get_by_role("button", name="Inhalt von YouTube laden")
    expect(button).to_be_visible()
    assert page.locator("iframe").count() == 0
    elsewhere = [url for url in requests if not url.startswith(f"{site}/")]
    assert elsewhere == [], "requests before the click to other hosts than the site:\n" + "\n".join(elsewhere)
    assert axe_violations(page, context="figure.embed") == ""

    button.click()
    frame = figure.locator("iframe.embed__frame")
    expect(frame).to_have_attribute("src", PLAYER)
    expect(frame).to_have_attribute("title", "FSV Hohenbrück – Alle Tore und Paraden gegen den Tabellenzweiten")
    expect(page.frame_locator("iframe.embed__frame").get_by_text("Hier liefe das Video.")).to_be_visible()
    assert [url for url in requests if not url.startswith(f"{site}/")] == [PLAYER]
    assert violations(page) == []  # the CSP's frame-src lets the player in


def test_always_load_is_remembered_in_this_browser_and_can_be_undone(new_page, site):
    page, requests = recording_reader(new_page, site)
    url = video_article().get_absolute_url()
    page.goto(url)
    page.get_by_label("Inhalte von YouTube immer laden").check()
    page.get_by_role("button", name="Inhalt von YouTube laden").click()
    expect(page.locator("iframe.embed__frame")).to_have_attribute("src", PLAYER)

    page.goto(url)  # loads by itself now
    expect(page.locator("iframe.embed__frame")).to_have_attribute("src", PLAYER)
    page.get_by_role("button", name="Inhalte von YouTube nicht mehr automatisch laden").click()
    expect(page.get_by_text("ab dem nächsten Aufruf nicht mehr automatisch geladen")).to_be_visible()

    requests.clear()
    page.goto(url)
    page.wait_for_load_state("networkidle")
    expect(page.get_by_role("button", name="Inhalt von YouTube laden")).to_be_visible()
    assert page.locator("iframe").count() == 0
    assert [request for request in requests if not request.startswith(f"{site}/")] == []


def test_without_javascript_the_embed_is_a_plain_link(new_page, site):
    page, requests = recording_reader(new_page, site, java_script_enabled=False)
    page.goto(video_article().get_absolute_url())
    link = page.locator("figure.embed").get_by_role("link", name="FSV Hohenbrück – Alle Tore und Paraden gegen den Tabellenzweiten")
    expect(link).to_have_attribute("href", "https://www.youtube.com/watch?v=Rnwz3Tore26")
    expect(page.get_by_role("button", name="Inhalt von YouTube laden")).to_be_hidden()
    assert [request for request in requests if not request.startswith(f"{site}/")] == []


def test_an_editor_pastes_a_video_address_and_inserts_a_chart_by_the_toolbar(new_page, site, settings):
    oembed = OEmbedServer()  # the providers' oEmbed, on 127.0.0.1
    settings.OEMBED_BASE_URL = oembed.url
    oembed.answer_json("/youtube", {"title": "Die Tore im Video"})
    oembed.answer_json("/datawrapper", {"title": "Strompreise seit 2019"})
    page = open_recording(new_page)
    log_in(page, "redakteur", "renewz-demo-redakteur")
    article = Article.objects.get(title__startswith="Bitcoin legt zu")
    page.goto(f"/admin/articles/article/{article.pk}/change/")
    body = page.locator(".ProseMirror[contenteditable=true]")
    expect(body).to_be_visible()

    # Pasting the address at the end of the text, as copied from the browser's address bar.
    body.locator("p").last.click()
    page.keyboard.press("End")
    page.keyboard.press("Enter")
    page.evaluate(
        """(text) => {
            const data = new DataTransfer();
            data.setData("text/plain", text);
            document.activeElement.dispatchEvent(new ClipboardEvent("paste", {clipboardData: data, bubbles: true, cancelable: true}));
        }""",
        "https://youtu.be/Rnwz3Tore26",
    )
    expect(body.locator("figure.prose-embed")).to_contain_text("Einbettung: YouTube")

    # „Einbettung einfügen“ in the toolbar: a Datawrapper chart, then an address nobody knows.
    page.get_by_role("button", name="Einbettung einfügen").click()
    page.get_by_label("Adresse des Inhalts").fill("https://www.datawrapper.de/_/rNwZ5/")
    page.get_by_role("button", name="Einfügen", exact=True).click()
    expect(body.locator("figure.prose-embed").last).to_contain_text("Einbettung: Datawrapper")
    page.get_by_role("button", name="Einbettung einfügen").click()
    page.get_by_label("Adresse des Inhalts").fill("https://example.org/ein-video")
    page.get_by_role("button", name="Einfügen", exact=True).click()
    expect(body.get_by_role("link", name="https://example.org/ein-video")).to_be_visible()
    assert body.locator("figure.prose-embed").count() == 2

    page.get_by_role("button", name="Sichern", exact=True).first.click()
    expect(page.locator(".messagelist .success")).to_be_visible()
    article.refresh_from_db()
    oembed.close()
    assert ('<figure class="embed" data-provider="youtube" data-url="https://youtu.be/Rnwz3Tore26" '
            'data-title="Die Tore im Video">') in article.body
    assert ('<figure class="embed" data-provider="datawrapper" data-url="https://www.datawrapper.de/_/rNwZ5/" '
            'data-title="Strompreise seit 2019">') in article.body
    assert '<a href="https://example.org/ein-video" rel="noopener noreferrer">https://example.org/ein-video</a>' in article.body
    assert violations(page) == []

    # Readers see two placeholders on the article page.
    page.goto(article.get_absolute_url())
    expect(page.get_by_role("button", name="Inhalt von YouTube laden")).to_be_visible()
    expect(page.get_by_role("button", name="Inhalt von Datawrapper laden")).to_be_visible()
    expect(page.get_by_role("link", name="Strompreise seit 2019")).to_be_visible()
