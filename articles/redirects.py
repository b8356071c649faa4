"""Links that last: former addresses of articles and tags answer with a permanent redirect.

Every redirect row points at the article (or tag) itself, never at another redirect, so an
old address reaches the current one in a single 301 however often it was renamed.

Articles: a slug readers may have seen (the article was public at some point) is kept
when it changes. It stays reserved for its article: another article cannot take it
(German validation error on the slug field; generated slugs skip it), so old links
never start pointing at a different story. Renaming back to it drops the redirect.
(Saves that skip form validation, e.g. a restored revision, let the article that takes
the address win; its redirect row is dropped.)

Tags: merging tags keeps the addresses of the merged ones for the tag they went into;
editing a tag's slug keeps the old one. A tag that later takes such an address wins and
the redirect is dropped (tags are created on the fly while tagging, which a validation
error would only get in the way of).

Models are imported inside the functions: `articles.models` calls into this module.
"""
from django.db import transaction
from django.utils import timezone

from .slugs import unique_slug


# ------------------------------------------------------------------------------ articles


def former_public_slug(article):
    """The stored slug of `article` if this save changes it and readers may have seen it.

    "Seen" means public at some point: published with a date that has come, or
    unpublished after that. Drafts, articles in review and scheduled ones change their
    slug freely. One query, made only for existing articles.
    """
    from .models import Article

    if article._state.adding or article.pk is None:
        return None
    stored = (
        Article._base_manager.using(article._state.db)
        .filter(pk=article.pk)
        .values("slug", "status", "published_at")
        .first()
    )
    if stored is None or stored["slug"] == article.slug:
        return None
    was_public = (
        stored["status"] in (Article.Status.PUBLISHED, Article.Status.UNPUBLISHED)
        and stored["published_at"] is not None
        and stored["published_at"] <= timezone.now()
    )
    return stored["slug"] if was_public else None


def keep_former_slug(article, old_slug):
    """Let `old_slug` redirect to `article`, whose current slug stops being a redirect."""
    from .models import SlugRedirect

    redirects = SlugRedirect.objects.using(article._state.db)
    with transaction.atomic(using=article._state.db):
        redirects.filter(old_slug=article.slug).delete()
        redirects.update_or_create(old_slug=old_slug, defaults={"article": article})


def former_owner_of_slug(article):
    """The other article that used `article.slug` before (and still redirects from it), or None."""
    from .models import SlugRedirect

    if not article.slug:
        return None
    redirect = (
        SlugRedirect.objects.filter(old_slug=article.slug)
        .exclude(article_id=article.pk)
        .select_related("article")
        .first()
    )
    return redirect.article if redirect else None


def free_article_slug(article):
    """A slug from the article's title that no other article uses now or used before."""
    from .models import Article, SlugRedirect

    def former_slugs(base):
        return (
            SlugRedirect.objects.filter(old_slug__startswith=base)
            .exclude(article_id=article.pk)
            .values_list("old_slug", flat=True)
        )

    max_length = Article._meta.get_field("slug").max_length
    return unique_slug(Article, article.title, max_length=max_length, instance_pk=article.pk, reserved=former_slugs)


# ---------------------------------------------------------------------------------- tags


def keep_former_tag_slug(tag, old_slug):
    """After a tag's slug was edited: its old address redirects to it."""
    from .models import TagRedirect

    if not old_slug or old_slug == tag.slug:
        return
    with transaction.atomic():
        TagRedirect.objects.filter(old_slug=tag.slug).delete()
        TagRedirect.objects.update_or_create(old_slug=old_slug, defaults={"tag": tag})


@transaction.atomic
def merge_tags(tags, target):
    """Merge `tags` into `target` and return the number of articles that moved.

    Every article of a merged tag gets `target` (once, also when it had both), the merged
    tags are deleted, and their addresses, with the ones they had inherited, redirect to
    `target`. The search documents of the affected articles are refreshed.
    """
    from .models import Article, TaggedArticle, TagRedirect

    merged = [tag for tag in tags if tag.pk != target.pk]
    if not merged:
        return 0
    merged_ids = [tag.pk for tag in merged]
    article_ids = set(
        TaggedArticle.objects.filter(tag_id__in=merged_ids).values_list("content_object_id", flat=True)
    )
    already_tagged = set(
        TaggedArticle.objects.filter(tag=target, content_object_id__in=article_ids).values_list(
            "content_object_id", flat=True
        )
    )
    moved = sorted(article_ids - already_tagged)
    TaggedArticle.objects.bulk_create(
        [TaggedArticle(tag=target, content_object_id=article_id) for article_id in moved]
    )
    TagRedirect.objects.filter(tag_id__in=merged_ids).update(tag=target)
    TagRedirect.objects.filter(old_slug=target.slug).delete()
    for tag in merged:
        TagRedirect.objects.update_or_create(old_slug=tag.slug, defaults={"tag": target})
    # Deleting the tags removes their assignments; the bulk insert above sent no signals,
    # so the search documents are refreshed here rather than left to the receivers.
    type(target).objects.filter(pk__in=merged_ids).delete()
    Article.objects.filter(pk__in=article_ids).refresh_search_vectors()
    return len(article_ids)
