"""The admin as editors use it: the newest work on top, a scheduled article called „Geplant“,
bylines and links in the order they were dragged into, the body of a read-only article as
text, and German wherever they look (users, Schlagwörter, the permission picker)."""
import json
import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client
from django.utils import timezone
from taggit.models import Tag

from articles import roles
from articles.models import Article, Byline, RelatedLink
from tests.admin_forms import admin_form_data
from tests.factories import link_related, make_article, make_author

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/articles/article/"


def member(username, role):
    user = User.objects.create_user(username, is_staff=True)
    user.groups.add(Group.objects.get(name=role))
    client = Client()
    client.force_login(user)
    return user, client


@pytest.fixture
def redaktion():
    return member("redakteur", roles.EDITOR)[1]


def listed_titles(response):
    return [article.title for article in response.context["cl"].result_list]


def test_a_submitted_article_without_a_date_is_listed_first_not_last(redaktion):
    make_article("Alte Meldung", published_at=timezone.now() - timedelta(days=30))
    make_article("Gestern erschienen", published_at=timezone.now() - timedelta(days=1))
    submitted = make_article("Frisch eingereicht", public=False, status=Article.Status.REVIEW)
    assert submitted.published_at is None

    assert listed_titles(redaktion.get(CHANGELIST)) == ["Frisch eingereicht", "Gestern erschienen", "Alte Meldung"]

    # Editing the old one brings it to the top.
    Article.objects.get(title="Alte Meldung").save()
    assert listed_titles(redaktion.get(CHANGELIST))[0] == "Alte Meldung"


def test_a_scheduled_article_says_geplant_with_its_date_on_the_form_and_in_the_list(redaktion):
    publish_at = timezone.localtime() + timedelta(days=2)
    scheduled = make_article("Wahlabend live", published_at=publish_at)
    expected = f"Geplant (am {publish_at:%d.%m.%Y, %H:%M})"

    form = redaktion.get(f"/admin/articles/article/{scheduled.pk}/change/")
    assert expected in form.text
    assert "field-schedule_state" in form.text  # beside the status

    row = re.search(r'<tr>.*?Wahlabend live.*?</tr>', redaktion.get(CHANGELIST).text, re.S).group(0)
    assert expected in row

    # A published article's form has no such line.
    published = make_article("Schon erschienen")
    assert "field-schedule_state" not in redaktion.get(f"/admin/articles/article/{published.pk}/change/").text


def test_the_user_list_shows_each_persons_role():
    _, administration = member("chefin", roles.ADMINISTRATION)
    member("lena", roles.AUTHOR)
    member("paul", roles.EDITOR)
    User.objects.create_user("ohne-rolle", is_staff=True)

    page = administration.get("/admin/auth/user/")
    assert page.status_code == 200
    rows = {
        username: row for row in re.findall(r"<tr>.*?</tr>", page.text, re.S)
        for username in re.findall(r'<th class="field-username">.*?>([^<]+)</a>', row)
    }
    assert '<td class="field-role">Autor/in</td>' in rows["lena"]
    assert '<td class="field-role">Redaktion</td>' in rows["paul"]
    assert '<td class="field-role">Administration</td>' in rows["chefin"]
    assert '<td class="field-role">–</td>' in rows["ohne-rolle"]
    assert ">Rolle<" in page.text


def test_schlagwoerter_are_called_so_in_the_admin(redaktion):
    Tag.objects.create(name="Energie")
    Tag.objects.create(name="Wahlen")

    index = redaktion.get("/admin/").text
    assert "Schlagwörter" in index and "Taggit" not in index and ">Tags<" not in index

    tags = redaktion.get("/admin/taggit/tag/").text
    assert "2 Schlagwörter" in tags and "2 tags" not in tags
    assert "Ausgewählte Schlagwörter löschen" in tags and "tags löschen" not in tags
    assert "Taggit" not in tags  # nor in the breadcrumbs


def test_the_user_and_group_forms_speak_german():
    _, administration = member("chefin", roles.ADMINISTRATION)
    add_user = administration.get("/admin/auth/user/add/").text
    assert "Nachdem der Benutzer angelegt ist" in add_user and "After you" not in add_user
    assert "Anmeldung mit Passwort" in add_user and "Password-based authentication" not in add_user

    add_group = administration.get("/admin/auth/group/add/").text
    assert "Redaktion | Artikel | Kann Artikel ändern" in add_group
    assert "Schlagwörter | Schlagwort | Kann Schlagwort löschen" in add_group
    assert "Can change" not in add_group and "Can add" not in add_group
    # Permissions named by the project stay as they are.
    assert "Kann Artikel veröffentlichen, planen und depublizieren" in add_group

    # The two-box picker's own labels come from the JavaScript catalog.
    script = administration.get("/admin/jsi18n/").text
    catalog = json.loads(re.search(r"const newcatalog = (\{.*?\});", script, re.S).group(1))
    assert catalog["Choose all %s"] == "Alle %s auswählen" and catalog["Remove all %s"] == "Alle %s entfernen"


def test_dragged_byline_and_link_order_is_saved(redaktion):
    first, second = make_author("Lena Hartmann"), make_author("Jonas Brenner")
    target_a, target_b = make_article("Hintergrund A"), make_article("Hintergrund B")
    article = make_article("Doppelter Autorentext", authors=[first, second])
    link_related(article, target=target_a, position=0)
    link_related(article, target=target_b, position=1)
    url = f"/admin/articles/article/{article.pk}/change/"

    form = redaktion.get(url)
    # No order numbers to type: the order is a hidden field the drag and drop fills in.
    assert re.search(r'<input type="hidden" name="bylines-0-position"[^>]*class="_reorder_"', form.text)
    assert re.search(r'<input type="hidden" name="related_links-0-position"[^>]*class="_reorder_"', form.text)

    # What adminsortable2's script posts after Jonas was dragged above Lena, and B above A.
    data = admin_form_data(form)
    bylines = {data[f"bylines-{n}-author"][0]: n for n in range(2)}
    data[f"bylines-{bylines[str(first.pk)]}-position"] = ["2"]
    data[f"bylines-{bylines[str(second.pk)]}-position"] = ["1"]
    links = {data[f"related_links-{n}-target"][0]: n for n in range(2)}
    data[f"related_links-{links[str(target_a.pk)]}-position"] = ["2"]
    data[f"related_links-{links[str(target_b.pk)]}-position"] = ["1"]
    response = redaktion.post(url, data)
    assert response.status_code == 302, response.context and response.context["adminform"].form.errors

    assert [author.name for author in Article.objects.get(pk=article.pk).ordered_authors] == ["Jonas Brenner", "Lena Hartmann"]
    assert [link.target.title for link in RelatedLink.objects.filter(article=article)] == ["Hintergrund B", "Hintergrund A"]


def test_a_new_byline_goes_to_the_end(redaktion):
    first, added = make_author("Lena Hartmann"), make_author("Mira Olsen")
    article = make_article("Ein Text", authors=[first])
    url = f"/admin/articles/article/{article.pk}/change/"
    data = admin_form_data(redaktion.get(url))
    data["bylines-TOTAL_FORMS"] = ["2"]
    data.update({"bylines-1-author": [str(added.pk)], "bylines-1-article": [str(article.pk)], "bylines-1-position": [""]})
    assert redaktion.post(url, data).status_code == 302
    assert [b.author.name for b in Byline.objects.filter(article=article)] == ["Lena Hartmann", "Mira Olsen"]


def test_an_author_without_change_rights_sees_her_body_as_text_not_html():
    author, client = member("autorin", roles.AUTHOR)
    article = make_article(
        "Mein Text in Prüfung", public=False, status=Article.Status.REVIEW, created_by=author,
        body="<h2>Zwischentitel</h2><p>Ein <strong>wichtiger</strong> Satz.</p>",
    )
    # Whatever got into the row past the model's sanitiser is not rendered as such.
    Article.objects.filter(pk=article.pk).update(
        body=article.body + '<script>alert(1)</script><p onclick="alert(2)">Klick</p>'
    )

    page = client.get(f"/admin/articles/article/{article.pk}/change/")
    assert page.status_code == 200 and "Artikel ansehen" in page.text  # read-only
    readonly = re.search(r'field-rendered_body.*?<div class="readonly">(.*?)</div>', page.text, re.S).group(1)
    assert "<h2>Zwischentitel</h2>" in readonly and "<strong>wichtiger</strong>" in readonly
    assert "&lt;p&gt;" not in readonly
    assert "<script" not in readonly and "onclick" not in readonly and "alert(1)" not in readonly


def test_editors_still_edit_the_body_in_the_editor(redaktion):
    article = make_article("Ein Text")
    page = redaktion.get(f"/admin/articles/article/{article.pk}/change/").text
    assert 'name="body"' in page and "field-rendered_body" not in page
