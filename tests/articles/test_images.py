"""Library images (images.Image) as heroes: what an editor may upload, and the responsive renditions readers get."""
import io
import random
import struct
import zlib
import re
from html.parser import HTMLParser
from pathlib import Path
from types import SimpleNamespace
from xml.etree import ElementTree

import time

import pytest
from django.core import signing
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.http import FileResponse
from django.utils import timezone
from PIL import Image, ImageCms, IptcImagePlugin

from articles import previews, renditions
from articles.management.commands import load_demo as load_demo_command
from articles.models import Article
from images.models import Image as LibraryImage
from tests.admin_forms import admin_form_data
from tests.articles.test_admin import article_form
from tests.articles.test_query_counts import PAGE_QUERIES
from tests.factories import make_article, make_author, make_image, make_section

pytestmark = pytest.mark.django_db

RED, BLUE = (220, 20, 20), (20, 40, 220)


# ------------------------------------------------------------------ test images


def image_bytes(size=(64, 36), image_format="JPEG", color=RED, **save_options):
    buffer = io.BytesIO()
    Image.new("RGBA" if len(color) == 4 else "RGB", size, color).save(buffer, format=image_format, **save_options)
    return buffer.getvalue()


def noisy_jpeg(size=(640, 480)):
    """A photo-like JPEG: noise does not compress, so the file has real size (always the same)."""
    noise = random.Random(4).randbytes(size[0] * size[1])
    buffer = io.BytesIO()
    Image.frombytes("L", size, noise).convert("RGB").save(buffer, format="JPEG", quality=90)
    return buffer.getvalue()


def two_colour_png(size=(3200, 900)):
    """Left half red, right half blue: any crop shows by its colour where it was taken."""
    image = Image.new("RGB", size, RED)
    image.paste(BLUE, (size[0] // 2, 0, size[0], size[1]))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def png_claiming(width, height):
    """A PNG of a few dozen bytes whose header announces a width × height image."""

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")


def upload(name, data):
    return SimpleUploadedFile(name, data)


def media_file(settings, name):
    """Where a hero image's original or rendition is stored: the private storage."""
    return Path(settings.PRIVATE_MEDIA_ROOT) / name


def rendition_files(settings, image):
    folder = media_file(settings, renditions.folder(image.pk))
    return sorted(path.name for path in folder.iterdir()) if folder.exists() else []


# ------------------------------------------------------------ uploads in the admin


BAD_UPLOADS = {
    "truncated JPEG": (upload("abgeschnitten.jpg", noisy_jpeg()[:9000]), "Die hochgeladene Datei ist kein Bild oder ist defekt."),
    "decompression bomb": (upload("bombe.png", png_claiming(30_000, 30_000)), "Das Bild ist zu groß zum Verarbeiten. Erlaubt sind höchstens 40 Megapixel"),
    "too many pixels in the header": (upload("riesig.png", png_claiming(10_000, 5_000)), "Das Bild ist zu groß zum Verarbeiten (10000 × 5000 Bildpunkte)."),
    "GIF renamed to .jpg": (upload("animation.jpg", image_bytes(image_format="GIF")), "Die Datei ist ein Bild im Format GIF. Bitte ein Bild im Format JPEG, PNG oder WebP hochladen."),
    "SVG renamed to .png": (upload("grafik.png", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), "Die hochgeladene Datei ist kein Bild oder ist defekt."),
    "SVG": (upload("grafik.svg", b'<svg xmlns="http://www.w3.org/2000/svg"></svg>'), "Dateiendung „svg“ ist nicht erlaubt."),
    "0 bytes": (upload("leer.jpg", b""), "Die übertragene Datei ist leer."),
    "text file named .webp": (upload("notizen.webp", "Nur ein Text, kein Bild.".encode()), "Die hochgeladene Datei ist kein Bild oder ist defekt."),
    "PNG named .jpg": (upload("foto.jpg", image_bytes(image_format="PNG")), "Die Datei ist ein PNG-Bild, endet aber auf „.jpg“. Bitte die Datei mit der passenden Endung (.png) speichern"),
}


def image_form(upload, **fields):
    """What the library's „Bild hinzufügen“ form posts."""
    return {"file": upload, "alt": "", "caption": "", "credit": "", "focal_x": "", "focal_y": "", **fields}


def add_image(admin_client, upload, **fields):
    response = admin_client.post("/admin/images/image/add/", image_form(upload, **fields))
    assert response.status_code == 302, response.context["adminform"].form.errors
    return LibraryImage.objects.latest("pk")


@pytest.mark.parametrize("case", sorted(BAD_UPLOADS))
def test_editor_gets_a_clear_german_error_for_a_bad_image_and_keeps_the_rest(admin_client, case):
    bad_upload, message = BAD_UPLOADS[case]
    data = image_form(bad_upload, alt="Ein Bild, das nicht ankommt", caption="Die Bildunterschrift bleibt")
    response = admin_client.post("/admin/images/image/add/", data)

    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert list(errors) == ["file"], errors
    assert message in errors["file"][0]
    assert message in response.text  # shown at the field, in German
    for typed in ['value="Ein Bild, das nicht ankommt"', 'value="Die Bildunterschrift bleibt"']:
        assert typed in response.text
    assert LibraryImage.objects.count() == 0


@pytest.mark.parametrize("setting, limit, message", [
    ("IMAGE_UPLOAD_MAX_BYTES", 10_000, "Erlaubt sind höchstens 9,8"),
    ("IMAGE_UPLOAD_MAX_PIXELS", 100_000, "Das Bild ist zu groß zum Verarbeiten (640 × 480 Bildpunkte). Erlaubt sind höchstens 0,1 Megapixel"),
])
def test_size_and_pixel_limits_come_from_the_settings(admin_client, settings, setting, limit, message):
    photo = noisy_jpeg()
    assert 20_000 < len(photo) < 400_000
    add_image(admin_client, upload("foto.jpg", photo), alt="Rauschen")

    setattr(settings, setting, limit)
    response = admin_client.post("/admin/images/image/add/", image_form(upload("foto.jpg", photo), alt="Zu groß"))
    assert response.status_code == 200
    assert message in response.context["adminform"].form.errors["file"][0]
    assert 'value="Zu groß"' in response.text
    assert LibraryImage.objects.count() == 1


@pytest.mark.parametrize("name, image_format", [("foto.jpg", "JPEG"), ("foto.jpeg", "JPEG"), ("grafik.png", "PNG"), ("bild.webp", "WEBP")])
def test_jpeg_png_and_webp_are_accepted(admin_client, name, image_format):
    image = add_image(admin_client, upload(name, image_bytes(image_format=image_format)), alt="Ein rotes Rechteck")
    assert image.file.name.endswith(name.rsplit(".", 1)[1]) and image.original_filename == name


def test_a_hero_image_needs_alt_text(admin_client):
    image = make_image(upload("foto.jpg", image_bytes()), alt="")
    data = article_form(make_section(), [make_author()], hero_image=str(image.pk), status="published")
    response = admin_client.post("/admin/articles/article/add/", data)
    assert response.status_code == 200
    assert "Das gewählte Bild hat noch keinen Alternativtext." in response.text
    assert Article.objects.count() == 0


def test_author_photo_is_checked_the_same_way(admin_client):
    response = admin_client.post("/admin/articles/author/add/", {
        "name": "Lena Hartmann", "slug": "", "job_title": "", "bio": "Schreibt über Politik.", "profile_url": "",
        "is_active": "on", "photo": upload("portrait.png", png_claiming(30_000, 30_000)),
    })
    assert response.status_code == 200
    assert "Das Bild ist zu groß zum Verarbeiten." in response.text
    assert "Schreibt über Politik." in response.text


# -------------------------------------------------------------------- renditions


def test_uploaded_image_gets_webp_and_jpeg_renditions_in_every_width(admin_client, settings):
    library_image = add_image(admin_client, upload("landtag.png", two_colour_png((2000, 1125))), alt="Der Landtag")

    for kind in ("hero", "teaser"):
        entry = library_image.renditions[kind]
        for extension, pillow_format in [("webp", "WEBP"), ("jpg", "JPEG")]:
            assert [width for width, _ in entry[extension]] == [480, 800, 1200, 1600]
            for width, name in entry[extension]:
                assert name.startswith(f"bilder/{library_image.pk}/") and name.endswith(f"-{width}.{extension}")
                with Image.open(media_file(settings, name)) as image:
                    assert image.format == pillow_format
                    assert image.size == (width, round(width * 9 / 16))
    assert len(rendition_files(settings, library_image)) == 16


@pytest.mark.parametrize("size, widths", [
    ((1000, 600), [480, 800, 1000]),
    ((300, 200), [300]),
    ((1600, 900), [480, 800, 1200, 1600]),
    ((4000, 3000), [480, 800, 1200, 1600]),
])
def test_images_are_never_upscaled(settings, size, widths):
    article = make_article(hero_image=upload("bild.png", image_bytes(size, "PNG")), hero_alt="Bild")
    hero = article.hero_image.renditions["hero"]
    assert [width for width, _ in hero["webp"]] == [width for width, _ in hero["jpg"]] == widths
    for width, name in hero["jpg"]:
        with Image.open(media_file(settings, name)) as image:
            assert image.width == width <= size[0]
            assert abs(image.height - size[1] * width / size[0]) <= 1


def test_saving_without_a_new_image_keeps_the_renditions(settings):
    article = make_article(hero_image=upload("bild.png", two_colour_png()), hero_alt="Bild")
    manifest = article.hero_image.renditions
    files = {name: media_file(settings, name).stat().st_mtime_ns for name in renditions.rendition_names(manifest)}

    article = Article.objects.get(pk=article.pk)
    article.title = "Neuer Titel"
    article.save()
    image = article.hero_image
    image.alt = "Anderer Alternativtext"
    image.save()

    assert Article.objects.get(pk=article.pk).hero_image.renditions == manifest
    assert {name: media_file(settings, name).stat().st_mtime_ns for name in files} == files


def teaser_colours(settings, article, width=480):
    """The colours at the left edge, the centre and the right edge of a teaser rendition."""
    name = dict(article.hero_image.renditions["teaser"]["jpg"])[width]
    with Image.open(media_file(settings, name)) as image:
        image = image.convert("RGB")
        middle = image.height // 2
        return [nearest_colour(image.getpixel((x, middle))) for x in (2, image.width // 2, image.width - 3)]


def nearest_colour(pixel):
    return "rot" if sum(abs(a - b) for a, b in zip(pixel, RED)) < sum(abs(a - b) for a, b in zip(pixel, BLUE)) else "blau"


def test_focal_point_chooses_the_teaser_crop_and_the_article_keeps_the_whole_image(settings, django_capture_on_commit_callbacks):
    article = make_article(hero_image=upload("zweifarbig.png", two_colour_png()), hero_alt="Rot und Blau")
    # No focal point: the middle of the image, half red, half blue.
    left, _, right = teaser_colours(settings, article)
    assert (left, right) == ("rot", "blau")
    old_teasers = {name for _, name in article.hero_image.renditions["teaser"]["jpg"]}

    image = article.hero_image
    with django_capture_on_commit_callbacks(execute=True):
        image.focal_x, image.focal_y = 0.1, 0.5
        image.save()
    assert teaser_colours(settings, article) == ["rot", "rot", "rot"]
    assert not any(media_file(settings, name).exists() for name in old_teasers)

    with django_capture_on_commit_callbacks(execute=True):
        image.focal_x = 0.95
        image.save()
    assert teaser_colours(settings, article) == ["blau", "blau", "blau"]

    teaser = article.hero_image.renditions["teaser"]
    assert (teaser["width"], teaser["height"]) == (1600, 900)
    hero = article.hero_image.renditions["hero"]
    assert (hero["width"], hero["height"]) == (1600, 450)
    with Image.open(media_file(settings, dict(hero["jpg"])[1600])) as image:
        assert [nearest_colour(image.convert("RGB").getpixel((x, 225))) for x in (5, 1594)] == ["rot", "blau"]


def test_editor_sets_the_focal_point_in_the_admin_and_the_teaser_follows(admin_client, settings, django_capture_on_commit_callbacks):
    article = make_article("Zweifarbig", hero_image=upload("zweifarbig.png", two_colour_png()), hero_alt="Rot und Blau")
    # The article form leads to the image in the library, where the focal point is set.
    url = f"/admin/images/image/{article.hero_image.pk}/change/"
    assert url in admin_client.get(f"/admin/articles/article/{article.pk}/change/").text
    page = admin_client.get(url).text
    assert 'id="id_focal_x"' in page and 'id="id_focal_y"' in page
    assert "focal-point-picker" in page and "admin_extra/focal_point.js" in page
    # The preview is a rendition, not the full upload.
    assert dict(article.hero_image.renditions["hero"]["jpg"])[480] in page

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(url, admin_form_data(admin_client.get(url), focal_x="0.9", focal_y="0.5"))
    assert response.status_code == 302, response.context["adminform"].form.errors
    article = Article.objects.select_related("hero_image").get(pk=article.pk)
    assert (article.hero_image.focal_x, article.hero_image.focal_y) == (0.9, 0.5)
    assert teaser_colours(settings, article) == ["blau", "blau", "blau"]

    response = admin_client.post(url, admin_form_data(admin_client.get(url), focal_x="1.5"))
    assert response.status_code == 200
    assert "Ensure this value" not in response.text and "kleiner oder gleich 1" in response.text


def test_focal_point_near_the_edge_crops_as_far_as_the_image_allows(settings):
    tall = Image.new("RGB", (900, 1600), RED)
    tall.paste(BLUE, (0, 800, 900, 1600))
    buffer = io.BytesIO()
    tall.save(buffer, format="PNG")
    article = make_article(hero_image=upload("hochkant.png", buffer.getvalue()), hero_alt="Hochkant", hero_focal_x=0.5, hero_focal_y=1.0)
    teaser = article.hero_image.renditions["teaser"]
    assert (teaser["width"], teaser["height"]) == (900, 506)
    name = dict(teaser["jpg"])[900]
    with Image.open(media_file(settings, name)) as image:
        assert nearest_colour(image.convert("RGB").getpixel((450, 2))) == "blau"  # the bottom of the image, not beyond it


def test_a_new_file_replaces_the_old_renditions(settings, django_capture_on_commit_callbacks):
    image = make_image(upload("alt.png", image_bytes((1000, 600), "PNG")), alt="Alt")
    old = rendition_files(settings, image)
    assert len(old) == 12

    with django_capture_on_commit_callbacks(execute=True):
        image.file = upload("neu.png", image_bytes((600, 400), "PNG", color=BLUE))
        image.save()

    new = rendition_files(settings, image)
    assert len(new) == 8 and not set(old) & set(new)
    assert set(new) == {Path(name).name for name in renditions.rendition_names(image.renditions)}


def test_an_article_deleted_keeps_its_library_image_and_a_deleted_image_takes_its_files(settings, django_capture_on_commit_callbacks):
    article = make_article(hero_image=upload("bild.png", image_bytes((800, 450), "PNG")), hero_alt="Bild")
    image = article.hero_image
    with django_capture_on_commit_callbacks(execute=True):
        article.delete()
    assert rendition_files(settings, image) and media_file(settings, image.file.name).exists()

    with django_capture_on_commit_callbacks(execute=True):
        LibraryImage.objects.get(pk=image.pk).delete()
    assert rendition_files(settings, image) == [] and not media_file(settings, image.file.name).exists()


def test_missing_rendition_files_are_made_again_on_the_next_save(settings):
    article = make_article(hero_image=upload("bild.png", image_bytes((800, 450), "PNG")), hero_alt="Bild")
    for name in renditions.rendition_names(article.hero_image.renditions):
        media_file(settings, name).unlink()
    article.hero_image.save()
    assert all(media_file(settings, name).exists() for name in renditions.rendition_names(article.hero_image.renditions))


def test_a_photo_turned_by_its_camera_is_rendered_upright(settings):
    buffer = io.BytesIO()
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: rotate 90° clockwise to view
    Image.new("RGB", (1600, 900), RED).save(buffer, format="JPEG", exif=exif)
    article = make_article(hero_image=upload("hochkant.jpg", buffer.getvalue()), hero_alt="Hochkant")
    hero = article.hero_image.renditions["hero"]
    assert (hero["width"], hero["height"]) == (900, 1600)


def test_transparent_png_gets_a_white_background_in_jpeg(settings):
    article = make_article(hero_image=upload("logo.png", image_bytes((600, 400), "PNG", color=(0, 0, 0, 0))), hero_alt="Logo")
    name = dict(article.hero_image.renditions["hero"]["jpg"])[600]
    with Image.open(media_file(settings, name)) as image:
        assert image.mode == "RGB" and min(image.getpixel((300, 200))) > 245
    name = dict(article.hero_image.renditions["hero"]["webp"])[600]
    with Image.open(media_file(settings, name)) as image:
        assert image.mode == "RGBA" and image.getpixel((300, 200))[3] == 0


def test_an_unreadable_stored_image_does_not_break_saving(settings):
    article = make_article(hero_image=upload("bild.png", image_bytes((800, 450), "PNG")), hero_alt="Bild")
    media_file(settings, article.hero_image.file.name).write_bytes(b"kaputt")
    article.hero_image.focal_x = 0.2
    article.hero_image.save()  # no exception: the page shows no picture instead
    assert Article.objects.get(pk=article.pk).hero_image.renditions == {}


# ------------------------------------------------------------------ public pages


class PictureParser(HTMLParser):
    """Collects each <picture>: its <source> and <img> attributes."""

    def __init__(self):
        super().__init__()
        self.pictures, self.current = [], None

    def handle_starttag(self, tag, attrs):
        if tag == "picture":
            self.current = {"sources": []}
            self.pictures.append(self.current)
        elif tag == "source" and self.current is not None:
            self.current["sources"].append(dict(attrs))
        elif tag == "img" and self.current is not None:
            self.current["img"] = dict(attrs)

    def handle_endtag(self, tag):
        if tag == "picture":
            self.current = None


def pictures_in(html):
    assert "{#" not in html and "{%" not in html  # no template syntax leaks onto the page
    parser = PictureParser()
    parser.feed(html)
    return parser.pictures


def srcset_widths(srcset, extension):
    entries = [entry.strip().rsplit(" ", 1) for entry in srcset.split(",")]
    assert all(url.endswith(f"-{width[:-1]}.{extension}") and width.endswith("w") for url, width in entries), srcset
    return [int(width[:-1]) for _, width in entries]


def test_article_page_serves_srcset_in_webp_with_a_jpeg_fallback(client):
    article = make_article("Mit Bild", hero_image=upload("bild.png", two_colour_png((2400, 1350))), hero_alt="Rot und Blau")
    [hero] = pictures_in(client.get(article.get_absolute_url()).text)

    [source] = hero["sources"]
    assert source["type"] == "image/webp"
    assert srcset_widths(source["srcset"], "webp") == [480, 800, 1200, 1600]
    assert "-hero-" in source["srcset"] and source["sizes"]
    img = hero["img"]
    assert img["src"].endswith("-hero-1200.jpg")
    assert srcset_widths(img["srcset"], "jpg") == [480, 800, 1200, 1600]
    assert img["sizes"] == source["sizes"]
    assert img["alt"] == "Rot und Blau"
    assert (img["width"], img["height"]) == ("1600", "900")
    assert "fetchpriority" in img and "loading" not in img


def test_teaser_cards_serve_the_focal_crop_in_srcset(client):
    make_article("Aufmacher", hero_image=upload("a.png", two_colour_png()), hero_alt="A", published_at=timezone.now())
    make_article("Zweite Meldung", hero_image=upload("b.png", two_colour_png()), hero_alt="B", hero_focal_x=0.2)
    lead, card = pictures_in(client.get("/").text)

    for picture in (lead, card):
        [source] = picture["sources"]
        assert source["type"] == "image/webp" and "-teaser-" in source["srcset"]
        assert srcset_widths(source["srcset"], "webp") == srcset_widths(picture["img"]["srcset"], "jpg") == [480, 800, 1200, 1600]
        assert picture["img"]["src"].endswith("-teaser-800.jpg")
        assert (picture["img"]["width"], picture["img"]["height"]) == ("1600", "900")
        assert picture["img"]["alt"] == ""
    assert lead["img"]["loading"] == "eager" and card["img"]["loading"] == "lazy"
    assert lead["img"]["sizes"] != card["img"]["sizes"]


def test_images_without_renditions_show_the_original_to_staff_only(client, admin_client):
    article = make_article("Altbestand", hero_image=upload("bild.png", image_bytes((800, 450), "PNG")), hero_alt="Alt")
    LibraryImage.objects.filter(pk=article.hero_image_id).update(renditions={})
    original = article.hero_image.file.url
    page = client.get(article.get_absolute_url()).text
    assert pictures_in(page) == [] and original not in page
    assert original not in client.get("/").text
    # Readers never get an original (`manage.py generate_renditions` makes the renditions).
    assert client.get(original).status_code == 404
    response = admin_client.get(original)
    assert response.status_code == 200 and response["Content-Type"] == "image/png"


@pytest.mark.parametrize("page", ["article", "home"])
def test_pictures_cost_no_queries(client, django_assert_num_queries, page):
    section = make_section(on_home_page=True)  # a Ressort block on the home page, as PAGE_QUERIES counts
    article = make_article("Mit Bild", section=section, hero_image=upload("bild.png", image_bytes((800, 450), "PNG")), hero_alt="Bild")
    url = article.get_absolute_url() if page == "article" else "/"
    with django_assert_num_queries(PAGE_QUERIES[page]):
        assert pictures_in(client.get(url).text)


def feed_enclosures(client):
    """{item link: (enclosure URL, length, type)} of the RSS feed."""
    channel = ElementTree.fromstring(client.get("/feed/").content).find("channel")
    return {
        item.findtext("link"): tuple(item.find("enclosure").get(key) for key in ("url", "length", "type"))
        for item in channel.iter("item")
        if item.find("enclosure") is not None
    }


def test_link_previews_feeds_and_search_engines_get_a_rendition_never_the_original(client, settings):
    article = make_article("Geteilt", hero_image=upload("bild.png", two_colour_png((2400, 1350))), hero_alt="Bild")
    large = dict(article.hero_image.renditions["hero"]["jpg"])[1200]
    # Narrower than 1200 px: its largest rendition.
    small = make_article("Klein", hero_image=upload("klein.png", image_bytes((800, 450), "PNG")), hero_alt="Bild")
    assert [width for width, _ in small.hero_image.renditions["hero"]["jpg"]] == [480, 800]
    small_name = dict(small.hero_image.renditions["hero"]["jpg"])[800]
    enclosures = feed_enclosures(client)

    for shared, name in [(article, large), (small, small_name)]:
        url = f"http://testserver/bild/{name}"
        page = client.get(shared.get_absolute_url()).text
        assert f'<meta property="og:image" content="{url}">' in page
        assert f'<meta name="twitter:image" content="{url}">' in page
        assert f'"image":["{url}"]' in page
        assert shared.hero_image.file.name not in page
        length = str(media_file(settings, name).stat().st_size)
        assert enclosures[f"http://testserver{shared.get_absolute_url()}"] == (url, length, "image/jpeg")
        assert client.get(url).status_code == 200
    assert make_article("Ohne Bild").hero_image_for_sharing == ""


def test_admin_list_shows_a_small_rendition_as_thumbnail(admin_client):
    article = make_article("Mit Bild", hero_image=upload("bild.png", image_bytes((1600, 900), "PNG")), hero_alt="Bild")
    html = admin_client.get("/admin/articles/article/").text
    assert dict(article.hero_image.renditions["teaser"]["jpg"])[480] in html
    assert article.hero_image.file.name not in html


# ------------------------------------------------------------ sources' privacy

# What a camera writes into a photo and must never reach a reader: the GPS position and the
# camera in EXIF, the same in XMP, the city in IPTC, and a comment.
CAMERA_MAKE = "Quellenkamera"
XMP_PACKET = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    b'<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="52,31.2N"/>'
    b"</rdf:RDF></x:xmpmeta>"
)
IPTC_CITY = b"Treffpunkt-Berlin"
COMMENT = b"Aufgenommen beim Informanten"
LEAKS = (b"Exif\x00\x00", CAMERA_MAKE.encode(), b"xmpmeta", b"Photoshop 3.0", IPTC_CITY, COMMENT)
SRGB = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def gps_photo(size=(1600, 1000)):
    """A JPEG as a phone stores it: sideways pixels with EXIF orientation 6 (turn 90° clockwise),
    GPS position, camera make and model, XMP, IPTC, a comment and an sRGB profile."""
    exif = Image.Exif()
    exif[0x0112] = 6
    exif[0x010F] = CAMERA_MAKE
    exif[0x0110] = "Modell 7"
    exif[0x8825] = {1: "N", 2: (52.0, 31.0, 12.0), 3: "E", 4: (13.0, 24.0, 36.0)}
    iptc = b"\x1c\x02\x5a" + struct.pack(">H", len(IPTC_CITY)) + IPTC_CITY
    resource = b"8BIM\x04\x04\x00\x00" + struct.pack(">I", len(iptc)) + iptc
    app13 = b"Photoshop 3.0\x00" + resource
    image = Image.new("RGB", size, RED)
    image.paste(BLUE, (0, 0, size[0] // 4, size[1]))  # a blue stripe on the left: up after turning
    buffer = io.BytesIO()
    image.save(
        buffer, format="JPEG", quality=90, exif=exif, xmp=XMP_PACKET, comment=COMMENT, icc_profile=SRGB,
        extra=b"\xff\xed" + struct.pack(">H", len(app13) + 2) + app13,
    )
    return buffer.getvalue()


def metadata_left(path):
    """What of the camera's metadata a stored file still carries (empty: nothing)."""
    data = path.read_bytes()
    left = [leak for leak in LEAKS if leak in data]
    with Image.open(path) as image:
        exif = image.getexif()
        if len(exif) or exif.get_ifd(0x8825):
            left.append(f"EXIF {dict(exif)}")
        if IptcImagePlugin.getiptcinfo(image):
            left.append("IPTC")
        left += [key for key in ("xmp", "XML:com.adobe.xmp", "comment", "exif", "photoshop") if image.info.get(key)]
    return left


def stored_files(settings):
    return [
        path for root in (settings.MEDIA_ROOT, settings.PRIVATE_MEDIA_ROOT)
        for path in sorted(Path(root).rglob("*")) if path.is_file()
    ]


def test_the_test_photo_carries_what_a_phone_stores(tmp_path):
    path = tmp_path / "handy.jpg"
    path.write_bytes(gps_photo())
    assert len(metadata_left(path)) >= len(LEAKS)
    with Image.open(path) as image:
        assert image.getexif().get_ifd(0x8825)[1] == "N"
        assert IptcImagePlugin.getiptcinfo(image)[(2, 90)] == IPTC_CITY


def test_an_uploaded_gps_photo_keeps_no_metadata_in_any_stored_file(admin_client, settings):
    library_image = add_image(admin_client, upload("quelle-vor-ort.jpg", gps_photo()), alt="Der Ort")

    files = stored_files(settings)
    assert len(files) == 1 + 2 * 2 * 3  # the original; hero and teaser, WebP and JPEG, 480, 800 and 1000 px
    assert {path: metadata_left(path) for path in files} == {path: [] for path in files}
    original = media_file(settings, library_image.file.name)
    assert re.fullmatch(r"originale/[\w-]{22}\.jpg", library_image.file.name)  # not the uploader's file name
    with Image.open(original) as image:
        assert image.size == (1000, 1600)  # upright: the orientation is in the pixels now
        assert image.getpixel((500, 100))[2] > 200  # the blue stripe is on top
        assert image.info["icc_profile"] == SRGB  # colours stay as the camera meant them
    for kind in renditions.KINDS:
        with Image.open(media_file(settings, library_image.renditions[kind]["jpg"][-1][1])) as image:
            assert image.info.get("icc_profile") == SRGB


def test_an_author_photo_keeps_no_metadata(admin_client, settings):
    response = admin_client.post("/admin/articles/author/add/", {
        "name": "Lena Hartmann", "slug": "", "job_title": "", "bio": "", "profile_url": "",
        "is_active": "on", "photo": upload("lena-zuhause.jpg", gps_photo((300, 300))),
    })
    assert response.status_code == 302
    [path] = stored_files(settings)
    assert metadata_left(path) == []
    assert re.fullmatch(r"authors/[\w-]{22}\.jpg", path.relative_to(settings.MEDIA_ROOT).as_posix())


def hero_preview_url(admin_client, article):
    """The address of the picture on the article's change page in the admin."""
    page = admin_client.get(f"/admin/articles/article/{article.pk}/change/").text
    return re.search(r'<div class="readonly"><img src="([^"]+)"', page)[1]


def test_no_reader_url_answers_with_a_draft_picture_and_readers_get_renditions_once_public(admin_client, client, settings):
    library_image = add_image(admin_client, upload("quelle-vor-ort.jpg", gps_photo()), alt="Der Ort")
    data = article_form(make_section(), [make_author()], hero_image=str(library_image.pk))
    assert admin_client.post("/admin/articles/article/add/", data).status_code == 302
    article = Article.objects.get()
    assert not any(path.is_file() for path in Path(settings.MEDIA_ROOT).rglob("*"))  # nothing under /media/
    names = [article.hero_image.file.name, *renditions.rendition_names(article.hero_image.renditions)]
    month = timezone.localdate().strftime("%Y/%m")
    guesses = [f"/media/articles/{month}/quelle-vor-ort.jpg", *(f"/bild/{name}" for name in names)]
    for url in [*guesses, article.get_absolute_url()]:
        assert client.get(url).status_code == 404, url

    # The admin (and previews) show the draft's picture at a signed address, kept by no cache.
    signed = hero_preview_url(admin_client, article)
    assert signed.startswith(f"/bild/bilder/{library_image.pk}/") and "?zugang=" in signed
    response = client.get(signed)
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]
    assert client.get(signed.split("?")[0]).status_code == 404
    tampered = signed.replace("-hero-480.jpg", "-hero-800.jpg")  # another file, with this file's signature
    assert tampered != signed and client.get(tampered).status_code == 404

    article.status = Article.Status.PUBLISHED
    article.save()
    [hero] = pictures_in(client.get(article.get_absolute_url()).text)
    urls = [hero["img"]["src"]] + [entry.split()[0] for entry in (hero["img"]["srcset"] + ", " + hero["sources"][0]["srcset"]).split(", ")]
    assert len(set(urls)) == 6 and not any("zugang" in url for url in urls)  # 480, 800, 1000 px in WebP and JPEG
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Cache-Control"] == "public, max-age=31536000, s-maxage=86400, immutable"
        assert not any(leak in b"".join(response.streaming_content) for leak in LEAKS)
    assert client.get(f"/bild/{article.hero_image.file.name}").status_code == 404  # never the original

    article.status = Article.Status.UNPUBLISHED
    article.save()
    assert client.get(urls[0]).status_code == 404


def test_a_share_preview_shows_the_draft_picture_to_someone_without_an_account(client, admin_user):
    article = make_article("Entwurf", public=False, hero_image=upload("bild.png", image_bytes((800, 450), "PNG")), hero_alt="Bild")
    link = previews.create_preview_link(article, admin_user)
    [hero] = pictures_in(client.get(previews.preview_url(link)).text)
    assert "?zugang=" in hero["img"]["src"]
    assert client.get(hero["img"]["src"]).status_code == 200
    assert client.get(hero["img"]["src"].split("?")[0]).status_code == 404


def test_a_signed_picture_address_expires_with_the_preview_links(client, monkeypatch):
    article = make_article("Entwurf", public=False, hero_image=upload("bild.png", image_bytes((800, 450), "PNG")), hero_alt="Bild")
    signed = article.hero_picture.src
    assert client.get(signed).status_code == 200
    later = time.time() + 3600 * 48 + 60
    monkeypatch.setattr(signing, "time", SimpleNamespace(time=lambda: later))
    assert client.get(signed).status_code == 404


# ------------------------------------------------- sent by nginx after Django's check


def test_without_the_nginx_setting_django_streams_the_file(client, settings):
    assert settings.PRIVATE_MEDIA_ACCEL_REDIRECT == ""  # the embedded default
    article = make_article("Mit Bild", hero_image=upload("bild.png", image_bytes((800, 450), "PNG")), hero_alt="Bild")
    url = article.hero_picture.src
    response = client.get(url)
    assert isinstance(response, FileResponse) and not response.has_header("X-Accel-Redirect")
    assert b"".join(response.streaming_content) == media_file(settings, url.removeprefix("/bild/")).read_bytes()


def test_behind_nginx_django_checks_and_points_nginx_to_the_file(client, settings):
    settings.PRIVATE_MEDIA_ACCEL_REDIRECT = "/_bilddateien/"
    settings.PAGE_CACHE_ENABLED = True
    article = make_article("Mit Bild", hero_image=upload("bild.png", image_bytes((800, 450), "PNG")), hero_alt="Bild")
    url = article.hero_picture.src
    for _ in range(2):  # the second one too: the page cache keeps no such answer
        response = client.get(url)
        assert response.status_code == 200 and response.content == b""
        assert response["X-Accel-Redirect"] == "/_bilddateien/" + url.removeprefix("/bild/")
        assert response["Content-Type"] == "image/jpeg"
        assert response["Cache-Control"] == "public, max-age=31536000, s-maxage=86400, immutable"

    draft = make_article("Entwurf", public=False, hero_image=upload("bild.png", image_bytes((640, 360), "PNG")), hero_alt="Bild")
    signed = draft.hero_picture.src
    assert client.get(signed.split("?")[0]).status_code == 404  # no pointer for whoever asks
    response = client.get(signed)
    assert response["X-Accel-Redirect"] == "/_bilddateien/" + signed.split("?")[0].removeprefix("/bild/")
    assert response["Cache-Control"] == "private, no-store"

    # Only to a file that is there: nginx would answer its own 404 (or redirect a folder).
    media_file(settings, url.removeprefix("/bild/")).unlink()
    assert client.get(url).status_code == 404
    assert client.get(f"/bild/{article.hero_image.file.name}").status_code == 404  # never the original


def test_behind_nginx_a_file_name_is_sent_url_encoded(client, settings):
    settings.PRIVATE_MEDIA_ACCEL_REDIRECT = "/_bilddateien/"
    article = make_article("Import mit Textbild")
    path = media_file(settings, f"textbilder/{article.pk}/brücke_1.jpg")
    path.parent.mkdir(parents=True)
    path.write_bytes(image_bytes())
    response = client.get(f"/bild/textbilder/{article.pk}/br%C3%BCcke_1.jpg")
    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == f"/_bilddateien/textbilder/{article.pk}/br%C3%BCcke_1.jpg"


# ------------------------------------------------------------------------ commands


def test_generate_renditions_makes_missing_ones_and_skips_current_ones(settings):
    image = make_image(upload("bild.png", image_bytes((800, 450), "PNG")), alt="Bild")
    LibraryImage.objects.filter(pk=image.pk).update(renditions={})

    out = io.StringIO()
    call_command("generate_renditions", stdout=out)
    assert "1 Bilder geprüft, für 1 Bildvarianten erzeugt." in out.getvalue()
    manifest = LibraryImage.objects.get(pk=image.pk).renditions
    assert all(media_file(settings, name).exists() for name in renditions.rendition_names(manifest))

    out = io.StringIO()
    call_command("generate_renditions", stdout=out)
    assert "für 0 Bildvarianten erzeugt" in out.getvalue()
    call_command("generate_renditions", "--force", stdout=out)
    assert "für 1 Bildvarianten erzeugt" in out.getvalue()

    # Files an interrupted save left behind are cleaned up.
    orphan = media_file(settings, f"{renditions.folder(image.pk)}/0123456789ab-hero-480.webp")
    orphan.write_bytes(b"alt")
    out = io.StringIO()
    call_command("generate_renditions", stdout=out)
    assert "1 verwaiste Dateien gelöscht." in out.getvalue() and not orphan.exists()
    assert all(media_file(settings, name).exists() for name in renditions.rendition_names(manifest))


def test_load_demo_makes_renditions_for_the_demo_articles(monkeypatch, settings):
    monkeypatch.setattr(load_demo_command, "HERO_SIZE", (640, 360))
    call_command("load_demo", stdout=io.StringIO())
    articles = Article.objects.exclude(hero_image=None).select_related("hero_image")
    assert articles.count() >= 28
    for article in articles:
        teaser = article.hero_image.renditions["teaser"]
        assert [width for width, _ in teaser["webp"]] == [480, 640], article.title
        assert all(media_file(settings, name).exists() for name in renditions.rendition_names(article.hero_image.renditions))
