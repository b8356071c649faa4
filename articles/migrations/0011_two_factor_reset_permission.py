"""The Administration resets a user's second factor (django-otp's TOTP devices): see articles/roles.py."""
from django.db import migrations

from articles.roles import sync_roles


def grant_two_factor_reset(apps, schema_editor):
    sync_roles(apps, using=schema_editor.connection.alias)


class Migration(migrations.Migration):

    dependencies = [
        ("articles", "0010_resanitise_quote_sources"),
        ("otp_totp", "0003_add_timestamps"),
    ]

    operations = [
        migrations.RunPython(grant_two_factor_reset, migrations.RunPython.noop),
    ]
