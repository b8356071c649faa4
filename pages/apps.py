from django.apps import AppConfig


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = "Website"

    def ready(self):
        from . import receivers  # noqa: F401 (connects them)
