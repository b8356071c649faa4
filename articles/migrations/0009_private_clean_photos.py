"""Hero images move out of MEDIA_ROOT into the private storage, photos lose their metadata.

Until now originals were stored as `articles/%Y/%m/<uploaded name>` under MEDIA_ROOT, which
the web server serves to anyone, with their EXIF (GPS position, camera) intact, also for
drafts. This migration, for files stored before it:

- each article's original: cleaned (articles.renditions.clean_original), saved in the
  private storage under an unguessable name, the public copy deleted;
- each article's rendition folder: moved to the private storage as it is (the manifests
  keep working; `generate_renditions` remakes them with the current recipe);
- every other file under `articles/` (images replaced earlier, which Django never deletes):
  cleaned and moved to the private storage under the same name;
- author photos: cleaned, renamed to an unguessable name; other files under `authors/`
  cleaned in place.

A file that cannot be read as an image is moved (or left) unchanged: nothing is lost.
It can run again: what has been moved is not found in MEDIA_ROOT any more.
"""
import posixpath

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import migrations

import articles.models
import articles.renditions
import articles.validators


def walk(storage, folder):
    """Every file name below `folder` in `storage`."""
    try:
        folders, files = storage.listdir(folder)
    except (FileNotFoundError, NotADirectoryError):
        return
    for file_name in files:
        yield posixpath.join(folder, file_name)
    for sub_folder in folders:
        yield from walk(storage, posixpath.join(folder, sub_folder))


def cleaned(data):
    try:
        return articles.renditions.clean_original(data)
    except (ValueError, OSError):
        return data


def read(storage, name):
    with storage.open(name, "rb") as file:
        return file.read()


def move(name, private, data=None):
    if not private.exists(name):
        private.save(name, ContentFile(read(default_storage, name) if data is None else data))
    default_storage.delete(name)


def move_hero_images(apps, schema_editor):
    Article = apps.get_model("articles", "Article")
    private = articles.renditions.private_storage()
    for article in Article.objects.exclude(hero_image="").only("pk", "hero_image").iterator():
        old_name = article.hero_image.name
        if default_storage.exists(old_name):
            new_name = private.save(
                articles.models.hero_image_name(None, old_name), ContentFile(cleaned(read(default_storage, old_name)))
            )
            Article.objects.filter(pk=article.pk).update(hero_image=new_name)
            default_storage.delete(old_name)
        for name in list(walk(default_storage, articles.renditions.folder(article.pk))):
            move(name, private)
    for name in list(walk(default_storage, "articles")):
        move(name, private, cleaned(read(default_storage, name)))
    for name in list(walk(default_storage, "renditions")):
        move(name, private)


def clean_author_photos(apps, schema_editor):
    Author = apps.get_model("articles", "Author")
    done = set()
    for author in Author.objects.exclude(photo="").only("pk", "photo").iterator():
        old_name = author.photo.name
        if default_storage.exists(old_name):
            new_name = default_storage.save(
                articles.models.author_photo_name(None, old_name), ContentFile(cleaned(read(default_storage, old_name)))
            )
            Author.objects.filter(pk=author.pk).update(photo=new_name)
            default_storage.delete(old_name)
            done.add(new_name)
    for name in set(walk(default_storage, "authors")) - done:
        data = read(default_storage, name)
        clean = cleaned(data)
        if clean != data:
            default_storage.delete(name)
            default_storage.save(name, ContentFile(clean))


class Migration(migrations.Migration):

    dependencies = [
        ("articles", "0008_login_protection_permissions"),
    ]

    operations = [
        migrations.AlterField(
            model_name="article",
            name="hero_image",
            field=articles.models.CleanImageField(
                blank=True,
                help_text="JPEG, PNG oder WebP.",
                storage=articles.renditions.private_storage,
                upload_to=articles.models.hero_image_name,
                validators=[articles.validators.validate_image_file],
                verbose_name="Aufmacherbild",
            ),
        ),
        migrations.AlterField(
            model_name="author",
            name="photo",
            field=articles.models.CleanImageField(
                blank=True,
                upload_to=articles.models.author_photo_name,
                validators=[articles.validators.validate_image_file],
                verbose_name="Foto",
            ),
        ),
        migrations.RunPython(move_hero_images, migrations.RunPython.noop, elidable=True),
        migrations.RunPython(clean_author_photos, migrations.RunPython.noop, elidable=True),
    ]
