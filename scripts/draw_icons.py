"""Render the RENEWZ icon (static/img/renewz-icon.svg) to the PNG sizes and the favicon the
site links, and the wordmark for search engines (static/img/renewz-logo.png, 600 × 60).

Run after changing the SVG: `.venv/bin/python scripts/draw_icons.py`. Chromium (Debian's,
as in tests/browser) draws the SVG, so the PNGs are exactly the SVG; Pillow writes the .ico.
"""
import base64
import io
from pathlib import Path

from PIL import Image
from playwright.sync_api import sync_playwright

STATIC = Path(__file__).resolve().parent.parent / "static"
ICON = STATIC / "img" / "renewz-icon.svg"
SQUARE_SIZES = {"renewz-icon-192.png": 192, "renewz-icon-512.png": 512, "apple-touch-icon.png": 180}
FAVICON_SIZES = [16, 32, 48]

WORDMARK = """<!doctype html><html><body style="margin:0;background:#fff">
<div style="display:flex;align-items:center;gap:14px;width:600px;height:60px;
            font:800 44px/1 'Liberation Sans',Arial,sans-serif;letter-spacing:-1px;color:#1a1a1a">
  <img src="{icon}" width="56" height="56" alt=""><span>RENEWZ<span style="color:#b3122e">.de</span></span>
</div></body></html>"""


def render_square(page, icon_url, size, *, background="transparent"):
    page.set_viewport_size({"width": size, "height": size})
    page.set_content(
        f'<body style="margin:0;background:{background}">'
        f'<img src="{icon_url}" width="{size}" height="{size}" style="display:block">'
    )
    return page.screenshot(omit_background=background == "transparent")


def main():
    icon_url = "data:image/svg+xml;base64," + base64.b64encode(ICON.read_bytes()).decode()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        page = browser.new_page()
        for name, size in SQUARE_SIZES.items():
            # The apple-touch-icon is a full square: iOS rounds its corners itself and would
            # fill transparent ones with black.
            png = render_square(page, icon_url, size, background="#b3122e" if name.startswith("apple") else "transparent")
            (STATIC / "img" / name).write_bytes(png)
        large = Image.open(io.BytesIO(render_square(page, icon_url, 256)))
        large.save(STATIC / "favicon.ico", sizes=[(size, size) for size in FAVICON_SIZES])
        page.set_viewport_size({"width": 600, "height": 60})
        page.set_content(WORDMARK.format(icon=icon_url))
        (STATIC / "img" / "renewz-logo.png").write_bytes(page.screenshot())
        browser.close()
    for path in sorted(STATIC.glob("**/*.png")) + [STATIC / "favicon.ico"]:
        if "img" in path.parts or path.suffix == ".ico":
            print(path.relative_to(STATIC), Image.open(path).size)


if __name__ == "__main__":
    main()
