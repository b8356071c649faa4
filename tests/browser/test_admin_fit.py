"""The article list and form, and the user list, on a 1280 px screen and a 1024 px laptop:
nothing cut off, the inputs wide, the body editor several lines high; a byline dragged into
place stays there."""
import pytest
from playwright.sync_api import expect

from articles.models import Article, Author, Byline

from .test_liveticker import log_in

WIDTHS = [1280, 1024]

# Everything that would be cut off or need sideways scrolling: cells and inputs past the
# window's right edge, and boxes (the list's scroll box, inlines, fieldsets) wider inside
# than they show.
OVERFLOW = """() => {
    const width = window.innerWidth, problems = [];
    for (const el of document.querySelectorAll('#content th, #content td, #content input, #content select, #content textarea, .prose-editor')) {
        const box = el.getBoundingClientRect();
        if (box.width && box.right > width + 0.5) problems.push(`${el.tagName.toLowerCase()}.${el.className} endet bei ${Math.round(box.right)} px`);
    }
    for (const el of document.querySelectorAll('#changelist .results, .inline-group, .inline-group .tabular, #content fieldset')) {
        if (el.scrollWidth > el.clientWidth + 1) problems.push(`${el.className || el.tagName}: ${el.scrollWidth} px Inhalt in ${el.clientWidth} px`);
    }
    const page = document.scrollingElement;
    if (page.scrollWidth > width) problems.push(`Seite ${page.scrollWidth} px breit`);
    return problems;
}"""


def open_admin(new_page, width):
    page = new_page(viewport={"width": width, "height": 900})
    log_in(page, "redakteur", "renewz-demo-redakteur")
    return page


@pytest.mark.parametrize("width", WIDTHS)
def test_the_article_list_cuts_off_no_column(new_page, width):
    page = open_admin(new_page, width)
    page.goto("/admin/articles/article/")
    for header in ["Titel", "Status", "Datum", "Autor/innen"]:
        expect(page.locator("#result_list thead").get_by_text(header, exact=True)).to_be_visible()
    assert page.evaluate(OVERFLOW) == []
    # A scheduled article says so, with its date.
    scheduled = Article.objects.scheduled().get()
    expect(page.locator("#result_list tr", has_text=scheduled.title)).to_contain_text("Geplant (am ")
    page.screenshot(path=f"/tmp/renewz-admin-list-{width}.png", full_page=True)


@pytest.mark.parametrize("width", WIDTHS)
def test_the_article_form_fits_with_wide_inputs_and_a_tall_editor(new_page, width):
    article = Article.objects.filter(related_links__isnull=False, hero_image__isnull=False).distinct().first()
    page = open_admin(new_page, width)
    page.goto(f"/admin/articles/article/{article.pk}/change/")
    editor = page.locator(".prose-editor .ProseMirror[contenteditable=true]")
    expect(editor).to_be_visible()
    expect(page.locator("#related_links-group")).to_be_visible()

    assert page.evaluate(OVERFLOW) == []
    assert page.locator("#id_title").bounding_box()["width"] >= 450  # about 60 characters, not 38
    # Several lines to start with, even for a short text.
    editor.evaluate("node => { node.innerHTML = '<p>Kurz.</p>'; }")
    assert editor.bounding_box()["height"] >= 200
    page.screenshot(path=f"/tmp/renewz-admin-form-{width}.png", full_page=True)

    # Alt text and caption belong to the hero's library image: its form is as wide.
    page.goto(f"/admin/images/image/{article.hero_image_id}/change/")
    assert page.evaluate(OVERFLOW) == []
    for field in ["id_alt", "id_caption", "id_credit"]:
        box = page.locator(f"#{field}").bounding_box()
        assert box["width"] >= 450, (field, box)
    page.screenshot(path=f"/tmp/renewz-admin-image-{width}.png", full_page=True)


def test_a_byline_dragged_to_the_top_is_saved_first(new_page):
    article = Article.objects.public().first()
    lena, jonas = Author.objects.get(name="Lena Hartmann"), Author.objects.get(name="Jonas Brenner")
    Byline.objects.filter(article=article).delete()
    Byline.objects.create(article=article, author=lena, position=1)
    Byline.objects.create(article=article, author=jonas, position=2)

    page = open_admin(new_page, 1024)
    page.goto(f"/admin/articles/article/{article.pk}/change/")
    rows = page.locator("#bylines-group tbody tr.has_original")
    expect(rows).to_have_count(2)
    expect(rows.nth(0)).to_contain_text("Lena Hartmann")
    # The drag handle is the saved row's label; drop Jonas above Lena.
    handle = rows.nth(1).locator("td.original p")
    target = rows.nth(0).locator("td.original p")
    handle.scroll_into_view_if_needed()
    source_box, target_box = handle.bounding_box(), target.bounding_box()
    page.mouse.move(source_box["x"] + 20, source_box["y"] + source_box["height"] / 2)
    page.mouse.down()
    for step in range(1, 11):
        page.mouse.move(target_box["x"] + 20, source_box["y"] - (source_box["y"] - target_box["y"] + 8) * step / 10)
    page.mouse.up()
    expect(rows.nth(0)).to_contain_text("Jonas Brenner")

    page.locator("input[name=_continue]").first.click()
    expect(page.locator(".messagelist .success")).to_be_visible()
    assert [author.name for author in Article.objects.get(pk=article.pk).ordered_authors] == ["Jonas Brenner", "Lena Hartmann"]
    expect(page.locator("#bylines-group tbody tr.has_original").nth(0)).to_contain_text("Jonas Brenner")


@pytest.mark.parametrize("width", WIDTHS)
def test_the_user_list_with_its_role_column_fits(new_page, width):
    page = new_page(viewport={"width": width, "height": 900})
    log_in(page, "admin", "renewz-demo-admin")
    page.goto("/admin/auth/user/")
    row = page.locator("#result_list tr", has_text="autorin")
    expect(row.locator("td.field-role")).to_have_text("Autor/in")
    expect(page.locator("#result_list thead").get_by_text("Rolle", exact=True)).to_be_visible()
    assert page.evaluate(OVERFLOW) == []
