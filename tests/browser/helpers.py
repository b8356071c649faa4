"""What the browser tests share: the pages a reader visits, axe-core, and moving by keyboard."""
import re

from axe_playwright_python.sync_playwright import Axe

from articles.models import Article

# WCAG 2.0, 2.1 and 2.2, levels A and AA, plus axe's best practices (headings in order,
# landmarks, one main, ...).
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]

PAGES = [
    "home", "open-menu", "home-page-2", "article", "section", "tag", "author", "search", "search-empty",
    "search-no-hits", "not-found", "impressum", "datenschutz", "kontakt", "ueber-uns",
]


def demo_path(name):
    """The path of one kind of page on the demo site; the article is the lead story."""
    article = Article.objects.public().first()
    paths = {
        "home": "/",
        "open-menu": "/#menu",  # the phone menu, opened without JavaScript
        "home-page-2": "/?page=2",
        "article": article.get_absolute_url(),
        "section": f"/ressort/{article.section.slug}/",
        "tag": f"/thema/{article.tags.order_by('name').first().slug}/",
        "author": article.ordered_authors[0].get_absolute_url(),
        "search": "/suche/?q=Wahl",
        "search-empty": "/suche/",
        "search-no-hits": "/suche/?q=Quantencomputer",
        "not-found": "/gibt-es-nicht/",
        "impressum": "/impressum/",
        "datenschutz": "/datenschutz/",
        "kontakt": "/kontakt/",
        "ueber-uns": "/ueber-uns/",
    }
    return paths[name]


_axe = Axe()


def axe_violations(page, context=None):
    """axe-core's violations on the page (or in the part `context` selects), as a report;
    empty when there are none."""
    options = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}
    results = _axe.run(page, context=context, options=options)
    lines = []
    for violation in results.response["violations"]:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} – {violation['helpUrl']}")
        for node in violation["nodes"]:
            lines.append(f"    {' '.join(map(str, node['target']))}: {node['failureSummary']}".replace("\n", " "))
    return "\n".join(lines)


def describe_focus(page):
    """The focused element as a reader would name it, e.g. 'a "Politik" (/ressort/politik/)'."""
    return page.evaluate(
        """() => {
            const el = document.activeElement;
            if (!el || el === document.body) return "(nichts)";
            const text = (el.innerText || el.value || el.getAttribute("aria-label") || "").trim().replace(/\\s+/g, " ");
            const href = el.getAttribute("href");
            return `${el.tagName.toLowerCase()} "${text}"` + (href ? ` (${href})` : "");
        }"""
    )


def focus_style(page):
    """How the focused element shows its focus: outline, box shadow, and the background
    around it (the nearest ancestor that has one)."""
    return page.evaluate(
        """() => {
            const el = document.activeElement, css = getComputedStyle(el);
            let background = "rgb(255, 255, 255)";
            for (let node = el.parentElement; node; node = node.parentElement) {
                const colour = getComputedStyle(node).backgroundColor;
                if (colour !== "rgba(0, 0, 0, 0)" && colour !== "transparent") { background = colour; break; }
            }
            return {outlineStyle: css.outlineStyle, outlineWidth: parseFloat(css.outlineWidth),
                    outlineColor: css.outlineColor, boxShadow: css.boxShadow, background};
        }"""
    )


def tab_to(page, selector, *, text=None, key="Tab", max_presses=60):
    """Press Tab (or `key`, e.g. "Shift+Tab") until the focused element matches `selector`
    (and shows exactly `text`); returns the elements passed on the way. Fails after
    `max_presses`, listing them."""
    passed = []
    for _ in range(max_presses):
        page.keyboard.press(key)
        if page.evaluate(
            """([selector, text]) => {
                const el = document.activeElement;
                return el.matches(selector) && (text === null || el.innerText.trim() === text);
            }""",
            [selector, text],
        ):
            return passed
        passed.append(describe_focus(page))
    raise AssertionError(f"{key} did not reach {selector} {text or ''} in {max_presses} presses; focus went to:\n  " + "\n  ".join(passed))


def relative_luminance(rgb):
    def channel(value):
        value /= 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(value) for value in rgb)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first, second):
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def parse_rgb(css_colour):
    """'rgb(29, 95, 209)' -> (29, 95, 209)."""
    return tuple(int(float(part)) for part in re.findall(r"[\d.]+", css_colour)[:3])
