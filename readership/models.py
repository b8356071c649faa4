"""Article views per article and hour: counted without cookies or personal data (readership.counting)."""
from datetime import timedelta

from django.core.cache import cache
from django.db import connections, models, router, transaction
from django.db.models import OuterRef, Subquery, Sum
from django.utils import timezone

from articles.models import Article, public_condition
from renewz import pagecache

MOST_READ_HOURS = 24
MOST_READ_LIMIT = 5


def start_of_hour(moment):
    return moment.replace(minute=0, second=0, microsecond=0)


class ArticleViewsQuerySet(models.QuerySet):
    # What the „Meistgelesen“ box shows, cached per content generation of the page cache: any
    # change to what pages show (an article renamed or unpublished) starts a new one. Forgotten
    # after each flush, and kept at most this long (with a per-process cache, another process's
    # flush cannot forget this process's copy).
    MOST_READ_CACHE_KEY = "readership:most-read"
    MOST_READ_CACHE_SECONDS = 5 * 60

    def add(self, hour, views_by_slug):
        """Add the views counted in one batch (`{article slug: views}`) to the hour's counts, in one
        statement; slugs of articles that are not public (any more) are left out. The upsert adds
        to what is stored, so batches of several processes never overwrite each other's counts."""
        ids = dict(Article.objects.public().filter(slug__in=list(views_by_slug)).values_list("slug", "pk"))
        if not ids:
            return 0
        using = router.db_for_write(self.model)
        connection = connections[using]
        table = connection.ops.quote_name(self.model._meta.db_table)
        hour_value = connection.ops.adapt_datetimefield_value(hour)
        rows = [(ids[slug], hour_value, views) for slug, views in views_by_slug.items() if slug in ids]
        # The same statement on SQLite (3.24 and later) and PostgreSQL.
        sql = (
            f"INSERT INTO {table} (article_id, hour, views) VALUES (%s, %s, %s) "
            f"ON CONFLICT (article_id, hour) DO UPDATE SET views = {table}.views + excluded.views"
        )
        with transaction.atomic(using=using), connection.cursor() as cursor:
            cursor.executemany(sql, rows)
        self.forget_most_read()
        return sum(views for _, _, views in rows)

    def most_read_articles(self, hours=MOST_READ_HOURS, limit=MOST_READ_LIMIT):
        """The public articles read most in the last `hours` hours (the current hour included),
        most read first, as the „Meistgelesen“ box shows them: from the cache, else one query."""
        key = self.most_read_cache_key()
        articles = cache.get(key)
        if articles is None:
            since = start_of_hour(timezone.now()) - timedelta(hours=hours - 1)
            recent = self.filter(public_condition("article__"), hour__gte=since)
            top = recent.values("article_id").annotate(total=Sum("views")).order_by("-total", "-article_id")
            views = recent.filter(article=OuterRef("pk")).values("article_id").annotate(total=Sum("views")).values("total")
            articles = list(
                Article.objects.public()
                .filter(pk__in=top.values("article_id")[:limit])
                .select_related("section")
                .only("id", "title", "slug", "section__name", "section__slug")
                .order_by(Subquery(views).desc(), "-pk")
            )
            cache.set(key, articles, self.MOST_READ_CACHE_SECONDS)
        return articles

    def most_read_cache_key(self):
        return f"{self.MOST_READ_CACHE_KEY}:{cache.get(pagecache.GENERATION_KEY)}"

    def forget_most_read(self):
        cache.delete(self.most_read_cache_key())


class ArticleViews(models.Model):
    """How often an article was read in one hour. Nothing else: no reader, address or browser."""

    article = models.ForeignKey(Article, verbose_name="Artikel", on_delete=models.CASCADE, related_name="+")
    hour = models.DateTimeField("Stunde", help_text="Beginn der Stunde (UTC)")
    views = models.PositiveIntegerField("Aufrufe")

    objects = ArticleViewsQuerySet.as_manager()

    class Meta:
        verbose_name = "Artikelaufrufe"
        verbose_name_plural = "Artikelaufrufe"
        constraints = [models.UniqueConstraint(fields=["article", "hour"], name="articleviews_one_row_per_hour")]
        indexes = [models.Index(fields=["hour"], name="articleviews_hour_idx")]

    def __str__(self):
        return f"{self.article_id} {self.hour:%Y-%m-%d %H}:00: {self.views}"
