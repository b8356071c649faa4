"""The media library in the browser, as the issue's „done when“ asks: an editor drops two
images into the library, places the same one as hero of two articles and into a third
article's text through the editor's dialog, saves, and readers see it on the public pages."""
import io
import re

from PIL import Image as PillowImage
from playwright.sync_api import expect

from articles.models import Article
from images.models import Image

DROP_FILES = """([zone, files]) => {
    const transfer = new DataTransfer();
    for (const [name, bytes] of files) {
        transfer.items.add(new File([new Uint8Array(bytes)], name, {type: "image/jpeg"}));
    }
    zone.dispatchEvent(new DragEvent("drop", {dataTransfer: transfer, bubbles: true, cancelable: true}));
}"""


def jpeg_bytes(color, size=(900, 500)):
    buffer = io.BytesIO()
    PillowImage.new("RGB", size, color).save(buffer, format="JPEG")
    return list(buffer.getvalue())


def log_in(page):
    page.goto("/admin/login/")
    page.get_by_label("Benutzername").fill("redakteur")
    page.get_by_label("Passwort").fill("renewz-demo-redakteur")
    page.get_by_role("button", name="Anmelden").click()
    expect(page.get_by_role("heading", name="Übersicht")).to_be_visible()


def pick_hero(page, article, search):
    page.goto(f"/admin/articles/article/{article.pk}/change/")
    page.locator("#id_hero_image + .select2 .select2-selection").click()
    page.locator(".select2-search__field[aria-controls='select2-id_hero_image-results']").fill(search)
    page.locator(".select2-results__option", has_text=search).first.click()
    page.get_by_role("button", name="Sichern", exact=True).first.click()
    expect(page.locator(".messagelist .success")).to_contain_text("erfolgreich geändert")


def shows_loaded_image(page, selector):
    image = page.locator(selector).first
    expect(image).to_be_visible()
    image.scroll_into_view_if_needed()
    page.wait_for_function("(img) => img.complete && img.naturalWidth > 0", arg=image.element_handle())
    return image


def test_one_library_image_as_hero_of_two_articles_and_in_a_text_shows_on_the_public_pages(new_page):
    first, second, third = Article.objects.public().filter(is_liveticker=False).order_by("pk")[:3]
    page = new_page()
    log_in(page)

    # Two files dropped onto the upload page at once.
    page.goto("/admin/images/image/hochladen/")
    zone = page.locator(".image-upload__zone")
    page.evaluate(DROP_FILES, [zone.element_handle(), [["rathaus.jpg", jpeg_bytes((200, 30, 30))], ["hafen.jpg", jpeg_bytes((30, 30, 200))]]])
    results = page.locator(".image-upload__results li")
    expect(results).to_have_count(2)
    expect(results.filter(has_text="rathaus.jpg – hochgeladen")).to_be_visible()
    expect(results.filter(has_text="hafen.jpg – hochgeladen")).to_be_visible()

    # The editor describes the image; the library finds it by its file name.
    image = Image.objects.get(original_filename="rathaus.jpg")
    page.goto("/admin/images/image/?q=rathaus")
    page.get_by_role("link", name="rathaus.jpg").first.click()
    page.get_by_label("Alternativtext").fill("Das Rathaus am Marktplatz")
    page.get_by_label("Bildunterschrift").fill("Das Rathaus nach der Sanierung")
    page.get_by_label("Bildnachweis").fill("Erika Beispiel")
    page.get_by_role("button", name="Sichern", exact=True).click()
    expect(page.locator(".messagelist .success")).to_be_visible()

    pick_hero(page, first, "Rathaus")
    pick_hero(page, second, "Rathaus")

    # The third article gets it in its text, through „Bild aus der Bibliothek einfügen“.
    page.goto(f"/admin/articles/article/{third.pk}/change/")
    editor = page.locator(".ProseMirror[contenteditable=true]")
    expect(editor).to_be_visible()
    editor.click()
    page.keyboard.press("Control+End")
    page.get_by_role("button", name="Bild aus der Bibliothek einfügen").click()
    dialog = page.get_by_role("dialog", name="Bild aus der Bibliothek einfügen")
    dialog.get_by_role("searchbox").fill("Sanierung")
    choice = dialog.get_by_role("button", name="Einfügen: Das Rathaus am Marktplatz")
    expect(choice).to_have_count(1)
    choice.click()
    expect(dialog).to_be_hidden()
    expect(editor.locator("figure img[alt='Das Rathaus am Marktplatz']")).to_be_attached()
    page.get_by_role("button", name="Sichern", exact=True).first.click()
    expect(page.locator(".messagelist .success")).to_contain_text("erfolgreich geändert")

    # Its form lists all three uses.
    page.goto(f"/admin/images/image/{image.pk}/change/")
    for article in (first, second, third):
        expect(page.get_by_role("link", name=article.title)).to_be_visible()

    # Readers (no login) see it: as hero on two pages, as a figure with caption and credit in the third.
    reader = new_page()
    folder = f"/bild/bilder/{image.pk}/"
    for article in (first, second):
        reader.goto(article.get_absolute_url())
        hero = shows_loaded_image(reader, ".article__hero img")
        assert folder in hero.get_attribute("src")
        expect(reader.locator(".article__hero figcaption")).to_contain_text("Das Rathaus nach der Sanierung")
        expect(reader.locator(".article__hero figcaption")).to_contain_text("Foto von Erika Beispiel")
    reader.goto(third.get_absolute_url())
    figure = reader.locator(".article__body figure")
    img = shows_loaded_image(reader, ".article__body figure img")
    assert folder in img.get_attribute("src")
    assert img.get_attribute("loading") == "lazy" and img.get_attribute("width") and img.get_attribute("height")
    assert re.search(r"-hero-480\.jpg 480w", img.get_attribute("srcset"))
    expect(figure.locator("figcaption")).to_have_text("Das Rathaus nach der Sanierung Foto von Erika Beispiel")
