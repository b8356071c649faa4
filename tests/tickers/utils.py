import json
import re
from pathlib import Path

from django.template.loader import render_to_string
from django.test import RequestFactory

RESPONSES = Path(__file__).parent / "responses"


def recorded(name):
    return (RESPONSES / name).read_bytes()


def ok_json(**entries):
    """ok.json with some coins' entries replaced: ok_json(bitcoin={"eur": "87412.5"})."""
    data = {**json.loads(recorded("ok.json")), **entries}
    return json.dumps(data)  # NaN/Infinity come out as the bare tokens upstreams send


def render_header():
    """The header fragment as a page renders it, context processors included."""
    return render_to_string("tickers/ticker.html", request=RequestFactory().get("/"))


def ticker_items(html):
    """{symbol: (li classes, li inner HTML)} for the ticker items in `html`."""
    items = {}
    for classes, inner in re.findall(r'<li class="([^"]*)">(.*?)</li>', html, re.S):
        symbol = re.search(r"<abbr[^>]*>([^<]+)</abbr>", inner).group(1)
        items[symbol] = (classes.split(), inner)
    return items
