"""Small builders for test data: each returns a saved object with sensible defaults."""
import io
from datetime import timedelta
from itertools import count

from django.contrib.auth.models import Permission, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone
from PIL import Image

from articles.models import Article, Author, Byline, RelatedLink, Section
from images.models import Image as LibraryImage

_sequence = count(1)


def make_section(name=None, **fields):
    return Section.objects.create(name=name or f"Ressort {next(_sequence)}", **fields)


def make_author(name=None, **fields):
    return Author.objects.create(name=name or f"Autorin {next(_sequence)}", **fields)


def image_upload(name="bild.jpg", size=(64, 36), image_format="JPEG", color=(200, 40, 40)):
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, format=image_format)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type=f"image/{image_format.lower()}")


def make_image(upload=None, *, alt="Ein Bild", caption="", credit="", focal_x=None, focal_y=None, user=None):
    """A library image (images.Image) from an upload (a small red JPEG unless told), with its renditions."""
    image = LibraryImage(alt=alt, caption=caption, credit=credit, focal_x=focal_x, focal_y=focal_y, uploaded_by=user)
    upload = upload or image_upload()
    image.file.save(upload.name, upload, save=False)
    image.original_filename = upload.name
    image.save()
    return image


HERO_TEXTS = {"hero_alt": "alt", "hero_caption": "caption", "hero_credit": "credit", "hero_focal_x": "focal_x", "hero_focal_y": "focal_y"}


def make_article(title=None, *, section=None, authors=None, tags=(), public=True, published_at=None, **fields):
    """A saved article; public and published an hour ago unless told otherwise. `hero_image`
    may be an upload: it becomes a library image with the `hero_alt` … `hero_focal_y` given."""
    texts = {HERO_TEXTS[name]: fields.pop(name) for name in list(fields) if name in HERO_TEXTS}
    if hasattr(fields.get("hero_image"), "read"):
        fields["hero_image"] = make_image(fields["hero_image"], **{"alt": "", **texts})
    if public:
        fields.setdefault("status", Article.Status.PUBLISHED)
        published_at = published_at or timezone.now() - timedelta(hours=1)
    article = Article.objects.create(
        title=title or f"Meldung Nummer {next(_sequence)}",
        lead=fields.pop("lead", "Ein kurzer Vorspann zur Meldung."),
        body=fields.pop("body", "<p>Der Text der Meldung.</p>"),
        section=section or make_section(),
        published_at=published_at,
        **fields,
    )
    for position, author in enumerate(authors or [make_author()]):
        Byline.objects.create(article=article, author=author, position=position)
    if tags:
        article.tags.set(list(tags))
    return article


def link_related(article, *, target=None, url="", title="", position=0):
    return RelatedLink.objects.create(article=article, target=target, url=url, title=title, position=position)


def newsroom_member(username, first_name, last_name):
    """A logged-in client of a staff member with the newsroom's permissions."""
    user = User.objects.create_user(
        username, password="geheim-genug-123", is_staff=True, first_name=first_name, last_name=last_name
    )
    user.user_permissions.set(Permission.objects.filter(content_type__app_label__in=["articles", "images", "taggit"]))
    client = Client()
    client.force_login(user)
    return client
