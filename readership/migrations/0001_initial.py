import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ("articles", "0010_resanitise_quote_sources"),
    ]

    operations = [
        migrations.CreateModel(
            name="ArticleViews",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("hour", models.DateTimeField(help_text="Beginn der Stunde (UTC)", verbose_name="Stunde")),
                ("views", models.PositiveIntegerField(verbose_name="Aufrufe")),
                (
                    "article",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="articles.article",
                        verbose_name="Artikel",
                    ),
                ),
            ],
            options={
                "verbose_name": "Artikelaufrufe",
                "verbose_name_plural": "Artikelaufrufe",
                "indexes": [models.Index(fields=["hour"], name="articleviews_hour_idx")],
                "constraints": [
                    models.UniqueConstraint(fields=("article", "hour"), name="articleviews_one_row_per_hour")
                ],
            },
        ),
    ]
