"""Shared media in S3-compatible object storage (RENEWZ_MEDIA_STORAGE=s3), as the app servers of
a multi-server site use it: uploads and renditions are objects in the bucket, readers get what
they may see and nothing else.

The object storage is moto's S3 server (ThreadedMotoServer), started on 127.0.0.1 by these
tests; the site talks to it with the real boto3 client through django-storages, and the tests
list and fetch its objects with boto3 and plain HTTP as a reader's browser would.
"""
import io
import json
import re
import urllib.error
import urllib.request
import uuid
from pathlib import Path
from types import SimpleNamespace

import boto3
import pytest
from django.core.management import call_command
from moto.server import ThreadedMotoServer
from PIL import Image

from articles import roles
from articles.models import Article, Author, WordPressImport
from images import renditions
from images.models import Image as LibraryImage
from renewz.settings import s3_media_origin, s3_storages
from tests.articles.test_admin import article_form
from tests.articles.wordpress.test_admin_import import member_of, started  # noqa: F401 (a fixture)
from tests.articles.wordpress.conftest import uploads  # noqa: F401 (a fixture)
from tests.articles.wordpress.wxr import SITE, attachment_item, author, export, item
from tests.articles.test_images import BLUE, image_bytes, pictures_in, two_colour_png, upload
from tests.factories import image_upload, make_article, make_author, make_image, make_section

pytestmark = pytest.mark.django_db

REGION = "eu-central-1"


@pytest.fixture(scope="session")
def s3_endpoint():
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def bucket(s3_endpoint, settings, monkeypatch, tmp_path):
    """A new bucket whose `media/` prefix readers may fetch (a bucket policy, as in production),
    and the site's storages switched to it as RENEWZ_MEDIA_STORAGE=s3 would."""
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "test-only-key")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "test-only-secret")
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "no-aws-config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "no-aws-credentials"))
    name = f"renewz-{uuid.uuid4().hex[:12]}"
    client = boto3.client("s3", endpoint_url=s3_endpoint, region_name=REGION)
    client.create_bucket(Bucket=name, CreateBucketConfiguration={"LocationConstraint": REGION})
    client.put_bucket_policy(Bucket=name, Policy=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": f"arn:aws:s3:::{name}/media/*"}],
    }))
    environ = {
        "AWS_STORAGE_BUCKET_NAME": name,
        "AWS_S3_ENDPOINT_URL": s3_endpoint,
        "AWS_S3_REGION_NAME": REGION,
        "AWS_S3_ADDRESSING_STYLE": "path",
    }
    settings.STORAGES = {**settings.STORAGES, **s3_storages(environ)}
    directives = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]
    settings.CONTENT_SECURITY_POLICY = {"DIRECTIVES": {**directives, "img-src": [*directives["img-src"], s3_media_origin(environ)]}}
    return SimpleNamespace(name=name, client=client, endpoint=s3_endpoint)


def objects(bucket, prefix=""):
    listing = bucket.client.list_objects_v2(Bucket=bucket.name, Prefix=prefix)
    return sorted(entry["Key"] for entry in listing.get("Contents", []))


def object_bytes(bucket, key):
    return bucket.client.get_object(Bucket=bucket.name, Key=key)["Body"].read()


def anonymous_get(url):
    """What anyone on the internet gets for the URL: (status, body)."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, b""


def nothing_on_local_disk(settings):
    return not any(path.is_file() for root in (settings.MEDIA_ROOT, settings.PRIVATE_MEDIA_ROOT) for path in Path(root).rglob("*"))


def picture_urls(html):
    [hero] = pictures_in(html)
    srcsets = hero["img"]["srcset"] + ", " + hero["sources"][0]["srcset"]
    return sorted({hero["img"]["src"], *(entry.split()[0] for entry in srcsets.split(", "))})


def library_upload(client, name, data):
    """An editor drops a file on the media library's upload page; returns the new library image."""
    response = client.post("/admin/images/image/hochladen/", {"dateien": [upload(name, data)]}, HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    [result] = response.json()["ergebnisse"]
    assert result["ok"], result
    return LibraryImage.objects.get(original_filename=name)


def stored_names(image):
    """The bucket keys of a library image: its original and every rendition."""
    return {f"private/{image.file.name}"} | {f"private/{name}" for name in renditions.rendition_names(image.renditions)}


def test_an_editors_library_image_and_its_renditions_are_objects_in_the_bucket(admin_client, bucket, settings):
    image = library_upload(admin_client, "landtag.png", two_colour_png((2000, 1125)))
    stored = objects(bucket)
    assert set(stored) == stored_names(image) and len(stored) == 1 + 16  # the original, 2 crops × 4 widths × WebP and JPEG
    assert all(key.startswith(("private/originale/", f"private/bilder/{image.pk}/")) for key in stored)
    with Image.open(io.BytesIO(object_bytes(bucket, f"private/{image.renditions['hero']['jpg'][-1][1]}"))) as rendition:
        assert rendition.format == "JPEG" and rendition.size == (1600, 900)

    # The editor describes it and picks it as an article's hero: nothing more is stored.
    response = admin_client.post(f"/admin/images/image/{image.pk}/change/", {
        "alt": "Der Landtag", "caption": "", "credit": "", "focal_x": "", "focal_y": "", "_save": "Sichern",
    })
    assert response.status_code == 302
    data = article_form(make_section(), [make_author()], status="published", hero_image=str(image.pk))
    assert admin_client.post("/admin/articles/article/add/", data).status_code == 302
    article = Article.objects.get()
    assert article.hero_image == image and article.hero_alt == "Der Landtag"
    assert objects(bucket) == stored
    assert nothing_on_local_disk(settings)  # a second app server sees the same files


def test_an_image_added_from_the_article_forms_popup_is_in_the_bucket_and_its_admin_preview_is_served(admin_client, bucket, settings):
    response = admin_client.post("/admin/images/image/add/?_to_field=id&_popup=1", {
        "file": upload("rathaus.jpg", image_bytes((1000, 600))), "alt": "Das Rathaus", "caption": "", "credit": "",
        "focal_x": "", "focal_y": "", "_to_field": "id", "_popup": "1", "_save": "Sichern",
    })
    assert response.status_code == 200 and "popup_response" in response.text  # handed back to the article form
    image = LibraryImage.objects.get()
    assert image.alt == "Das Rathaus" and set(objects(bucket)) == stored_names(image) and len(objects(bucket)) == 1 + 12
    assert nothing_on_local_disk(settings)

    page = admin_client.get(f"/admin/images/image/{image.pk}/change/").text
    # The page's own signed link (a signature made a second later differs in its timestamp).
    link = re.search(re.escape(image.preview_url.split("?")[0]) + r'\?zugang=[^"&]+', page)
    assert link is not None
    preview = link.group(0)
    response = admin_client.get(preview)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == object_bytes(bucket, "private/" + preview.split("?")[0].removeprefix("/bild/"))


def test_readers_get_a_public_articles_picture_from_the_bucket_but_never_straight_from_it(client, bucket, settings):
    settings.PRIVATE_MEDIA_ACCEL_REDIRECT = "/_bilddateien/"  # ignored: nginx cannot read the bucket
    article = make_article("Mit Bild", hero_image=upload("bild.png", two_colour_png((1600, 900))), hero_alt="Rot und Blau")
    image = article.hero_image

    urls = picture_urls(client.get(article.get_absolute_url()).text)

    assert len(urls) == 8 and all(url.startswith(f"/bild/bilder/{image.pk}/") for url in urls)
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200 and not response.has_header("X-Accel-Redirect")
        assert response["Cache-Control"] == "public, max-age=31536000, s-maxage=86400, immutable"
        key = "private/" + url.removeprefix("/bild/")
        assert b"".join(response.streaming_content) == object_bytes(bucket, key)
        # The bucket itself answers nobody: whether a picture may be seen is decided by the site.
        assert anonymous_get(f"{bucket.endpoint}/{bucket.name}/{key}")[0] == 403
    assert f"private/{image.file.name}" in objects(bucket)
    assert client.get(f"/bild/{image.file.name}").status_code == 404  # never the original
    assert anonymous_get(f"{bucket.endpoint}/{bucket.name}/private/{image.file.name}")[0] == 403


def test_an_unpublished_articles_picture_is_not_publicly_readable(client, bucket):
    article = make_article("Entwurf", public=False, hero_image=upload("bild.png", image_bytes((800, 450), "PNG")), hero_alt="Bild")
    signed = article.hero_picture.src
    name = signed.split("?")[0].removeprefix("/bild/")
    assert "?zugang=" in signed and f"private/{name}" in objects(bucket)

    assert client.get(f"/bild/{name}").status_code == 404
    assert anonymous_get(f"{bucket.endpoint}/{bucket.name}/private/{name}")[0] == 403
    # The signed address of the admin and of previews still shows it, from the bucket.
    response = client.get(signed)
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]
    assert b"".join(response.streaming_content) == object_bytes(bucket, f"private/{name}")


def test_a_library_figure_in_the_text_is_served_from_the_bucket(client, bucket):
    image = make_image(image_upload("bruecke.jpg", size=(1000, 600)), alt="Die Brücke", caption="Am Abend")
    src = image.picker_entry()["src"]
    article = make_article("Brücke eröffnet", body=f'<p>Text.</p><figure><img src="{src}" alt="x"><figcaption>x</figcaption></figure>')

    page = client.get(article.get_absolute_url()).text
    figure = re.search(r'<figure data-image-id="(\d+)">.*?</figure>', page, re.DOTALL)
    assert figure[1] == str(image.pk) and "<figcaption>Am Abend</figcaption>" in figure[0]
    urls = sorted({entry.split()[0] for entry in re.search(r'srcset="([^"]+)"', figure[0])[1].split(", ")})
    assert len(urls) == 3 and all(url.startswith(f"/bild/bilder/{image.pk}/") for url in urls)  # 480, 800 and 1000
    for url in [src, *urls]:
        response = client.get(url)
        assert response.status_code == 200
        assert b"".join(response.streaming_content) == object_bytes(bucket, "private/" + url.removeprefix("/bild/"))


def test_a_missing_object_is_a_404_not_a_500(client, bucket):
    article = make_article("Mit Bild", hero_image=upload("bild.png", image_bytes((800, 450), "PNG")), hero_alt="Bild")
    [url, *_] = picture_urls(client.get(article.get_absolute_url()).text)
    bucket.client.delete_object(Bucket=bucket.name, Key="private/" + url.removeprefix("/bild/"))

    assert client.get(url).status_code == 404


def test_an_author_photo_is_read_straight_from_the_bucket(admin_client, client, bucket, settings):
    response = admin_client.post("/admin/articles/author/add/", {
        "name": "Lena Hartmann", "slug": "", "job_title": "", "bio": "Schreibt über Politik.", "profile_url": "",
        "is_active": "on", "photo": upload("portrait.png", image_bytes((300, 300), "PNG", color=BLUE)),
    })
    assert response.status_code == 302
    author = Author.objects.get()
    assert objects(bucket, "media/") == [f"media/{author.photo.name}"]

    page = client.get(author.get_absolute_url())
    [src] = re.findall(r'class="author-profile__photo" src="([^"]+)"', page.text)
    assert src == f"{bucket.endpoint}/{bucket.name}/media/{author.photo.name}"
    assert bucket.endpoint in page["Content-Security-Policy"].split("img-src")[1].split(";")[0]  # the browser may load it
    status, body = anonymous_get(src)
    assert status == 200
    with Image.open(io.BytesIO(body)) as image:
        assert image.size == (300, 300) and image.getpixel((10, 10))[:3] == BLUE
    assert nothing_on_local_disk(settings)


def test_a_new_focal_point_replaces_the_rendition_objects_and_deleting_an_unused_image_removes_all(admin_client, bucket, django_capture_on_commit_callbacks):
    image = make_image(image_upload("alt.png", size=(1000, 600), image_format="PNG"), alt="Alt")
    old = objects(bucket, f"private/bilder/{image.pk}/")
    assert len(old) == 12

    with django_capture_on_commit_callbacks(execute=True):
        image.focal_x, image.focal_y = 0.1, 0.2
        image.save()

    new = objects(bucket, f"private/bilder/{image.pk}/")
    assert len(new) == 12 and not set(old) & set(new)
    assert set(objects(bucket)) == stored_names(image)

    article = make_article(hero_image=image)
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post("/admin/images/image/", {"action": "delete_selected", "_selected_action": [image.pk], "post": "yes"})
    assert set(objects(bucket)) == stored_names(image)  # in use: refused, nothing removed
    with django_capture_on_commit_callbacks(execute=True):
        article.delete()
        admin_client.post("/admin/images/image/", {"action": "delete_selected", "_selected_action": [image.pk], "post": "yes"})
    assert not LibraryImage.objects.exists()
    assert objects(bucket) == []


def test_renditions_are_made_anew_from_the_bucket_by_the_command(bucket):
    image = make_image(image_upload("bild.png", size=(800, 450), image_format="PNG"), alt="Bild")
    for key in objects(bucket, f"private/bilder/{image.pk}/"):
        bucket.client.delete_object(Bucket=bucket.name, Key=key)

    call_command("generate_renditions", stdout=io.StringIO())

    image.refresh_from_db()
    assert objects(bucket, f"private/bilder/{image.pk}/") == sorted(
        f"private/{name}" for name in renditions.rendition_names(image.renditions)
    )
    assert len(objects(bucket, f"private/bilder/{image.pk}/")) == 8


@pytest.mark.django_db(transaction=True)
def test_a_backup_holds_the_buckets_objects_and_a_restore_puts_them_back(bucket, tmp_path, client):
    author = make_author("Lena Hartmann", photo=upload("portrait.png", image_bytes((120, 120), "PNG")))
    article = make_article("Mit Bild", authors=[author], hero_image=upload("bild.png", image_bytes((800, 450), "PNG")), hero_alt="Bild")
    before = {key: object_bytes(bucket, key) for key in objects(bucket)}
    # The photo, the library image's original and its renditions.
    assert set(before) == {f"media/{author.photo.name}"} | stored_names(article.hero_image) and len(before) == 1 + 1 + 8

    out = io.StringIO()
    call_command("backup_site", "--into", str(tmp_path / "backups"), stdout=out)
    folder = Path(out.getvalue().strip().splitlines()[-1])
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["media"]["media"]["files"] == 1 and manifest["media"]["private"]["files"] == 9
    for key in before:
        bucket.client.delete_object(Bucket=bucket.name, Key=key)
    assert objects(bucket) == []

    call_command("restore_site", str(folder), "--force", stdout=io.StringIO())

    assert {key: object_bytes(bucket, key) for key in objects(bucket)} == before
    assert LibraryImage.objects.get().file.name == article.hero_image.file.name
    urls = picture_urls(client.get(article.get_absolute_url()).text)
    assert urls and all(client.get(url).status_code == 200 for url in urls)


def test_a_wordpress_export_uploaded_in_the_admin_is_kept_in_the_bucket_and_its_images_join_the_library_there(
    bucket, started, uploads, client, settings, django_capture_on_commit_callbacks,
):
    record, commands = started
    body = f'<p>Text.</p>\n\n<img src="{SITE}/wp-content/uploads/2024/05/rathaus.jpg" alt="Das Rathaus" class="wp-image-21" />'
    data = export(
        author("anna", "Anna"),
        item(1, "Aus dem Admin", content=body, name="aus-dem-admin", meta={"_thumbnail_id": "20"}),
        attachment_item(20, "2024/05/bruecke.jpg", alt="Die neue Brücke", parent=1),
        attachment_item(21, "2024/05/rathaus.jpg", alt="Das Rathaus", parent=1),
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = member_of(roles.ADMINISTRATION).post("/admin/articles/wordpressimport/add/", {
            "export_file": upload("export.xml", data), "media_dir": str(uploads),
        })
    assert response.status_code == 302
    job = WordPressImport.objects.get()
    assert objects(bucket, "private/wordpress-imports/") == [f"private/{job.export_file.name}"]

    record.run_them()  # as the background process would: the export read from the bucket

    job.refresh_from_db()
    assert job.state == WordPressImport.State.DONE, job.report
    article = Article.objects.get()
    assert article.title == "Aus dem Admin" and article.hero_alt == "Die neue Brücke"
    hero, figure = article.hero_image, LibraryImage.objects.get(alt="Das Rathaus")
    assert f'data-image-id="{figure.pk}"' in article.body
    library = set(objects(bucket)) - {f"private/{job.export_file.name}"}
    assert library == stored_names(hero) | stored_names(figure) and len(library) == 2 * (1 + 8)
    assert nothing_on_local_disk(settings)
    page = client.get(article.get_absolute_url()).text
    for url in picture_urls(page):
        assert client.get(url).status_code == 200
