"""Images from the private storage (images.renditions.PrivateStorage), for whoever may see them.

- Renditions of a library image (`bilder/<image id>/…`) that a public article shows, as hero
  or in its text: anyone; browsers may keep them for a year (their names change with the
  image), CDNs for a day (which bounds how long an unpublished article's pictures linger).
- Renditions of any other library image (only unpublished articles use it, or none): only at
  the signed URLs the admin and previews show, and to staff who may view the library. Their
  names carry a hash of the image, so they cannot be guessed either.
- Renditions made before the library (`renditions/<article id>/…`; the migration copied them
  into the library): as before, anyone while the article is public.
- Images in the text of an article (`textbilder/<article id>/…`, stored by the WordPress
  import): as its renditions, anyone once the article is public, else staff who may view articles.
- Originals: only staff who may view articles or images in the admin (it shows them while an image
  has no renditions); readers never get an original.

Everything else answers 404, so nobody learns whether an unpublished article has a picture.
Behind the nginx front (settings.PRIVATE_MEDIA_ACCEL_REDIRECT) nginx sends the file once the
checks have passed; Django only streams it without nginx or from object storage.
"""
import mimetypes
import os
import re
from urllib.parse import quote

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db.models import Q
from django.http import FileResponse, Http404, HttpResponse
from django.utils.cache import patch_cache_control

from .. import renditions
from ..models import Article

RENDITION_NAME = re.compile(r"renditions/(?P<article_id>\d+)/[0-9a-f]{12}-(?:hero|teaser)-\d+\.(?:webp|jpg)")
LIBRARY_RENDITION_NAME = re.compile(r"bilder/(?P<image_id>\d+)/[0-9a-f]{12}-(?:hero|teaser)-\d+\.(?:webp|jpg)")
ORIGINAL_FOLDERS = ("originale/", "articles/", "textbilder/")
BODY_IMAGE_NAME = re.compile(r"textbilder/(?P<article_id>\d+)/[\w-]+\.(?:jpg|jpeg|png|webp)")
# Browsers a year, CDNs a day (see above); a signed or staff-only answer is kept by no cache.
PUBLIC = {"public": True, "max_age": 365 * 24 * 60 * 60, "s_maxage": 24 * 60 * 60, "immutable": True}
PRIVATE = {"private": True, "no_store": True}


def may_see_originals(user):
    return user.is_staff and (user.has_perm("articles.view_article") or user.has_perm("images.view_image"))


def private_file(request, name):
    if match := LIBRARY_RENDITION_NAME.fullmatch(name):
        image_id = int(match["image_id"])
        if Article.objects.public().filter(Q(hero_image_id=image_id) | Q(body_image_rows__image_id=image_id)).exists():
            cache_control = PUBLIC
        elif renditions.has_valid_signature(name, request.GET.get("zugang")) or may_see_originals(request.user):
            cache_control = PRIVATE
        else:
            raise Http404("Bild nicht gefunden.")
    elif match := RENDITION_NAME.fullmatch(name):
        if renditions.has_valid_signature(name, request.GET.get("zugang")):
            cache_control = PRIVATE
        elif Article.objects.public().filter(pk=int(match["article_id"])).exists():
            cache_control = PUBLIC
        else:
            raise Http404("Bild nicht gefunden.")
    elif (match := BODY_IMAGE_NAME.fullmatch(name)) and Article.objects.public().filter(pk=int(match["article_id"])).exists():
        cache_control = PUBLIC
    elif name.startswith(ORIGINAL_FOLDERS) and may_see_originals(request.user):
        cache_control = PRIVATE
    else:
        raise Http404("Bild nicht gefunden.")
    response = stored_file(name)
    patch_cache_control(response, **cache_control)
    return response


def stored_file(name):
    """The file from the private storage: a pointer for nginx where it reads the same folder,
    else the file itself, on disk or from object storage alike."""
    storage = renditions.private_storage()
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    if settings.PRIVATE_MEDIA_ACCEL_REDIRECT and isinstance(storage, FileSystemStorage):
        # Here, so that a missing file gets Django's 404 (nginx would send its own, and redirect a
        # folder's name to the internal prefix).
        if not os.path.isfile(storage.path(name)):
            raise Http404("Bild nicht gefunden.")
        response = HttpResponse(content_type=content_type)
        response["X-Accel-Redirect"] = settings.PRIVATE_MEDIA_ACCEL_REDIRECT + quote(name)
        return response
    try:
        file = storage.open(name, "rb")
    except (FileNotFoundError, IsADirectoryError):
        raise Http404("Bild nicht gefunden.")
    return FileResponse(file, content_type=content_type)
