"""The media library („Bilder“): each image stored once, with its texts, focal point and renditions."""

import django.core.validators
import django.db.models.deletion
import images.models
import images.renditions
import images.validators
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='Image',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('file', images.models.CleanImageField(help_text='JPEG, PNG oder WebP.', storage=images.renditions.private_storage, upload_to=images.models.original_name, validators=[images.validators.validate_image_file], verbose_name='Bilddatei')),
                ('original_filename', models.CharField(blank=True, editable=False, max_length=255, verbose_name='Dateiname')),
                ('alt', models.CharField(blank=True, help_text='Beschreibt das Bild für Menschen, die es nicht sehen. Pflicht, bevor das Bild in einem Artikel erscheint.', max_length=250, verbose_name='Alternativtext')),
                ('caption', models.CharField(blank=True, max_length=300, verbose_name='Bildunterschrift')),
                ('credit', models.CharField(blank=True, help_text='Nur die Urheber, z. B. „Max Muster/dpa“. Angezeigt als „Foto von …“.', max_length=150, verbose_name='Bildnachweis')),
                ('focal_x', models.FloatField(blank=True, help_text='0 = linker Rand, 1 = rechter Rand. Bestimmt den Ausschnitt in Teasern.', null=True, validators=[django.core.validators.MinValueValidator(0), django.core.validators.MaxValueValidator(1)], verbose_name='Bildmittelpunkt waagrecht')),
                ('focal_y', models.FloatField(blank=True, help_text='0 = oberer Rand, 1 = unterer Rand.', null=True, validators=[django.core.validators.MinValueValidator(0), django.core.validators.MaxValueValidator(1)], verbose_name='Bildmittelpunkt senkrecht')),
                ('renditions', models.JSONField(blank=True, default=dict, editable=False, verbose_name='Bildvarianten')),
                ('uploaded_at', models.DateTimeField(auto_now_add=True, db_index=True, verbose_name='hochgeladen am')),
                ('uploaded_by', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='uploaded_images', to=settings.AUTH_USER_MODEL, verbose_name='hochgeladen von')),
            ],
            options={
                'verbose_name': 'Bild',
                'verbose_name_plural': 'Bilder',
                'ordering': ['-uploaded_at', '-id'],
            },
        ),
    ]
