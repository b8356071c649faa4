"""The copies of an article's status and publication date on its link rows, in one place.

Invariant: every Byline and TaggedArticle row (`models.ArticleRow`) holds the same `status`
and `published_at` as its article. Thema and Autor/in pages read their newest public articles
straight off an index of these rows (`ArticleQuerySet.public_by_author` / `public_tagged`):
at 100,000 articles a plain join on the article's own columns cost those pages a third
(Thema) and a fifth (Autor/in) of their throughput, and page 50 of the busiest tag 39-68 ms of
SQL instead of 6 (bench/results/2026-12-01-link-row-copies.md), so the copies stay.

Who keeps it:
- new rows read their article's state as stored: `ArticleRow.copy_state_of_article` (pre_save,
  connected in articles.receivers) and `ArticleRowQuerySet.bulk_create`;
- every write of an article's status or date copies it onto its rows: `Article.save`,
  `ArticleQuerySet.update`, and raw saves (revisions written back) in articles.receivers, all
  through `copy_article_state` below;
- anything else (a data migration calling update() on historical models, raw SQL) is caught:
  `migrate` repairs and reports drifted rows afterwards (`repair_after_migrate`), and every test
  of the suite fails if it leaves one row drifted (tests/conftest.py, `drifted_article_ids`).

No model is imported here (articles.models calls into this module); they are looked up by name.
"""
import logging

from django.apps import apps
from django.db.models import F, OuterRef, Q, Subquery

logger = logging.getLogger(__name__)

# The article fields its link rows copy.
COPIED_ARTICLE_FIELDS = frozenset({"status", "published_at"})


def batches(values, size=500):
    """Lists small enough for any database's `IN (…)`."""
    values = list(values)
    for start in range(0, len(values), size):
        yield values[start:start + size]


def link_models():
    return [apps.get_model("articles", "Byline"), apps.get_model("articles", "TaggedArticle")]


def copy_article_state(article_ids, using):
    """Copy the status and date of the given articles onto their bylines and tag rows.

    Read from the article table in the same statement, so the copies are right whatever
    the caller holds in memory.
    """
    Article = apps.get_model("articles", "Article")
    for model in link_models():
        article_id = model._meta.get_field(model.article_field).attname
        article = Article._base_manager.using(using).filter(pk=OuterRef(article_id)).order_by()
        for batch in batches(article_ids):
            model._base_manager.using(using).filter(**{f"{article_id}__in": batch}).update(
                status=Subquery(article.values("status")),
                published_at=Subquery(article.values("published_at")),
            )


def drifted_article_ids(using="default"):
    """The ids of articles with a link row whose copies differ from the article (should be none)."""
    ids = set()
    for model in link_models():
        article = model.article_field
        status, published_at = F(f"{article}__status"), F(f"{article}__published_at")
        differs = (
            Q(status__lt=status) | Q(status__gt=status)
            | Q(published_at__lt=published_at) | Q(published_at__gt=published_at)
            | Q(published_at__isnull=True, **{f"{article}__published_at__isnull": False})
            | Q(published_at__isnull=False, **{f"{article}__published_at__isnull": True})
        )
        attname = model._meta.get_field(article).attname
        ids.update(model._base_manager.using(using).filter(differs).values_list(attname, flat=True))
    return ids


def repair_after_migrate(sender, using, plan=None, **kwargs):
    """post_migrate: copy the state of any article whose rows drifted, and say so."""
    if not plan or not any(migration.app_label == "articles" for migration, backwards in plan):
        return
    drifted = drifted_article_ids(using)
    if drifted:
        logger.warning("Link rows of %d articles did not match their article after migrate; repaired.", len(drifted))
        copy_article_state(sorted(drifted), using)
