from django.apps import AppConfig


class RenewzConfig(AppConfig):
    name = "renewz"
    verbose_name = "RENEWZ"

    def ready(self):
        from django.db.models.signals import m2m_changed, post_delete, post_save
        from taggit.models import Tag

        from articles import models as articles
        from articles.signals import articles_bulk_changed

        from .pagecache import invalidate_pages

        # Anything a public page shows starts a new page-cache generation.
        for model in [
            articles.Article, articles.Byline, articles.RelatedLink, articles.TaggedArticle,
            articles.Section, articles.Author, articles.SlugRedirect, articles.TagRedirect, Tag,
        ]:
            post_save.connect(invalidate_pages, sender=model, dispatch_uid=f"pagecache-save-{model.__name__}")
            post_delete.connect(invalidate_pages, sender=model, dispatch_uid=f"pagecache-delete-{model.__name__}")
        m2m_changed.connect(invalidate_pages, sender=articles.Article.tags.through, dispatch_uid="pagecache-tags")
        articles_bulk_changed.connect(invalidate_pages, dispatch_uid="pagecache-bulk")
