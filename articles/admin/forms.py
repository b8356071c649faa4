"""Form fields shared by the admin pages: German slugs, addresses assumed HTTPS, checked image uploads."""
from django.db import models

from ..validators import ImageUploadField

# After Django's urlify.js, which it wraps: slugs pre-filled as "ue", not "u", for "ü".
GERMAN_SLUG_JS = ["admin/js/urlify.js", "admin_extra/german_urlify.js"]


# Editors paste addresses without a scheme ("example.org/…"); assume HTTPS, as Django 6 will.
URL_FIELDS_ASSUME_HTTPS = {models.URLField: {"assume_scheme": "https"}}
# Image uploads get a German message for each problem (see articles.validators).
URL_AND_IMAGE_FIELDS = {**URL_FIELDS_ASSUME_HTTPS, models.ImageField: {"form_class": ImageUploadField}}


def formfield_assuming_https(field, **kwargs):
    if isinstance(field, models.URLField):
        kwargs.setdefault("assume_scheme", "https")
    return field.formfield(**kwargs)
