"""What every page carries for the site: German hyphenation, and the RENEWZ icons."""
from .conftest import MOBILE
from .helpers import PAGES, demo_path


def test_german_text_is_hyphenated_and_no_page_is_wider_than_a_phone(new_page):
    page = new_page(viewport=MOBILE)
    page.goto(demo_path("article"))
    assert page.evaluate("document.documentElement.lang") == "de"
    for selector in (".article__title", ".article__lead", ".article__body p"):
        assert page.locator(selector).first.evaluate("element => getComputedStyle(element).hyphens") == "auto", selector

    too_wide = []
    for name in PAGES:
        page.goto(demo_path(name))
        if page.evaluate("document.documentElement.scrollWidth > window.innerWidth"):
            too_wide.append(name)
    assert too_wide == []


def test_the_icons_the_head_names_load_from_the_site(new_page):
    page = new_page()
    page.goto("/")
    links = page.locator("link[rel=icon], link[rel=apple-touch-icon], link[rel=manifest]").evaluate_all(
        "links => links.map(link => [link.rel, link.href])"
    )
    assert [rel for rel, _ in links] == ["icon", "icon", "apple-touch-icon", "manifest"]
    for rel, href in links:
        response = page.request.get(href)
        assert response.ok, (rel, href)
    assert page.request.get("/favicon.ico").headers["content-type"] in ("image/x-icon", "image/vnd.microsoft.icon")
    logo = page.locator("a.brand img.brand__logo")
    assert logo.evaluate("img => img.complete && img.naturalWidth > 0")
