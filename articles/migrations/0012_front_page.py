"""The Redaktion's front page: placement slots (Aufmacher, Top-Themen), Ressorts shown on the
home page or prepared hidden, and the Dachzeile over headlines."""
import django.db.models.deletion
from django.db import migrations, models

from articles.roles import sync_roles


def grant_front_page(apps, schema_editor):
    sync_roles(apps, using=schema_editor.connection.alias)


class Migration(migrations.Migration):

    dependencies = [
        ("articles", "0011_two_factor_reset_permission"),
    ]

    operations = [
        migrations.AddField(
            model_name="article",
            name="kicker",
            field=models.CharField(
                blank=True,
                db_default="",
                default="",
                help_text="Steht über der Überschrift, z. B. „Landtagswahl“ oder „Bitcoin-Kurs“. Leer: der Name des Ressorts.",
                max_length=60,
                verbose_name="Dachzeile",
            ),
        ),
        migrations.AddField(
            model_name="section",
            name="is_visible",
            field=models.BooleanField(
                db_default=True,
                default=True,
                help_text="Erst sichtbare Ressorts stehen im Menü, auf der Startseite und haben eine Seite. "
                "Zum Vorbereiten ausschalten; veröffentlichte Artikel bleiben trotzdem lesbar.",
                verbose_name="sichtbar",
            ),
        ),
        migrations.AddField(
            model_name="section",
            name="on_home_page",
            field=models.BooleanField(
                db_default=False,
                default=False,
                help_text="Zeigt unter den Top-Themen einen Block mit den neuesten Artikeln des Ressorts "
                "(in der Reihenfolge des Menüs).",
                verbose_name="auf der Startseite",
            ),
        ),
        migrations.AlterField(
            model_name="article",
            name="corrected_at",
            field=models.DateTimeField(
                blank=True,
                help_text="Zeitpunkt der letzten inhaltlichen Korrektur; wird als „Aktualisiert: …“ angezeigt.",
                null=True,
                verbose_name="aktualisiert am",
            ),
        ),
        migrations.CreateModel(
            name="FrontPage",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("updated_at", models.DateTimeField(auto_now=True, verbose_name="geändert am")),
            ],
            options={"verbose_name": "Startseite", "verbose_name_plural": "Startseite"},
        ),
        migrations.CreateModel(
            name="FrontPageSlot",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("position", models.PositiveSmallIntegerField(default=0, verbose_name="Reihenfolge")),
                (
                    "ends_at",
                    models.DateTimeField(
                        blank=True, help_text="Leer: bis die Redaktion den Platz ändert.", null=True, verbose_name="endet am"
                    ),
                ),
                (
                    "article",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="front_page_slots",
                        to="articles.article",
                        verbose_name="Artikel",
                    ),
                ),
                (
                    "front_page",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="slots", to="articles.frontpage"
                    ),
                ),
            ],
            options={
                "verbose_name": "Platz auf der Startseite",
                "verbose_name_plural": "Plätze auf der Startseite",
                "ordering": ["position", "id"],
                "constraints": [
                    models.UniqueConstraint(fields=("front_page", "article"), name="unique_front_page_article")
                ],
            },
        ),
        migrations.RunPython(grant_front_page, migrations.RunPython.noop),
    ]
