"""Embeds with two-click privacy: what an editor's address becomes, what the sanitiser keeps,
and what a reader's page holds before anyone clicks (nothing from the provider)."""
import re
from urllib.parse import urlsplit

import pytest
from django.conf import settings

from articles import embeds
from articles.html import sanitise_body
from tests.articles.test_editor import body_editor
from tests.factories import make_article

# One address per provider and form an editor would paste, and what the reader loads after the click.
ADDRESSES = [
    ("https://www.youtube.com/watch?v=Rnwz3Tore26&t=42s", "youtube", "https://www.youtube-nocookie.com/embed/Rnwz3Tore26"),
    ("https://youtu.be/Rnwz3Tore26?si=abc", "youtube", "https://www.youtube-nocookie.com/embed/Rnwz3Tore26"),
    ("https://www.youtube.com/shorts/Rnwz3Tore26", "youtube", "https://www.youtube-nocookie.com/embed/Rnwz3Tore26"),
    ("https://vimeo.com/76979871", "vimeo", "https://player.vimeo.com/video/76979871?dnt=1"),
    ("https://x.com/renewz/status/1834567890123456789", "x", "https://platform.twitter.com/embed/Tweet.html?id=1834567890123456789&dnt=true"),
    ("https://twitter.com/renewz/status/1834567890123456789?s=20", "x", "https://platform.twitter.com/embed/Tweet.html?id=1834567890123456789&dnt=true"),
    ("https://www.instagram.com/p/C7xYz12AbCd/", "instagram", "https://www.instagram.com/p/C7xYz12AbCd/embed/"),
    ("https://www.instagram.com/reel/C7xYz12AbCd/?igsh=1", "instagram", "https://www.instagram.com/reel/C7xYz12AbCd/embed/"),
    ("https://bsky.app/profile/renewz.bsky.social/post/3kq2abcxyz22a", "bluesky", "https://embed.bsky.app/embed/renewz.bsky.social/app.bsky.feed.post/3kq2abcxyz22a"),
    ("https://mastodon.social/@renewz/112233445566778899", "mastodon", "https://mastodon.social/@renewz/112233445566778899/embed"),
    ("https://social.bund.de/@Bundesregierung/112233445566778899", "mastodon", "https://social.bund.de/@Bundesregierung/112233445566778899/embed"),
    ("https://www.tiktok.com/@renewz.de/video/7312345678901234567", "tiktok", "https://www.tiktok.com/embed/v2/7312345678901234567"),
    ("https://datawrapper.dwcdn.net/rNwZ5/1/", "datawrapper", "https://datawrapper.dwcdn.net/rNwZ5/"),
    ("https://www.datawrapper.de/_/rNwZ5/", "datawrapper", "https://datawrapper.dwcdn.net/rNwZ5/"),
    ("https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk", "spotify", "https://open.spotify.com/embed/episode/4rOoJ6Egrf8K2IrywzwOMk"),
    ("https://podcasts.apple.com/de/podcast/der-renewz-podcast/id1234567890?i=1000654321", "apple-podcasts",
     "https://embed.podcasts.apple.com/de/podcast/der-renewz-podcast/id1234567890?i=1000654321"),
    ("https://renewz.podigee.io/12-die-wahl-im-land", "podigee", "https://renewz.podigee.io/12-die-wahl-im-land/embed?context=external"),
]
UNKNOWN = [
    "https://example.org/video/123",
    "https://www.youtube.com/channel/UC123",  # a channel, no video
    "https://mastodon.example/@jemand/112233445566778899",  # an instance not in EMBED_MASTODON_HOSTS
    "https://www.youtube.com.evil.example/watch?v=Rnwz3Tore26",
    "javascript:alert(1)//youtu.be/Rnwz3Tore26",
]


def embed_element(url, provider="youtube", **extra):
    attributes = "".join(f' data-{name}="{value}"' for name, value in extra.items())
    return f'<figure class="embed" data-provider="{provider}" data-url="{url}"{attributes}><a href="{url}">{url}</a></figure>'


@pytest.mark.parametrize("url, provider, player", ADDRESSES)
def test_every_providers_address_becomes_an_embed_with_its_privacy_friendly_player(url, provider, player):
    embed = embeds.recognise(url)
    assert embed is not None and embed.provider.key == provider
    assert embed.player_url == player
    # The reader's browser may frame it after the click: the CSP says so.
    host = urlsplit(player).hostname
    frame_src = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["frame-src"]
    assert f"https://{host}" in frame_src or f"https://*.{host.split('.', 1)[1]}" in frame_src
    # The editor gets the same patterns to recognise a pasted address (they are JavaScript too).
    assert any(re.match(pattern, url) for item in embeds.editor_config() if item["key"] == provider for pattern in item["patterns"])


def test_all_providers_the_issue_names_are_there():
    names = {provider.name for provider in embeds.providers().values()}
    assert names == {"YouTube", "Vimeo", "X (Twitter)", "Instagram", "Bluesky", "Mastodon", "TikTok", "Datawrapper",
                     "Spotify", "Apple Podcasts", "Podigee"}
    assert {key for _, key, _ in ADDRESSES} == set(embeds.providers())


@pytest.mark.parametrize("url", UNKNOWN)
def test_an_address_no_provider_knows_stays_a_link(url):
    assert embeds.recognise(url) is None
    saved = sanitise_body(embed_element(url))
    assert "<figure" not in saved and "data-provider" not in saved
    if url.startswith("https://"):
        assert saved == f'<p><a href="{url}" rel="noopener noreferrer">{url}</a></p>'
    else:
        assert "href" not in saved  # the text stays, never as an address


def test_the_sanitiser_keeps_an_embed_and_rebuilds_it_from_its_address_alone():
    url = "https://www.youtube.com/watch?v=Rnwz3Tore26"
    sent = (
        f'<p>Davor.</p><figure class="embed wide" data-provider="vimeo" data-url="{url}" data-title="Die Tore" '
        'data-thumbnail="../../settings.py" data-src="https://evil.example/" onclick="steal()" style="color:red">'
        '<a href="https://evil.example/">Hier klicken</a><iframe src="https://evil.example/"></iframe>'
        '<script>steal()</script></figure><p>Danach.</p>'
    )
    saved = sanitise_body(sent)
    assert saved == (
        '<p>Davor.</p><figure class="embed" data-provider="youtube" data-url="https://www.youtube.com/watch?v=Rnwz3Tore26" '
        'data-title="Die Tore"><a href="https://www.youtube.com/watch?v=Rnwz3Tore26" rel="noopener noreferrer">Die Tore</a>'
        "</figure><p>Danach.</p>"
    )
    assert sanitise_body(saved) == saved  # saving again changes nothing
    # A thumbnail stored by articles.oembed is kept.
    kept = sanitise_body(embed_element(url, thumbnail="embeds/0123456789abcdef0123456789abcdef.jpg"))
    assert 'data-thumbnail="embeds/0123456789abcdef0123456789abcdef.jpg"' in kept


def test_an_iframe_or_script_typed_into_the_body_is_dropped():
    sent = (
        '<p>Video:</p><iframe src="https://www.youtube.com/embed/Rnwz3Tore26" width="560"></iframe>'
        '<script src="https://platform.twitter.com/widgets.js"></script>'
        '<blockquote class="twitter-tweet"><p>Ein Tweet</p></blockquote>'
        '<figure class="embed"><img src="https://i.ytimg.com/vi/Rnwz3Tore26/hqdefault.jpg"></figure>'
    )
    saved = sanitise_body(sent)
    for forbidden in ["<iframe", "<script", "youtube.com/embed", "widgets.js", "ytimg", "twitter-tweet", "<img"]:
        assert forbidden not in saved
    assert "Ein Tweet" in saved


@pytest.mark.django_db
def test_readers_see_a_local_placeholder_with_the_providers_name_and_a_load_button(client):
    url = "https://www.youtube.com/watch?v=Rnwz3Tore26"
    article = make_article(body="<p>Die Tore im Video:</p>" + embed_element(url, title="Alle Tore des Spiels"))
    response = client.get(article.get_absolute_url())
    page = response.text
    # After the click the browser may frame the player, and still runs no script but ours.
    policy = response["Content-Security-Policy"]
    assert "https://www.youtube-nocookie.com" in policy.split("frame-src")[1].split(";")[0]
    assert "script-src 'self'" in [part.strip() for part in policy.split(";")]  # django-csp's order varies

    [placeholder] = re.findall(r'<figure class="embed embed--video".*?</figure>', page, re.S)
    assert 'data-embed-src="https://www.youtube-nocookie.com/embed/Rnwz3Tore26"' in placeholder
    assert "Eingebetteter Inhalt von YouTube" in placeholder
    assert f'<a href="{url}" rel="noopener noreferrer">Alle Tore des Spiels</a>' in placeholder  # the link without JavaScript
    assert "Dabei werden Daten wie Ihre IP-Adresse an YouTube übertragen" in placeholder
    assert '<a href="/datenschutz/">Datenschutzerklärung</a>' in placeholder
    # The button is shown by the script; without JavaScript it stays hidden, and the link is there.
    assert re.search(r'<div class="embed__actions" hidden>\s*<button type="button" class="embed__load">Inhalt von YouTube laden</button>', placeholder)
    assert "Inhalte von YouTube immer laden" in placeholder
    assert '<script src="/static/js/embeds.js" defer></script>' in page

    # Nothing on the page would make the browser contact the provider before the click.
    assert "<iframe" not in page
    for attribute, value in re.findall(r'\s(src|srcset|href|poster|data)="([^"]*)"', page):
        if attribute != "href":
            assert not value.startswith(("http://", "https://", "//")), (attribute, value)
    for value in re.findall(r'<link[^>]*href="([^"]*)"', page):
        assert "youtube" not in value and "ytimg" not in value


@pytest.mark.django_db
def test_an_article_without_embeds_loads_no_embed_script(client):
    page = client.get(make_article(body="<p>Nur Text.</p>").get_absolute_url()).text
    assert "embeds.js" not in page and "embed__placeholder" not in page


@pytest.mark.django_db
def test_the_body_editor_offers_embeds_with_the_registrys_providers(admin_client):
    html = admin_client.get("/admin/articles/article/add/").text
    config, _ = body_editor(html)
    providers = config["extensions"]["Embed"]["providers"]
    assert [item["key"] for item in providers] == list(embeds.providers())
    assert "/static/admin_extra/prose_embed.js" in config["js_modules"]
    assert "„Einbettung einfügen“" in html

    # An article with an embed opens with it in the editor, as stored.
    url = "https://datawrapper.dwcdn.net/rNwZ5/1/"
    article = make_article(body=embed_element(url, provider="datawrapper", title="Strompreise"))
    _, content = body_editor(admin_client.get(f"/admin/articles/article/{article.pk}/change/").text)
    assert content == article.body and 'data-provider="datawrapper"' in content
