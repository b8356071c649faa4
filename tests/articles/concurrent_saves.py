"""Two editors press „Sichern“ on the same article at the same moment.

Each save runs in its own thread with its own database connection. test_conflicts calls
`save_twice_at_once()` in-process on PostgreSQL; for SQLite it runs this module as a script
against a throwaway database file (the embedded default), because the in-memory SQLite test
database lets only one connection write at all.
"""
import json
import threading


def save_twice_at_once():
    """The outcome: both status codes, and what was stored."""
    from django.db import connection

    from articles.models import Article
    from tests.articles.test_revisions import change_url
    from tests.factories import newsroom_member
    from tests.factories import make_article
    from tests.admin_forms import admin_form_data

    article = make_article("Gleichzeitig", lead="Der alte Vorspann.")
    clients = [newsroom_member("lena", "Lena", "Hartmann"), newsroom_member("jonas", "Jonas", "Becker")]
    pages = [client.get(change_url(article)) for client in clients]
    start = threading.Barrier(2)
    responses = [None, None]

    def press_save(index):
        start.wait()
        try:
            data = admin_form_data(pages[index], lead=f"Vorspann {index}")
            responses[index] = clients[index].post(change_url(article), data)
        finally:
            connection.close()

    threads = [threading.Thread(target=press_save, args=(index,)) for index in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    stored = Article.objects.get(pk=article.pk)
    return {
        "codes": [response.status_code if response else None for response in responses],
        "refusal_explained": [
            bool(response) and "hat diesen Artikel gespeichert" in response.content.decode() for response in responses
        ],
        "lead": stored.lead,
        "lock_version": stored.lock_version,
    }


if __name__ == "__main__":
    import django
    from django.conf import settings
    from django.core.management import call_command
    from django.test.utils import setup_test_environment

    django.setup()
    setup_test_environment()
    settings.STORAGES = {**settings.STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
    call_command("migrate", verbosity=0)
    print(json.dumps(save_twice_at_once()))
