from django.db import migrations, models


class Migration(migrations.Migration):
    """The admin's article list shows the newest changed first (ArticleAdmin.ordering)."""

    dependencies = [
        ('articles', '0019_article_autosave'),
    ]

    operations = [
        migrations.AddIndex(
            model_name='article',
            index=models.Index(fields=['-updated_at', '-id'], name='article_admin_changed_idx'),
        ),
    ]
