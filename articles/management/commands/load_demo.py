"""
`python manage.py load_demo`: fill an empty site with the demo content of articles/demo_content.py.

The demo goes only into a database without content (articles, Ressorts, Autor/innen,
Schlagwörter, revisions, coins, user accounts), and is never loaded twice: a later run
changes nothing, so edited demo articles, deleted demo users and changed passwords stay as
they are. A database holding anything the demo did not create is refused with an error;
`--if-empty` (what `make run` uses) says so and exits without one. To start over with a
fresh demo, delete the embedded database and media folder.
"""
import io
import random
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand, CommandError
import reversion
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from PIL import Image, ImageDraw, ImageFont
from reversion.models import Version
from taggit.models import Tag

from articles import demo_content, roles
from articles.management.site_content import holds_content
from articles import revisions  # noqa: F401 (registers the front page with its slots)
from articles.models import Article, Author, Byline, FrontPage, FrontPageSlot, LivetickerEntry, RelatedLink, Section
from articles.slugs import german_slugify
from images.models import Image as LibraryImage
from pages.demo import load_demo_pages
from tickers.demo import DEMO_COINS, load_demo_coins
from tickers.models import Coin

HERO_SIZE = (1600, 900)
HERO_QUALITY = 82

# One login per role, for trying the admin. These passwords exist only here, for the demo:
# never use the demo users on a public server.
DEMO_USERS = [
    # user name, password, role, (first name, last name), author profile
    ("autorin", "renewz-demo-autorin", roles.AUTHOR, ("Lena", "Hartmann"), "Lena Hartmann"),
    ("redakteur", "renewz-demo-redakteur", roles.EDITOR, ("Paul", "Albrecht"), None),
    ("admin", "renewz-demo-admin", roles.ADMINISTRATION, ("Ines", "Vogt"), None),
]


class Command(BaseCommand):
    help = (
        "Lädt Demo-Ressorts, -Autor/innen, -Artikel mit Aufmacherbildern, die Demo-Kurse und "
        "-Zugänge, nur in eine leere Datenbank."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Enthält die Datenbank schon Inhalte, nur einen Hinweis ausgeben, ohne Fehler (für make run).",
        )

    def handle(self, *args, if_empty=False, **options):
        with transaction.atomic():
            if holds_content():
                self.leave_content_alone(if_empty=if_empty)
                return
            sections = load_sections(demo_content.SECTIONS)
            authors = load_authors(demo_content.AUTHORS)
            articles = {}
            images_drawn = 0
            library = {}
            for entry in demo_content.ARTICLES:
                article = save_article(entry, sections[entry["section"]])
                set_bylines(article, [authors[name] for name in entry["authors"]])
                article.tags.set(entry["tags"])
                images_drawn += ensure_hero_image(article, entry, library)
                load_liveticker_entries(article, entry, authors)
                articles[entry["key"]] = article
            for entry in demo_content.ARTICLES:
                set_related_links(articles[entry["key"]], entry, articles)
            place_body_images(articles, library)
            coins = load_demo_coins()
            legal_pages = load_demo_pages()
            users = load_demo_users(DEMO_USERS, authors)
            place_front_page(demo_content.FRONT_PAGE, articles, editor=users["redakteur"])

        public = Article.objects.public().filter(pk__in=[a.pk for a in articles.values()]).count()
        drafts = sum(1 for a in articles.values() if a.status == Article.Status.DRAFT)
        scheduled = len(articles) - public - drafts
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo-Inhalte geladen: {len(sections)} Ressorts, {len(authors)} Autor/innen, "
                f"{len(articles)} Artikel ({public} öffentlich, {drafts} Entwürfe, {scheduled} geplant), "
                f"{len(coins)} Kurse, {len(legal_pages)} Seiten (Impressum, Datenschutz, …). Aufmacherbilder neu erzeugt: {images_drawn}."
            )
        )
        self.stdout.write("Demo-Zugänge für /admin/ (Benutzername / Passwort, Rolle):")
        for username, password, role, _, _ in DEMO_USERS:
            self.stdout.write(f"  {username} / {password}  ({role})")

    def leave_content_alone(self, *, if_empty):
        others = content_not_from_demo()
        if not others:
            self.stdout.write(
                "Die Demo ist schon geladen: nichts geändert (bearbeitete Demo-Inhalte, "
                "Zugänge und Passwörter bleiben, wie sie sind)."
            )
            return
        found = ", ".join(others)
        if if_empty:
            self.stdout.write(f"Demo nicht geladen: die Datenbank enthält schon Inhalte ({found}).")
            return
        raise CommandError(
            f"Die Datenbank enthält Inhalte, die nicht aus der Demo stammen ({found}). "
            "load_demo lädt die Demo nur in eine leere Datenbank und hat nichts geändert."
        )


# ------------------------------------------------------------------ whose content


def content_not_from_demo():
    """What the database holds that the demo did not create, counted in German ("Artikel: 2")."""
    entries = demo_content.ARTICLES
    others = [
        ("Artikel", Article._base_manager.exclude(slug__in=[demo_slug(entry["title"]) for entry in entries])),
        ("Ressorts", Section._base_manager.exclude(name__in=[name for name, _ in demo_content.SECTIONS])),
        ("Autor/innen", Author._base_manager.exclude(name__in=[row["name"] for row in demo_content.AUTHORS])),
        ("Schlagwörter", Tag._base_manager.exclude(name__in={tag for entry in entries for tag in entry["tags"]})),
        # The demo writes no revisions of articles (editors do), only the front page's first one.
        ("Fassungen", Version._base_manager.exclude(content_type__in=list(front_page_types()))),
        ("Kurse", Coin._base_manager.exclude(symbol__in=[coin[0] for coin in DEMO_COINS])),
        ("Benutzerkonten", get_user_model()._base_manager.exclude(username__in=[row[0] for row in DEMO_USERS])),
    ]
    return [f"{label}: {count}" for label, rows in others if (count := rows.count())]


# --------------------------------------------------------------------------- rows


def front_page_types():
    return ContentType.objects.get_for_models(FrontPage, FrontPageSlot).values()


def load_sections(rows):
    """Sections by name, created or moved to their menu position (and on the home page or not)."""
    sections = {}
    for name, position in rows:
        section, _ = Section.objects.update_or_create(
            name=name, defaults={"position": position, "on_home_page": name in demo_content.HOME_PAGE_SECTIONS}
        )
        sections[name] = section
    return sections


def load_authors(rows):
    """Authors by name, with job title, bio and profile link brought up to date."""
    authors = {}
    for row in rows:
        fields = {key: value for key, value in row.items() if key != "name"}
        author, _ = Author.objects.update_or_create(name=row["name"], defaults=fields)
        authors[row["name"]] = author
    return authors


def load_demo_users(rows, authors):
    """Staff users in their role groups; the author user is linked to her author profile."""
    if Group.objects.filter(name__in=[row[2] for row in rows]).count() < len(rows):
        roles.sync_roles()  # the groups of migration 0004 are gone (e.g. a test emptied the database)
    User = get_user_model()
    users = {}
    for username, password, role, (first_name, last_name), author_name in rows:
        user, created = User.objects.get_or_create(username=username)
        user.first_name, user.last_name, user.is_staff, user.is_active = first_name, last_name, True, True
        if created or not user.has_usable_password():
            user.set_password(password)
        user.save()
        user.groups.set([Group.objects.get(name=role)])
        if author_name and authors[author_name].user_id != user.pk:
            authors[author_name].user = user
            authors[author_name].save(update_fields=["user"])
        users[username] = user
    return users


def place_front_page(slots, articles, *, editor):
    """The Aufmacher and Top-Themen as the demo Redaktion placed them, kept as its first revision."""
    now = timezone.now()
    with reversion.create_revision():
        front_page = FrontPage.current()
        front_page.slots.all().delete()
        FrontPageSlot.objects.bulk_create(
            FrontPageSlot(
                front_page=front_page,
                article=articles[key],
                position=position,
                ends_at=now + timedelta(hours=hours) if hours is not None else None,
            )
            for position, (key, hours) in enumerate(slots, start=1)
        )
        front_page.save()
        reversion.set_user(editor)
        reversion.set_comment("Startseite der Demo: Aufmacher und Top-Themen gesetzt")


def demo_slug(title):
    """The slug an article of this title gets on an empty site; the key that finds it again."""
    return german_slugify(title)[:220].strip("-")


def publication_date(entry, now=None):
    if entry["hours_ago"] is None:
        return None
    return (now or timezone.now()) - timedelta(hours=entry["hours_ago"])


def save_article(entry, section):
    """Create or update the article of one demo entry (without image, authors, tags or links)."""
    slug = demo_slug(entry["title"])
    article = Article.objects.filter(slug=slug).first() or Article(slug=slug)
    article.title = entry["title"]
    article.kicker = entry["kicker"]
    article.section = section
    article.lead = entry["lead"]
    article.body = entry["body"]
    article.source_name = entry["source_name"]
    article.source_url = entry["source_url"]
    article.status = Article.Status.DRAFT if entry["status"] == "draft" else Article.Status.PUBLISHED
    article.published_at = publication_date(entry)
    article.is_liveticker = bool(entry["liveticker"])
    article.full_clean()
    article.save()
    return article


def load_liveticker_entries(article, entry, authors, now=None):
    """The demo Liveticker's entries, timed relative to now."""
    now = now or timezone.now()
    for row in entry["liveticker"]:
        edited = row.get("edited_minutes_ago")
        LivetickerEntry.objects.create(
            article=article,
            title=row["title"],
            body=row["body"],
            author=authors[row["author"]],
            is_pinned=row.get("pinned", False),
            is_correction=row.get("correction", False),
            published_at=now - timedelta(minutes=row["minutes_ago"]),
            edited_at=now - timedelta(minutes=edited) if edited is not None else None,
        )


def set_bylines(article, authors):
    """Make the byline exactly `authors`, in this order."""
    current = list(article.bylines.order_by("position", "id").values_list("author_id", "position"))
    wanted = [(author.pk, position) for position, author in enumerate(authors)]
    if current == wanted:
        return
    article.bylines.all().delete()
    Byline.objects.bulk_create(
        Byline(article=article, author=author, position=position) for position, author in enumerate(authors)
    )


def set_related_links(article, entry, articles):
    """The „Lesen Sie auch“ box: the related demo articles in order, then the external links."""
    wanted = [(articles[key].pk, "", "") for key in entry["related"]]
    wanted += [(None, url, title) for title, url in entry["external_links"]]
    current = list(article.related_links.order_by("position", "id").values_list("target_id", "url", "title"))
    if current == wanted:
        return
    article.related_links.all().delete()
    RelatedLink.objects.bulk_create(
        RelatedLink(article=article, target_id=target_id, url=url, title=title, position=position)
        for position, (target_id, url, title) in enumerate(wanted)
    )


# ------------------------------------------------------------------------- images


def ensure_hero_image(article, entry, library):
    """Give the article its library image as hero: drawn and stored once per image (an entry of
    demo_content.SHARED_HERO_IMAGES shows another entry's image); returns 1 if drawn."""
    key = demo_content.SHARED_HERO_IMAGES.get(entry["key"], entry["key"])
    drawn = 0
    if key not in library:
        if article.hero_image_id and article.hero_image.file.storage.exists(article.hero_image.file.name):
            library[key] = article.hero_image
        else:
            source = next(other for other in demo_content.ARTICLES if other["key"] == key)
            style = demo_content.SECTION_STYLES[source["section"]]
            data = render_hero_image(source["section"], style["start"], style["end"], seed=key)
            image = LibraryImage(
                alt=source["hero_alt"], caption=source["hero_caption"], credit=source["hero_credit"], original_filename=f"{key}.jpg"
            )
            image.file.save(f"{key}.jpg", ContentFile(data), save=False)
            image.save()
            library[key] = image
            drawn = 1
    if article.hero_image_id != library[key].pk:
        article.hero_image = library[key]
        article.save(update_fields=["hero_image"])
    return drawn


def place_body_images(articles, library):
    """demo_content.BODY_IMAGES: a library figure after the first paragraph of the text."""
    for key, image_key in demo_content.BODY_IMAGES.items():
        article, image = articles[key], library[image_key]
        if article.body_images.filter(pk=image.pk).exists():
            continue
        figure = f'<figure data-image-id="{image.pk}"><img src="{image.picture(signed=False).src}" alt=""></figure>'
        if "</p>" in article.body:
            first, rest = article.body.split("</p>", 1)
            article.body = f"{first}</p>{figure}{rest}"
        else:
            article.body += figure
        article.save()


def render_hero_image(label, start, end, *, seed, size=None):
    """A JPEG: diagonal gradient from `start` to `end`, a few light shapes, `label` in large letters."""
    width, height = size or HERO_SIZE
    rng = random.Random(seed)

    # The gradient is computed on a small grid and scaled up: smooth and fast.
    grid_w, grid_h = 64, 36
    mask = Image.new("L", (grid_w, grid_h))
    mask.putdata(
        [round(255 * (x / (grid_w - 1) + y / (grid_h - 1)) / 2) for y in range(grid_h) for x in range(grid_w)]
    )
    mask = mask.resize((width, height), Image.Resampling.BILINEAR)
    image = Image.composite(Image.new("RGB", (width, height), end), Image.new("RGB", (width, height), start), mask)

    overlay = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    unit = height / 900
    for _ in range(3):  # large soft discs, partly off the canvas
        radius = rng.uniform(180, 420) * unit
        cx, cy = rng.uniform(0.45, 1.05) * width, rng.uniform(-0.1, 1.1) * height
        draw.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), fill=(255, 255, 255, rng.randint(18, 40)))
    radius = rng.uniform(120, 220) * unit  # one ring
    cx, cy = rng.uniform(0.6, 0.9) * width, rng.uniform(0.15, 0.45) * height
    draw.ellipse(
        (cx - radius, cy - radius, cx + radius, cy + radius),
        outline=(255, 255, 255, 90),
        width=max(2, round(14 * unit)),
    )
    stripe = rng.uniform(40, 70) * unit  # diagonal bands across the lower right
    offset = rng.uniform(0.35, 0.6) * width
    for index in range(3):
        x = offset + index * stripe * 2.2
        draw.polygon(
            [(x, height), (x + stripe, height), (x + stripe + height * 0.6, 0), (x + height * 0.6, 0)],
            fill=(255, 255, 255, 22),
        )

    font = ImageFont.load_default(size=max(12, round(170 * unit)))
    margin = round(110 * unit)
    left, top, right, bottom = draw.textbbox((0, 0), label, font=font)
    x, y = margin - left, height - margin - bottom
    bar_bottom = y + top - round(40 * unit)
    draw.rectangle((margin, bar_bottom - round(16 * unit), margin + round(140 * unit), bar_bottom), fill=(255, 255, 255, 230))
    shadow = max(1, round(5 * unit))
    draw.text((x + shadow, y + shadow), label, font=font, fill=(0, 0, 0, 90))
    draw.text((x, y), label, font=font, fill=(255, 255, 255, 255))

    image = Image.alpha_composite(image.convert("RGBA"), overlay).convert("RGB")
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=HERO_QUALITY, optimize=True, progressive=True)
    return buffer.getvalue()
