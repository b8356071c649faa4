"""Liveticker: any article can be one; its entries are rows of their own. Autor/innen and the
Redaktion get the entries' permissions (articles/roles.py)."""
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

from articles.roles import sync_roles


def grant_liveticker_permissions(apps, schema_editor):
    sync_roles(apps, using=schema_editor.connection.alias)


class Migration(migrations.Migration):

    dependencies = [
        ("articles", "0016_breaking_news"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="article",
            name="is_liveticker",
            field=models.BooleanField(
                default=False,
                help_text="Der Artikel zeigt laufende Einträge (Liveticker); sie werden unter „Liveticker führen“ geschrieben.",
                verbose_name="Liveticker",
            ),
        ),
        migrations.AddField(
            model_name="article",
            name="liveticker_ended_at",
            field=models.DateTimeField(blank=True, editable=False, null=True, verbose_name="Liveticker beendet am"),
        ),
        migrations.CreateModel(
            name="LivetickerEntry",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("title", models.CharField(blank=True, max_length=200, verbose_name="Überschrift")),
                ("body", models.TextField(verbose_name="Text")),
                (
                    "is_pinned",
                    models.BooleanField(
                        default=False,
                        help_text="Oben angeheftet, über den neuesten Einträgen.",
                        verbose_name="Das Wichtigste in Kürze",
                    ),
                ),
                (
                    "is_correction",
                    models.BooleanField(default=False, help_text="Als Korrektur gekennzeichnet.", verbose_name="Korrektur"),
                ),
                ("published_at", models.DateTimeField(blank=True, editable=False, null=True, verbose_name="veröffentlicht um")),
                ("edited_at", models.DateTimeField(blank=True, editable=False, null=True, verbose_name="aktualisiert um")),
                ("lock_version", models.PositiveIntegerField(default=0, editable=False, verbose_name="Bearbeitungsstand")),
                ("created_at", models.DateTimeField(auto_now_add=True, verbose_name="angelegt am")),
                (
                    "article",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="liveticker_entries",
                        to="articles.article",
                    ),
                ),
                (
                    "author",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="liveticker_entries",
                        to="articles.author",
                        verbose_name="Autor/in",
                    ),
                ),
                (
                    "created_by",
                    models.ForeignKey(
                        editable=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="liveticker_entries",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="angelegt von",
                    ),
                ),
            ],
            options={
                "verbose_name": "Liveticker-Eintrag",
                "verbose_name_plural": "Liveticker-Einträge",
                "ordering": ["-published_at", "-id"],
                "indexes": [
                    models.Index(
                        fields=["article", "is_pinned", "-published_at", "-id"], name="liveticker_entry_order_idx"
                    )
                ],
            },
        ),
        migrations.RunPython(grant_liveticker_permissions, migrations.RunPython.noop),
    ]
