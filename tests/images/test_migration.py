"""Migration articles 0018: the hero images stored on articles move into the media library
with nothing lost, and the article page shows them as before."""
import io
import re
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone
from PIL import Image as PillowImage

from articles.models import Article
from images import renditions

BEFORE = [("articles", "0017_liveticker")]
AFTER = [("articles", "0018_hero_image_library")]


def migrate(targets=None):
    """Bring the database to `targets` (all apps' latest without); returns the apps of that state."""
    executor = MigrationExecutor(connection)
    targets = targets or executor.loader.graph.leaf_nodes()
    executor.migrate(targets)
    executor.loader.build_graph()
    return executor.loader.project_state(targets).apps


def jpeg(size, color):
    buffer = io.BytesIO()
    PillowImage.new("RGB", size, color).save(buffer, format="JPEG")
    return buffer.getvalue()


@pytest.mark.django_db(transaction=True)
def test_hero_images_move_into_the_library_with_alt_caption_credit_focal_point_and_renditions(client, settings):
    old = migrate(BEFORE)
    Section, OldArticle = old.get_model("articles", "Section"), old.get_model("articles", "Article")
    section = Section.objects.create(name="Politik", slug="politik")
    storage = renditions.private_storage()
    original = storage.save("articles/abcdefghijklmnopqrstuv.jpg", ContentFile(jpeg((800, 450), (200, 30, 30))))
    article = OldArticle.objects.create(
        title="Landtag beschließt Haushalt", slug="landtag-beschliesst-haushalt", lead="Vorspann.", body="<p>Text.</p>",
        section=section, status="published", published_at=timezone.now(), hero_image=original,
        hero_alt="Abgeordnete im Plenarsaal", hero_caption="Die Debatte dauerte vier Stunden.",
        hero_credit="Max Muster/dpa", hero_focal_x=0.25, hero_focal_y=0.75,
    )
    manifest = {"source": original, "focal": [0.25, 0.75], "recipe": renditions.RECIPE}
    for kind in ("hero", "teaser"):
        entry = {"width": 800, "height": 450 if kind == "hero" else 450, "webp": [], "jpg": []}
        for extension in ("webp", "jpg"):
            for width in (480, 800):
                name = storage.save(f"renditions/{article.pk}/0123456789ab-{kind}-{width}.{extension}", ContentFile(jpeg((width, 270), (20, 20, 200))))
                entry[extension].append([width, name])
        manifest[kind] = entry
    OldArticle.objects.filter(pk=article.pk).update(hero_renditions=manifest)
    without = OldArticle.objects.create(title="Ohne Bild", slug="ohne-bild", lead="V.", section=section, status="draft")

    new = migrate(AFTER)
    migrate()
    Image = new.get_model("images", "Image")
    image = Image.objects.get()
    migrated = new.get_model("articles", "Article").objects.get(pk=article.pk)
    assert migrated.hero_image_id == image.pk
    assert new.get_model("articles", "Article").objects.get(pk=without.pk).hero_image_id is None
    assert (image.file.name, image.alt, image.caption, image.credit, image.focal_x, image.focal_y) == (
        original, "Abgeordnete im Plenarsaal", "Die Debatte dauerte vier Stunden.", "Max Muster/dpa", 0.25, 0.75,
    )
    assert image.original_filename == "abcdefghijklmnopqrstuv.jpg"
    # The same renditions, copied into the image's own folder; the old files stay for old links.
    for kind in ("hero", "teaser"):
        for extension in ("webp", "jpg"):
            old_names = [name for _, name in manifest[kind][extension]]
            new_names = [name for _, name in image.renditions[kind][extension]]
            assert [width for width, _ in image.renditions[kind][extension]] == [480, 800]
            assert all(re.fullmatch(rf"bilder/{image.pk}/0123456789ab-{kind}-\d+\.{extension}", name) for name in new_names)
            assert [storage.open(name).read() for name in new_names] == [storage.open(name).read() for name in old_names]
    assert (image.renditions["source"], image.renditions["focal"]) == (original, [0.25, 0.75])

    # The article page shows the migrated picture, caption and credit; no rendition made anew.
    page = client.get(Article.objects.get(pk=article.pk).get_absolute_url()).text
    assert f"/bild/bilder/{image.pk}/0123456789ab-hero-800.jpg" in page
    assert "Die Debatte dauerte vier Stunden." in page and "Foto von Max Muster/dpa" in page
    assert client.get(f"/bild/bilder/{image.pk}/0123456789ab-hero-800.jpg").status_code == 200
    assert Article.objects.get(pk=article.pk).hero_image.picture("hero").width == 800
    assert sorted(path.name for path in (Path(settings.PRIVATE_MEDIA_ROOT) / "bilder" / str(image.pk)).iterdir()) == sorted(
        name.rsplit("/", 1)[1] for name in renditions.rendition_names(image.renditions)
    )


@pytest.mark.django_db(transaction=True)
def test_the_migration_runs_backwards_and_gives_articles_their_images_again():
    old = migrate(BEFORE)
    Section, OldArticle = old.get_model("articles", "Section"), old.get_model("articles", "Article")
    section = Section.objects.create(name="Sport", slug="sport")
    original = renditions.private_storage().save("articles/zyxwvutsrqponmlkjihgfe.jpg", ContentFile(jpeg((300, 200), (0, 200, 0))))
    article = OldArticle.objects.create(
        title="Stadion", slug="stadion", lead="V.", section=section, status="draft", hero_image=original,
        hero_alt="Das Stadion", hero_caption="Vor dem Spiel", hero_credit="Erika Beispiel", hero_focal_x=0.5,
    )
    migrate()
    back = migrate(BEFORE)
    article = back.get_model("articles", "Article").objects.get(pk=article.pk)
    assert (article.hero_image.name, article.hero_alt, article.hero_caption, article.hero_credit, article.hero_focal_x) == (
        original, "Das Stadion", "Vor dem Spiel", "Erika Beispiel", 0.5,
    )
    migrate()
