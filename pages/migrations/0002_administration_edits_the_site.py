"""The Administration edits the site settings and the legal pages: see articles/roles.py."""
from django.db import migrations

from articles.roles import sync_roles


def grant_site_pages(apps, schema_editor):
    sync_roles(apps, using=schema_editor.connection.alias)


class Migration(migrations.Migration):

    dependencies = [
        ("pages", "0001_initial"),
        ("articles", "0010_resanitise_quote_sources"),
    ]

    operations = [
        migrations.RunPython(grant_site_pages, migrations.RunPython.noop),
    ]
