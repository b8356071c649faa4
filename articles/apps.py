from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = "Redaktion"

    def ready(self):
        from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
        from taggit.models import Tag

        from . import search
        from .models import Article

        # Tags are part of an article's search document (see articles.search).
        m2m_changed.connect(search.refresh_after_tagging, sender=Article.tags.through)
        post_save.connect(search.refresh_after_tag_saved, sender=Tag)
        pre_delete.connect(search.remember_articles_of_tag, sender=Tag)
        post_delete.connect(search.refresh_after_tag_deleted, sender=Tag)
