"""Every signal receiver of the articles app, in one place (connected in ArticlesConfig.ready).

What the models cannot do in their own save(): keep the link rows' copies of their
article's state, search documents and German slugs of tags (which taggit saves),
renditions of deleted articles, and tell the page cache that what readers see changed.
"""
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save, pre_delete, pre_save
from django.dispatch import receiver
from django.urls import reverse
from taggit.models import Tag

from renewz import pagecache

from images.models import Image

from . import link_rows, tags, times
from .models import (
    Article,
    Author,
    BreakingNews,
    Byline,
    FrontPage,
    FrontPageSlot,
    LivetickerEntry,
    RelatedLink,
    Section,
    SlugRedirect,
    TaggedArticle,
    TagRedirect,
    WordPressRedirect,
)
from .signals import articles_bulk_changed

# ------------------------------------------------------------------- the page cache

# Everything a public page shows; a change to any of it starts a new page-cache generation,
# except a new article, which renews only what it can appear on (article_published).
SHOWN_ON_PAGES = (Section, Author, SlugRedirect, TagRedirect, WordPressRedirect, Tag, FrontPage, FrontPageSlot, Image)
# An article's own rows (model → its foreign key to the article): part of the article here.
ARTICLE_ROWS = {Byline: "article", RelatedLink: "article", TaggedArticle: "content_object"}


def content_changed(**kwargs):
    pagecache.content_changed()


for model in SHOWN_ON_PAGES:
    post_save.connect(content_changed, sender=model, dispatch_uid=f"pagecache-save-{model.__name__}")
    post_delete.connect(content_changed, sender=model, dispatch_uid=f"pagecache-delete-{model.__name__}")
articles_bulk_changed.connect(content_changed, dispatch_uid="pagecache-bulk")


@receiver(pre_save, sender=Article, dispatch_uid="pagecache-article-was-public")
def note_whether_article_was_public(sender, instance, raw, using, **kwargs):
    instance.was_public = (
        not raw and not instance._state.adding and Article.objects.using(using).public().filter(pk=instance.pk).exists()
    )


@receiver(post_save, sender=Article, dispatch_uid="pagecache-article-save")
def article_saved(sender, instance, raw, **kwargs):
    # Read by its rows' receivers below: the admin saves them with this same instance.
    instance.newly_published = not raw and instance.is_public and not getattr(instance, "was_public", True)
    if instance.newly_published:
        article_published(instance)
    else:
        pagecache.content_changed()


@receiver(post_delete, sender=Article, dispatch_uid="pagecache-article-delete")
def article_deleted(sender, instance, **kwargs):
    pagecache.content_changed()


def article_row_changed(sender, instance, **kwargs):
    """A byline, tag or „Lesen Sie auch“ link: of an article just published by the same save
    (the admin's inlines), part of that publication; else a change like any other."""
    article_part_changed(instance._state.fields_cache.get(ARTICLE_ROWS[sender]))


def article_tags_changed(sender, instance, reverse, **kwargs):
    article_part_changed(None if reverse else instance)


def article_part_changed(article):
    # Only the listings and its Ressort show an article's rows; who links to it is unchanged.
    if getattr(article, "newly_published", False):
        pagecache.listings_changed(article.page_cache_scope)
    else:
        pagecache.content_changed()


for model in ARTICLE_ROWS:
    post_save.connect(article_row_changed, sender=model, dispatch_uid=f"pagecache-save-{model.__name__}")
    post_delete.connect(article_row_changed, sender=model, dispatch_uid=f"pagecache-delete-{model.__name__}")
m2m_changed.connect(article_tags_changed, sender=Article.tags.through, dispatch_uid="pagecache-tags")


def article_published(article):
    """A new article (or one public again) shows on the listings, on the pages of its Ressort
    („Mehr aus …“) and on the pages whose „Lesen Sie auch“ box links to it; every other page
    stays cached. Again once committed: a page rendered before the commit may not show it."""

    def renew():
        pagecache.listings_changed(article.page_cache_scope)
        linking = Article._base_manager.filter(related_links__target_id=article.pk).values_list("slug", flat=True)
        pagecache.page_changed(*(reverse("articles:article", args=[slug]) for slug in linking))

    renew()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(renew)


# A Liveticker's entries show on its own pages only (article page, update check, feed): an
# entry renews exactly those, not the whole site's page cache, however often editors post.


@receiver(post_save, sender=LivetickerEntry, dispatch_uid="pagecache-liveticker-save")
@receiver(post_delete, sender=LivetickerEntry, dispatch_uid="pagecache-liveticker-delete")
def liveticker_changed(sender, instance, **kwargs):
    article = Article._base_manager.filter(pk=instance.article_id).only("slug").first()
    if article is not None:  # None: the entry goes with its deleted article
        pagecache.page_changed(*article.liveticker_paths())


@receiver(pagecache.scheduled_change, dispatch_uid="pagecache-next-publication")
def next_publication(**kwargs):
    """A scheduled article changes the pages by itself when its time comes."""
    return Article.objects.scheduled().order_by("published_at").values_list("published_at", flat=True).first()


@receiver(pagecache.scheduled_change, dispatch_uid="pagecache-front-page-slot-ends")
def next_front_page_slot_end(**kwargs):
    """A front-page slot whose time ends gives its place to the newest article then."""
    return FrontPageSlot.objects.next_end()


@receiver(pagecache.scheduled_change, dispatch_uid="pagecache-midnight")
def next_midnight(**kwargs):
    """Teasers say „20:41 Uhr“ today and „Gestern, 20:41 Uhr“ tomorrow (articles.times):
    every page with teasers changes at midnight in the site's time zone."""
    return times.next_midnight()


def forget_breaking_news_banner(**kwargs):
    """The banner links to an article: its address or public state may have changed."""
    BreakingNews.objects.forget_banner()


post_save.connect(forget_breaking_news_banner, sender=Article, dispatch_uid="breaking-news-article-saved")
post_delete.connect(forget_breaking_news_banner, sender=Article, dispatch_uid="breaking-news-article-deleted")
articles_bulk_changed.connect(forget_breaking_news_banner, dispatch_uid="breaking-news-bulk")


# -------------------------------------------------------- copies on the link rows (articles.link_rows)

post_migrate.connect(link_rows.repair_after_migrate, dispatch_uid="link-rows-repair")


@receiver(pre_save, sender=Byline)
@receiver(pre_save, sender=TaggedArticle)
def copy_article_state_onto_row(sender, instance, using, **kwargs):
    instance.copy_state_of_article(using)


@receiver(post_save, sender=Article)
def copy_restored_article_state(sender, instance, raw, using, **kwargs):
    """A raw save (a revision written back, fixtures) skips Article.save(), not this."""
    if raw:
        link_rows.copy_article_state([instance.pk], using)


# ------------------------------------------------------------------------ tags


@receiver(pre_save, sender=Tag)
def give_tags_german_slugs(sender, instance, **kwargs):
    instance.slug = tags.german_slug(instance)


# Tags are part of an article's search document (articles.search); saving an article
# refreshes its own in Article.save(), these cover the tags, which change afterwards.


@receiver(m2m_changed, sender=Article.tags.through)
def refresh_search_after_tagging(sender, instance, action, reverse, pk_set, **kwargs):
    if reverse or action not in ("post_add", "post_remove", "post_clear"):
        return
    if action == "post_clear" or pk_set:
        instance.refresh_search_vector()


@receiver(post_save, sender=Tag)
def refresh_search_after_tag_saved(sender, instance, created, **kwargs):
    """A renamed tag changes the documents of its articles."""
    if not created:
        Article.objects.filter(tags=instance).refresh_search_vectors()


@receiver(pre_delete, sender=Tag)
def remember_articles_of_tag(sender, instance, **kwargs):
    """Its articles lose the tag with it: note them for after the deletion."""
    instance.search_article_ids = list(Article.objects.filter(tags=instance).values_list("pk", flat=True))


@receiver(post_delete, sender=Tag)
def refresh_search_after_tag_deleted(sender, instance, **kwargs):
    Article.objects.filter(pk__in=getattr(instance, "search_article_ids", [])).refresh_search_vectors()


# ------------------------------------------------------------------- renditions


@receiver(post_save, sender=Image, dispatch_uid="body-figures-follow-their-image")
def refresh_body_figures(sender, instance, raw=False, **kwargs):
    """Texts that show a library image get its new renditions, alt text, caption and credit.
    Written as a plain update: an editor's open form of the article stays current."""
    if raw:
        return
    for article in Article.objects.filter(body_image_rows__image=instance).only("pk", "body"):
        body, _ = article.body_with_library_figures(article.body)
        if body != article.body:
            Article.objects.filter(pk=article.pk).update(body=body)
