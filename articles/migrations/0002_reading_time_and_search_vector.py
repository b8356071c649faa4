import django.contrib.postgres.search
from django.db import migrations, models

GIN_INDEX = "article_search_vector_gin"


def create_search_index(apps, schema_editor):
    # GIN indexes exist on PostgreSQL only; SQLite searches without the vector.
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {GIN_INDEX} ON articles_article USING gin (search_vector)"
        )


def drop_search_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {GIN_INDEX}")


def count_reading_minutes(apps, schema_editor):
    from articles.models import reading_minutes

    Article = apps.get_model("articles", "Article")
    for article in Article.objects.only("lead", "body").iterator():
        Article.objects.filter(pk=article.pk).update(
            reading_minutes=reading_minutes(article.lead, article.body)
        )


class Migration(migrations.Migration):

    dependencies = [
        ("articles", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="article",
            name="reading_minutes",
            field=models.PositiveSmallIntegerField(default=1, editable=False, verbose_name="Lesezeit (Minuten)"),
        ),
        migrations.AddField(
            model_name="article",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.RunPython(count_reading_minutes, migrations.RunPython.noop),
        migrations.RunPython(create_search_index, drop_search_index),
    ]
