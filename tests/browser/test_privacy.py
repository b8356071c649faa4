"""Readers get no cookie at all, and no public page makes the browser ask any other host
(no fonts, scripts, styles or images from elsewhere): what the Datenschutz page promises."""
from .helpers import PAGES, demo_path


def test_readers_get_no_cookie_and_every_request_stays_on_the_site(new_page, site, settings):
    settings.PAGE_CACHE_ENABLED = True
    page = new_page()
    requests, cookies_set = [], []
    page.on("request", lambda request: requests.append(request.url))
    page.on("response", lambda response: cookies_set.extend(
        f"{response.url}: {value}" for value in [response.header_value("set-cookie")] if value
    ))

    visited = []
    for name in [name for name in PAGES if name != "open-menu"]:  # the menu is the home page's #menu
        for visit in ("miss", "hit"):
            response = page.goto(demo_path(name))
            page.wait_for_load_state("networkidle")  # lazy images, icons, the manifest
            visited.append(f"{name} ({visit}): {response.status}")
            assert page.evaluate("document.cookie") == "", (name, visit)

    assert cookies_set == []
    assert page.context.cookies() == []
    assert len(requests) > len(visited)  # stylesheet, script, icons and images were requested too
    elsewhere = [url for url in requests if not url.startswith(f"{site}/")]
    assert elsewhere == [], f"requests to other hosts than {site}:\n" + "\n".join(elsewhere)
    assert all(url.startswith("http://127.0.0.1:") for url in requests)
