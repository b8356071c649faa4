"""Eilmeldungen, raised and lowered by the Redaktion (articles/roles.py grants it their permissions)."""
import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models

import articles.models
from articles.roles import sync_roles


def grant_breaking_news(apps, schema_editor):
    sync_roles(apps, using=schema_editor.connection.alias)


class Migration(migrations.Migration):

    dependencies = [
        ("articles", "0015_wordpress_import"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="BreakingNews",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("text", models.CharField(help_text="Eine Zeile, z. B. „Bundestag wählt neue Bundeskanzlerin“.", max_length=160, verbose_name="Text")),
                ("ends_at", models.DateTimeField(help_text="Zu dieser Zeit verschwindet die Meldung von selbst.", verbose_name="endet")),
                ("raised_at", models.DateTimeField(default=django.utils.timezone.now, editable=False, verbose_name="ausgelöst")),
                ("lowered_at", models.DateTimeField(blank=True, editable=False, null=True, verbose_name="beendet")),
                (
                    "article",
                    models.ForeignKey(
                        blank=True,
                        help_text="Der veröffentlichte Artikel, zu dem die Meldung führt. Leer lassen, solange es noch keinen gibt.",
                        limit_choices_to=articles.models.public_articles_only,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="articles.article",
                        verbose_name="Artikel",
                    ),
                ),
                (
                    "raised_by",
                    models.ForeignKey(
                        editable=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="ausgelöst von",
                    ),
                ),
            ],
            options={
                "verbose_name": "Eilmeldung",
                "verbose_name_plural": "Eilmeldungen",
                "ordering": ["-raised_at", "-pk"],
                "indexes": [models.Index(fields=["lowered_at", "ends_at"], name="breakingnews_on_air_idx")],
            },
        ),
        migrations.RunPython(grant_breaking_news, migrations.RunPython.noop),
    ]
