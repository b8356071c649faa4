import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from taggit.models import Tag

from articles.models import Article
from images.models import Image
from tests.factories import image_upload, make_article, make_author, make_image, make_section

pytestmark = pytest.mark.django_db


def article_form(section, authors, **overrides):
    """The POST data of the article add form, with the byline and related-link inlines."""
    data = {
        "title": "Landtag beschließt Haushalt",
        "slug": "",
        "section": section.pk,
        "lead": "Nach langer Debatte steht der Haushalt.",
        "body": "Erster Absatz.\n\nZweiter Absatz.",
        "status": "draft",
        "published_at_0": "",
        "published_at_1": "",
        "hero_image": "",
        "source_name": "",
        "source_url": "",
        "new_tags": "",
        "bylines-TOTAL_FORMS": str(len(authors)),
        "bylines-INITIAL_FORMS": "0",
        "bylines-MIN_NUM_FORMS": "1",
        "bylines-MAX_NUM_FORMS": "1000",
        "related_links-TOTAL_FORMS": "0",
        "related_links-INITIAL_FORMS": "0",
        "related_links-MIN_NUM_FORMS": "0",
        "related_links-MAX_NUM_FORMS": "1000",
        "_save": "Sichern",
    }
    for position, author in enumerate(authors):
        data[f"bylines-{position}-author"] = author.pk
        data[f"bylines-{position}-position"] = position
    data.update(overrides)
    return data


def test_editor_sees_the_article_list_with_its_columns_and_filters(client, editor):
    make_article("Koalition einigt sich", section=make_section("Politik"), authors=[make_author("Lena Hartmann")], tags=["Wahlen"])
    make_article("Inflation sinkt", section=make_section("Wirtschaft"), authors=[make_author("Jonas Becker")], tags=["Preise"])
    response = client.get("/admin/articles/article/")
    assert response.status_code == 200
    html = response.text
    assert "Koalition einigt sich" in html and "Lena Hartmann" in html and "Politik" in html
    for column in ["Titel", "Status", "Veröffentlichungsdatum", "Ressort", "Autor/innen", "Bild"]:
        assert column in html
    for filter_title in ["Nach Status", "Nach Ressort", "Nach Autor/innen", "Nach Schlagwörter"]:
        assert filter_title in html
    assert client.get("/admin/articles/article/", {"q": "Koalition"}).text.count("Koalition einigt sich") >= 1
    assert client.get("/admin/articles/article/", {"status__exact": "draft"}).status_code == 200


def test_add_form_prefills_slug_with_german_transliteration_and_offers_autocomplete(client, editor):
    response = client.get("/admin/articles/article/add/")
    assert response.status_code == 200
    # The German wrapper must load after Django's URLify, which it replaces.
    assert response.text.index("admin/js/urlify.js") < response.text.index("admin_extra/german_urlify.js")
    assert "prepopulated_fields" in response.text or "data-prepopulated-field" in response.text
    assert 'data-model-name="article"' in response.text and 'data-field-name="tags"' in response.text
    assert "admin-autocomplete" in response.text


def test_tag_autocomplete_finds_existing_tags(client, editor):
    make_article(tags=["Wahlen", "Wirtschaft"])
    response = client.get("/admin/autocomplete/", {
        "app_label": "articles", "model_name": "article", "field_name": "tags", "term": "wah",
    })
    assert response.status_code == 200
    assert [result["text"] for result in response.json()["results"]] == ["Wahlen"]


def test_editor_creates_and_publishes_an_article_with_everything(client, editor):
    section = make_section("Politik")
    first, second = make_author("Lena Hartmann"), make_author("Jonas Becker")
    other = make_article("Was der Haushalt bedeutet", section=section)
    existing_tag = Tag.objects.create(name="Landtag")
    data = article_form(
        section, [first, second],
        title="Übergriffe auf Straßen nehmen zu",
        status="published",
        hero_image=make_image(image_upload("strasse.jpg"), alt="Eine leere Straße bei Nacht",
                              caption="Die Polizei zeigt mehr Präsenz.", credit="Max Muster/dpa").pk,
        source_name="BBC",
        source_url="https://example.org/bbc",
        tags=[existing_tag.pk],
        new_tags="Sicherheit, Polizei",
        **{
            "related_links-TOTAL_FORMS": "2",
            "related_links-0-target": other.pk,
            "related_links-0-position": "0",
            "related_links-1-url": "https://example.org/statistik",
            "related_links-1-title": "Die Statistik im Detail",
            "related_links-1-position": "1",
        },
    )
    response = client.post("/admin/articles/article/add/", data)
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else response

    article = Article.objects.get(title="Übergriffe auf Straßen nehmen zu")
    assert article.slug == "uebergriffe-auf-strassen-nehmen-zu"
    assert article.is_public and article.published_at is not None
    assert article.ordered_authors == [first, second]
    assert sorted(article.tags.names()) == ["Landtag", "Polizei", "Sicherheit"]
    assert [link.label for link in article.related_links.all()] == ["Was der Haushalt bedeutet", "Die Statistik im Detail"]

    client.logout()
    page = client.get(article.get_absolute_url()).text
    assert "Übergriffe auf Straßen nehmen zu" in page
    assert "Foto von Max Muster/dpa" in page and "unter Berufung auf" in page
    assert "Die Statistik im Detail" in page and "Was der Haushalt bedeutet" in page


def test_new_article_is_a_draft_unless_the_editor_publishes_it(client, editor):
    data = article_form(make_section(), [make_author()])
    data.pop("status")
    response = client.post("/admin/articles/article/add/", data)
    # The status field is required: nothing is published by a missing field.
    assert response.status_code == 200
    assert Article.objects.count() == 0
    client.post("/admin/articles/article/add/", article_form(make_section(), [make_author()]))
    article = Article.objects.get()
    assert article.status == Article.Status.DRAFT and not article.is_public


def test_validation_errors_keep_what_the_editor_typed(client, editor):
    data = article_form(
        make_section(), [make_author()],
        title="Mein langer Entwurf",
        body="Ein Absatz, den niemand verlieren möchte.",
        hero_image=make_image(alt="").pk,
    )
    response = client.post("/admin/articles/article/add/", data)
    assert response.status_code == 200
    assert "Das gewählte Bild hat noch keinen Alternativtext." in response.text
    assert 'value="Mein langer Entwurf"' in response.text
    assert "Ein Absatz, den niemand verlieren möchte." in response.text
    assert Article.objects.count() == 0


def test_article_needs_at_least_one_author(client, editor):
    response = client.post("/admin/articles/article/add/", article_form(make_section(), []))
    assert response.status_code == 200
    assert "Bitte mindestens eine Autorin oder einen Autor angeben." in response.text
    assert Article.objects.count() == 0


@pytest.mark.parametrize("upload, message", [
    (SimpleUploadedFile("bild.jpg", b"kein Bild, nur Text"), "Die hochgeladene Datei ist kein Bild oder ist defekt."),
    (SimpleUploadedFile("grafik.svg", b'<svg xmlns="http://www.w3.org/2000/svg"></svg>', content_type="image/svg+xml"), "Dateiendung „svg“ ist nicht erlaubt."),
    (SimpleUploadedFile("leer.png", b"", content_type="image/png"), "Die übertragene Datei ist leer."),
    (image_upload("bild.txt"), "Dateiendung „txt“ ist nicht erlaubt."),
])
def test_bad_image_uploads_get_a_clear_german_message(client, editor, upload, message):
    # „+“ next to the Aufmacherbild opens the library's upload form.
    response = client.post("/admin/images/image/add/?_to_field=id&_popup=1", {"file": upload, "alt": "Alt"})
    assert response.status_code == 200
    assert message in response.text
    assert not Image.objects.exists()


def test_image_in_a_disallowed_format_is_rejected(client, editor):
    response = client.post("/admin/images/image/add/", {"file": image_upload("bild.gif", image_format="GIF"), "alt": "Alt"})
    assert "JPEG, PNG oder WebP" in response.text
    assert not Image.objects.exists()


def test_editor_changes_an_article_and_sees_its_thumbnail(client, editor):
    article = make_article("Alter Titel", hero_image=image_upload(), hero_alt="Ein rotes Quadrat")
    response = client.get(f"/admin/articles/article/{article.pk}/change/")
    assert response.status_code == 200
    assert article.hero_image.preview_url.split("?")[0] in response.text
    assert 'alt="Ein rotes Quadrat"' in response.text
    assert f'href="/admin/r/' in response.text  # "Auf der Website anzeigen"


def test_bulk_publish_and_unpublish(client, editor):
    drafts = [make_article(f"Entwurf {number}", public=False) for number in range(2)]
    response = client.post("/admin/articles/article/", {
        "action": "publish_selected", "_selected_action": [draft.pk for draft in drafts],
    }, follow=True)
    assert "2 Artikel veröffentlicht." in response.text
    assert all(article.is_public for article in Article.objects.all())
    assert client.get(drafts[0].get_absolute_url()).status_code == 200

    client.post("/admin/articles/article/", {"action": "unpublish_selected", "_selected_action": [drafts[0].pk]})
    client.logout()
    assert client.get(drafts[0].get_absolute_url()).status_code == 404
    assert client.get(drafts[1].get_absolute_url()).status_code == 200


@pytest.mark.parametrize("url, expected", [
    ("/admin/articles/author/", "Lena Hartmann"),
    ("/admin/articles/section/", "Politik"),
    ("/admin/taggit/tag/", "Wahlen"),
])
def test_author_section_and_tag_lists_show_article_counts(client, editor, url, expected):
    author, section = make_author("Lena Hartmann"), make_section("Politik")
    make_article(section=section, authors=[author], tags=["Wahlen"])
    make_article(section=section, authors=[author], tags=["Wahlen"])
    response = client.get(url, {"q": expected})
    assert response.status_code == 200
    assert expected in response.text
    assert ">2</a>" in response.text


def test_admin_speaks_german(client, editor):
    response = client.get("/admin/")
    assert "Website-Verwaltung" in response.text or "RENEWZ Redaktion" in response.text
    assert "Abmelden" in response.text


def test_a_mistyped_year_is_refused_with_a_german_message_and_nothing_is_saved(client, editor):
    section, author = make_section("Politik"), make_author("Lena Hartmann")
    response = client.post(
        "/admin/articles/article/add/",
        article_form(section, [author], published_at_0="05.09.0205", published_at_1="09:30:00"),
    )
    assert response.status_code == 200
    assert "Bitte ein Datum ab dem Jahr 1900 angeben – ist die Jahreszahl vertippt?" in response.text
    assert 'value="Landtag beschließt Haushalt"' in response.text  # the editor's input is kept
    assert not Article.objects.exists()
