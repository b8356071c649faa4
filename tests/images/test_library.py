"""The media library („Bilder“) as editors use it: several images uploaded at once, found
again by search and filter, reused as hero and in the text, never deleted while in use."""
import io
import json
import re

import pytest
from django.contrib.auth.models import Group, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from PIL import Image as PillowImage

from articles import previews, roles
from articles.models import Article, BodyImage
from images.models import Image
from tests.articles.test_query_counts import PAGE_QUERIES
from tests.factories import image_upload, make_article, make_image

pytestmark = pytest.mark.django_db


def jpeg(name, size=(1000, 600), color=(200, 40, 40)):
    buffer = io.BytesIO()
    PillowImage.new("RGB", size, color).save(buffer, format="JPEG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


def staff(role=None, username="mitarbeiterin"):
    user = User.objects.create_user(username, is_staff=True)
    if role:
        user.groups.add(Group.objects.get(name=role))
    client = Client()
    client.force_login(user)
    return user, client


def figure_of(image, caption="Vom Editor getippt"):
    """What the body editor's „Bild aus der Bibliothek einfügen“ inserts."""
    return f'<figure><img src="{image.picker_entry()["src"]}" alt="{image.alt}"><figcaption>{caption}</figcaption></figure>'


# ------------------------------------------------------------------ uploading


def test_several_images_dropped_at_once_become_library_images_and_a_bad_one_gets_a_german_message(admin_client, admin_user):
    files = [jpeg("landtag.jpg"), SimpleUploadedFile("notizen.jpg", b"kein Bild"), jpeg("stadion.jpg", color=(20, 40, 200))]
    response = admin_client.post("/admin/images/image/hochladen/", {"dateien": files}, HTTP_ACCEPT="application/json")

    assert response.status_code == 200
    results = response.json()["ergebnisse"]
    assert [(result["name"], result["ok"]) for result in results] == [("landtag.jpg", True), ("notizen.jpg", False), ("stadion.jpg", True)]
    assert results[1]["fehler"] == "Bitte ein gültiges Bild hochladen. Die hochgeladene Datei ist kein Bild oder ist defekt."
    images = Image.objects.order_by("pk")
    assert [image.original_filename for image in images] == ["landtag.jpg", "stadion.jpg"]
    assert all(image.uploaded_by == admin_user and image.renditions["hero"]["jpg"] for image in images)
    assert results[0]["bearbeiten"] == f"/admin/images/image/{images[0].pk}/change/"


def test_the_upload_page_offers_drag_and_drop_and_works_without_javascript_too(admin_client):
    page = admin_client.get("/admin/images/image/hochladen/").text
    assert "Bilder hierher ziehen" in page and 'multiple' in page and "images_admin/upload.js" in page
    assert "Mehrere Bilder hochladen" in admin_client.get("/admin/images/image/").text

    response = admin_client.post("/admin/images/image/hochladen/", {"dateien": [jpeg("a.jpg"), SimpleUploadedFile("b.gif", b"GIF89a")]}, follow=True)
    text = response.content.decode()
    assert "„a.jpg“ hochgeladen." in text and "„b.gif“: Dateiendung „gif“ ist nicht erlaubt." in text
    assert Image.objects.count() == 1


# ------------------------------------------------------------------ finding


def test_editors_find_images_by_alt_text_caption_credit_and_file_name_with_thumbnails(admin_client):
    bridge = make_image(jpeg("rheinbruecke.jpg"), alt="Die neue Brücke", caption="Eröffnung am Abend", credit="Max Muster/dpa")
    stadium = make_image(jpeg("stadion.jpg"), alt="Das Stadion", caption="Vor dem Spiel", credit="Erika Beispiel")

    for query, found in [("Brücke", bridge), ("Abend", bridge), ("Beispiel", stadium), ("rheinbruecke", bridge)]:
        page = admin_client.get("/admin/images/image/", {"q": query}).text
        assert f"/admin/images/image/{found.pk}/change/" in page, query
        other = stadium if found == bridge else bridge
        assert f"/admin/images/image/{other.pk}/change/" not in page, query
    page = admin_client.get("/admin/images/image/").text
    assert dict(bridge.renditions["hero"]["jpg"])[480] in page  # a thumbnail, not the original
    assert bridge.file.name not in page


def test_filters_show_images_in_use_unused_and_without_alt_text(admin_client):
    used = make_image(jpeg("a.jpg"), alt="Benutzt")
    unused = make_image(jpeg("b.jpg"), alt="Unbenutzt")
    no_alt = make_image(jpeg("c.jpg"), alt="")
    make_article("Mit Bild", hero_image=used)

    def listed(**params):
        page = admin_client.get("/admin/images/image/", params).text
        return {image for image in (used, unused, no_alt) if f"/admin/images/image/{image.pk}/change/" in page}

    assert listed(verwendung="ja") == {used}
    assert listed(verwendung="nein") == {unused, no_alt}
    assert listed(alternativtext="fehlt") == {no_alt}
    assert "1× Aufmacher" in admin_client.get("/admin/images/image/").text


# ------------------------------------------------------------------ using and deleting


def test_one_image_as_hero_of_two_articles_and_in_a_text_lists_all_three_on_its_form(admin_client):
    image = make_image(jpeg("wahl.jpg"), alt="Wahlurne", caption="Die Urne", credit="Max Muster/dpa")
    first = make_article("Wahl im Land", hero_image=image)
    second = make_article("Wahl in der Stadt", hero_image=image)
    third = make_article("Briefwahl erklärt", body=f"<p>Erst Text.</p>{figure_of(image)}")

    assert image.usage() == [(first, "Aufmacherbild"), (second, "Aufmacherbild"), (third, "im Text")]
    page = admin_client.get(f"/admin/images/image/{image.pk}/change/").text
    for article in (first, second, third):
        assert f'href="/admin/articles/article/{article.pk}/change/">{article.title}</a>' in page
    assert "(im Text)" in page
    # The renditions are made once and shared: both heroes show the same files.
    assert first.hero_picture.src.split("?")[0] == second.hero_picture.src.split("?")[0]


def test_deleting_an_image_in_use_is_refused_with_the_articles_that_use_it(admin_client):
    image = make_image(jpeg("wahl.jpg"), alt="Wahlurne")
    make_article("Wahl im Land", hero_image=image)
    make_article("Briefwahl erklärt", body=f"<p>Text.</p>{figure_of(image)}")
    unused = make_image(jpeg("frei.jpg"), alt="Frei")

    page = admin_client.get(f"/admin/images/image/{image.pk}/delete/").text
    assert "geschützten" in page and "Wahl im Land" in page and "im Text von „Briefwahl erklärt“" in page
    admin_client.post(f"/admin/images/image/{image.pk}/delete/", {"post": "yes"})
    assert Image.objects.filter(pk=image.pk).exists()

    response = admin_client.post("/admin/images/image/", {"action": "delete_selected", "_selected_action": [image.pk, unused.pk], "post": "yes"})
    text = response.content.decode()
    assert "Wahl im Land" in text and "geschützten" in text
    assert set(Image.objects.values_list("pk", flat=True)) == {image.pk, unused.pk}

    admin_client.post("/admin/images/image/", {"action": "delete_selected", "_selected_action": [unused.pk], "post": "yes"})
    assert not Image.objects.filter(pk=unused.pk).exists()


def test_an_unused_image_deleted_takes_its_original_and_renditions_along(admin_client, settings, django_capture_on_commit_callbacks):
    image = make_image(jpeg("frei.jpg"), alt="Frei")
    names = [image.file.name, *(name for kind in ("hero", "teaser") for _, name in image.renditions[kind]["jpg"])]
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post("/admin/images/image/", {"action": "delete_selected", "_selected_action": [image.pk], "post": "yes"})
    assert not Image.objects.exists()
    assert not any((settings.PRIVATE_MEDIA_ROOT / name).exists() for name in names)


# ------------------------------------------------------------------ in the text


def test_a_library_figure_in_the_text_gets_srcset_lazy_loading_size_caption_and_credit(client):
    image = make_image(jpeg("bruecke.jpg", size=(2000, 1125)), alt="Die neue Brücke", caption="Eröffnung am Abend", credit="Max Muster/dpa")
    article = make_article("Brücke eröffnet", body=f"<p>Erst Text.</p>{figure_of(image)}<p>Dann mehr.</p>")

    page = client.get(article.get_absolute_url()).text
    figure = re.search(r'<div class="article__body">.*?(<figure data-image-id="\d+">.*?</figure>)', page, re.DOTALL)[1]
    img = re.search(r"<img [^>]*>", figure)[0]
    assert f'data-image-id="{image.pk}"' in figure
    assert re.search(r'srcset="[^"]*-hero-480\.jpg 480w, [^"]*-hero-800\.jpg 800w, [^"]*-hero-1200\.jpg 1200w, [^"]*-hero-1600\.jpg 1600w"', img)
    assert 'sizes="(min-width: 48rem) 46rem, calc(100vw - 2rem)"' in img
    assert 'loading="lazy"' in img and 'width="1600"' in img and 'height="900"' in img and 'alt="Die neue Brücke"' in img
    assert "<figcaption>Eröffnung am Abend <small>Foto von Max Muster/dpa</small></figcaption>" in figure
    assert "Vom Editor getippt" not in page  # caption and credit come from the library
    src = re.search(r'src="([^"]+)"', img)[1]
    assert client.get(src).status_code == 200
    assert list(BodyImage.objects.values_list("article", "image")) == [(article.pk, image.pk)]


def test_a_figure_found_by_its_address_alone_survives_an_editor_that_drops_attributes_and_follows_the_library():
    image = make_image(jpeg("bruecke.jpg"), alt="Brücke", caption="Alt")
    src = image.picker_entry()["src"]
    article = make_article("Brücke", body=f'<figure><img src="{src}"><figcaption>irgendwas</figcaption></figure>')
    assert f'data-image-id="{image.pk}"' in article.body and "Alt" in article.body

    image.caption = "Neue Bildunterschrift"
    image.credit = "Erika Beispiel"
    image.save()
    body = Article.objects.get(pk=article.pk).body
    assert "<figcaption>Neue Bildunterschrift <small>Foto von Erika Beispiel</small></figcaption>" in body


def test_only_library_images_stay_in_the_text():
    image = make_image(jpeg("a.jpg"), alt="Eigenes Bild")
    article = make_article(body=(
        '<p>Text.</p><figure><img src="https://example.org/fremd.jpg" alt="Fremd"><figcaption>Fremd</figcaption></figure>'
        '<figure><img src="/bild/bilder/999999/abcdefabcdef-hero-480.jpg" alt="Erfunden"></figure>'
        f'<figure><img src="{image.picker_entry()["src"]}" alt="x" srcset="https://example.org/x.jpg 1w" onerror="alert(1)"></figure>'
    ))
    assert "example.org" not in article.body and "999999" not in article.body and "onerror" not in article.body
    assert article.body.count("<figure") == 1 and f'data-image-id="{image.pk}"' in article.body


def test_a_figure_costs_the_article_page_no_query(client, django_assert_num_queries):
    image = make_image(jpeg("a.jpg"), alt="Bild", caption="Unterschrift")
    article = make_article("Mit Bild im Text", hero_image=image, body=f"<p>Text.</p>{figure_of(image)}")
    with django_assert_num_queries(PAGE_QUERIES["article"]):
        assert "<figcaption>Unterschrift</figcaption>" in client.get(article.get_absolute_url()).text


def test_an_image_only_drafts_use_is_not_public_until_an_article_showing_it_is(client, admin_client, admin_user):
    image = make_image(jpeg("geheim.jpg"), alt="Noch geheim")
    draft = make_article("Entwurf", public=False, body=f"<p>Text.</p>{figure_of(image)}")
    src = image.picker_entry()["src"]
    assert client.get(src).status_code == 404  # readers: nothing, not even that it exists
    assert admin_client.get(src).status_code == 200  # the newsroom sees it in the admin and previews

    # A share preview shows the draft's figure at a signed address, as it shows the hero.
    link = previews.create_preview_link(draft, admin_user)
    signed = re.search(r'<figure data-image-id="\d+"><img src="([^"]+)"', client.get(previews.preview_url(link)).text)[1]
    assert "?zugang=" in signed and client.get(signed.replace("&amp;", "&")).status_code == 200

    draft.status = Article.Status.PUBLISHED
    draft.save()
    response = client.get(src)
    assert response.status_code == 200 and response["Cache-Control"] == "public, max-age=31536000, s-maxage=86400, immutable"
    assert "zugang" not in client.get(draft.get_absolute_url()).text.split('class="article__body"')[1].split("</figure>")[0]


# ------------------------------------------------------------------ the body editor's dialog


def test_the_body_editor_offers_the_library_dialog_and_its_search_answers_json(admin_client):
    make_image(jpeg("a.jpg"), alt="Die neue Brücke", caption="Am Abend", credit="Max Muster/dpa")
    make_image(jpeg("b.jpg"), alt="Das Stadion")
    form = admin_client.get("/admin/articles/article/add/").text
    assert 'data-image-picker-url="/admin/images/image/auswahl/"' in form and "images_admin/body_picker.js" in form

    answer = admin_client.get("/admin/images/image/auswahl/", {"q": "Brücke"}).json()
    [found] = answer["bilder"]
    assert (found["alt"], found["caption"], found["credit"]) == ("Die neue Brücke", "Am Abend", "Max Muster/dpa")
    assert found["src"].endswith("-hero-1000.jpg") and "zugang" not in found["src"]
    assert (found["width"], found["height"]) == (1000, 600)
    assert len(admin_client.get("/admin/images/image/auswahl/").json()["bilder"]) == 2


# ------------------------------------------------------------------ permissions


def test_a_role_without_image_permission_gets_403_on_upload_and_the_search():
    _, client = staff()  # staff, but no role
    assert client.get("/admin/images/image/auswahl/").status_code == 403
    assert client.post("/admin/images/image/hochladen/", {"dateien": [jpeg("a.jpg")]}).status_code == 403
    assert Image.objects.count() == 0


def test_authors_upload_describe_and_pick_images_but_only_the_redaktion_deletes_them():
    _, author = staff(roles.AUTHOR, "autorin")
    response = author.post("/admin/images/image/hochladen/", {"dateien": [jpeg("a.jpg")]}, HTTP_ACCEPT="application/json")
    assert response.status_code == 200 and response.json()["ergebnisse"][0]["ok"]
    image = Image.objects.get()
    assert author.get("/admin/images/image/auswahl/").status_code == 200
    assert author.get(f"/admin/images/image/{image.pk}/change/").status_code == 200
    assert author.post(f"/admin/images/image/{image.pk}/delete/", {"post": "yes"}).status_code == 403

    _, redaktion = staff(roles.EDITOR, "redakteur")
    redaktion.post(f"/admin/images/image/{image.pk}/delete/", {"post": "yes"})
    assert not Image.objects.exists()


def test_the_article_form_picks_the_hero_from_the_library_and_offers_a_new_upload(admin_client):
    image = make_image(jpeg("a.jpg"), alt="Die neue Brücke")
    article = make_article("Mit Bild", hero_image=image)
    page = admin_client.get(f"/admin/articles/article/{article.pk}/change/").text
    assert 'name="hero_image"' in page and "admin-autocomplete" in page
    assert "/admin/images/image/add/?_to_field=id&amp;_popup=1" in page  # „+“: a new image in a popup
    assert image.preview_url.split("?")[0] in page  # the current hero as a thumbnail
    results = admin_client.get("/admin/autocomplete/", {"app_label": "articles", "model_name": "article", "field_name": "hero_image", "term": "Brücke"}).json()
    assert [result["id"] for result in results["results"]] == [str(image.pk)]
