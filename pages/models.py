"""The site's own identity and pages, which are not article content: the site settings
(name, tagline, logo, social handles, contact address) and the legal pages (Impressum,
Datenschutz, Kontakt, Über uns), both edited by the Administration.

Every public page shows the site settings, so they are read from the cache (no query
while cached; invalidated when saved, pages.receivers) and once per request at most.
"""
import re

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models, transaction
from django.templatetags.static import static
from django.urls import reverse

from articles.html import sanitise_body
from articles.validators import validate_image_file

CACHE_KEY = "pages:site-settings"
# A save drops the cached copy at once in the shared cache (Redis); a process's own local-memory
# cache (no REDIS_URL, several workers) reads them anew after this long, like the page cache.
CACHE_SECONDS = 10 * 60

# The publisher logo for search engines when none is uploaded (Google wants it to fit 600 × 60).
DEFAULT_LOGO = {"path": "img/renewz-logo.png", "width": 600, "height": 60}


def default_name():
    return settings.SITE_NAME


def default_tagline():
    return settings.SITE_TAGLINE


def site_logo_name(instance, filename):
    extension = filename.rsplit(".", 1)[-1].lower()
    return f"website/logo.{extension}"


class SiteSettings(models.Model):
    """The one row of site settings (pk 1). Until the Administration saves it, the defaults
    (settings.SITE_NAME, settings.SITE_TAGLINE, the drawn logo in static/img/) apply."""

    name = models.CharField("Name der Website", max_length=80, default=default_name)
    tagline = models.CharField("Slogan", max_length=120, blank=True, default=default_tagline)
    logo = models.ImageField(
        "Logo",
        upload_to=site_logo_name,
        blank=True,
        width_field="logo_width",
        height_field="logo_height",
        validators=[validate_image_file],
        help_text="JPEG, PNG oder WebP, am besten 600 × 60 Bildpunkte. Ohne Logo gilt das RENEWZ-Logo.",
    )
    logo_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    logo_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    x_handle = models.CharField(
        "X (Twitter)",
        max_length=16,
        blank=True,
        validators=[RegexValidator(r"^@?[A-Za-z0-9_]{1,15}$", "Ein X-Name besteht aus 1 bis 15 Buchstaben, Ziffern oder _, z. B. @renewz.")],
        help_text="Der Name bei X, z. B. @renewz. Er steht in den Twitter-Karten (twitter:site) und im Fußbereich.",
    )
    instagram_handle = models.CharField(
        "Instagram",
        max_length=31,
        blank=True,
        validators=[RegexValidator(r"^@?[A-Za-z0-9_.]{1,30}$", "Ein Instagram-Name besteht aus 1 bis 30 Buchstaben, Ziffern, _ oder Punkten.")],
        help_text="z. B. @renewz",
    )
    mastodon_handle = models.CharField(
        "Mastodon",
        max_length=120,
        blank=True,
        validators=[RegexValidator(r"^@?[A-Za-z0-9_]{1,30}@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$", "Bitte als @name@server angeben, z. B. @renewz@mastodon.social.")],
        help_text="z. B. @renewz@mastodon.social",
    )
    contact_email = models.EmailField(
        "Kontakt-E-Mail", blank=True, help_text="Steht im Fußbereich jeder Seite („E-Mail an die Redaktion“)."
    )
    updated_at = models.DateTimeField("Zuletzt geändert", auto_now=True)

    class Meta:
        verbose_name = "Website-Einstellungen"
        verbose_name_plural = "Website-Einstellungen"

    def __str__(self):
        return "Website-Einstellungen"

    def save(self, *args, **kwargs):
        self.pk = 1
        for field in ("x_handle", "instagram_handle", "mastodon_handle"):
            setattr(self, field, getattr(self, field).strip().lstrip("@"))
        super().save(*args, **kwargs)

    @classmethod
    def current(cls):
        """The site settings, from the cache when possible (no query)."""
        site = cache.get(CACHE_KEY)
        if site is None:
            site = cls.objects.filter(pk=1).first() or cls(pk=1)
            cache.set(CACHE_KEY, site, CACHE_SECONDS)
        return site

    @classmethod
    def for_request(cls, request):
        """The site settings, looked up once per request however often a page asks."""
        if request is None:
            return cls.current()
        site = getattr(request, "_site_settings", None)
        if site is None:
            site = request._site_settings = cls.current()
        return site

    @classmethod
    def forget(cls):
        """Drop the cached copy now and once the transaction is committed, so that a request
        reading the old row in between does not keep it."""
        cache.delete(CACHE_KEY)
        transaction.on_commit(lambda: cache.delete(CACHE_KEY))

    def fingerprint(self):
        """Everything pages show of the settings, as plain values, for fragment caches' keys."""
        return tuple(field.value_to_string(self) for field in self._meta.concrete_fields)

    @property
    def logo_for_sharing(self):
        """The publisher logo: (path or URL, width, height)."""
        if self.logo:
            return self.logo.url, self.logo_width, self.logo_height
        return static(DEFAULT_LOGO["path"]), DEFAULT_LOGO["width"], DEFAULT_LOGO["height"]

    @property
    def social_links(self):
        """The profiles in the footer (and `sameAs` for search engines): (label, URL)."""
        links = []
        if self.x_handle:
            links.append(("X", f"https://x.com/{self.x_handle}"))
        if self.instagram_handle:
            links.append(("Instagram", f"https://www.instagram.com/{self.instagram_handle}/"))
        if self.mastodon_handle:
            user, _, server = self.mastodon_handle.partition("@")
            links.append(("Mastodon", f"https://{server}/@{user}"))
        return links


_BLANK_HTML = re.compile(r"<[^>]*>|&nbsp;|\s")


class LegalPage(models.Model):
    """One of the site's fixed pages, at a fixed German address and linked in every footer."""

    class Kind(models.TextChoices):
        # The value is the page's address: /impressum/, /datenschutz/, ...
        IMPRESSUM = "impressum", "Impressum"
        DATENSCHUTZ = "datenschutz", "Datenschutz"
        KONTAKT = "kontakt", "Kontakt"
        ABOUT = "ueber-uns", "Über uns"

    kind = models.CharField(
        "Seite",
        max_length=20,
        choices=Kind.choices,
        unique=True,
        error_messages={"unique": "Diese Seite gibt es schon: bitte in der Liste öffnen und dort ändern."},
    )
    body = models.TextField("Text")
    updated_at = models.DateTimeField("Zuletzt geändert", auto_now=True)

    class Meta:
        verbose_name = "Seite"
        verbose_name_plural = "Seiten (Impressum, Datenschutz, …)"

    def __str__(self):
        return self.title

    def clean(self):
        if not _BLANK_HTML.sub("", sanitise_body(self.body)):
            raise ValidationError({"body": "Bitte einen Text eingeben."})

    def save(self, *args, **kwargs):
        self.body = sanitise_body(self.body)
        super().save(*args, **kwargs)

    @property
    def title(self):
        return self.Kind(self.kind).label

    def get_absolute_url(self):
        return url_of(self.kind)


def url_of(kind):
    return reverse(f"pages:{kind}")


def footer_links():
    """Every legal page's title and address, in the footer's order; fixed, so no query."""
    return [(kind.label, url_of(kind.value)) for kind in LegalPage.Kind]
