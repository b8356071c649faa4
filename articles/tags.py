"""Tags (Schlagwörter) beyond taggit: merging them, and their addresses that last.

Merging tags keeps the addresses of the merged ones for the tag they went into; editing a
tag's slug keeps the old one. Every redirect points at the tag itself, never at another
redirect, so an old address reaches the current one in a single 301. A tag that later takes
such an address wins and the redirect is dropped (tags are created on the fly while tagging,
which a validation error would only get in the way of). New tags get German slugs
(`german_slug`, connected in `articles.receivers`).
"""
import re

from django.db import transaction

from .models import Article, TaggedArticle, TagRedirect
from .slugs import unique_slug

TAG_SLUG = re.compile(r"[-a-zA-Z0-9_]+")


def german_slug(tag):
    """taggit keeps umlauts in slugs („brücken“); German URLs spell them out („bruecken“).

    A slug an editor chose by hand is kept, as long as it fits in a URL.
    """
    slug = tag.slug or ""
    if tag._state.adding and slug == tag.slugify(tag.name) or not TAG_SLUG.fullmatch(slug):
        return unique_slug(type(tag), tag.name, max_length=type(tag)._meta.get_field("slug").max_length, instance_pk=tag.pk)
    return slug


def keep_former_tag_slug(tag, old_slug):
    """After a tag's slug was edited: its old address redirects to it."""
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
