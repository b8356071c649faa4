"""Tags: editors merge and rename them in the admin; old Thema addresses keep working."""
import pytest
from django.contrib.auth.models import Permission, User
from django.test import Client
from taggit.models import Tag

from articles.models import Article, TagRedirect
from tests.admin_forms import admin_form_data
from tests.factories import make_article

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/taggit/tag/"


def staff(client, username, codenames):
    user = User.objects.create_user(username, password="geheim-genug-123", is_staff=True)
    user.user_permissions.set(Permission.objects.filter(codename__in=codenames))
    client.force_login(user)
    return user


@pytest.fixture
def editor(client):
    """Redaktion: manages tags (change and delete)."""
    return staff(client, "redaktion", ["view_tag", "change_tag", "delete_tag", "add_tag", "view_article"])


def choose_merge(client, *tags):
    """Select tags in the list and run the merge action: the confirmation page."""
    return client.post(
        CHANGELIST, {"action": "merge_selected_tags", "_selected_action": [tag.pk for tag in tags], "index": "0"}
    )


def confirm_merge(client, tags, target):
    data = {"action": "merge_selected_tags", "_selected_action": [tag.pk for tag in tags], "merge": "yes"}
    if target is not None:
        data["target"] = target.pk
    return client.post(CHANGELIST, data, follow=True)


def tag_names(article):
    return sorted(Article.objects.get(pk=article.pk).tags.names())


def test_editor_merges_two_tags_and_the_old_addresses_lead_to_the_remaining_one(client, editor):
    only_old = make_article("Gletscher schmelzen", tags=["Klima"])
    both = make_article("Hitzesommer", tags=["Klima", "Klimawandel"])
    only_new = make_article("CO2-Preis steigt", tags=["Klimawandel"])
    klima, klimawandel = Tag.objects.get(name="Klima"), Tag.objects.get(name="Klimawandel")

    page = choose_merge(client, klima, klimawandel)
    assert page.status_code == 200
    assert "Schlagwörter zusammenführen" in page.text
    assert "/thema/klima/" in page.text and "/thema/klimawandel/" in page.text
    assert "2 Artikel" in page.text  # usage counts help to pick the one to keep

    response = confirm_merge(client, [klima, klimawandel], klimawandel)
    assert response.redirect_chain[-1][0] == CHANGELIST
    assert "„Klima“ in „Klimawandel“ zusammengeführt (2 Artikel)." in response.text
    assert list(Tag.objects.values_list("name", flat=True)) == ["Klimawandel"]
    assert tag_names(only_old) == tag_names(both) == tag_names(only_new) == ["Klimawandel"]

    client.logout()
    for old, new in [
        ("/thema/klima/", "/thema/klimawandel/"),
        ("/thema/klima/feed/", "/thema/klimawandel/feed/"),
        ("/thema/klima/feed/atom/", "/thema/klimawandel/feed/atom/"),
    ]:
        response = client.get(old)
        assert response.status_code == 301 and response["Location"] == new
    tag_page = client.get("/thema/klimawandel/").text
    for title in ["Gletscher schmelzen", "Hitzesommer", "CO2-Preis steigt"]:
        assert title in tag_page
    assert client.get("/thema/gibt-es-nicht/").status_code == 404
    assert client.get("/thema/gibt-es-nicht/feed/").status_code == 404


def test_readers_find_moved_articles_by_the_remaining_tag(client, editor):
    make_article("Gletscher schmelzen", body="<p>Eis.</p>", tags=["Klima"])
    make_article("Anderes Thema", body="<p>Nichts.</p>", tags=["Klimawandel"])
    klima, klimawandel = Tag.objects.get(name="Klima"), Tag.objects.get(name="Klimawandel")
    confirm_merge(client, [klima, klimawandel], klimawandel)

    results = client.get("/suche/", {"q": "Klimawandel"}).text
    assert "Gletscher schmelzen" in results


def test_merged_addresses_never_chain(client, editor):
    make_article(tags=["Wahl"])
    make_article(tags=["Wahlen", "Bundestagswahl"])
    wahl, wahlen, bundestagswahl = (Tag.objects.get(name=name) for name in ["Wahl", "Wahlen", "Bundestagswahl"])
    confirm_merge(client, [wahl, wahlen], wahlen)
    confirm_merge(client, [wahlen, bundestagswahl], bundestagswahl)

    for old in ["/thema/wahl/", "/thema/wahlen/"]:
        response = client.get(old)
        assert response.status_code == 301 and response["Location"] == "/thema/bundestagswahl/"
    assert set(TagRedirect.objects.values_list("old_slug", "tag__name")) == {
        ("wahl", "Bundestagswahl"),
        ("wahlen", "Bundestagswahl"),
    }


def test_a_new_tag_may_take_a_merged_address_again(client, editor):
    make_article(tags=["Klima", "Umwelt"])
    klima, umwelt = Tag.objects.get(name="Klima"), Tag.objects.get(name="Umwelt")
    confirm_merge(client, [klima, umwelt], umwelt)

    make_article("Klimakonferenz beginnt", tags=["Klima"])
    response = client.get("/thema/klima/")
    assert response.status_code == 200 and "Klimakonferenz beginnt" in response.text

    # Merging the new tag away works too, and its address goes to its new target.
    confirm_merge(client, [Tag.objects.get(name="Klima"), umwelt], umwelt)
    assert client.get("/thema/klima/")["Location"] == "/thema/umwelt/"


def test_merging_needs_two_tags_and_a_chosen_target(client, editor):
    make_article(tags=["Klima", "Umwelt"])
    klima, umwelt = Tag.objects.get(name="Klima"), Tag.objects.get(name="Umwelt")

    response = client.post(
        CHANGELIST, {"action": "merge_selected_tags", "_selected_action": [klima.pk], "index": "0"}, follow=True
    )
    assert "Bitte mindestens zwei Schlagwörter auswählen" in response.text

    response = confirm_merge(client, [klima, umwelt], None)
    assert response.status_code == 200
    assert "Bitte das Schlagwort auswählen, das bleiben soll." in response.text

    other = Tag.objects.create(name="Sport")
    response = confirm_merge(client, [klima, umwelt], other)
    assert "Bitte eines der ausgewählten Schlagwörter wählen." in response.text
    assert Tag.objects.count() == 3 and not TagRedirect.objects.exists()


@pytest.mark.parametrize(
    "codenames",
    [["view_tag", "change_tag"], ["view_tag", "delete_tag"], ["view_tag"]],
    ids=["without-delete", "without-change", "view-only"],
)
def test_merging_needs_permission_to_change_and_delete_tags(client, codenames):
    staff(client, "autorin", codenames)
    make_article(tags=["Klima", "Umwelt"])
    klima, umwelt = Tag.objects.get(name="Klima"), Tag.objects.get(name="Umwelt")

    assert "merge_selected_tags" not in client.get(CHANGELIST).text
    confirm_merge(client, [klima, umwelt], umwelt)
    choose_merge(client, klima, umwelt)
    assert Tag.objects.count() == 2 and not TagRedirect.objects.exists()


def test_renaming_a_tag_keeps_its_address(client, editor):
    article = make_article("Börse im Minus", tags=["Boerse"])
    tag = Tag.objects.get(name="Boerse")
    url = f"/admin/taggit/tag/{tag.pk}/change/"
    response = client.post(url, admin_form_data(client.get(url), name="Börse"))
    assert response.status_code == 302

    tag.refresh_from_db()
    assert (tag.name, tag.slug) == ("Börse", "boerse")
    assert not TagRedirect.objects.exists()
    assert "Börse" in client.get(article.get_absolute_url()).text


def test_editing_a_tags_address_keeps_the_old_one_as_redirect(client, editor):
    make_article("Börse im Minus", tags=["Aktien"])
    tag = Tag.objects.get(name="Aktien")
    url = f"/admin/taggit/tag/{tag.pk}/change/"
    client.post(url, admin_form_data(client.get(url), name="Aktienmarkt", slug="aktienmarkt"))

    response = client.get("/thema/aktien/")
    assert response.status_code == 301 and response["Location"] == "/thema/aktienmarkt/"
    assert "Börse im Minus" in client.get("/thema/aktienmarkt/").text

    # And back again: the address is the tag's own once more, not a redirect.
    client.post(url, admin_form_data(client.get(url), slug="aktien"))
    assert client.get("/thema/aktien/").status_code == 200
    assert client.get("/thema/aktienmarkt/")["Location"] == "/thema/aktien/"


@pytest.mark.parametrize("role, may_merge", [("Redaktion", True), ("Administration", True), ("Autor/in", False)])
def test_roles_that_manage_tags_may_merge_them(client, role, may_merge):
    from django.contrib.auth.models import Group

    user = User.objects.create_user("person", password="geheim-genug-123", is_staff=True)
    user.groups.add(Group.objects.get(name=role))
    client.force_login(user)
    make_article(tags=["Klima", "Umwelt"])
    klima, umwelt = Tag.objects.get(name="Klima"), Tag.objects.get(name="Umwelt")

    confirm_merge(client, [klima, umwelt], umwelt)
    assert Tag.objects.filter(name="Klima").exists() is not may_merge


def test_with_the_page_cache_on_a_merged_tag_page_redirects_at_once(client, editor, settings):
    settings.PAGE_CACHE_ENABLED = True
    make_article(tags=["Klima", "Umwelt"])
    reader = Client()
    assert reader.get("/thema/klima/").status_code == 200
    assert reader.get("/thema/klima/")["X-Page-Cache"] == "hit"

    confirm_merge(client, [Tag.objects.get(name="Klima"), Tag.objects.get(name="Umwelt")], Tag.objects.get(name="Umwelt"))
    response = reader.get("/thema/klima/")
    assert response.status_code == 301 and response["Location"] == "/thema/umwelt/"
