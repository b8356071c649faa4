from django.apps import AppConfig


class ReadershipConfig(AppConfig):
    name = "readership"
    verbose_name = "Leserzahlen"

    def ready(self):
        from django.core.signals import request_finished

        from . import counting

        # After the response has gone to the reader: the flush's database write is never in
        # a request's path.
        request_finished.connect(counting.flush_due_windows, dispatch_uid="readership-flush")
