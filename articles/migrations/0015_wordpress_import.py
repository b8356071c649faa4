"""The WordPress import: what it made of each item, old addresses, runs started in the admin.

The Administration's role gets the new models' permissions ("articles.*"); no other role does.
"""

import articles.renditions
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

from articles.roles import sync_roles


def give_roles_their_permissions(apps, schema_editor):
    sync_roles(apps, using=schema_editor.connection.alias)


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0012_front_page'),
        ('taggit', '0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='WordPressImport',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('export_file', models.FileField(storage=articles.renditions.private_storage, upload_to='wordpress-imports/', verbose_name='WordPress-Export (WXR)')),
                ('media_dir', models.CharField(blank=True, help_text='Optional: eine Kopie von wp-content/uploads auf diesem Server.', max_length=500, verbose_name='Medienordner auf dem Server')),
                ('dry_run', models.BooleanField(default=False, verbose_name='Nur prüfen (Probelauf, schreibt nichts)')),
                ('state', models.CharField(choices=[('waiting', 'wartet'), ('running', 'läuft'), ('done', 'fertig'), ('failed', 'abgebrochen')], default='waiting', editable=False, max_length=20, verbose_name='Stand')),
                ('processed', models.PositiveIntegerField(default=0, editable=False, verbose_name='verarbeitet')),
                ('total', models.PositiveIntegerField(default=0, editable=False, verbose_name='Einträge')),
                ('report', models.TextField(blank=True, editable=False, verbose_name='Bericht')),
                ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='gestartet am')),
                ('updated_at', models.DateTimeField(auto_now=True, verbose_name='zuletzt aktualisiert')),
                ('created_by', models.ForeignKey(editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, to=settings.AUTH_USER_MODEL, verbose_name='gestartet von')),
            ],
            options={
                'verbose_name': 'WordPress-Import',
                'verbose_name_plural': 'WordPress-Importe',
                'ordering': ['-created_at'],
            },
        ),
        migrations.CreateModel(
            name='WordPressRedirect',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('old_path', models.CharField(max_length=500, unique=True, verbose_name='alte Adresse')),
                ('feed', models.BooleanField(default=False, verbose_name='auf den Feed')),
                ('article', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='articles.article')),
                ('author', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='articles.author')),
                ('section', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='articles.section')),
                ('tag', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='taggit.tag')),
            ],
            options={
                'verbose_name': 'WordPress-Weiterleitung',
                'verbose_name_plural': 'WordPress-Weiterleitungen',
            },
        ),
        migrations.CreateModel(
            name='WordPressItem',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('site', models.CharField(max_length=300, verbose_name='WordPress-Site')),
                ('wp_id', models.PositiveBigIntegerField(verbose_name='WordPress-ID')),
                ('guid', models.CharField(blank=True, max_length=500, verbose_name='GUID')),
                ('post_type', models.CharField(max_length=40, verbose_name='Inhaltstyp')),
                ('media', models.JSONField(blank=True, default=dict, verbose_name='übernommene Bilder')),
                ('fingerprint', models.CharField(max_length=64, verbose_name='Fingerabdruck')),
                ('lock_version', models.PositiveIntegerField(default=0, verbose_name='Bearbeitungsstand beim Import')),
                ('imported_at', models.DateTimeField(auto_now=True, verbose_name='importiert am')),
                ('article', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='wordpress_items', to='articles.article', verbose_name='Artikel')),
            ],
            options={
                'verbose_name': 'WordPress-Eintrag',
                'verbose_name_plural': 'WordPress-Einträge',
                'constraints': [models.UniqueConstraint(fields=('site', 'wp_id'), name='unique_wordpress_item')],
            },
        ),
        migrations.RunPython(give_roles_their_permissions, migrations.RunPython.noop),
    ]
