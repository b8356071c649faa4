"""Hero images from the private storage (articles.renditions.PrivateStorage), for whoever may see them.

- Renditions of a public article: anyone; CDNs may keep them for a day (their names change
  with the image, and a day bounds how long an unpublished article's pictures linger).
- Renditions of any other article: only at the signed URLs the admin and previews show.
- Images in the text of an article (`textbilder/<article id>/…`, stored by the WordPress
  import): as its renditions, anyone once the article is public, else staff who may view articles.
- Originals: only staff who may view articles in the admin (it shows them while an image
  has no renditions); readers never get an original.

Everything else answers 404, so nobody learns whether an unpublished article has a picture.
"""
import mimetypes
import re

from django.http import FileResponse, Http404
from django.utils.cache import patch_cache_control

from .. import renditions
from ..models import Article

RENDITION_NAME = re.compile(r"renditions/(?P<article_id>\d+)/[0-9a-f]{12}-(?:hero|teaser)-\d+\.(?:webp|jpg)")
BODY_IMAGE_NAME = re.compile(r"textbilder/(?P<article_id>\d+)/[\w-]+\.(?:jpg|jpeg|png|webp)")
PUBLIC_MAX_AGE = 24 * 60 * 60


def private_file(request, name):
    if match := RENDITION_NAME.fullmatch(name):
        if renditions.has_valid_signature(name, request.GET.get("zugang")):
            cache_control = {"private": True, "no_store": True}
        elif Article.objects.public().filter(pk=int(match["article_id"])).exists():
            cache_control = {"public": True, "max_age": PUBLIC_MAX_AGE}
        else:
            raise Http404("Bild nicht gefunden.")
    elif (match := BODY_IMAGE_NAME.fullmatch(name)) and Article.objects.public().filter(pk=int(match["article_id"])).exists():
        cache_control = {"public": True, "max_age": PUBLIC_MAX_AGE}
    elif name.startswith(("articles/", "textbilder/")) and request.user.is_staff and request.user.has_perm("articles.view_article"):
        cache_control = {"private": True, "no_store": True}
    else:
        raise Http404("Bild nicht gefunden.")
    response = stored_file(name)
    patch_cache_control(response, **cache_control)
    return response


def stored_file(name):
    """The file from the private storage, on disk or in object storage alike."""
    try:
        file = renditions.private_storage().open(name, "rb")
    except (FileNotFoundError, IsADirectoryError):
        raise Http404("Bild nicht gefunden.")
    return FileResponse(file, content_type=mimetypes.guess_type(name)[0] or "application/octet-stream")
