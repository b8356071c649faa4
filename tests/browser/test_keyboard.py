"""A reader without a mouse: the skip link, a visible focus on every stop, the phone menu
without JavaScript, and a whole visit from the home page to a search by keyboard alone."""
import re

from playwright.sync_api import expect

from .conftest import MOBILE
from .helpers import contrast_ratio, demo_path, describe_focus, focus_style, parse_rgb, tab_to


def test_skip_link_is_the_first_stop_and_jumps_into_the_content(new_page):
    page = new_page()
    page.goto(demo_path("article"))

    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Zum Inhalt springen")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_in_viewport()

    page.keyboard.press("Enter")
    expect(page.get_by_role("main")).to_be_focused()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('main') !== null"), describe_focus(page)


def test_every_focus_stop_is_clearly_visible(new_page):
    """Tab through whole pages: each stop shows an outline (or a box shadow), and an outline
    stands out from the background around it (WCAG 1.4.11: at least 3:1)."""
    page = new_page()
    problems = []

    for name in ["home", "article", "search"]:
        page.goto(demo_path(name))
        stops = 0
        for _ in range(200):
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement === document.body") or (
                stops and page.evaluate("document.activeElement.matches('a.skip-link')")
            ):
                break  # past the last stop
            stops += 1
            problem = focus_problem(page)
            if problem:
                problems.append(f"{name}: {describe_focus(page)}: {problem}")
        assert stops >= 15, f"only {stops} focus stops on {name}"

    assert not problems, "focus hard to see:\n" + "\n".join(problems)


def focus_problem(page):
    style = focus_style(page)
    if style["outlineStyle"] != "none" and style["outlineWidth"] >= 2:
        ratio = contrast_ratio(parse_rgb(style["outlineColor"]), parse_rgb(style["background"]))
        if ratio < 3:
            return f"outline {style['outlineColor']} on {style['background']} is only {ratio:.2f}:1"
    elif style["boxShadow"] == "none":
        return f"no focus indicator ({style})"
    return None


def test_phone_menu_opens_and_closes_by_keyboard_without_javascript(new_page):
    page = new_page(viewport=MOBILE, java_script_enabled=False)
    page.goto("/")
    section_links = page.locator("#menu .site-nav__list a")
    expect(section_links.first).to_be_hidden()

    passed = tab_to(page, "a.menu-toggle--open")
    assert not any("/ressort/" in stop for stop in passed), f"hidden Ressort links took focus: {passed}"
    expect(page.get_by_role("link", name="Menü öffnen")).to_be_focused()

    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"#menu$"))
    for link in section_links.all():
        expect(link).to_be_visible()

    page.keyboard.press("Tab")
    expect(section_links.first).to_be_focused()
    tab_to(page, "#menu .site-nav__list a", text=section_links.last.inner_text())
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Menü schließen")).to_be_focused()

    page.keyboard.press("Enter")
    expect(section_links.first).to_be_hidden()
    expect(page.get_by_role("link", name="Menü öffnen")).to_be_visible()


def follow_focused_link(page, url_pattern):
    """Press Enter on the focused link; returns its text once the new page is there."""
    text = page.evaluate("document.activeElement.innerText.trim()")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(url_pattern))
    return text


def test_reader_travels_from_home_to_search_by_keyboard_only(new_page):
    page = new_page()
    page.goto("/")

    # Home -> the first Ressort in the menu
    tab_to(page, "#menu a")
    section = follow_focused_link(page, r"/ressort/[\w-]+/$")
    expect(page.locator("h1")).to_have_text(section)
    expect(page.locator("#menu a[aria-current=page]")).to_have_text(section)

    # Ressort -> its newest article
    tab_to(page, "main .card__title a")
    title = follow_focused_link(page, r"/artikel/[\w-]+/$")
    expect(page.locator("h1")).to_have_text(title)
    expect(page.locator(".breadcrumb li").nth(1)).to_have_text(section)

    # Article -> the first article under „Lesen Sie auch“
    tab_to(page, ".related a[href^='/artikel/']", max_presses=120)
    related = follow_focused_link(page, r"/artikel/[\w-]+/$")
    expect(page.locator("h1")).to_have_text(related)
    assert related != title

    # Related article -> its first author, from the byline
    tab_to(page, ".article__meta a[rel=author]")
    author = follow_focused_link(page, r"/autor/[\w-]+/$")
    expect(page.locator("h1")).to_have_text(author)

    # Author page -> a search for „Wahl“ from the header, going back up with Shift+Tab
    tab_to(page, "footer a", max_presses=120)
    tab_to(page, "#site-search-query", key="Shift+Tab", max_presses=120)
    page.keyboard.type("Wahl")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/suche/\?q=Wahl$"))
    expect(page.locator("h1")).to_have_text("Suchergebnisse für „Wahl“")
    expect(page.locator("main .card__title a").first).to_be_visible()
