"""Bodies saved before quotes' `cite` was checked may hold one with a scheme readers must not
follow (`javascript:`, `data:`): sanitise those bodies again, as a save would now."""
from django.db import migrations

from articles.html import sanitise_body


def resanitise_quote_sources(apps, schema_editor):
    Article = apps.get_model("articles", "Article")
    articles = Article._base_manager.using(schema_editor.connection.alias).filter(body__icontains="cite=")
    for pk, body in articles.values_list("pk", "body").iterator():
        clean = sanitise_body(body)
        if clean != body:
            # A plain update: the text readers see does not change, so no revision and no new date.
            Article._base_manager.using(schema_editor.connection.alias).filter(pk=pk).update(body=clean)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0009_private_clean_photos"),
    ]

    operations = [
        migrations.RunPython(resanitise_quote_sources, migrations.RunPython.noop, elidable=True),
    ]
