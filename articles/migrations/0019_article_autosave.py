"""Autosave: what an editor typed into an article form, kept as a copy per user (never the article)."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0018_hero_image_library'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='ArticleAutosave',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('token', models.CharField(blank=True, max_length=40)),
                ('loaded_lock_version', models.PositiveIntegerField(blank=True, null=True)),
                ('data', models.JSONField(default=dict)),
                ('saved_at', models.DateTimeField()),
                ('article', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='articles.article')),
                ('user', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'verbose_name': 'Automatisch gespeicherte Fassung',
                'verbose_name_plural': 'Automatisch gespeicherte Fassungen',
                'constraints': [models.UniqueConstraint(condition=models.Q(('article__isnull', False)), fields=('user', 'article'), name='article_autosave_one_per_user'), models.UniqueConstraint(condition=models.Q(('article__isnull', True)), fields=('user', 'token'), name='article_autosave_new_per_page')],
            },
        ),
    ]
