"""
The benchmark corpus: `python -m bench.corpus --articles N` fills the bench database up to N
articles (a first run loads them all, a later run with a larger N adds the difference).

Only for the throwaway PostgreSQL server of `make bench`: the loader refuses any database that
holds content it did not create itself (it keeps a marker table with the number of articles it
loaded), so it can never mix benchmark articles into real ones.

Rows go in with PostgreSQL's COPY, a few thousand articles per batch; the values are prepared by
the model fields themselves (so defaults and `auto_now` work as with `bulk_create`), but
`Article.save()` is not called: slugs, sanitised HTML, the reading time and the image renditions
(once per shared hero image) are made here.
Afterwards the search vectors are filled in one statement, the tables are vacuumed and analysed, and a
checkpoint writes it all to disk.
Prints one line of JSON with counts and timings.
"""
import argparse
import json
import math
import random
import sys
import time
from datetime import timedelta
from pathlib import Path

import django

MARKER_TABLE = "renewz_bench_corpus"
BATCH = 5000
TAGS = 3000
AUTHORS = 200
DRAFT_SHARE = 0.02
HERO_IMAGES = 6
HERO_SHARE = 0.85
YEARS = 10
BODY_WORDS = (700, 1100)  # about 900 words on average
SOURCES = ["dpa", "Reuters", "AFP", "epd", "KNA", "BBC"]


class Refused(Exception):
    """The database holds content the benchmark did not create."""


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, required=True, help="total number of articles wanted")
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args(argv)
    django.setup()
    try:
        stats = load_corpus(args.articles, seed=args.seed)
    except Refused as error:
        sys.exit(f"bench.corpus: refusing to load: {error}")
    print(json.dumps(stats), flush=True)


def load_corpus(total, *, seed=2024):
    """Top the bench database up to `total` articles; return counts and timings."""
    from django.db import connection, transaction
    from django.utils import timezone

    from articles.models import Article

    from .german import TextMaker

    stats = {"articles_before": claim_database()}
    started = time.perf_counter()
    sections, authors, tags = reference_data()
    images = hero_images()
    maker = TextMaker(seed=seed)
    stats["reference_seconds"] = round(time.perf_counter() - started, 2)

    started = time.perf_counter()
    rows = {"articles": 0, "bylines": 0, "tags": 0, "related_links": 0}
    now = timezone.now()
    for start in range(stats["articles_before"] + 1, total + 1, BATCH):
        numbers = range(start, min(start + BATCH, total + 1))
        rng = random.Random(seed * 1_000_003 + start)
        batch = build_batch(numbers, rng, maker, now, sections, authors, tags, images)
        with transaction.atomic():
            for key, objects in batch.items():
                rows[key] += copy_objects(objects)
            set_marker(numbers[-1])
        print(f"bench.corpus: {numbers[-1]:,} articles", file=sys.stderr, flush=True)
    with connection.cursor() as cursor:
        from django.core.management.color import no_style

        from articles.models import Byline, RelatedLink, TaggedArticle

        for sql in connection.ops.sequence_reset_sql(no_style(), [Article, Byline, RelatedLink, TaggedArticle]):
            cursor.execute(sql)
    stats["rows"] = rows
    stats["load_seconds"] = round(time.perf_counter() - started, 2)

    started = time.perf_counter()
    stats["search_vectors"] = refresh_search_vectors()
    stats["search_vector_seconds"] = round(time.perf_counter() - started, 2)

    started = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
        # The load's writes go to disk now, not in a checkpoint during the measurements.
        cursor.execute("CHECKPOINT")
    stats["vacuum_seconds"] = round(time.perf_counter() - started, 2)
    stats["articles"] = Article.objects.count()
    return stats


def claim_database():
    """Return how many bench articles the database holds; refuse anything else in it."""
    from django.db import connection
    from taggit.models import Tag

    from articles.models import Article, Author, Section

    if connection.vendor != "postgresql":
        raise Refused(f"the benchmark needs PostgreSQL, not {connection.vendor}")
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_regclass(%s)", [MARKER_TABLE])
        if cursor.fetchone()[0] is None:
            holding = [
                model._meta.db_table for model in (Article, Author, Section, Tag) if model.objects.exists()
            ]
            if holding:
                raise Refused(
                    f"{', '.join(holding)} already hold rows that the benchmark did not create"
                )
            cursor.execute(f"CREATE TABLE {MARKER_TABLE} (articles integer NOT NULL)")
            cursor.execute(f"INSERT INTO {MARKER_TABLE} VALUES (0)")
            return 0
        cursor.execute(f"SELECT articles FROM {MARKER_TABLE}")
        loaded = cursor.fetchone()[0]
        cursor.execute("SELECT count(*), coalesce(max(id), 0) FROM articles_article")
        count, max_id = cursor.fetchone()
    if count != loaded or max_id != loaded or Article.objects.exclude(slug__startswith="bench-").exists():
        raise Refused(
            f"articles_article holds {count} rows, the benchmark loaded {loaded}: "
            "someone else has added articles"
        )
    return loaded


def set_marker(articles):
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {MARKER_TABLE} SET articles = %s", [articles])


def reference_data():
    """Sections, authors and tags (created on the first run): (sections, weights), author ids, tag ids."""
    from taggit.models import Tag

    from articles.models import Author, Section
    from articles.slugs import german_slugify

    from . import german

    if not Section.objects.exists():
        Section.objects.bulk_create(
            Section(name=name, slug=german_slugify(name), position=position)
            for name, position, _ in german.SECTIONS
        )
        Section.objects.forget_navigation()
    if not Author.objects.exists():
        rng = random.Random(3)
        Author.objects.bulk_create(
            Author(
                name=name,
                slug=german_slugify(name),
                job_title=rng.choice(german.JOB_TITLES),
                bio=f"{name} schreibt für RENEWZ.de.",
            )
            for name in german.author_names(AUTHORS)
        )
    if not Tag.objects.exists():
        Tag.objects.bulk_create(
            Tag(name=name, slug=german_slugify(name)) for name in german.tag_names(TAGS)
        )
    shares = {name: share for name, _, share in german.SECTIONS}
    sections = list(Section.objects.values_list("id", "name"))
    weights = [shares.get(name, 1) for _, name in sections]
    return (
        ([pk for pk, _ in sections], weights),
        list(Author.objects.order_by("id").values_list("id", flat=True)),
        list(Tag.objects.order_by("id").values_list("id", flat=True)),
    )


def hero_images():
    """A handful of generated JPEGs in the hero images' storage, shared by all articles.

    Returns (name, renditions manifest) pairs: the renditions are made once per image, as
    saving an article with it would, and every article showing the image shares them.
    """
    from django.conf import settings
    from PIL import Image

    from articles.models import Article

    try:
        from articles import renditions
    except ImportError:  # an app version without renditions
        renditions = None
    library = _library()
    images = []
    # Hero images live in the private storage since it exists (articles.renditions.PrivateStorage).
    root = Path(getattr(settings, "PRIVATE_MEDIA_ROOT", settings.MEDIA_ROOT))
    folder = root / "bench"
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(HERO_IMAGES):
        name = f"bench/hero-{number}.jpg"
        path = root / name
        if not path.exists():
            start, end = (40 * number % 256, 90, 160), (230, 140 + 15 * number, 60)
            image = Image.linear_gradient("L").resize((1600, 900))
            Image.merge(
                "RGB",
                [image.point(lambda v, a=a, b=b: a + (b - a) * v // 255) for a, b in zip(start, end)],
            ).save(path, "JPEG", quality=80)
        if library:  # the media library: one images.Image per file, shared by all articles
            image = library.objects.filter(file=name).first() or library(file=name, alt="Abstrakte Illustration mit Farbverlauf", caption="Symbolgrafik", credit="RENEWZ-Grafik")
            image.save()
            images.append((image.pk, None))
            continue
        manifest = renditions.generate(Article(id=0, hero_image=name)) if renditions else None
        images.append((name, manifest))
    return images


def _library():
    try:
        from images.models import Image
    except ImportError:  # an app version without the media library
        return None
    return Image


def build_batch(numbers, rng, maker, now, sections, authors, tags, images):
    """Unsaved model instances for the articles `numbers` and their bylines, tags and links."""
    from articles.models import Article, Byline, RelatedLink, TaggedArticle
    from articles.slugs import german_slugify

    section_ids, section_weights = sections
    library = _library()
    # A few tags are very common, most are rare, as on a news site.
    tag_weights = list(_cumulative(1 / (rank + 1) ** 0.9 for rank in range(len(tags))))
    ten_years = timedelta(days=365 * YEARS).total_seconds()
    batch = {"articles": [], "bylines": [], "tags": [], "related_links": []}
    for number in numbers:
        title = maker.title(rng)
        lead = maker.lead(rng)
        body, body_words = maker.body(rng, rng.randint(*BODY_WORDS))
        draft = rng.random() < DRAFT_SHARE
        published_at = now - timedelta(seconds=60 + rng.random() * ten_years)
        if draft and rng.random() < 0.5:
            published_at = None
        image, renditions = rng.choice(images) if rng.random() < HERO_SHARE else ("", None)
        has_image = bool(image)
        source = rng.choice(SOURCES) if rng.random() < 0.3 else ""
        status = Article.Status.DRAFT if draft else Article.Status.PUBLISHED
        batch["articles"].append(Article(
            id=number,
            title=title,
            slug=f"bench-{number}-{german_slugify(' '.join(title.split()[:5]))}"[:220].rstrip("-"),
            lead=lead,
            body=body,
            section_id=rng.choices(section_ids, section_weights)[0],
            **({"hero_image_id": image or None} if library else {
                "hero_image": image,
                "hero_alt": "Abstrakte Illustration mit Farbverlauf" if has_image else "",
                "hero_caption": rng.choice(maker.headings) if has_image else "",
                "hero_credit": "RENEWZ-Grafik" if has_image else "",
            }),
            source_name=source,
            source_url=f"https://example.org/{source.lower()}/{number}" if source and rng.random() < 0.5 else "",
            status=status,
            published_at=published_at,
            reading_minutes=max(1, math.ceil((len(lead.split()) + body_words) / 200)),
            **({"hero_renditions": renditions} if renditions is not None else {}),
        ))
        # COPY sends no pre_save: the rows' copies of the article's state (ArticleRow) are set
        # here (app versions before the copies have no `article_field`).
        copies = {"status": status, "published_at": published_at} if hasattr(Byline, "article_field") else {}
        byline_count = rng.choices((1, 2, 3), (70, 22, 8))[0]
        for position, author_id in enumerate(rng.sample(authors, byline_count)):
            batch["bylines"].append(Byline(article_id=number, author_id=author_id, position=position, **copies))
        for tag_id in set(rng.choices(tags, cum_weights=tag_weights, k=rng.randint(0, 6))):
            batch["tags"].append(TaggedArticle(content_object_id=number, tag_id=tag_id, **copies))
        for position in range(rng.randint(0, 5)):
            if number > 1 and rng.random() < 0.75:
                target = rng.randrange(1, number)
                batch["related_links"].append(
                    RelatedLink(article_id=number, target_id=target, position=position)
                )
            else:
                batch["related_links"].append(RelatedLink(
                    article_id=number,
                    url=f"https://example.org/hintergrund/{number}-{position}",
                    title=maker.title(rng),
                    position=position,
                ))
    return batch


def copy_objects(objects):
    """COPY unsaved instances of one model into its table; return the number of rows."""
    from django.db import connection

    if not objects:
        return 0
    model = type(objects[0])
    meta = model._meta
    fields = [
        field for field in meta.concrete_fields
        if not (field.primary_key and getattr(objects[0], field.attname) is None)
        and not field.has_db_default()
    ]
    columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
    sql = f"COPY {connection.ops.quote_name(meta.db_table)} ({columns}) FROM STDIN"
    with connection.cursor() as cursor:
        with cursor.cursor.copy(sql) as copy:
            for obj in objects:
                copy.write_row([field.get_db_prep_save(field.pre_save(obj, True), connection) for field in fields])
    return len(objects)


def refresh_search_vectors():
    """Fill the missing search vectors in one statement, as the app does on save."""
    from articles.models import Article

    Article.objects.filter(search_vector__isnull=True).refresh_search_vectors()
    return "Article.objects.refresh_search_vectors()"


def _cumulative(values):
    total = 0.0
    for value in values:
        total += value
        yield total


if __name__ == "__main__":
    main()
