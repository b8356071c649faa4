import io
import re
from collections import Counter

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command
from django.db.models import Q
from django.utils import timezone
from PIL import Image

from articles import demo_content
from articles.management.commands import load_demo as load_demo_command
from articles.models import Article, Author, Byline, RelatedLink, Section, TaggedArticle
from tests.factories import make_article
from tickers.models import Coin

PUBLIC_ENTRIES = [
    entry for entry in demo_content.ARTICLES if entry["status"] == "published" and entry["hours_ago"] is not None and entry["hours_ago"] > 0
]
HIDDEN_ENTRIES = [entry for entry in demo_content.ARTICLES if entry not in PUBLIC_ENTRIES]


@pytest.fixture(autouse=True)
def _small_hero_images(monkeypatch):
    """Full-size images take about a second per run; the command's tests don't need them."""
    monkeypatch.setattr(load_demo_command, "HERO_SIZE", (320, 180))


def load_demo():
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def article_for(entry):
    return Article.objects.get(title=entry["title"])


def row_counts():
    return {
        model.__name__: model.objects.count()
        for model in (Section, Author, Article, Byline, RelatedLink, TaggedArticle, Coin)
    }


# --------------------------------------------------------------- the data itself


def test_demo_data_is_complete_and_consistent():
    keys = [entry["key"] for entry in demo_content.ARTICLES]
    public_keys = {entry["key"] for entry in PUBLIC_ENTRIES}
    authors = {author["name"] for author in demo_content.AUTHORS}
    sections = {name for name, _ in demo_content.SECTIONS}

    assert len(keys) == len(set(keys))
    assert len({entry["title"] for entry in demo_content.ARTICLES}) == len(keys)
    assert len(sections) == 7 and len(authors) >= 4
    assert len(PUBLIC_ENTRIES) >= 28
    assert Counter(entry["status"] for entry in demo_content.ARTICLES)["draft"] == 2
    assert sum(1 for entry in demo_content.ARTICLES if (entry["hours_ago"] or 0) < 0) == 1
    assert {entry["section"] for entry in PUBLIC_ENTRIES} == sections
    assert sum(1 for entry in PUBLIC_ENTRIES if len(entry["authors"]) >= 2) >= 3

    for entry in demo_content.ARTICLES:
        assert entry["section"] in sections, entry["key"]
        assert 1 <= len(entry["authors"]) <= 3 and set(entry["authors"]) <= authors, entry["key"]
        assert 2 <= len(entry["tags"]) <= 5, entry["key"]
        assert 1 <= len(entry["related"]) <= 3 and entry["key"] not in entry["related"], entry["key"]
        assert entry["hero_alt"].startswith("Illustration:") and entry["hero_credit"] and entry["hero_caption"]
        assert not entry["source_url"] or entry["source_url"].startswith("https://example.org/")
        # Embeds link to their (invented) video or chart at the provider; every other link goes to example.org.
        links = re.findall(r'href="([^"]+)"', re.sub(r"<figure class=\"embed\".*?</figure>", "", entry["body"]))
        assert all(url.startswith("https://example.org/") for url in links)
    for entry in PUBLIC_ENTRIES:  # readers see every link of the box
        assert set(entry["related"]) <= public_keys, entry["key"]

    hours = [entry["hours_ago"] for entry in PUBLIC_ENTRIES]
    assert hours == sorted(hours) and hours[0] <= 1 and hours[-1] >= 24 * 50


def test_demo_texts_are_full_articles_without_repeats():
    seen = Counter()
    for entry in PUBLIC_ENTRIES:
        paragraphs = re.findall(r"<p>(.*?)</p>", entry["body"], re.S)
        assert 4 <= len(paragraphs) <= 8, entry["key"]
        for paragraph in paragraphs:
            words = len(re.sub(r"<[^>]+>", "", paragraph).split())
            assert 40 <= words <= 90, (entry["key"], words, paragraph[:60])
            seen[paragraph] += 1
    assert not [paragraph for paragraph, count in seen.items() if count > 1]


def test_demo_covers_elections_and_the_three_coins():
    def text(entry):
        return f"{entry['title']} {entry['lead']} {entry['body']}"

    assert sum(1 for entry in PUBLIC_ENTRIES if "wahl" in text(entry).lower()) >= 4
    crypto = [text(entry) for entry in PUBLIC_ENTRIES if entry["section"] == "Krypto"]
    assert len(crypto) >= 3
    for coin in ("Bitcoin", "Ethereum", "Litecoin"):
        assert any(coin in entry_text for entry_text in crypto), coin


# ------------------------------------------------------------------- the command


@pytest.mark.django_db
def test_load_demo_fills_the_site():
    summary = load_demo()

    assert "Demo-Inhalte geladen" in summary
    assert Section.objects.count() >= 7
    assert Author.objects.count() >= 3
    public = Article.objects.public()
    assert public.count() >= 24
    assert public.count() == len(PUBLIC_ENTRIES)
    assert Coin.objects.filter(symbol__in=["BTC", "ETH", "LTC"]).count() == 3

    for article in public.for_page():
        assert article.ordered_authors, article.title
        assert article.tags.exists(), article.title
        assert article.hero_image and article.hero_image.file.storage.exists(article.hero_image.file.name), article.title
        assert article.hero_alt.strip() and article.hero_credit.strip(), article.title
        assert list(article.related_links.all()), article.title  # prefetched: the visible links only

    readers_find = public.filter(Q(title__icontains="wahl") | Q(lead__icontains="wahl") | Q(body__icontains="wahl"))
    assert readers_find.count() >= 4


@pytest.mark.django_db
def test_the_demo_front_page_is_placed_by_the_demo_redaktion(client):
    load_demo()

    html = client.get("/").text
    aufmacher = re.search(r'<section class="lead-story".*?</section>', html, re.DOTALL).group(0)
    assert "Energiepreise: Stadtwerke senken Abschläge" in aufmacher  # placed, though not the newest
    assert "Entlastung für Haushalte" in aufmacher  # its Dachzeile
    top = re.search(r'<section class="top-stories".*?</section>', html, re.DOTALL).group(0)
    assert "Landtagswahl: Knappes Rennen" in top and "Wahlabend live" not in top  # scheduled: falls back
    blocks = re.findall(r'<section class="section-block" aria-labelledby="block-([\w-]+)"', html)
    assert blocks == ["politik", "wirtschaft", "krypto", "sport"]
    assert "Mehr aus Politik" in html

    from articles.models import FrontPage
    from reversion.models import Version

    (version,) = Version.objects.get_for_object(FrontPage.current())
    assert version.revision.user.username == "redakteur"
    assert "Die Demo ist schon geladen" in load_demo()


@pytest.mark.django_db
def test_load_demo_keeps_order_of_authors_and_links_and_draws_images():
    load_demo()

    entry = next(entry for entry in PUBLIC_ENTRIES if len(entry["authors"]) >= 3)
    article = article_for(entry)
    assert [author.name for author in article.ordered_authors] == entry["authors"]
    assert sorted(article.tags.names()) == sorted(entry["tags"])

    entry = next(entry for entry in PUBLIC_ENTRIES if entry["external_links"])
    article = article_for(entry)
    links = list(article.related_links.all())
    by_key = {entry["key"]: entry for entry in demo_content.ARTICLES}
    expected = [article_for(by_key[key]).pk for key in entry["related"]]
    assert [link.target_id for link in links[: len(expected)]] == expected
    assert [(link.title, link.url) for link in links[len(expected):]] == list(entry["external_links"])

    with article.hero_image.file.open("rb") as file, Image.open(file) as image:
        assert image.format == "JPEG" and image.size == load_demo_command.HERO_SIZE


def test_hero_image_is_a_full_size_jpeg(monkeypatch):
    monkeypatch.undo()  # the real size
    style = demo_content.SECTION_STYLES["Politik"]
    data = load_demo_command.render_hero_image("Politik", style["start"], style["end"], seed="test")

    with Image.open(io.BytesIO(data)) as image:
        assert image.format == "JPEG" and image.size == (1600, 900)
        left, right = image.getpixel((5, 5)), image.getpixel((1594, 894))
    assert sum(left) < sum(right)  # the gradient runs from dark (top left) to light (bottom right)


@pytest.mark.django_db
def test_drafts_and_the_scheduled_article_stay_hidden(client):
    load_demo()

    assert len(HIDDEN_ENTRIES) == 3
    for entry in HIDDEN_ENTRIES:
        article = article_for(entry)
        assert not article.is_public, entry["key"]
        assert not Article.objects.public().filter(pk=article.pk).exists()
        assert client.get(article.get_absolute_url()).status_code == 404
    scheduled = next(article_for(entry) for entry in HIDDEN_ENTRIES if entry["status"] == "published")
    assert scheduled.published_at > timezone.now()


@pytest.mark.django_db
def test_the_demo_library_reuses_one_image_as_two_heroes_and_in_a_text(client):
    load_demo()
    by_key = {entry["key"]: entry for entry in demo_content.ARTICLES}
    [(shown_in, owner)] = demo_content.SHARED_HERO_IMAGES.items()
    image = article_for(by_key[owner]).hero_image
    assert article_for(by_key[shown_in]).hero_image == image
    [(text_key, image_key)] = demo_content.BODY_IMAGES.items()
    assert image_key == owner
    text = article_for(by_key[text_key])
    assert list(text.body_images.all()) == [image]
    assert {where for _, where in image.usage()} == {"Aufmacherbild", "im Text"} and len(image.usage()) == 3
    page = client.get(text.get_absolute_url()).text
    assert f'<figure data-image-id="{image.pk}">' in page and 'loading="lazy"' in page
    assert f"Foto von {image.credit}" in page


@pytest.mark.django_db
def test_demo_article_page_renders(client):
    load_demo()

    entry = PUBLIC_ENTRIES[0]
    response = client.get(article_for(entry).get_absolute_url())
    assert response.status_code == 200
    assert entry["title"] in response.text
    assert entry["hero_credit"] in response.text


@pytest.mark.django_db
def test_load_demo_twice_changes_nothing(settings):
    load_demo()
    counts = row_counts()
    rows = sorted(Article.objects.values_list("pk", "title", "published_at", "hero_image"))
    files = sorted(path.name for path in settings.PRIVATE_MEDIA_ROOT.rglob("*.jpg"))  # hero images' storage
    assert len(files) > len(rows)  # originals and renditions

    summary = load_demo()

    assert "Die Demo ist schon geladen: nichts geändert" in summary
    assert row_counts() == counts
    assert sorted(Article.objects.values_list("pk", "title", "published_at", "hero_image")) == rows
    assert sorted(path.name for path in settings.PRIVATE_MEDIA_ROOT.rglob("*.jpg")) == files


@pytest.mark.django_db
def test_a_second_run_keeps_what_editors_changed_and_deleted():
    load_demo()
    edited = article_for(PUBLIC_ENTRIES[0])
    edited.title = "Von der Redaktion neu betitelt"
    edited.save()
    deleted = article_for(PUBLIC_ENTRIES[1])
    deleted.delete()
    admin = User.objects.get(username="admin")
    admin.set_password("nur-die-admin-kennt-es")
    admin.save()
    User.objects.filter(username="autorin").delete()

    load_demo()

    edited.refresh_from_db()
    assert edited.title == "Von der Redaktion neu betitelt"
    assert not Article.objects.filter(title=PUBLIC_ENTRIES[1]["title"]).exists()
    admin.refresh_from_db()
    assert admin.check_password("nur-die-admin-kennt-es") and not admin.check_password("renewz-demo-admin")
    assert not User.objects.filter(username="autorin").exists()


@pytest.mark.django_db
def test_load_demo_refuses_a_database_with_content_it_did_not_create():
    make_article("Eigene Meldung der Redaktion")

    with pytest.raises(CommandError) as refused:
        load_demo()

    assert "nicht aus der Demo stammen" in str(refused.value)
    assert "Artikel: 1" in str(refused.value)
    assert list(Article.objects.values_list("title", flat=True)) == ["Eigene Meldung der Redaktion"]
    assert not User.objects.exists()
    assert not Coin.objects.exists()


@pytest.mark.django_db
def test_load_demo_never_creates_its_logins_beside_a_real_account():
    """A freshly migrated production database with its first superuser: no demo, no public passwords."""
    User.objects.create_superuser("chefin", password="ein-eigenes-passwort")

    with pytest.raises(CommandError, match="Benutzerkonten: 1"):
        load_demo()

    assert list(User.objects.values_list("username", flat=True)) == ["chefin"]
    assert not Article.objects.exists()


@pytest.mark.django_db
def test_make_run_skips_the_demo_on_a_database_with_content():
    """`make run` loads with --if-empty: a note instead of an error, and nothing changed."""
    make_article("Eigene Meldung der Redaktion")
    counts = row_counts()

    out = io.StringIO()
    call_command("load_demo", "--if-empty", stdout=out)

    assert "Demo nicht geladen: die Datenbank enthält schon Inhalte (" in out.getvalue()
    assert "renewz-demo-admin" not in out.getvalue()
    assert row_counts() == counts and not User.objects.exists()


@pytest.mark.django_db
def test_make_run_loads_the_demo_into_an_empty_database():
    out = io.StringIO()
    call_command("load_demo", "--if-empty", stdout=out)

    assert "Demo-Inhalte geladen" in out.getvalue()
    assert Article.objects.public().count() == len(PUBLIC_ENTRIES)
    assert User.objects.get(username="admin").check_password("renewz-demo-admin")
