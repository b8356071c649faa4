"""Hero images move into the media library (images.Image) with nothing lost: the stored
original, alt text, caption, credit, focal point and renditions (copied into the image's own
folder, `bilder/<image id>/`; the old files stay, so addresses already shared keep working).
Library images in a text are listed in BodyImage. Autor/innen and the Redaktion get the
library's permissions (articles/roles.py)."""
import posixpath

import django.db.models.deletion
from django.core.files.base import ContentFile
from django.db import migrations, models

from articles.roles import sync_roles
from images.renditions import folder, private_storage

HERO_FIELDS = ("hero_image_file", "hero_alt", "hero_caption", "hero_credit", "hero_focal_x", "hero_focal_y", "hero_renditions")


def copied_manifest(storage, manifest, image_pk):
    """The manifest with each rendition copied to the image's folder (a missing file keeps its name)."""
    manifest = dict(manifest or {})
    for kind in ("hero", "teaser"):
        entry = manifest.get(kind)
        if not entry:
            continue
        entry = dict(entry)
        for extension in ("webp", "jpg"):
            copies = []
            for width, name in entry.get(extension, []):
                if storage.exists(name):
                    with storage.open(name, "rb") as source:
                        name = storage.save(posixpath.join(folder(image_pk), posixpath.basename(name)), ContentFile(source.read()))
                copies.append([width, name])
            entry[extension] = copies
        manifest[kind] = entry
    return manifest


def heroes_into_library(apps, schema_editor):
    Article = apps.get_model("articles", "Article")
    Image = apps.get_model("images", "Image")
    using = schema_editor.connection.alias
    storage = private_storage()
    for article in Article.objects.using(using).exclude(hero_image_file="").order_by("pk").iterator(chunk_size=200):
        image = Image.objects.using(using).create(
            file=article.hero_image_file.name,
            original_filename=posixpath.basename(article.hero_image_file.name),
            alt=article.hero_alt,
            caption=article.hero_caption,
            credit=article.hero_credit,
            focal_x=article.hero_focal_x,
            focal_y=article.hero_focal_y,
            uploaded_by_id=article.created_by_id,
        )
        Image.objects.using(using).filter(pk=image.pk).update(
            uploaded_at=article.created_at, renditions=copied_manifest(storage, article.hero_renditions, image.pk)
        )
        Article.objects.using(using).filter(pk=article.pk).update(hero_image=image)
    if schema_editor.connection.vendor == "postgresql":
        # The rows' new foreign keys are checked at commit; the columns dropped next need them checked now.
        schema_editor.execute("SET CONSTRAINTS ALL IMMEDIATE")


def library_back_to_heroes(apps, schema_editor):
    Article = apps.get_model("articles", "Article")
    using = schema_editor.connection.alias
    for article in Article.objects.using(using).exclude(hero_image=None).select_related("hero_image").iterator(chunk_size=200):
        image = article.hero_image
        Article.objects.using(using).filter(pk=article.pk).update(
            hero_image_file=image.file.name, hero_alt=image.alt, hero_caption=image.caption, hero_credit=image.credit,
            hero_focal_x=image.focal_x, hero_focal_y=image.focal_y, hero_renditions=image.renditions,
        )
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("SET CONSTRAINTS ALL IMMEDIATE")


def grant_image_permissions(apps, schema_editor):
    sync_roles(apps, using=schema_editor.connection.alias)


class Migration(migrations.Migration):

    dependencies = [
        ("articles", "0017_liveticker"),
        ("images", "0001_initial"),
    ]

    operations = [
        migrations.RenameField(model_name="article", old_name="hero_image", new_name="hero_image_file"),
        migrations.AddField(
            model_name="article",
            name="hero_image",
            field=models.ForeignKey(
                blank=True,
                help_text="Aus der Bibliothek „Bilder“ wählen (Suche nach Alternativtext, Bildunterschrift, Bildnachweis "
                "oder Dateiname) oder über das Plus-Zeichen ein neues Bild hochladen.",
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="hero_of",
                to="images.image",
                verbose_name="Aufmacherbild",
            ),
        ),
        migrations.RunPython(heroes_into_library, library_back_to_heroes),
        *[migrations.RemoveField(model_name="article", name=name) for name in HERO_FIELDS],
        migrations.CreateModel(
            name="BodyImage",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("article", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="body_image_rows", to="articles.article")),
                ("image", models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name="body_uses", to="images.image")),
            ],
            options={"verbose_name": "Bild im Text", "verbose_name_plural": "Bilder im Text"},
        ),
        migrations.AddField(
            model_name="article",
            name="body_images",
            field=models.ManyToManyField(blank=True, editable=False, related_name="in_bodies", through="articles.BodyImage", to="images.image", verbose_name="Bilder im Text"),
        ),
        migrations.AddConstraint(
            model_name="bodyimage",
            constraint=models.UniqueConstraint(fields=("article", "image"), name="body_image_once_per_article"),
        ),
        migrations.RunPython(grant_image_permissions, migrations.RunPython.noop),
    ]
