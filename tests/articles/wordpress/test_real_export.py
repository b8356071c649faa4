"""The export of a real WordPress (real_export/README.md): what the report counts is what the file holds."""
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from articles.models import Article, Author, Section, WordPressRedirect

pytestmark = pytest.mark.django_db

FIXTURE = Path(__file__).parent / "real_export"
WP = "{http://wordpress.org/export/1.2/}"


def counted_by_hand():
    """The export's own counts, read with the standard library (not with the importer's reader)."""
    channel = ET.parse(FIXTURE / "export.xml").getroot().find("channel")
    items = channel.findall("item")
    posts = Counter(item.findtext(f"{WP}status") for item in items if item.findtext(f"{WP}post_type") == "post")
    kinds = Counter(item.findtext(f"{WP}post_type") for item in items)
    legal_pages = [
        item.findtext(f"{WP}post_name") for item in items
        if item.findtext(f"{WP}post_type") == "page" and item.findtext(f"{WP}status") == "publish"
        and item.findtext(f"{WP}post_name") in ("impressum", "datenschutz", "kontakt", "ueber-uns")
    ]
    return {
        "posts": posts,
        "authors": len(channel.findall(f"{WP}author")),
        "categories": len(channel.findall(f"{WP}category")),
        "tags": len(channel.findall(f"{WP}tag")),
        "attachments": kinds["attachment"],
        "pages": kinds["page"],
        "legal_pages": legal_pages,
    }


def test_importing_a_real_wordpress_export_gives_the_exports_counts(run_import, client):
    expected = counted_by_hand()
    assert expected["posts"] == {"publish": 5, "draft": 1, "pending": 1, "future": 1, "private": 1, "trash": 1}
    report = run_import((FIXTURE / "export.xml").read_bytes(), "--media-dir", str(FIXTURE / "uploads"))

    for status, name in [("publish", "veröffentlicht"), ("draft", "Entwurf"), ("pending", "ausstehend"),
                         ("future", "geplant"), ("private", "privat")]:
        assert f"{name}: {expected['posts'][status]} → {expected['posts'][status]}" in report
    assert f"Papierkorb: {expected['posts']['trash']} → 0" in report
    assert Article.objects.count() == sum(expected["posts"].values()) - expected["posts"]["trash"]
    assert f"Autor/innen: {expected['authors']} im Export, {expected['authors']} in den Autorenzeilen" in report
    assert Author.objects.count() == expected["authors"]
    assert f"Kategorien: {expected['categories']} im Export; Ressorts der Beiträge: {expected['categories']}" in report
    assert Section.objects.count() == expected["categories"]  # every category is some post's first
    assert f"Schlagwörter: {expected['tags']} im Export, 2 an Beiträgen vergeben" in report  # „Ungenutzt“ is on no post
    assert f"Anhänge: {expected['attachments']} im Export, {expected['attachments']} Dateien gefunden, 1 als Aufmacherbild, 3 im Text, 0 Bilder fehlen" in report
    assert expected["legal_pages"] == ["impressum", "datenschutz"]  # „Sample Page“ and a draft besides
    imported = len(expected["legal_pages"])
    assert f"Seiten: {expected['pages']} im Export, {imported} übernommen, {expected['pages'] - imported} übersprungen" in report
    for kind in expected["legal_pages"]:
        assert client.get(f"/{kind}/").status_code == 200

    article = Article.objects.get(slug="bruecken-und-strassen")
    assert article.hero_alt == "Die neue Brücke über den Rhein" and article.hero_caption == "Die Brücke bei Nacht"
    assert '<figcaption>Das Rathaus am Abend</figcaption>' in article.body
    two = Article.objects.get(slug="zwei-autoren-ein-text")
    assert {author.name for author in two.ordered_authors} == {"Anna Müller", "Ben König"}
    broken = Article.objects.get(slug="ueber-umlaute")
    # WordPress itself dropped the <script> tags (kses) and kept their text; the unclosed <b> is closed.
    assert (broken.lead, broken.body) == ("Hallo Welt", "<p><b>kaputtes HTMLalert(1)</b></p>")

    for public in Article.objects.public():
        assert client.get(public.get_absolute_url()).status_code == 200
    for old, new in [("/2024/05/01/bruecken-und-strassen", "/artikel/bruecken-und-strassen/"),
                     ("/2024/05/01/bruecken-und-strassen/feed/", "/artikel/bruecken-und-strassen/"),
                     ("/?p=8", "/artikel/zwei-autoren-ein-text/"),
                     ("/category/politik/europa/", "/ressort/europa/"),
                     ("/tag/klima/", "/thema/klima/"),
                     ("/author/anna-mueller/", "/autor/anna-mueller/")]:
        response = client.get(old)
        assert (response.status_code, response["Location"]) == (301, new), old
        assert client.get(new).status_code == 200

    redirects = WordPressRedirect.objects.count()
    report = run_import((FIXTURE / "export.xml").read_bytes(), "--media-dir", str(FIXTURE / "uploads"))
    assert "neu 0, aktualisiert 0, unverändert 9" in report
    assert (Article.objects.count(), Author.objects.count(), Section.objects.count(), WordPressRedirect.objects.count()) == (
        9, expected["authors"], expected["categories"], redirects
    )
