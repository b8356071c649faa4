"""The newsroom's roles as groups: Autor/in, Redaktion, Administration (see articles/roles.py)."""
from django.db import migrations

from articles.roles import ROLE_PERMISSIONS, sync_roles


def create_roles(apps, schema_editor):
    sync_roles(apps, using=schema_editor.connection.alias)


def remove_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.using(schema_editor.connection.alias).filter(name__in=ROLE_PERMISSIONS).delete()


class Migration(migrations.Migration):

    dependencies = [
        ("articles", "0003_newsroom_workflow"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
        ("tickers", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(create_roles, remove_roles),
    ]
