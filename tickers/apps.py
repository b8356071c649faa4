from django.apps import AppConfig


class TickersConfig(AppConfig):
    name = "tickers"
    verbose_name = "Kurse"

    def ready(self):
        from . import fragments  # noqa: F401 (registers the ticker as a live fragment of cached pages)
