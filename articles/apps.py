from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = "Redaktion"

    def ready(self):
        from . import receivers  # noqa: F401 (connects them)
        from .public import breaking_news  # noqa: F401 (registers the banner as a live fragment of cached pages)
        from .revisions import register_article_revisions

        register_article_revisions()
