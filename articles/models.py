import functools
import math
import re
import secrets
from datetime import UTC, datetime, timedelta
from operator import itemgetter

from django.conf import settings
from django.contrib.postgres.aggregates import StringAgg
from django.contrib.postgres.search import SearchVectorField
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import connections, models, router, transaction
from django.db.models import Aggregate, Count, Exists, F, Func, OuterRef, Q, Subquery, Window
from django.db.models.functions import MD5
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django_cte import CTE, with_cte
from taggit.managers import TaggableManager
from taggit.models import NaturalKeyManager, Tag, TaggedItemBase

from images import body as body_figures
from images.models import CleanImageField, CleanImageFieldFile, Image, unguessable_name  # noqa: F401 (migrations name them here)

from . import renditions, roles
from .link_rows import COPIED_ARTICLE_FIELDS, batches, copy_article_state
from .html import sanitise_body
from .signals import articles_bulk_changed
from .search import (
    MATCH_START,
    SEARCHED_FIELDS,
    full_text_excerpt,
    full_text_query,
    full_text_rank,
    highlight,
    planned_for_each_query,
    query_words,
    search_document,
)
from .slugs import unique_slug
from .validators import validate_image_file  # noqa: F401 (migrations name it here)


WORDS_PER_MINUTE = 200

# The fields of related rows that pages show, loaded with their article (`rows_per_article`).
AUTHOR_FIELDS = ("id", "name", "slug", "job_title", "bio", "photo")  # bio and photo: the article's author box
TAG_FIELDS = ("id", "name", "slug")
RELATED_LINK_FIELDS = ("id", "target_id", "url", "title")
RELATED_TARGET_FIELDS = ("title", "slug", "status", "published_at")


class JSONRow(Func):
    """Columns as one JSON array. Columns only: unlike Django's JSONArray, nothing is cast."""

    function = "JSON_ARRAY"
    output_field = models.JSONField()

    def as_postgresql(self, compiler, connection, **extra_context):
        return super().as_sql(compiler, connection, function="JSONB_BUILD_ARRAY", **extra_context)


class JSONRows(Aggregate):
    """The aggregated values as one JSON array (SQLite JSON_GROUP_ARRAY, PostgreSQL JSONB_AGG)."""

    function = "JSON_GROUP_ARRAY"
    output_field = models.JSONField()

    def as_postgresql(self, compiler, connection, **extra_context):
        return super().as_sql(compiler, connection, function="JSONB_AGG", **extra_context)


def rows_per_article(queryset, article_field, *columns):
    """A column for an article query: the article's rows of `queryset` (linked by the foreign
    key `article_field`) as a JSON list of [column values], in no order; None without rows."""
    return Subquery(
        queryset.filter(**{article_field: OuterRef("pk")})
        .order_by()
        .values(article_field)
        .annotate(rows=JSONRows(JSONRow(*columns)))
        .values("rows"),
        output_field=models.JSONField(),
    )


def datetime_from_json(value):
    """A datetime column as a JSON row holds it: ISO text, without offset on SQLite (UTC)."""
    if value is None:
        return None
    moment = datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def reading_minutes(*texts):
    """Minutes an average reader needs for the texts (HTML tags not counted), at least 1."""
    words = sum(len(strip_tags(text).split()) for text in texts)
    return max(1, math.ceil(words / WORDS_PER_MINUTE))


def hero_image_name(article, filename):
    return unguessable_name("articles", filename)


def author_photo_name(author, filename):
    return unguessable_name("authors", filename)


class AuthorQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)


class Author(models.Model):
    name = models.CharField("Name", max_length=120)
    slug = models.SlugField("Kurz-URL", max_length=140, unique=True, blank=True)
    job_title = models.CharField("Funktion", max_length=120, blank=True, help_text="z. B. „Korrespondentin in Brüssel“")
    bio = models.TextField("Kurzbiografie", blank=True)
    photo = CleanImageField(
        "Foto", upload_to=author_photo_name, blank=True, validators=[validate_image_file]
    )
    profile_url = models.URLField("Öffentliches Profil", blank=True, help_text="z. B. eine Website oder ein Profil in sozialen Netzwerken")
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name="Benutzerkonto",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="author_profile",
    )
    is_active = models.BooleanField(
        "aktiv", default=True, help_text="Inaktive Autor/innen behalten ihre Artikel und ihre Seite, stehen aber nicht mehr zur Auswahl."
    )

    objects = AuthorQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = "Autor/in"
        verbose_name_plural = "Autor/innen"

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Author, self.name, max_length=140, instance_pk=self.pk)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("articles:author", kwargs={"slug": self.slug})


class SectionQuerySet(models.QuerySet):
    NAVIGATION_CACHE_KEY = "articles:navigation-sections:2"  # 2: with id and on_home_page

    def navigation(self):
        """The sections of the header and footer menus as dicts of name, slug and url, from
        the cache when possible: rendering the menus then costs no query and no reverse()."""
        sections = cache.get(self.NAVIGATION_CACHE_KEY)
        if sections is None:
            sections = [
                {**section, "url": reverse("articles:section", kwargs={"slug": section["slug"]})}
                for section in self.visible().order_by("position", "name").values("id", "name", "slug", "on_home_page")
            ]
            cache.set(self.NAVIGATION_CACHE_KEY, sections, 60 * 60)
        return sections

    def forget_navigation(self):
        cache.delete(self.NAVIGATION_CACHE_KEY)

    def visible(self):
        """Ressorts readers may find: a Ressort prepared hidden has no menu entry, no block on
        the home page and no page of its own until it is switched visible."""
        return self.filter(is_visible=True)


class Section(models.Model):
    name = models.CharField("Name", max_length=80, unique=True)
    slug = models.SlugField("Kurz-URL", max_length=80, unique=True, blank=True)
    position = models.PositiveSmallIntegerField("Position im Menü", default=100)
    # db_default too: rows written without Django (bench corpus COPY) get the same values.
    is_visible = models.BooleanField(
        "sichtbar", default=True, db_default=True,
        help_text="Erst sichtbare Ressorts stehen im Menü, auf der Startseite und haben eine Seite. "
        "Zum Vorbereiten ausschalten; veröffentlichte Artikel bleiben trotzdem lesbar.",
    )
    on_home_page = models.BooleanField(
        "auf der Startseite", default=False, db_default=False,
        help_text="Zeigt unter den Top-Themen einen Block mit den neuesten Artikeln des Ressorts "
        "(in der Reihenfolge des Menüs).",
    )

    objects = SectionQuerySet.as_manager()

    class Meta:
        ordering = ["position", "name"]
        verbose_name = "Ressort"
        verbose_name_plural = "Ressorts"

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Section, self.name, max_length=80, instance_pk=self.pk)
        super().save(*args, **kwargs)
        Section.objects.forget_navigation()

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        Section.objects.forget_navigation()
        return result

    def get_absolute_url(self):
        return reverse("articles:section", kwargs={"slug": self.slug})


class ArticleRowQuerySet(models.QuerySet):
    def bulk_create(self, objs, *args, **kwargs):
        """bulk_create() sends no pre_save: the new rows get their articles' state here."""
        objs = list(objs)
        attname = self.model._meta.get_field(self.model.article_field).attname
        with transaction.atomic(using=self.db, savepoint=False):
            states = {}
            for batch in batches({getattr(obj, attname) for obj in objs}):
                articles = Article._base_manager.using(self.db).filter(pk__in=batch).select_for_update()
                states.update((pk, (status, published_at)) for pk, status, published_at in articles.values_list(
                    "pk", "status", "published_at"
                ))
            for obj in objs:
                if getattr(obj, attname) in states:
                    obj.status, obj.published_at = states[getattr(obj, attname)]
            return super().bulk_create(objs, *args, **kwargs)


class ArticleRow(models.Model):
    """A row linking an article to an author or a tag, with copies of the article's status and
    publication date: Thema and Autor/in pages read the newest public articles straight off an
    index of these rows, so a page costs the same with a thousand articles or a million.

    The copies always equal the article's: see articles.link_rows, which says who keeps them so.
    """

    status = models.CharField("Status des Artikels", max_length=20, default="draft", editable=False)
    published_at = models.DateTimeField("Veröffentlichungsdatum des Artikels", null=True, editable=False)

    article_field = None  # the name of the foreign key to the article

    objects = ArticleRowQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        # One transaction with pre_save's read of the article, which keeps the article locked
        # (PostgreSQL) until the row is in: a concurrent publish then waits and copies onto it.
        with transaction.atomic(using=kwargs.get("using") or router.db_for_write(type(self), instance=self)):
            super().save(*args, **kwargs)

    def copy_state_of_article(self, using):
        """Take the article's status and date as stored (the instance in memory may be stale)."""
        articles = Article._base_manager.using(using).filter(
            pk=getattr(self, self._meta.get_field(self.article_field).attname)
        )
        if transaction.get_connection(using).in_atomic_block:
            articles = articles.select_for_update()
        state = articles.values_list("status", "published_at").first()
        # None: a revision being written back may bring the row before its article, whose raw
        # save then copies its state onto it (copy_restored_article_state).
        if state is not None:
            self.status, self.published_at = state


class TaggedArticle(ArticleRow, TaggedItemBase):
    """Tag assignments with a real foreign key, so tag pages join cheaply."""

    content_object = models.ForeignKey("Article", on_delete=models.CASCADE)

    article_field = "content_object"

    # taggit's manager for its own through models, with the copies filled by bulk_create().
    objects = NaturalKeyManager.from_queryset(ArticleRowQuerySet)()

    class Meta:
        verbose_name = "Schlagwort-Zuordnung"
        verbose_name_plural = "Schlagwort-Zuordnungen"
        indexes = [
            # A Thema page: the tag's newest public articles, in index order.
            models.Index(
                fields=["tag", "status", "-published_at", "-content_object"], name="taggedarticle_listing_idx"
            ),
        ]


# The oldest publication date an editor may enter (archives of printed issues go back far).
EARLIEST_PUBLICATION_YEAR = 1900

# Search ranks the newest this many matches (a news archive's readers want recent hits).
SEARCH_RANKED_MATCHES = 500


def body_digest():
    """The MD5 of an article's body: for the fingerprint of a cached search result card, whose
    excerpt comes from the body, without loading it. A subquery, so that PostgreSQL computes it
    after sorting, for the rows of the page only (as it does the author rows), not for every hit."""
    return Subquery(Article.objects.filter(pk=OuterRef("pk")).order_by().values(digest=MD5("body")))


def public_condition(prefix=""):
    """The condition behind `ArticleQuerySet.public()`, also for articles reached through
    a relation (`prefix="target__"`): published, and not in the future."""
    return Q(**{f"{prefix}status": Article.Status.PUBLISHED, f"{prefix}published_at__lte": timezone.now()})


class ArticleQuerySet(models.QuerySet):
    def update(self, **kwargs):
        if COPIED_ARTICLE_FIELDS.isdisjoint(kwargs):
            rows = super().update(**kwargs)
        else:
            rows = self._update_with_copies(**kwargs)
        articles_bulk_changed.send(sender=Article)
        return rows

    update.alters_data = True

    def _update_with_copies(self, **kwargs):
        """update() of the status or date, copied onto the articles' bylines and tag rows."""
        with transaction.atomic(using=self.db):
            # The ids first: afterwards the filter may no longer match them (`published_at__isnull=True`).
            # Locked, so that no save of these articles comes in between.
            ids = list(
                self.model._base_manager.using(self.db)
                .filter(pk__in=self.values("pk"))
                .select_for_update()
                .order_by("pk")
                .values_list("pk", flat=True)
            )
            rows = 0
            for batch in batches(ids):
                rows += super(ArticleQuerySet, self.filter(pk__in=batch)).update(**kwargs)
            copy_article_state(ids, self.db)
        return rows

    def public(self):
        """The one definition of what readers may see: published, and not in the future."""
        return self.filter(public_condition())

    def public_by_author(self, author):
        """The author's public articles, newest first: an Autor/in page or feed."""
        return self._public_through("bylines", "article_id", author=author)

    def public_tagged(self, tag):
        """The public articles with this tag, newest first: a Thema page or feed."""
        return self._public_through("taggedarticle", "content_object_id", tag=tag)

    def _public_through(self, rows, article_id, **related):
        """Public articles filtered and ordered by the copies on their link rows (`ArticleRow`),
        so that PostgreSQL reads a page's rows in the order of the rows' listing index instead
        of probing the newest articles of the whole archive for matches."""
        # One filter() call, so the copies and the author or tag are conditions on the same row.
        on_row = {f"{rows}__{name}": value for name, value in related.items()}
        return (
            self.public()
            .filter(public_condition(f"{rows}__"), **on_row)
            .order_by(f"-{rows}__published_at", f"-{rows}__{article_id}")
        )

    def visible_to(self, user):
        """What this user may see on the site: readers the public articles; staff also
        the unpublished ones their role shows them in the admin (see articles.roles)."""
        if not user.is_staff:
            return self.public()
        if roles.can_change_others(user):
            return self.all()
        return self.filter(Q(pk__in=self.public()) | Q(pk__in=self.owned_by(user)))

    def scheduled(self):
        """Published, but with a date still to come („Geplant“): they appear by themselves."""
        return self.filter(status=Article.Status.PUBLISHED, published_at__gt=timezone.now())

    def owned_by(self, user):
        """The user's own articles: created by them, or naming their author profile in the byline."""
        bylined = Byline.objects.filter(article=OuterRef("pk"), author__user=user)
        return self.filter(Q(created_by=user) | Exists(bylined))

    def for_listing(self):
        """What a teaser card needs, in one query."""
        return self.select_related("section", "hero_image").defer("body", "search_vector").with_authors()

    def for_page(self):
        """What the article page needs, in one query."""
        return (
            self.select_related("section", "hero_image").defer("search_vector").with_authors().with_tags().with_related_links()
        )

    # Related rows come with their article as JSON lists (`rows_per_article`), read by the
    # Article properties `ordered_authors`, `ordered_tags` and `visible_related_links`:
    # one query for a page instead of one more per relation with prefetch_related(), whose
    # per-relation cost (about 1 ms) was the larger part of a page's time.

    def with_authors(self):
        return self.annotate(author_rows=author_rows_column())

    def with_tags(self):
        return self.annotate(tag_rows=tag_rows_column())

    def with_related_links(self):
        """All the article's links; `Article.visible_related_links` leaves out those to
        articles that are not public (as `RelatedLink.objects.visible()` does)."""
        return self.annotate(related_link_rows=related_link_rows_column())

    def search(self, query):
        """Articles matching a reader's query (cleaned with `articles.search.clean_query`), best first.

        PostgreSQL: German full-text search on the stored vector; the newest
        SEARCH_RANKED_MATCHES matches ranked (ties: newest first). Their excerpts come from
        `search_excerpts()`, only for the articles shown. Other databases:
        every word of the query in the title, lead, body or a tag; newest first.
        """
        if connections[self.db].vendor == "postgresql":
            matches = self._ranked_matches(query)
            return with_cte(matches, select=self._joined_to(matches))
        words = query_words(query)
        if not words:
            return self.none()
        matches = Q()
        for word in words:
            tagged = TaggedArticle.objects.filter(content_object=OuterRef("pk"), tag__name__icontains=word)
            matches &= Q(title__icontains=word) | Q(lead__icontains=word) | Q(body__icontains=word) | Exists(tagged)
        return self.filter(matches)

    def search_page(self, query, offset, limit):
        """The articles [offset:offset + limit] of `search(query)`, loaded for teaser cards
        (`for_listing`), each with `hits`: how many articles `search(query)` holds.

        PostgreSQL picks the page from the ranked matches (id, date and rank) before it joins
        their rows: joining, counting and sorting all matches' rows cost three times as much."""
        if connections[self.db].vendor != "postgresql":
            return list(self.search(query).for_listing().annotate(hits=Window(Count("pk")))[offset : offset + limit])
        matches = self._ranked_matches(query)
        page = CTE(
            matches.queryset()
            .annotate(hits=Window(Count("*")))
            .order_by("-search_rank", "-published_at", "-id")[offset : offset + limit],
            name="search_page",
        )
        return list(with_cte(matches, page, select=self._joined_to(page).for_listing().annotate(hits=page.col.hits)))

    def _ranked_matches(self, query):
        """The newest SEARCH_RANKED_MATCHES of the selected articles matching the query, each with
        its rank, as a CTE: ranked in the same pass that finds them. Only the newest: a common
        word matches a large share of the archive, and ranking reads each match's whole vector."""
        search_query = full_text_query(query)
        return CTE(
            self.filter(search_vector=search_query)
            .annotate(search_rank=full_text_rank(search_query))
            .order_by("-published_at", "-id")
            .values("id", "published_at", "search_rank")[:SEARCH_RANKED_MATCHES],
            name="search_matches",
        )

    def _joined_to(self, ranked):
        """Articles joined to a CTE of ranked matches, best first (ties: newest first)."""
        return (
            ranked.join(Article.objects.all(), id=ranked.col.id)
            .annotate(search_rank=ranked.col.search_rank, body_digest=body_digest())
            .order_by("-search_rank", "-published_at", "-id")
        )

    def search_excerpts(self, query):
        """{pk: excerpt with match markers} of the selected articles for the reader's query
        (`Article.snippet` highlights it). PostgreSQL only; elsewhere {} without a query.

        ts_headline reads an article's whole text, so it runs for the cards being rendered,
        not for every hit ranked, nor for cards whose cached fragment is shown."""
        if connections[self.db].vendor != "postgresql":
            return {}
        with planned_for_each_query(self.db):
            headlines = self.annotate(headline=full_text_excerpt(full_text_query(query))).values_list("pk", "headline")
            return dict(headlines.order_by())

    def refresh_search_vectors(self):
        """Store the search document of every selected article, in one UPDATE.

        PostgreSQL only (elsewhere nothing is stored, and 0 is returned). Run it after
        changing articles with `update()` or `bulk_create()`, which skip `save()`.
        """
        if connections[self.db].vendor != "postgresql":
            return 0
        tag_names = (
            TaggedArticle.objects.filter(content_object=OuterRef("pk"))
            .values("content_object")
            .annotate(names=StringAgg("tag__name", " "))
            .values("names")
        )
        # The plain update: a search index change shows on no page, so the page cache stays.
        return super().update(search_vector=search_document(Subquery(tag_names)))

    def publish(self):
        """Publish the selected articles; those without a date get the current time."""
        now = timezone.now()
        self.filter(published_at__isnull=True).update(published_at=now)
        return self.update(
            status=Article.Status.PUBLISHED, updated_at=now, lock_version=F("lock_version") + 1
        )

    def unpublish(self):
        return self.update(
            status=Article.Status.UNPUBLISHED, updated_at=timezone.now(), lock_version=F("lock_version") + 1
        )


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Entwurf"
        REVIEW = "review", "In Prüfung"
        # "Geplant" is not stored: it is PUBLISHED with a future published_at.
        PUBLISHED = "published", "Veröffentlicht"
        UNPUBLISHED = "unpublished", "Depubliziert"

    kicker = models.CharField(
        "Dachzeile", max_length=60, blank=True, default="", db_default="",
        help_text="Steht über der Überschrift, z. B. „Landtagswahl“ oder „Bitcoin-Kurs“. Leer: der Name des Ressorts.",
    )
    title = models.CharField("Titel", max_length=200)
    slug = models.SlugField(
        "Kurz-URL",
        max_length=220,
        unique=True,
        blank=True,
        help_text="Teil der Adresse des Artikels. Wird aus dem Titel gebildet, wenn leer.",
    )
    lead = models.TextField(
        "Vorspann",
        max_length=1000,
        help_text="Der erste Absatz: steht über dem Text, in Artikellisten und als Beschreibung für Suchmaschinen.",
    )
    body = models.TextField(
        "Text",
        blank=True,
        help_text="Absätze durch Leerzeilen trennen oder HTML verwenden: Absätze, Zwischenüberschriften (h2–h4), "
        "Links, Zitate, Listen, fett und kursiv. Alles andere wird beim Speichern entfernt.",
    )
    section = models.ForeignKey(
        Section, verbose_name="Ressort", on_delete=models.PROTECT, related_name="articles"
    )
    authors = models.ManyToManyField(
        Author, through="Byline", related_name="articles", verbose_name="Autor/innen"
    )
    tags = TaggableManager(
        "Schlagwörter", through=TaggedArticle, blank=True, help_text="Durch Kommas getrennt."
    )
    # From the media library (images.Image), which holds its alt text, caption, credit, focal
    # point and renditions; an image in use cannot be deleted.
    hero_image = models.ForeignKey(
        Image,
        verbose_name="Aufmacherbild",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="hero_of",
        help_text="Aus der Bibliothek „Bilder“ wählen (Suche nach Alternativtext, Bildunterschrift, Bildnachweis "
        "oder Dateiname) oder über das Plus-Zeichen ein neues Bild hochladen.",
    )
    # Library images in the text, found in the body on every save (images.body).
    body_images = models.ManyToManyField(
        Image, through="BodyImage", related_name="in_bodies", blank=True, editable=False, verbose_name="Bilder im Text"
    )
    source_name = models.CharField(
        "Quelle",
        max_length=100,
        blank=True,
        help_text="z. B. „BBC“. Angezeigt als „unter Berufung auf BBC“.",
    )
    source_url = models.URLField("Link zur Quelle", blank=True)
    status = models.CharField(
        "Status", max_length=20, choices=Status.choices, default=Status.DRAFT
    )
    published_at = models.DateTimeField(
        "Veröffentlichungsdatum",
        null=True,
        blank=True,
        help_text="Leer lassen, um beim Veröffentlichen die aktuelle Zeit zu setzen. "
        "Ein Datum in der Zukunft hält den Artikel bis dahin zurück.",
    )
    corrected_at = models.DateTimeField(
        "aktualisiert am", null=True, blank=True,
        help_text="Zeitpunkt der letzten inhaltlichen Korrektur; wird als „Aktualisiert: …“ angezeigt.",
    )
    correction_note = models.TextField(
        "Korrekturhinweis", blank=True,
        help_text="Erscheint am Ende des Artikels, z. B. „In einer früheren Fassung hieß es …“.",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="angelegt von", null=True, blank=True,
        on_delete=models.SET_NULL, related_name="created_articles", editable=False,
    )
    is_liveticker = models.BooleanField(
        "Liveticker", default=False,
        help_text="Der Artikel zeigt laufende Einträge (Liveticker); sie werden unter „Liveticker führen“ geschrieben.",
    )
    liveticker_ended_at = models.DateTimeField("Liveticker beendet am", null=True, blank=True, editable=False)
    # Raised by every save; a form that loaded an older value is editing a stale copy.
    lock_version = models.PositiveIntegerField("Bearbeitungsstand", default=0, editable=False)
    reading_minutes = models.PositiveSmallIntegerField("Lesezeit (Minuten)", default=1, editable=False)
    # Full-text search on PostgreSQL; kept current on save, unused on SQLite.
    search_vector = SearchVectorField(null=True, editable=False)
    created_at = models.DateTimeField("angelegt am", auto_now_add=True)
    updated_at = models.DateTimeField("geändert am", auto_now=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-id"]
        verbose_name = "Artikel"
        verbose_name_plural = "Artikel"
        permissions = [
            ("publish_article", "Kann Artikel veröffentlichen, planen und depublizieren"),
            ("change_others_article", "Kann Artikel anderer bearbeiten"),
        ]
        indexes = [
            # The admin list's order, so 100,000 articles need no sort.
            models.Index(fields=["-published_at", "-id"], name="article_list_order_idx"),
            # The admin list's default order (newest changed first), likewise.
            models.Index(fields=["-updated_at", "-id"], name="article_admin_changed_idx"),
            # Public listings (home, Ressort) in their order, with the id, so that a deep page
            # finds its articles' ids in the index alone (articles.public.pagination).
            models.Index(fields=["status", "-published_at", "-id"], name="article_public_order_idx"),
            models.Index(
                fields=["section", "status", "-published_at", "-id"], name="article_section_order_idx"
            ),
        ]

    def __str__(self):
        return self.title

    def clean(self):
        if self.hero_image_id and not self.hero_image.alt.strip():
            raise ValidationError(
                {"hero_image": "Das gewählte Bild hat noch keinen Alternativtext. Bitte ihn in der Bibliothek "
                 "„Bilder“ ergänzen (Stift-Symbol neben dem Bild)."}
            )
        if self.source_url and not self.source_name.strip():
            raise ValidationError({"source_name": "Bitte den Namen der Quelle angeben."})
        # A mistyped year (0205 for 2025) would date the article centuries back and give the
        # sitemap index one (empty) monthly sitemap for every month since.
        if self.published_at and self.published_at.year < EARLIEST_PUBLICATION_YEAR:
            raise ValidationError(
                {"published_at": f"Bitte ein Datum ab dem Jahr {EARLIEST_PUBLICATION_YEAR} angeben – ist die Jahreszahl vertippt?"}
            )

    def validate_unique(self, exclude=None):
        """Also keep other articles' former addresses, which still redirect to them."""
        super().validate_unique(exclude=exclude)
        if "slug" not in (exclude or ()) and (former_owner := SlugRedirect.objects.former_owner(self)):
            raise ValidationError({"slug": f"Diese Adresse wurde früher von „{former_owner}“ verwendet."})

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = self.free_slug()
        update_fields = kwargs.get("update_fields")
        former_slug = self.former_public_slug() if update_fields is None or "slug" in update_fields else None
        self.body, body_image_ids = self.body_with_library_figures(sanitise_body(self.body))
        self.reading_minutes = reading_minutes(self.lead, self.body)
        if not self._state.adding:
            self.lock_version += 1
        if self.status == self.Status.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()
        adding = self._state.adding
        with transaction.atomic(using=kwargs.get("using") or router.db_for_write(Article, instance=self)):
            super().save(*args, **kwargs)
            if not adding and (update_fields is None or COPIED_ARTICLE_FIELDS.intersection(update_fields)):
                copy_article_state([self.pk], self._state.db)
            if update_fields is None or "body" in update_fields:
                self.keep_body_images(body_image_ids)
        if former_slug:
            SlugRedirect.objects.keep(former_slug, self)
        if update_fields is None or SEARCHED_FIELDS.intersection(update_fields):
            self.refresh_search_vector()

    def former_public_slug(self):
        """The stored slug if this save changes it and readers may have seen it, else None.

        "Seen" means public at some point: published with a date that has come, or
        unpublished after that. Drafts, articles in review and scheduled ones change their
        slug freely. One query, made only for existing articles.
        """
        if self._state.adding or self.pk is None:
            return None
        stored = (
            Article._base_manager.using(self._state.db)
            .filter(pk=self.pk)
            .values("slug", "status", "published_at")
            .first()
        )
        if stored is None or stored["slug"] == self.slug:
            return None
        was_public = (
            stored["status"] in (self.Status.PUBLISHED, self.Status.UNPUBLISHED)
            and stored["published_at"] is not None
            and stored["published_at"] <= timezone.now()
        )
        return stored["slug"] if was_public else None

    def free_slug(self):
        """A slug from the title that no other article uses now or used before."""

        def former_slugs(base):
            return (
                SlugRedirect.objects.filter(old_slug__startswith=base)
                .exclude(article_id=self.pk)
                .values_list("old_slug", flat=True)
            )

        max_length = Article._meta.get_field("slug").max_length
        return unique_slug(Article, self.title, max_length=max_length, instance_pk=self.pk, reserved=former_slugs)

    def refresh_search_vector(self):
        """Bring the stored search document up to date with the saved text and tags."""
        Article.objects.using(self._state.db).filter(pk=self.pk).refresh_search_vectors()

    def body_with_library_figures(self, body):
        """The body with its library figures written from the library (images.body), and the
        ids of the images it shows. One query, for bodies with figures only."""
        ids = body_figures.image_ids(body)
        if not ids:
            return body, []
        images = Image.objects.using(self._state.db).in_bulk(ids)
        return body_figures.render_figures(body, images), [pk for pk in ids if pk in images and images[pk].renditions]

    def keep_body_images(self, image_ids):
        """Store which library images the text shows (their usage, and who may see them)."""
        rows = BodyImage.objects.using(self._state.db).filter(article=self)
        if not self._state.adding:  # one query for a text without figures
            rows.exclude(image_id__in=image_ids).delete()
        if image_ids:
            known = set(rows.values_list("image_id", flat=True))
            rows.bulk_create([BodyImage(article=self, image_id=pk) for pk in image_ids if pk not in known])

    @property
    def body_for_page(self):
        """The body as the article page shows it: until the article is public, its library
        figures at signed addresses (as the hero's), so that share previews show them too."""
        if self.is_public or body_figures.library_prefix() not in self.body:
            return self.body
        storage = renditions.private_storage()
        prefix = re.escape(settings.PRIVATE_MEDIA_URL)
        return re.sub(
            prefix + r"(bilder/\d+/[0-9a-f]{12}-(?:hero|teaser)-\d+\.(?:jpg|webp))",
            lambda match: renditions.file_url(storage, match[1], signed=True),
            self.body,
        )

    # The hero image's texts live in the library; these names stay for templates and feeds.
    @property
    def hero_alt(self):
        return self.hero_image.alt if self.hero_image_id else ""

    @property
    def hero_caption(self):
        return self.hero_image.caption if self.hero_image_id else ""

    @property
    def hero_credit(self):
        return self.hero_image.credit if self.hero_image_id else ""

    @property
    def hero_picture(self):
        """The whole hero image in several widths, for the article page (or None).

        Until the article is public, its URLs are signed: only the admin and previews show them."""
        return self.hero_image.picture("hero", signed=not self.is_public) if self.hero_image_id else None

    @property
    def teaser_picture(self):
        """The 16:9 crop around the focal point in several widths, for teaser cards (or None)."""
        return self.hero_image.picture("teaser", signed=not self.is_public) if self.hero_image_id else None

    @property
    def hero_image_for_sharing(self):
        """The image URL for link previews, feeds and search engines: a rendition at least
        1200 px wide, else the largest one; "" without renditions (never the original)."""
        return self.hero_image.sharing_url(signed=not self.is_public) if self.hero_image_id else ""

    def get_absolute_url(self):
        return reverse("articles:article", kwargs={"slug": self.slug})

    @property
    def page_cache_scope(self):
        """What its page shows of other articles: its Ressort's newest (renewz.pagecache)."""
        return f"ressort:{self.section_id}"

    def more_from_section(self, count=4):
        """„Mehr aus <Ressort>“: the newest public articles of its Ressort but this one. One query."""
        return list(
            Article.objects.public().filter(section_id=self.section_id).exclude(pk=self.pk).for_listing()[:count]
        )

    @property
    def display_kicker(self):
        """The line over the headline: the Dachzeile, else the Ressort's name."""
        return self.kicker or self.section.name

    @property
    def liveticker_is_running(self):
        return self.is_liveticker and self.liveticker_ended_at is None

    def liveticker_paths(self):
        """The addresses that show this article's Liveticker entries: the article page (all its
        pages of entries), its update check and its feed."""
        return [
            self.get_absolute_url(),
            reverse("articles:liveticker-updates", kwargs={"slug": self.slug}),
            reverse("articles:article-feed", kwargs={"slug": self.slug}),
        ]

    def liveticker_first_page(self):
        """What the first page of the Liveticker shows: its pinned entries („Das Wichtigste in
        Kürze“), and the newest others with one more, to know whether an older page exists."""
        entries = LivetickerEntry.objects.filter(article=self).for_readers()
        pinned = list(entries.filter(is_pinned=True)[:LIVETICKER_MAX_PINNED])
        newest = list(entries.filter(is_pinned=False)[: LIVETICKER_PAGE_SIZE + 1])
        return pinned, newest

    def liveticker_page(self, number):
        """Page `number` (from 2) of the Liveticker's unpinned entries, with one more."""
        offset = (number - 1) * LIVETICKER_PAGE_SIZE
        entries = LivetickerEntry.objects.filter(article=self, is_pinned=False).for_readers()
        return list(entries[offset : offset + LIVETICKER_PAGE_SIZE + 1])

    def end_liveticker(self):
        self.liveticker_ended_at = timezone.now()
        self.save(update_fields=["liveticker_ended_at", "updated_at"])

    def resume_liveticker(self):
        self.liveticker_ended_at = None
        self.save(update_fields=["liveticker_ended_at", "updated_at"])

    def is_owned_by(self, user):
        """True if the user created the article or is named in its byline (see `owned_by`)."""
        if self.created_by_id is not None and self.created_by_id == user.pk:
            return True
        return self.pk is not None and self.bylines.filter(author__user=user).exists()

    @property
    def is_scheduled(self):
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at > timezone.now()
        )

    @property
    def is_public(self):
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at <= timezone.now()
        )

    @property
    def snippet(self):
        """The search excerpt with the matches highlighted (safe HTML).

        Empty unless the article comes from a full-text search that matched its lead or
        body; for a match in the title or tags only, the lead is the better teaser.
        """
        headline = getattr(self, "search_headline", None)
        return highlight(headline) if headline and MATCH_START in headline else ""

    @property
    def ordered_authors(self):
        """Authors in byline order; loaded with the article by `with_authors()`, else read now."""
        if "author_rows" not in self.__dict__:
            return [byline.author for byline in self.bylines.all()]
        return self._loaded_authors

    @property
    def ordered_tags(self):
        """Tags in the order they were given; loaded with the article by `with_tags()`, else read now."""
        if "tag_rows" not in self.__dict__:
            return [row.tag for row in self.taggedarticle_set.select_related("tag").order_by("pk")]
        return self._loaded_tags

    @property
    def visible_related_links(self):
        """The „Lesen Sie auch“ links readers may follow, in order; loaded with the
        article by `with_related_links()`, else read now."""
        if "related_link_rows" not in self.__dict__:
            return list(self.related_links.visible())
        return self._loaded_related_links

    # Built once from the loaded rows; "_" names stay out of fragment fingerprints
    # (fragments.state), which take the rows themselves.

    @cached_property
    def _loaded_authors(self):
        # Rows: [position, *AUTHOR_FIELDS]
        rows = sorted(self.author_rows or (), key=itemgetter(0, 1))
        return [Author.from_db(self._state.db, AUTHOR_FIELDS, row[1:]) for row in rows]

    @cached_property
    def _loaded_tags(self):
        # Rows: [id of the tag's row, *TAG_FIELDS], so in the order the tags were given.
        rows = sorted(self.tag_rows or (), key=itemgetter(0))
        return [Tag.from_db(self._state.db, TAG_FIELDS, row[1:]) for row in rows]

    @cached_property
    def _loaded_related_links(self):
        # Rows: [position, *RELATED_LINK_FIELDS, *RELATED_TARGET_FIELDS]
        links = []
        split = 1 + len(RELATED_LINK_FIELDS)
        for row in sorted(self.related_link_rows or (), key=itemgetter(0, 1)):
            link = RelatedLink.from_db(self._state.db, RELATED_LINK_FIELDS, row[1:split])
            if link.target_id is not None:
                title, slug, status, published_at = row[split:]
                link.target = Article.from_db(
                    self._state.db,
                    ("id", *RELATED_TARGET_FIELDS),
                    [link.target_id, title, slug, status, datetime_from_json(published_at)],
                )
                if not link.target.is_public:
                    continue
            links.append(link)
        return links


class Byline(ArticleRow):
    """One author of an article, in the order the byline names them."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="bylines")
    author = models.ForeignKey(
        Author, verbose_name="Autor/in", on_delete=models.PROTECT, related_name="bylines"
    )
    position = models.PositiveSmallIntegerField("Reihenfolge", default=0)

    article_field = "article"

    class Meta:
        ordering = ["position", "id"]
        verbose_name = "Autor/in"
        verbose_name_plural = "Autor/innen"
        constraints = [
            models.UniqueConstraint(fields=["article", "author"], name="unique_byline"),
        ]
        indexes = [
            # An Autor/in page: the author's newest public articles, in index order.
            models.Index(fields=["author", "status", "-published_at", "-article"], name="byline_listing_idx"),
        ]

    def __str__(self):
        return self.author.name


class BodyImage(models.Model):
    """A library image shown in an article's text (kept by `Article.save`); it keeps the image
    from being deleted while the text shows it."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="body_image_rows")
    image = models.ForeignKey(Image, on_delete=models.PROTECT, related_name="body_uses")

    class Meta:
        verbose_name = "Bild im Text"
        verbose_name_plural = "Bilder im Text"
        constraints = [models.UniqueConstraint(fields=["article", "image"], name="body_image_once_per_article")]

    def __str__(self):
        return f"im Text von „{self.article}“"


class RelatedLinkQuerySet(models.QuerySet):
    def visible(self):
        """Links readers may follow: external ones, and internal ones to public articles."""
        # A join on the target, not `target__in=<subquery>`: the subquery would read
        # every public article for each page.
        return self.filter(Q(target__isnull=True) | public_condition("target__")).select_related("target")


class RelatedLink(models.Model):
    """An entry of the "Lesen Sie auch" box: another article, or an external page."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="related_links")
    target = models.ForeignKey(
        Article,
        verbose_name="Artikel",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="linked_from",
    )
    url = models.URLField("oder externe Adresse", blank=True)
    title = models.CharField(
        "Linktext",
        max_length=200,
        blank=True,
        help_text="Pflicht für externe Links; bei Artikeln wird sonst deren Titel verwendet.",
    )
    position = models.PositiveSmallIntegerField("Reihenfolge", default=0)

    objects = RelatedLinkQuerySet.as_manager()

    class Meta:
        ordering = ["position", "id"]
        verbose_name = "„Lesen Sie auch“-Link"
        verbose_name_plural = "„Lesen Sie auch“-Links"

    def __str__(self):
        return self.label

    def clean(self):
        if bool(self.target_id) == bool(self.url):
            raise ValidationError(
                "Bitte entweder einen Artikel auswählen oder eine externe Adresse angeben."
            )
        if self.url and not self.title.strip():
            raise ValidationError({"title": "Externe Links brauchen einen Linktext."})
        if self.target_id and self.target_id == self.article_id:
            raise ValidationError({"target": "Ein Artikel kann nicht auf sich selbst verweisen."})

    @property
    def label(self):
        return self.title or (self.target.title if self.target_id else self.url)

    @property
    def href(self):
        return self.target.get_absolute_url() if self.target_id else self.url

    @property
    def is_external(self):
        return not self.target_id


class SlugRedirectQuerySet(models.QuerySet):
    def keep(self, old_slug, article):
        """Let `old_slug` redirect to `article`, whose current slug stops being a redirect."""
        with transaction.atomic(using=self.db):
            self.filter(old_slug=article.slug).delete()
            self.update_or_create(old_slug=old_slug, defaults={"article": article})

    def former_owner(self, article):
        """The other article that used `article.slug` before (and still redirects from it), or None."""
        if not article.slug:
            return None
        redirect = self.filter(old_slug=article.slug).exclude(article_id=article.pk).select_related("article").first()
        return redirect.article if redirect else None


class SlugRedirect(models.Model):
    """A former address of an article; readers following it are sent to the current one.

    Links that last: a slug readers may have seen (the article was public at some point) is
    kept when it changes (`Article.former_public_slug`). Every redirect points at the article
    itself, never at another redirect, so an old address reaches the current one in a single
    301 however often it was renamed. It stays reserved for its article: another article
    cannot take it (German validation error on the slug field; generated slugs skip it), so
    old links never start pointing at a different story. Renaming back to it drops the
    redirect. (Saves that skip form validation, e.g. a restored revision, let the article
    that takes the address win; its redirect row is dropped.)
    """

    old_slug = models.SlugField("frühere Kurz-URL", max_length=220, unique=True)
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="slug_redirects")
    created_at = models.DateTimeField("angelegt am", auto_now_add=True)

    objects = SlugRedirectQuerySet.as_manager()

    class Meta:
        verbose_name = "Weiterleitung"
        verbose_name_plural = "Weiterleitungen"

    def __str__(self):
        return f"{self.old_slug} → {self.article.slug}"


class TagRedirect(models.Model):
    """The address of a merged tag, kept for the tag it was merged into."""

    old_slug = models.SlugField("frühere Kurz-URL", max_length=100, unique=True)
    tag = models.ForeignKey(Tag, on_delete=models.CASCADE, related_name="redirects")
    created_at = models.DateTimeField("angelegt am", auto_now_add=True)

    class Meta:
        verbose_name = "Schlagwort-Weiterleitung"
        verbose_name_plural = "Schlagwort-Weiterleitungen"

    def __str__(self):
        return f"{self.old_slug} → {self.tag.slug}"


LIVETICKER_PAGE_SIZE = 20
LIVETICKER_MAX_PINNED = 10


class LivetickerEntryQuerySet(models.QuerySet):
    def published(self):
        """Entries readers see; a draft has no publication time yet."""
        return self.filter(published_at__isnull=False)

    def for_readers(self):
        """Published entries, newest first, with their Autor/in: one query."""
        return self.published().select_related("author").order_by("-published_at", "-id")

    def for_editors(self):
        """Every entry, drafts first, then newest first, for the admin's Liveticker screen."""
        return self.select_related("author", "created_by").order_by(
            F("published_at").desc(nulls_first=True), "-id"
        )


class LivetickerEntry(models.Model):
    """One entry of a Liveticker: its time, an optional title, a body, its Autor/in.

    Each entry is a row of its own, so several editors posting at once never overwrite each
    other; an edit is checked against the state it was made on (`save_edit`).
    """

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="liveticker_entries")
    title = models.CharField("Überschrift", max_length=200, blank=True)
    body = models.TextField("Text")
    author = models.ForeignKey(
        Author, verbose_name="Autor/in", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="liveticker_entries",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="angelegt von", null=True, on_delete=models.SET_NULL,
        related_name="liveticker_entries", editable=False,
    )
    is_pinned = models.BooleanField(
        "Das Wichtigste in Kürze", default=False, help_text="Oben angeheftet, über den neuesten Einträgen."
    )
    is_correction = models.BooleanField("Korrektur", default=False, help_text="Als Korrektur gekennzeichnet.")
    published_at = models.DateTimeField("veröffentlicht um", null=True, blank=True, editable=False)
    edited_at = models.DateTimeField("aktualisiert um", null=True, blank=True, editable=False)
    lock_version = models.PositiveIntegerField("Bearbeitungsstand", default=0, editable=False)
    created_at = models.DateTimeField("angelegt am", auto_now_add=True)

    objects = LivetickerEntryQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-id"]
        verbose_name = "Liveticker-Eintrag"
        verbose_name_plural = "Liveticker-Einträge"
        indexes = [
            models.Index(fields=["article", "is_pinned", "-published_at", "-id"], name="liveticker_entry_order_idx"),
        ]

    def __str__(self):
        return self.title or strip_tags(self.body)[:60]

    def save(self, *args, **kwargs):
        self.body = sanitise_body(self.body)
        super().save(*args, **kwargs)

    @property
    def is_draft(self):
        return self.published_at is None

    @property
    def anchor(self):
        return f"eintrag-{self.pk}"

    def get_absolute_url(self):
        return f"{self.article.get_absolute_url()}#{self.anchor}"

    def publish(self):
        if self.published_at is None:
            self.published_at = timezone.now()
            self.save()

    def save_edit(self, seen_version):
        """Save an edit made on the state `seen_version`. False, and nothing saved, if someone
        else saved the entry in between. A published entry's edit is shown as „aktualisiert“."""
        manager = type(self)._base_manager
        with transaction.atomic(using=router.db_for_write(type(self), instance=self)):
            # The conditional update takes the row's lock first: of two edits at once, one wins.
            if not manager.filter(pk=self.pk, lock_version=seen_version).update(lock_version=F("lock_version") + 1):
                return False
            self.lock_version = seen_version + 1
            if self.published_at is not None:
                self.edited_at = timezone.now()
            self.save()
        return True


class PreviewLink(models.Model):
    """A signed, expiring, revocable link that shows one unpublished article to someone without an account."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="preview_links")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="angelegt von", null=True, on_delete=models.SET_NULL
    )
    created_at = models.DateTimeField("angelegt am", auto_now_add=True)
    expires_at = models.DateTimeField("gültig bis")
    revoked_at = models.DateTimeField("widerrufen am", null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "Vorschau-Link"
        verbose_name_plural = "Vorschau-Links"

    def __str__(self):
        return f"Vorschau von „{self.article}“ bis {self.expires_at:%d.%m.%Y %H:%M}"


def public_articles_only():
    """`limit_choices_to` for links readers follow: the admin offers and accepts public articles only."""
    return public_condition()


class BreakingNewsQuerySet(models.QuerySet):
    # The banner as rendered (articles.public.breaking_news), for every page and page-cache hit.
    BANNER_CACHE_KEY = "articles:breaking-news-banner"

    def on_air(self):
        """The Eilmeldungen readers may see now: not lowered, not past their end, and linking to
        a public article (or to none)."""
        return self.filter(lowered_at__isnull=True, ends_at__gt=timezone.now()).filter(
            Q(article__isnull=True) | public_condition("article__")
        )

    def current(self):
        """The one the banner shows: the newest on air, with its article's address, in one query."""
        return (
            self.on_air()
            .select_related("article")
            .only("text", "ends_at", "article__slug")
            .order_by("-raised_at", "-pk")
            .first()
        )

    def forget_banner(self):
        cache.delete(self.BANNER_CACHE_KEY)


class BreakingNews(models.Model):
    """An Eilmeldung: a banner at the top of every public page until its end, or until the
    Redaktion lowers it. Kept afterwards, as a record of what was announced when."""

    text = models.CharField(
        "Text", max_length=160, help_text="Eine Zeile, z. B. „Bundestag wählt neue Bundeskanzlerin“."
    )
    article = models.ForeignKey(
        Article,
        verbose_name="Artikel",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to=public_articles_only,
        help_text="Der veröffentlichte Artikel, zu dem die Meldung führt. Leer lassen, solange es noch keinen gibt.",
    )
    ends_at = models.DateTimeField("endet", help_text="Zu dieser Zeit verschwindet die Meldung von selbst.")
    raised_at = models.DateTimeField("ausgelöst", default=timezone.now, editable=False)
    raised_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="ausgelöst von",
        null=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    lowered_at = models.DateTimeField("beendet", null=True, blank=True, editable=False)

    objects = BreakingNewsQuerySet.as_manager()

    class Meta:
        ordering = ["-raised_at", "-pk"]
        verbose_name = "Eilmeldung"
        verbose_name_plural = "Eilmeldungen"
        indexes = [models.Index(fields=["lowered_at", "ends_at"], name="breakingnews_on_air_idx")]

    def __str__(self):
        return self.text

    def clean(self):
        errors = {}
        if self.ends_at and self.ends_at <= timezone.now() and self.lowered_at is None:
            errors["ends_at"] = "Das Ende muss in der Zukunft liegen."
        if self.article_id and not Article.objects.public().filter(pk=self.article_id).exists():
            errors["article"] = "Nur veröffentlichte Artikel können verlinkt werden."
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        BreakingNews.objects.forget_banner()

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        BreakingNews.objects.forget_banner()
        return result

    @property
    def is_on_air(self):
        return self.lowered_at is None and self.ends_at > timezone.now()

    def lower(self):
        """Take the banner down now (the Redaktion's one click)."""
        self.lowered_at = timezone.now()
        self.save(update_fields=["lowered_at"])


# The columns of `with_authors()`, `with_tags()` and `with_related_links()`, built once (on
# first use: models must be loaded); building these subqueries anew for each page took
# longer than running them.


@functools.cache
def author_rows_column():
    return rows_per_article(Byline.objects, "article", "position", *(f"author__{name}" for name in AUTHOR_FIELDS))


@functools.cache
def tag_rows_column():
    return rows_per_article(TaggedArticle.objects, "content_object", "pk", *(f"tag__{name}" for name in TAG_FIELDS))


@functools.cache
def related_link_rows_column():
    return rows_per_article(
        RelatedLink.objects,
        "article",
        "position",
        *RELATED_LINK_FIELDS,
        *(f"target__{name}" for name in RELATED_TARGET_FIELDS),
    )


# ---------------------------------------------------------------------------------------------
# The front page: the Redaktion's placement, and the Ressort blocks below it.

# The Aufmacher and the Top-Themen below it: the stories at the top of the home page.
FRONT_PAGE_STORIES = 7
# Articles per Ressort block on the home page.
SECTION_BLOCK_ARTICLES = 3


class FrontPage(models.Model):
    """The home page's placement, one row: its slots are edited (and kept as revisions) together."""

    THE_ONE = 1

    updated_at = models.DateTimeField("geändert am", auto_now=True)

    class Meta:
        verbose_name = "Startseite"
        verbose_name_plural = "Startseite"

    def __str__(self):
        return "Startseite"

    @classmethod
    def current(cls):
        return cls.objects.get_or_create(pk=cls.THE_ONE)[0]


class FrontPageSlotQuerySet(models.QuerySet):
    def running(self):
        """Slots whose time has not ended."""
        return self.filter(Q(ends_at__isnull=True) | Q(ends_at__gt=timezone.now()))

    def next_end(self):
        """When the next running slot ends (the home page changes then by itself), or None."""
        return self.running().filter(ends_at__isnull=False).order_by("ends_at").values_list("ends_at", flat=True).first()


class FrontPageSlot(models.Model):
    """A place on the home page held for one article: the first is the Aufmacher, the others
    Top-Themen, in order. Optionally until a time; then, or while its article is not public,
    the slot shows the newest public article instead."""

    front_page = models.ForeignKey(FrontPage, on_delete=models.CASCADE, related_name="slots")
    article = models.ForeignKey(
        Article, verbose_name="Artikel", on_delete=models.CASCADE, related_name="front_page_slots"
    )
    position = models.PositiveSmallIntegerField("Reihenfolge", default=0)
    ends_at = models.DateTimeField(
        "endet am", null=True, blank=True, help_text="Leer: bis die Redaktion den Platz ändert."
    )

    objects = FrontPageSlotQuerySet.as_manager()

    class Meta:
        ordering = ["position", "id"]
        verbose_name = "Platz auf der Startseite"
        verbose_name_plural = "Plätze auf der Startseite"
        constraints = [
            models.UniqueConstraint(fields=["front_page", "article"], name="unique_front_page_article"),
        ]

    def __str__(self):
        return f"{self.position}: {self.article}"


def placed_articles():
    """The articles placed on the front page, in slot order, loaded for teaser cards, each
    with `shows_in_slot`: public and its slot's time not ended. One query."""
    # One front page, and an article holds at most one of its slots: one row per slot.
    running = Q(front_page_slots__ends_at__isnull=True) | Q(front_page_slots__ends_at__gt=timezone.now())
    return (
        Article.objects.filter(front_page_slots__front_page_id=FrontPage.THE_ONE)
        .for_listing()
        .annotate(
            shows_in_slot=models.ExpressionWrapper(public_condition() & running, output_field=models.BooleanField())
        )
        .order_by("front_page_slots__position", "front_page_slots__id")
    )


def front_page_stories(placed, newest, count=FRONT_PAGE_STORIES):
    """The top of the home page: each slot's placed article if it `shows_in_slot`, else the
    newest public article not shown elsewhere on it; never a hole while enough articles are
    public, never one twice. `newest` must hold at least `count` public articles."""
    placed = list(placed)[:count]
    shown = {article.pk for article in placed if article.shows_in_slot}
    fallback = (article for article in newest if article.pk not in shown)
    stories = []
    for index in range(count):
        if index < len(placed) and placed[index].shows_in_slot:
            stories.append(placed[index])
        elif (article := next(fallback, None)) is not None:
            stories.append(article)
    return stories


def front_page(newest):
    """What page 1 of the home page shows: `stories` (the Aufmacher and the Top-Themen) and the
    Ressort `blocks` below, given the newest public articles (at least FRONT_PAGE_STORIES of
    them, when there are). Two queries: the placed articles, and the blocks."""
    stories = front_page_stories(placed_articles(), newest)
    home_sections = [section for section in Section.objects.navigation() if section["on_home_page"]]
    return {"stories": stories, "blocks": section_blocks(home_sections, stories)}


def section_blocks(sections, shown, per_block=SECTION_BLOCK_ARTICLES):
    """For each Ressort (dicts of `Section.objects.navigation()`), its newest public articles
    not among `shown`: [(section, articles)], in the given order, Ressorts without any left out.
    One query for all of them (none without Ressorts): each Ressort's few ids come off the
    Ressort's listing index."""
    if not sections:
        return []
    shown_ids = [article.pk for article in shown]
    newest_per_section = [
        Article.objects.public().filter(section_id=section["id"]).exclude(pk__in=shown_ids)
        .order_by("-published_at", "-id").values("pk")[:per_block]
        for section in sections
    ]
    if connections[Article.objects.db].features.supports_slicing_ordering_in_compound:
        # PostgreSQL: one IN over a UNION ALL of the LIMITed lists. (An OR of INs would scan
        # the whole table, testing each row against each list: 250 ms at 100,000 articles.)
        blocks = Q(pk__in=newest_per_section[0].union(*newest_per_section[1:], all=True))
    else:
        # SQLite allows no LIMIT inside a compound query; it looks up each IN by rowid instead.
        blocks = functools.reduce(lambda a, b: a | b, (Q(pk__in=ids) for ids in newest_per_section))
    rows = Article.objects.filter(blocks).for_listing()
    by_section = {}
    for article in rows:  # newest first (Meta.ordering)
        by_section.setdefault(article.section_id, []).append(article)
    return [(section, by_section[section["id"]]) for section in sections if section["id"] in by_section]


# ----------------------------------------------------------------------- WordPress import


class WordPressItem(models.Model):
    """What `import_wordpress` made of one item of a WordPress export (articles.wordpress).

    Keyed by the export's site and the item's post ID, so a second run finds what it made.
    `fingerprint` tells whether the item changed in WordPress since; `lock_version` is the
    article's as the import left it: a higher one means it was edited in RENEWZ since, and
    the import then leaves it alone (and reports it).
    """

    site = models.CharField("WordPress-Site", max_length=300)
    wp_id = models.PositiveBigIntegerField("WordPress-ID")
    guid = models.CharField("GUID", max_length=500, blank=True)
    post_type = models.CharField("Inhaltstyp", max_length=40)
    # Kept when the article is deleted in RENEWZ: a second run then leaves it deleted.
    article = models.ForeignKey(
        Article, verbose_name="Artikel", null=True, blank=True, on_delete=models.SET_NULL, related_name="wordpress_items"
    )
    # The images stored for the article: {"hero": source, "<image address in WordPress>": stored name}.
    media = models.JSONField("übernommene Bilder", default=dict, blank=True)
    fingerprint = models.CharField("Fingerabdruck", max_length=64)
    lock_version = models.PositiveIntegerField("Bearbeitungsstand beim Import", default=0)
    imported_at = models.DateTimeField("importiert am", auto_now=True)

    class Meta:
        verbose_name = "WordPress-Eintrag"
        verbose_name_plural = "WordPress-Einträge"
        constraints = [models.UniqueConstraint(fields=["site", "wp_id"], name="unique_wordpress_item")]

    def __str__(self):
        return f"{self.post_type} {self.wp_id} ({self.site})"


class WordPressRedirect(models.Model):
    """An old WordPress address (`/2024/05/01/slug/`, `/?p=12`, `/category/x/feed/` …) and
    what it leads to now. The target is the object, not a URL, so the answer is always one
    301 to its current address, however often it is renamed later
    (articles.public.wordpress_redirects)."""

    old_path = models.CharField("alte Adresse", max_length=500, unique=True)
    article = models.ForeignKey(Article, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    section = models.ForeignKey(Section, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    tag = models.ForeignKey(Tag, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    author = models.ForeignKey(Author, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    feed = models.BooleanField("auf den Feed", default=False)

    class Meta:
        verbose_name = "WordPress-Weiterleitung"
        verbose_name_plural = "WordPress-Weiterleitungen"

    def __str__(self):
        return f"{self.old_path} → {self.target_url() or '–'}"

    def target_url(self):
        """The current address of the target ("" if it is gone)."""
        feed = "-feed" if self.feed else ""
        if self.article_id:
            return self.article.get_absolute_url()
        for kind, name in (("section", "section"), ("tag", "tag"), ("author", "author")):
            target = getattr(self, kind)
            if target is not None:
                return reverse(f"articles:{name}{feed}", kwargs={"slug": target.slug})
        return ""


class WordPressImport(models.Model):
    """An import started in the admin: the uploaded export and how far its run has come.

    The run is a `manage.py import_wordpress` process of its own (articles.admin.wordpress),
    which writes its progress and, at the end, its report here."""

    class State(models.TextChoices):
        WAITING = "waiting", "wartet"
        RUNNING = "running", "läuft"
        DONE = "done", "fertig"
        FAILED = "failed", "abgebrochen"

    export_file = models.FileField(
        "WordPress-Export (WXR)", upload_to="wordpress-imports/", storage=renditions.private_storage
    )
    media_dir = models.CharField(
        "Medienordner auf dem Server", max_length=500, blank=True,
        help_text="Optional: eine Kopie von wp-content/uploads auf diesem Server.",
    )
    dry_run = models.BooleanField("Nur prüfen (Probelauf, schreibt nichts)", default=False)
    state = models.CharField("Stand", max_length=20, choices=State.choices, default=State.WAITING, editable=False)
    processed = models.PositiveIntegerField("verarbeitet", default=0, editable=False)
    total = models.PositiveIntegerField("Einträge", default=0, editable=False)
    report = models.TextField("Bericht", blank=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="gestartet von", null=True, on_delete=models.SET_NULL, editable=False
    )
    created_at = models.DateTimeField("gestartet am", auto_now_add=True)
    updated_at = models.DateTimeField("zuletzt aktualisiert", auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "WordPress-Import"
        verbose_name_plural = "WordPress-Importe"

    def __str__(self):
        return f"WordPress-Import vom {timezone.localtime(self.created_at):%d.%m.%Y %H:%M}"

    @property
    def percent(self):
        return round(100 * self.processed / self.total) if self.total else 0


class ArticleAutosaveQuerySet(models.QuerySet):
    def of_form(self, user, article=None, token=""):
        """The copy of one open form: an article's (one per user), or a new article's (per page token)."""
        if article is not None:
            return self.filter(user=user, article=article)
        return self.filter(user=user, article__isnull=True, token=token)

    def fresh(self):
        return self.filter(saved_at__gte=timezone.now() - ArticleAutosave.KEPT_FOR)

    def offered(self, user, article=None):
        """The copy the form offers back: the user's own, not expired, and for an existing article
        only if saved after the article's last real save (an older copy is what that save replaced)."""
        copies = self.fresh().filter(user=user)
        if article is None:
            return copies.filter(article__isnull=True).order_by("-saved_at").first()
        return copies.filter(article=article, saved_at__gt=article.updated_at).first()


class ArticleAutosave(models.Model):
    """What an editor had typed into an article's form, saved by the form itself while it is open
    (articles/admin/autosave.py). Never the article: the editor restores it into the form and saves.

    Per user: of an existing article one copy; of new, not yet saved articles one per form page,
    told apart by the page's token. Copies older than KEPT_FOR are deleted when the user's next
    copy is written and are never offered.
    """

    KEPT_FOR = timedelta(days=7)

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    article = models.ForeignKey(Article, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    token = models.CharField(max_length=40, blank=True)
    # The article's lock_version the form was loaded with, so that a restored copy's save still
    # meets the edit-conflict check if a colleague saved in between.
    loaded_lock_version = models.PositiveIntegerField(null=True, blank=True)
    data = models.JSONField(default=dict)
    saved_at = models.DateTimeField()

    objects = ArticleAutosaveQuerySet.as_manager()

    class Meta:
        verbose_name = "Automatisch gespeicherte Fassung"
        verbose_name_plural = "Automatisch gespeicherte Fassungen"
        constraints = [
            models.UniqueConstraint(
                fields=["user", "article"], condition=Q(article__isnull=False), name="article_autosave_one_per_user"
            ),
            models.UniqueConstraint(
                fields=["user", "token"], condition=Q(article__isnull=True), name="article_autosave_new_per_page"
            ),
        ]

    def __str__(self):
        return f"Automatisch gespeichert am {timezone.localtime(self.saved_at):%d.%m.%Y %H:%M}"

    @classmethod
    def keep(cls, user, data, article=None, token="", loaded_lock_version=None):
        """Write the form's copy (replacing its earlier one) and drop the user's expired copies."""
        now = timezone.now()
        cls.objects.filter(user=user, saved_at__lt=now - cls.KEPT_FOR).delete()
        lookup = {"article": article} if article is not None else {"article": None, "token": token}
        copy, _ = cls.objects.update_or_create(
            user=user, **lookup,
            defaults={"data": data, "saved_at": now, "loaded_lock_version": loaded_lock_version},
        )
        return copy
