"""The Administration lifts login lockouts and reads the login logs (django-axes): see articles/roles.py."""
from django.db import migrations

from articles.roles import sync_roles


def grant_login_protection(apps, schema_editor):
    sync_roles(apps, using=schema_editor.connection.alias)


class Migration(migrations.Migration):

    dependencies = [
        ("articles", "0007_public_listing_indexes_with_id"),
        ("axes", "0010_accessattemptexpiration"),
    ]

    operations = [
        migrations.RunPython(grant_login_protection, migrations.RunPython.noop),
    ]
