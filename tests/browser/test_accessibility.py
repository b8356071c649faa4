"""Every public page meets WCAG 2.2 AA as far as a machine can tell: axe-core finds nothing at
desktop and phone width, each page has the structure screen readers navigate by, every image
is described, and the crypto ticker reads as words without chattering.

The demo is loaded for every test (see conftest.py), so a test walks through all pages and
reports everything it found at once."""
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from tickers.models import Coin

from .conftest import DESKTOP, MOBILE
from .helpers import PAGES, axe_violations, demo_path

LANDMARKS = [("banner", None), ("navigation", "Ressorts"), ("main", None), ("contentinfo", None)]


@pytest.mark.parametrize("viewport", [DESKTOP, MOBILE], ids=["desktop", "phone"])
def test_axe_core_finds_nothing_on_any_page(new_page, viewport):
    page = new_page(viewport=viewport)
    found = []

    for name in PAGES:
        page.goto(demo_path(name))
        violations = axe_violations(page)
        if violations:
            found.append(f"== {name} ({page.url}):\n{violations}")

    assert not found, f"axe-core at {viewport['width']} px:\n" + "\n".join(found)


def test_every_page_has_language_landmarks_one_h1_and_described_images(new_page):
    page = new_page()
    problems = []

    for name in PAGES:
        page.goto(demo_path(name))
        problems += [f"{name}: {problem}" for problem in structure_problems(page)]

    assert not problems, "\n".join(problems)


def structure_problems(page):
    problems = []
    if page.locator("html").get_attribute("lang") != "de":
        problems.append('<html> lacks lang="de"')
    for role, label in LANDMARKS:
        count = page.get_by_role(role, name=label, exact=True).count() if label else page.get_by_role(role).count()
        if count != 1:
            problems.append(f"expected one {role} landmark {label or ''}, found {count}")
    headings = page.locator("h1").all_inner_texts()
    if len(headings) != 1 or not headings[0].strip():
        problems.append(f"h1 should be one, with text: {headings}")
    first_link = page.locator("body a").first
    if (first_link.inner_text(), first_link.get_attribute("href")) != ("Zum Inhalt springen", "#inhalt"):
        problems.append(f"the first link is not the skip link: {first_link.evaluate('a => a.outerHTML')}")
    return problems + image_problems(page)


def image_problems(page):
    """Every image has alt text. Only a teaser image may have an empty one, and only inside a
    link hidden from screen readers and keyboard (the title link beside it is the one they
    use), and the header's logo, whose link is named by the site's name beside it. Images
    that are not lazy-loaded have loaded (uploads are served)."""
    images = page.locator("img").evaluate_all(
        """images => images.map(img => ({
            html: img.outerHTML,
            alt: img.getAttribute("alt"),
            inHiddenLink: !!img.closest('a[aria-hidden="true"][tabindex="-1"]'),
            isLogoBesideName: img.matches("a.brand > .brand__logo") && !!img.parentElement.innerText.trim(),
            lazy: img.loading === "lazy",
            loaded: img.complete && img.naturalWidth > 0,
        }))"""
    )
    problems = []
    for image in images:
        if image["alt"] is None:
            problems.append(f"image without alt: {image['html']}")
        elif not image["alt"].strip() and not (image["inHiddenLink"] or image["isLogoBesideName"]):
            problems.append(f"content image with empty alt: {image['html']}")
        if not image["lazy"] and not image["loaded"]:
            problems.append(f"image did not load: {image['html']}")
    return problems


# ------------------------------------------------------------------------- ticker


def test_ticker_is_a_quiet_named_list_read_as_words_even_when_stale(new_page):
    page = new_page()
    page.goto("/")
    ticker = page.get_by_role("list", name="Kryptokurse")
    expect(ticker).to_have_count(1)
    expect(ticker.get_by_role("listitem")).to_have_count(3)

    spoken = ticker.aria_snapshot()  # what the accessibility tree exposes

    assert "Bitcoin 87.412,50 Euro, plus 2,14 Prozent" in spoken
    assert "Ethereum 2.861,07 Euro, minus 1,40 Prozent" in spoken
    assert "Litecoin 74,93 Euro, plus 0,05 Prozent" in spoken
    assert "BTC" not in spoken and "€" not in spoken and "%" not in spoken, f"symbols are read out:\n{spoken}"
    live = ticker.evaluate(
        """ticker => {
            const isLive = el => el.hasAttribute("aria-live") || el.hasAttribute("aria-atomic")
                || ["marquee", "alert", "status", "log", "timer"].includes(el.getAttribute("role"));
            const found = [...ticker.querySelectorAll("*")].filter(isLive);
            for (let el = ticker; el; el = el.parentElement) if (isLive(el)) found.push(el);
            return found.map(el => el.outerHTML.slice(0, 120));
        }"""
    )
    assert live == [], "the ticker must not be announced on every update"

    # Old prices are greyed out: still readable, and they say how old they are.
    Coin.objects.update(updated_at=timezone.now() - timedelta(hours=3))
    page.reload()
    expect(page.locator(".ticker__item.is-stale")).to_have_count(3)
    violations = axe_violations(page, context=".site-header__ticker")
    assert not violations, f"axe-core on the stale ticker:\n{violations}"
    assert "Stand:" in ticker.aria_snapshot()
