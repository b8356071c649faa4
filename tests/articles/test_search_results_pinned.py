"""What a reader sees for a search on a fixed archive: the hits in their order, the number of
hits, and each card's excerpt, exactly. Pinned before making search faster (issue 17), so that
a faster query cannot change the ranking or an excerpt unnoticed.

The expected pages were recorded from the search as it was (commit 40c5e07), once for each
database: PostgreSQL ranks German full-text matches and highlights excerpts, SQLite lists
every article containing all the words, newest first, with its lead.
"""
import random
import re
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from articles import models
from tests.factories import make_article, make_author, make_section

pytestmark = pytest.mark.django_db

SENTENCES = [
    "Die Regierung plant eine neue Wahl im Frühjahr.",
    "Der Bundestag berät über die Energiepreise &amp; die Netzentgelte.",
    "In der Stadt steigen die Mieten für jede Wohnung weiter.",
    "Die Bahn verschiebt den Ausbau der Strecke nach Köln.",
    "Das Gericht weist die Klage der Gemeinde ab.",
    "Am Markt fallen die Preise für Strom und Gas.",
    "Die Schule in Kassel bekommt eine neue Turnhalle.",
    "Wahlen in drei Ländern entscheiden über die Koalition.",
    "Das Klima in der Koalition gilt als angespannt.",
    "Der Streik bei der Bahn trifft Pendler <em>hart</em>.",
    "Die Opposition fordert eine Abstimmung über den Haushalt.",
    "Energie aus Wind und Sonne deckt die Hälfte des Bedarfs.",
]
TITLES = [
    "Regierung plant die Wahl", "Energiepreise im Bundestag", "Wohnungen in der Stadt", "Bahn baut langsamer",
    "Gericht entscheidet", "Strom wird billiger", "Neue Turnhalle", "Wahlen in drei Ländern",
    "Streit in der Koalition", "Streik bei der Bahn", "Haushalt umstritten", "Energie aus Wind",
    "Landtag tagt", "Kommunen klagen", "Markt in Bewegung", "Sommerpause",
]
TAGS = ["Landespolitik", "Energiewende", "Verkehr", "Wohnen", "Klimaschutz"]
QUERIES = ["Wahl", "Energie", "Bahn Streik", '"neue Wahl"', "Strom or Gas", "Bahn -Streik", "Klimaschutz", "Stadt"]
PER_PAGE = 4


@pytest.fixture
def archive(settings):
    """Sixteen public articles, one an hour, with text drawn from a few news sentences (so
    several hits rank alike), some HTML in the bodies, tags; and a draft that matches everything."""
    settings.ARTICLES_PER_PAGE = PER_PAGE
    rng = random.Random(17)
    sections = [make_section("Politik"), make_section("Wirtschaft")]
    author = make_author("Lena Hartmann")
    now = timezone.now()
    for number, title in enumerate(TITLES):
        paragraphs = ["<p>" + " ".join(rng.sample(SENTENCES, 3)) + "</p>" for _ in range(rng.randint(1, 6))]
        make_article(
            title,
            section=sections[number % 2],
            authors=[author],
            tags=rng.sample(TAGS, rng.randint(0, 2)),
            lead=" ".join(rng.sample(SENTENCES, 2)).replace("&amp;", "&"),
            body="\n".join(paragraphs),
            published_at=now - timedelta(hours=number + 1),
        )
    make_article("Entwurf: Wahl, Energie, Bahn, Streik, Strom, Gas, Stadt", public=False, tags=TAGS, body="<p>" + " ".join(SENTENCES) + "</p>")


CARD = re.compile(r'<h3 class="card__title"><a href="[^"]*">(.*?)</a></h3>\s*<p class="card__lead">(.*?)</p>', re.S)


def pages_seen(client, query):
    """Every result page for `query`: the count heading once, then (title, excerpt) per card."""
    seen, number = [], 1
    while True:
        html = client.get("/suche/", {"q": query, "page": number}).text
        count = re.search(r'<h2 class="search-count">(.*?)</h2>', html)
        if number == 1:
            seen.append(count[1] if count else "Keine Treffer")
        seen += CARD.findall(html)
        if 'rel="next"' not in html:
            return seen
        number += 1


@pytest.mark.parametrize("query", QUERIES)
def test_reader_sees_the_same_hits_in_the_same_order_with_the_same_excerpts(client, archive, query):
    expected = POSTGRESQL if connection.vendor == "postgresql" else SQLITE
    assert pages_seen(client, query) == expected[query]


def test_only_the_newest_matches_are_ranked(client, archive, monkeypatch):
    """A common word matches much of the archive; the ranking looks at the newest ones only."""
    monkeypatch.setattr(models, "SEARCH_RANKED_MATCHES", 5)
    expected = POSTGRESQL_NEWEST_FIVE if connection.vendor == "postgresql" else SQLITE["Wahl"]
    assert pages_seen(client, "Wahl") == expected


# Recorded from the search of commit 40c5e07.
POSTGRESQL = {'Wahl': ['14 Treffer',
          ('Wahlen in drei Ländern',
           'Schule in Kassel bekommt eine neue Turnhalle. <mark>Wahlen</mark> in drei Ländern entscheiden '
           'über die Koalition. Energie aus Wind und Sonne deckt die Hälfte des Bedarfs. <mark>Wahlen</mark> '
           'in drei Ländern entscheiden über die Koalition. Die Regierung … plant eine neue '
           '<mark>Wahl</mark> im Frühjahr'),
          ('Regierung plant die Wahl',
           'Gemeinde ab. Der Bundestag berät über die Energiepreise &amp; die Netzentgelte. Die Regierung '
           'plant eine neue <mark>Wahl</mark> im Frühjahr. Die Bahn verschiebt den Ausbau der Strecke nach '
           'Köln. Die Schule in Kassel bekommt eine neue'),
          ('Haushalt umstritten',
           'Regierung plant eine neue <mark>Wahl</mark> im Frühjahr. Der Streik bei der Bahn trifft Pendler '
           'hart . Die Schule in Kassel bekommt eine neue Turnhalle. <mark>Wahlen</mark> in drei Ländern '
           'entscheiden über die Koalition. Die Bahn verschiebt … Wind und Sonne deckt die Hälfte des '
           'Bedarfs. Die Opposition fordert eine Abstimmung über den Haushalt. <mark>Wahlen</mark> in drei '
           'Ländern entscheiden über die Koalition. Der Bundestag berät über die Energiepreise &amp; die '
           'Netzentgelte. <mark>Wahlen</mark>'),
          ('Bahn baut langsamer',
           '<mark>Wahlen</mark> in drei Ländern entscheiden über die Koalition. Am Markt fallen die Preise '
           'für Strom und Gas. Die Opposition fordert eine Abstimmung über den Haushalt. Der Streik bei der '
           'Bahn trifft Pendler hart … gilt als angespannt. Am Markt fallen die Preise für Strom und Gas. '
           'Die Regierung plant eine neue <mark>Wahl</mark> im Frühjahr. Die Schule in Kassel bekommt eine '
           'neue Turnhalle. Am Markt fallen die Preise für Strom'),
          ('Sommerpause',
           'Energie aus Wind und Sonne deckt die Hälfte des Bedarfs. Die Regierung plant eine neue '
           '<mark>Wahl</mark> im Frühjahr. Das Gericht weist die Klage der Gemeinde ab. Am Markt fallen die '
           'Preise für Strom … bekommt eine neue Turnhalle. Die Schule in Kassel bekommt eine neue '
           'Turnhalle. Die Regierung plant eine neue <mark>Wahl</mark> im Frühjahr. Das Klima in der '
           'Koalition gilt als angespannt'),
          ('Strom wird billiger',
           'Regierung plant eine neue <mark>Wahl</mark> im Frühjahr. Am Markt fallen die Preise für Strom '
           'und Gas. Am Markt fallen die Preise für Strom und Gas. Energie aus Wind und Sonne deckt die '
           'Hälfte des Bedarfs'),
          ('Streik bei der Bahn',
           'Energie aus Wind und Sonne deckt die Hälfte des Bedarfs. <mark>Wahlen</mark> in drei Ländern '
           'entscheiden über die Koalition. Der Bundestag berät über die Energiepreise &amp; die '
           'Netzentgelte. Das Klima in der Koalition gilt als angespannt'),
          ('Markt in Bewegung',
           'Strecke nach Köln. Das Klima in der Koalition gilt als angespannt. Die Regierung plant eine neue '
           '<mark>Wahl</mark> im Frühjahr. Energie aus Wind und Sonne deckt die Hälfte des Bedarfs. Der '
           'Bundestag berät über die Energiepreise … Netzentgelte. <mark>Wahlen</mark> in drei Ländern '
           'entscheiden über die Koalition. Das Gericht weist die Klage der Gemeinde ab. Der Streik bei der '
           'Bahn trifft Pendler hart . Die Bahn verschiebt den Ausbau der Strecke nach Köln'),
          ('Landtag tagt',
           'Energiepreise &amp; die Netzentgelte. Das Klima in der Koalition gilt als angespannt. Die '
           'Regierung plant eine neue <mark>Wahl</mark> im Frühjahr. Die Bahn verschiebt den Ausbau der '
           'Strecke nach Köln. Der Streik bei der Bahn trifft … Klima in der Koalition gilt als angespannt. '
           'In der Stadt steigen die Mieten für jede Wohnung weiter. <mark>Wahlen</mark> in drei Ländern '
           'entscheiden über die Koalition. Die Opposition fordert eine Abstimmung über den Haushalt. '
           '<mark>Wahlen</mark>'),
          ('Kommunen klagen',
           'Koalition gilt als angespannt. Die Opposition fordert eine Abstimmung über den Haushalt. Die '
           'Regierung plant eine neue <mark>Wahl</mark> im Frühjahr. <mark>Wahlen</mark> in drei Ländern '
           'entscheiden über die Koalition. Am Markt fallen die Preise für Strom … Strom und Gas. Die Bahn '
           'verschiebt den Ausbau der Strecke nach Köln. Die Regierung plant eine neue <mark>Wahl</mark> im '
           'Frühjahr'),
          ('Gericht entscheidet',
           'Klage der Gemeinde ab. Die Opposition fordert eine Abstimmung über den Haushalt. Die Regierung '
           'plant eine neue <mark>Wahl</mark> im Frühjahr. Die Schule in Kassel bekommt eine neue Turnhalle. '
           'Die Bahn verschiebt den Ausbau der Strecke … gilt als angespannt. Am Markt fallen die Preise für '
           'Strom und Gas. Die Regierung plant eine neue <mark>Wahl</mark> im Frühjahr. Das Gericht weist '
           'die Klage der Gemeinde ab. Der Bundestag berät über die Energiepreise'),
          ('Streit in der Koalition',
           'Netzentgelte. Die Bahn verschiebt den Ausbau der Strecke nach Köln. Die Regierung plant eine '
           'neue <mark>Wahl</mark> im Frühjahr. Das Klima in der Koalition gilt als angespannt. Das Gericht '
           'weist die Klage der Gemeinde … Energie aus Wind und Sonne deckt die Hälfte des Bedarfs. Die '
           'Regierung plant eine neue <mark>Wahl</mark> im Frühjahr. In der Stadt steigen die Mieten für '
           'jede Wohnung weiter. Die Schule in Kassel bekommt eine neue'),
          ('Neue Turnhalle',
           'Gericht weist die Klage der Gemeinde ab. Energie aus Wind und Sonne deckt die Hälfte des '
           'Bedarfs. <mark>Wahlen</mark> in drei Ländern entscheiden über die Koalition. Das Gericht weist '
           'die Klage der Gemeinde ab. Energie'),
          ('Energie aus Wind',
           'Koalition gilt als angespannt. Die Schule in Kassel bekommt eine neue Turnhalle. Die Regierung '
           'plant eine neue <mark>Wahl</mark> im Frühjahr. Am Markt fallen die Preise für Strom und Gas. Der '
           'Streik bei der Bahn trifft')],
 'Energie': ['13 Treffer',
             ('Energie aus Wind',
              'Streik bei der Bahn trifft Pendler hart . Am Markt fallen die Preise für Strom und Gas. '
              '<mark>Energie</mark> aus Wind und Sonne deckt die Hälfte des Bedarfs. In der Stadt steigen '
              'die Mieten für jede Wohnung'),
             ('Neue Turnhalle',
              'Gericht weist die Klage der Gemeinde ab. <mark>Energie</mark> aus Wind und Sonne deckt die '
              'Hälfte des Bedarfs. Wahlen in drei Ländern entscheiden über die Koalition. Das Gericht weist '
              'die Klage der Gemeinde ab. <mark>Energie</mark>'),
             ('Streik bei der Bahn',
              '<mark>Energie</mark> aus Wind und Sonne deckt die Hälfte des Bedarfs. Wahlen in drei Ländern '
              'entscheiden über die Koalition. Der Bundestag berät über die Energiepreise &amp; die '
              'Netzentgelte. Das Klima in der Koalition gilt als angespannt … <mark>Energie</mark> aus Wind '
              'und Sonne deckt die Hälfte des Bedarfs. Das Klima in der Koalition gilt als angespannt. Die '
              'Opposition fordert eine Abstimmung über den Haushalt. Die Bahn verschiebt den Ausbau der '
              'Strecke nach Köln'),
             ('Landtag tagt',
              'Gericht weist die Klage der Gemeinde ab. <mark>Energie</mark> aus Wind und Sonne deckt die '
              'Hälfte des Bedarfs. Der Bundestag berät über die Energiepreise &amp; die Netzentgelte. Das '
              'Klima in der Koalition gilt als angespannt … Stadt steigen die Mieten für jede Wohnung '
              'weiter. Das Klima in der Koalition gilt als angespannt. <mark>Energie</mark> aus Wind und '
              'Sonne deckt die Hälfte des Bedarfs. Wahlen in drei Ländern entscheiden über die Koalition'),
             ('Sommerpause',
              '<mark>Energie</mark> aus Wind und Sonne deckt die Hälfte des Bedarfs. Die Regierung plant '
              'eine neue Wahl im Frühjahr. Das Gericht weist die Klage der Gemeinde ab. Am Markt fallen die '
              'Preise für Strom'),
             ('Regierung plant die Wahl',
              'Bahn verschiebt den Ausbau der Strecke nach Köln. Die Schule in Kassel bekommt eine neue '
              'Turnhalle. <mark>Energie</mark> aus Wind und Sonne deckt die Hälfte des Bedarfs. Die Schule '
              'in Kassel bekommt eine neue Turnhalle'),
             ('Energiepreise im Bundestag',
              'Stadt steigen die Mieten für jede Wohnung weiter. Die Bahn verschiebt den Ausbau der Strecke '
              'nach Köln. <mark>Energie</mark> aus Wind und Sonne deckt die Hälfte des Bedarfs'),
             ('Wohnungen in der Stadt',
              'Bundestag berät über die Energiepreise &amp; die Netzentgelte. Das Klima in der Koalition '
              'gilt als angespannt. <mark>Energie</mark> aus Wind und Sonne deckt die Hälfte des Bedarfs. '
              'Die Opposition fordert eine Abstimmung über den Haushalt. Der Bundestag'),
             ('Strom wird billiger',
              'Markt fallen die Preise für Strom und Gas. Am Markt fallen die Preise für Strom und Gas. '
              '<mark>Energie</mark> aus Wind und Sonne deckt die Hälfte des Bedarfs. In der Stadt steigen '
              'die Mieten für jede'),
             ('Wahlen in drei Ländern',
              'Schule in Kassel bekommt eine neue Turnhalle. Wahlen in drei Ländern entscheiden über die '
              'Koalition. <mark>Energie</mark> aus Wind und Sonne deckt die Hälfte des Bedarfs. Wahlen in '
              'drei Ländern entscheiden über die Koalition. Die Regierung'),
             ('Streit in der Koalition',
              'Gericht weist die Klage der Gemeinde ab. Am Markt fallen die Preise für Strom und Gas. '
              '<mark>Energie</mark> aus Wind und Sonne deckt die Hälfte des Bedarfs. Die Regierung plant '
              'eine neue Wahl im Frühjahr'),
             ('Haushalt umstritten',
              'Köln. Das Klima in der Koalition gilt als angespannt. Die Schule in Kassel bekommt eine neue '
              'Turnhalle. <mark>Energie</mark> aus Wind und Sonne deckt die Hälfte des Bedarfs. Die '
              'Opposition fordert eine Abstimmung über den Haushalt'),
             ('Markt in Bewegung',
              'Köln. Das Klima in der Koalition gilt als angespannt. Die Regierung plant eine neue Wahl im '
              'Frühjahr. <mark>Energie</mark> aus Wind und Sonne deckt die Hälfte des Bedarfs. Der Bundestag '
              'berät über die Energiepreise')],
 'Bahn Streik': ['10 Treffer',
                 ('Streik bei der Bahn',
                  '<mark>Bahn</mark> verschiebt den Ausbau der Strecke nach Köln. Die <mark>Bahn</mark> '
                  'verschiebt den Ausbau der Strecke nach Köln. Das Klima in der Koalition gilt als '
                  'angespannt. Das Gericht weist die Klage der Gemeinde ab. Der <mark>Streik</mark>'),
                 ('Energie aus Wind',
                  '<mark>Streik</mark> bei der <mark>Bahn</mark> trifft Pendler hart . Der Bundestag berät '
                  'über die Energiepreise &amp; die Netzentgelte. Das Klima in der Koalition gilt als '
                  'angespannt. Die Schule in Kassel bekommt eine neue Turnhalle. Die Regierung plant eine … '
                  '<mark>Bahn</mark> trifft Pendler hart . In der Stadt steigen die Mieten für jede Wohnung '
                  'weiter. Das Klima in der Koalition gilt als angespannt. Die <mark>Bahn</mark> verschiebt '
                  'den Ausbau der Strecke nach Köln. Der <mark>Streik</mark>'),
                 ('Strom wird billiger',
                  'Preise für Strom und Gas. Der Bundestag berät über die Energiepreise &amp; die '
                  'Netzentgelte. Der <mark>Streik</mark> bei der <mark>Bahn</mark> trifft Pendler hart . Der '
                  '<mark>Streik</mark> bei der <mark>Bahn</mark> trifft Pendler hart . Das Gericht weist die '
                  'Klage'),
                 ('Haushalt umstritten',
                  'Regierung plant eine neue Wahl im Frühjahr. Der <mark>Streik</mark> bei der '
                  '<mark>Bahn</mark> trifft Pendler hart . Die Schule in Kassel bekommt eine neue Turnhalle. '
                  'Wahlen in drei Ländern entscheiden über die Koalition. Die <mark>Bahn</mark> verschiebt'),
                 ('Bahn baut langsamer',
                  'Preise für Strom und Gas. Die Opposition fordert eine Abstimmung über den Haushalt. Der '
                  '<mark>Streik</mark> bei der <mark>Bahn</mark> trifft Pendler hart . In der Stadt steigen '
                  'die Mieten für jede Wohnung weiter. Die Opposition fordert eine … Kassel bekommt eine '
                  'neue Turnhalle. Am Markt fallen die Preise für Strom und Gas. Der <mark>Streik</mark> bei '
                  'der <mark>Bahn</mark> trifft Pendler hart . Die Regierung plant eine neue Wahl im '
                  'Frühjahr'),
                 ('Markt in Bewegung',
                  '<mark>Bahn</mark> verschiebt den Ausbau der Strecke nach Köln. Das Klima in der Koalition '
                  'gilt als angespannt. Die Regierung plant eine neue Wahl im Frühjahr. Energie aus Wind und '
                  'Sonne deckt die Hälfte des Bedarfs … drei Ländern entscheiden über die Koalition. Das '
                  'Gericht weist die Klage der Gemeinde ab. Der <mark>Streik</mark> bei der '
                  '<mark>Bahn</mark> trifft Pendler hart . Die <mark>Bahn</mark> verschiebt den Ausbau der '
                  'Strecke nach Köln. Der Bundestag berät über'),
                 ('Gericht entscheidet',
                  'Netzentgelte. Das Klima in der Koalition gilt als angespannt. Die <mark>Bahn</mark> '
                  'verschiebt den Ausbau der Strecke nach Köln. Die <mark>Bahn</mark> verschiebt den Ausbau '
                  'der Strecke nach Köln. Das Klima in der Koalition gilt als angespannt … Klage der '
                  'Gemeinde ab. Die <mark>Bahn</mark> verschiebt den Ausbau der Strecke nach Köln. Der '
                  '<mark>Streik</mark> bei der <mark>Bahn</mark> trifft Pendler hart'),
                 ('Landtag tagt',
                  'eine neue Wahl im Frühjahr. Die <mark>Bahn</mark> verschiebt den Ausbau der Strecke nach '
                  'Köln. Der <mark>Streik</mark> bei der <mark>Bahn</mark> trifft Pendler hart . Das Klima '
                  'in der Koalition gilt als angespannt. In der Stadt steigen'),
                 ('Streit in der Koalition',
                  'fordert eine Abstimmung über den Haushalt. Die Schule in Kassel bekommt eine neue '
                  'Turnhalle. Der <mark>Streik</mark> bei der <mark>Bahn</mark> trifft Pendler hart . Die '
                  'Schule in Kassel bekommt eine neue Turnhalle. In der Stadt steigen'),
                 ('Sommerpause',
                  'fordert eine Abstimmung über den Haushalt. Das Klima in der Koalition gilt als '
                  'angespannt. Der <mark>Streik</mark> bei der <mark>Bahn</mark> trifft Pendler hart . Die '
                  'Schule in Kassel bekommt eine neue Turnhalle. Die Schule in Kassel bekommt')],
 '"neue Wahl"': ['12 Treffer',
                 ('Markt in Bewegung',
                  'Strecke nach Köln. Das Klima in der Koalition gilt als angespannt. Die Regierung plant '
                  'eine <mark>neue</mark> <mark>Wahl</mark> im Frühjahr. Energie aus Wind und Sonne deckt '
                  'die Hälfte des Bedarfs. Der Bundestag berät über die Energiepreise … <mark>Wahl</mark> im '
                  'Frühjahr. Die Schule in Kassel bekommt eine <mark>neue</mark> Turnhalle. Der Bundestag '
                  'berät über die Energiepreise &amp; die Netzentgelte. Die Schule in Kassel bekommt eine '
                  '<mark>neue</mark> Turnhalle. Die Regierung plant eine <mark>neue</mark> '
                  '<mark>Wahl</mark>'),
                 ('Wahlen in drei Ländern',
                  '<mark>neue</mark> Turnhalle. <mark>Wahlen</mark> in drei Ländern entscheiden über die '
                  'Koalition. Energie aus Wind und Sonne deckt die Hälfte des Bedarfs. <mark>Wahlen</mark> '
                  'in drei Ländern entscheiden über die Koalition. Die Regierung plant eine '
                  '<mark>neue</mark> <mark>Wahl</mark>'),
                 ('Sommerpause',
                  'Energie aus Wind und Sonne deckt die Hälfte des Bedarfs. Die Regierung plant eine '
                  '<mark>neue</mark> <mark>Wahl</mark> im Frühjahr. Das Gericht weist die Klage der Gemeinde '
                  'ab. Am Markt fallen die Preise für Strom … trifft Pendler hart . Die Schule in Kassel '
                  'bekommt eine <mark>neue</mark> Turnhalle. Die Schule in Kassel bekommt eine '
                  '<mark>neue</mark> Turnhalle. Die Regierung plant eine <mark>neue</mark> <mark>Wahl</mark> '
                  'im Frühjahr. Das Klima in der Koalition gilt als angespannt'),
                 ('Haushalt umstritten',
                  'Regierung plant eine <mark>neue</mark> <mark>Wahl</mark> im Frühjahr. Der Streik bei der '
                  'Bahn trifft Pendler hart . Die Schule in Kassel bekommt eine <mark>neue</mark> Turnhalle. '
                  '<mark>Wahlen</mark> in drei Ländern entscheiden über die Koalition. Die Bahn verschiebt'),
                 ('Kommunen klagen',
                  'Koalition gilt als angespannt. Die Opposition fordert eine Abstimmung über den Haushalt. '
                  'Die Regierung plant eine <mark>neue</mark> <mark>Wahl</mark> im Frühjahr. '
                  '<mark>Wahlen</mark> in drei Ländern entscheiden über die Koalition. Am Markt fallen die '
                  'Preise für Strom … Strom und Gas. Die Bahn verschiebt den Ausbau der Strecke nach Köln. '
                  'Die Regierung plant eine <mark>neue</mark> <mark>Wahl</mark> im Frühjahr'),
                 ('Bahn baut langsamer',
                  '<mark>Wahlen</mark> in drei Ländern entscheiden über die Koalition. Am Markt fallen die '
                  'Preise für Strom und Gas. Die Opposition fordert eine Abstimmung über den Haushalt. Der '
                  'Streik bei der Bahn trifft Pendler hart … <mark>Wahl</mark> im Frühjahr. Die Schule in '
                  'Kassel bekommt eine <mark>neue</mark> Turnhalle. Am Markt fallen die Preise für Strom und '
                  'Gas. Der Streik bei der Bahn trifft Pendler hart . Die Regierung plant eine '
                  '<mark>neue</mark> <mark>Wahl</mark>'),
                 ('Gericht entscheidet',
                  'Klage der Gemeinde ab. Die Opposition fordert eine Abstimmung über den Haushalt. Die '
                  'Regierung plant eine <mark>neue</mark> <mark>Wahl</mark> im Frühjahr. Die Schule in '
                  'Kassel bekommt eine <mark>neue</mark> Turnhalle. Die Bahn verschiebt den Ausbau der '
                  'Strecke … gilt als angespannt. Am Markt fallen die Preise für Strom und Gas. Die '
                  'Regierung plant eine <mark>neue</mark> <mark>Wahl</mark> im Frühjahr. Das Gericht weist '
                  'die Klage der Gemeinde ab. Der Bundestag berät über die Energiepreise'),
                 ('Strom wird billiger',
                  'Regierung plant eine <mark>neue</mark> <mark>Wahl</mark> im Frühjahr. Am Markt fallen die '
                  'Preise für Strom und Gas. Am Markt fallen die Preise für Strom und Gas. Energie aus Wind '
                  'und Sonne deckt die Hälfte des Bedarfs'),
                 ('Streit in der Koalition',
                  'Netzentgelte. Die Bahn verschiebt den Ausbau der Strecke nach Köln. Die Regierung plant '
                  'eine <mark>neue</mark> <mark>Wahl</mark> im Frühjahr. Das Klima in der Koalition gilt als '
                  'angespannt. Das Gericht weist die Klage der Gemeinde … Energie aus Wind und Sonne deckt '
                  'die Hälfte des Bedarfs. Die Regierung plant eine <mark>neue</mark> <mark>Wahl</mark> im '
                  'Frühjahr. In der Stadt steigen die Mieten für jede Wohnung weiter. Die Schule in Kassel '
                  'bekommt eine <mark>neue</mark>'),
                 ('Energie aus Wind',
                  'Klima in der Koalition gilt als angespannt. Die Schule in Kassel bekommt eine '
                  '<mark>neue</mark> Turnhalle. Die Regierung plant eine <mark>neue</mark> <mark>Wahl</mark> '
                  'im Frühjahr. Am Markt fallen die Preise für Strom und Gas. Der Streik'),
                 ('Regierung plant die Wahl',
                  'jede Wohnung weiter. Das Klima in der Koalition gilt als angespannt. Die Schule in Kassel '
                  'bekommt eine <mark>neue</mark> Turnhalle. Das Gericht weist die Klage der Gemeinde ab. Am '
                  'Markt fallen die Preise für Strom … Gemeinde ab. Der Bundestag berät über die '
                  'Energiepreise &amp; die Netzentgelte. Die Regierung plant eine <mark>neue</mark> '
                  '<mark>Wahl</mark> im Frühjahr. Die Bahn verschiebt den Ausbau der Strecke nach Köln. Die '
                  'Schule in Kassel bekommt eine <mark>neue</mark>'),
                 ('Landtag tagt',
                  'Energiepreise &amp; die Netzentgelte. Das Klima in der Koalition gilt als angespannt. Die '
                  'Regierung plant eine <mark>neue</mark> <mark>Wahl</mark> im Frühjahr. Die Bahn verschiebt '
                  'den Ausbau der Strecke nach Köln. Der Streik bei der Bahn trifft')],
 'Strom or Gas': ['10 Treffer',
                  ('Strom wird billiger',
                   'Regierung plant eine neue Wahl im Frühjahr. Am Markt fallen die Preise für '
                   '<mark>Strom</mark> und <mark>Gas</mark>. Am Markt fallen die Preise für '
                   '<mark>Strom</mark> und <mark>Gas</mark>. Energie aus Wind und Sonne deckt die Hälfte des '
                   'Bedarfs … Stadt steigen die Mieten für jede Wohnung weiter. Am Markt fallen die Preise '
                   'für <mark>Strom</mark> und <mark>Gas</mark>. Der Bundestag berät über die Energiepreise '
                   '&amp; die Netzentgelte. Der Streik bei der Bahn trifft Pendler hart'),
                  ('Bahn baut langsamer',
                   'Wahlen in drei Ländern entscheiden über die Koalition. Am Markt fallen die Preise für '
                   '<mark>Strom</mark> und <mark>Gas</mark>. Die Opposition fordert eine Abstimmung über den '
                   'Haushalt. Der Streik bei der Bahn trifft Pendler hart … eine neue Turnhalle. Das Klima '
                   'in der Koalition gilt als angespannt. Am Markt fallen die Preise für <mark>Strom</mark> '
                   'und <mark>Gas</mark>. Die Regierung plant eine neue Wahl im Frühjahr. Die Schule in '
                   'Kassel bekommt eine neue'),
                  ('Energiepreise im Bundestag',
                   'Markt fallen die Preise für <mark>Strom</mark> und <mark>Gas</mark>. Das Klima in der '
                   'Koalition gilt als angespannt. In der Stadt steigen die Mieten für jede Wohnung weiter. '
                   'Die Bahn verschiebt den Ausbau der Strecke nach Köln'),
                  ('Energie aus Wind',
                   'eine neue Turnhalle. Die Regierung plant eine neue Wahl im Frühjahr. Am Markt fallen die '
                   'Preise für <mark>Strom</mark> und <mark>Gas</mark>. Der Streik bei der Bahn trifft '
                   'Pendler hart . In der Stadt steigen die Mieten für … Strecke nach Köln. Der Streik bei '
                   'der Bahn trifft Pendler hart . Am Markt fallen die Preise für <mark>Strom</mark> und '
                   '<mark>Gas</mark>. Energie aus Wind und Sonne deckt die Hälfte des Bedarfs. In der Stadt '
                   'steigen'),
                  ('Kommunen klagen',
                   'Wahl im Frühjahr. Wahlen in drei Ländern entscheiden über die Koalition. Am Markt fallen '
                   'die Preise für <mark>Strom</mark> und <mark>Gas</mark>. Am Markt fallen die Preise für '
                   '<mark>Strom</mark> und <mark>Gas</mark>. Die Bahn verschiebt den Ausbau'),
                  ('Regierung plant die Wahl',
                   'eine neue Turnhalle. Das Gericht weist die Klage der Gemeinde ab. Am Markt fallen die '
                   'Preise für <mark>Strom</mark> und <mark>Gas</mark>. Das Gericht weist die Klage der '
                   'Gemeinde ab. In der Stadt steigen die Mieten für'),
                  ('Gericht entscheidet',
                   'Strecke nach Köln. Das Klima in der Koalition gilt als angespannt. Am Markt fallen die '
                   'Preise für <mark>Strom</mark> und <mark>Gas</mark>. Die Regierung plant eine neue Wahl '
                   'im Frühjahr. Das Gericht weist die Klage der Gemeinde'),
                  ('Streit in der Koalition',
                   'gilt als angespannt. Das Gericht weist die Klage der Gemeinde ab. Am Markt fallen die '
                   'Preise für <mark>Strom</mark> und <mark>Gas</mark>. Energie aus Wind und Sonne deckt die '
                   'Hälfte des Bedarfs. Die Regierung plant eine neue'),
                  ('Haushalt umstritten',
                   'über den Haushalt. Wahlen in drei Ländern entscheiden über die Koalition. Am Markt '
                   'fallen die Preise für <mark>Strom</mark> und <mark>Gas</mark>. Die Bahn verschiebt den '
                   'Ausbau der Strecke nach Köln'),
                  ('Sommerpause',
                   'Wahl im Frühjahr. Das Gericht weist die Klage der Gemeinde ab. Am Markt fallen die '
                   'Preise für <mark>Strom</mark> und <mark>Gas</mark>. Die Opposition fordert eine '
                   'Abstimmung über den Haushalt. Das Klima in der Koalition gilt')],
 'Bahn -Streik': ['3 Treffer',
                  ('Regierung plant die Wahl',
                   'Bundestag berät über die Energiepreise &amp; die Netzentgelte. Die Regierung plant eine '
                   'neue Wahl im Frühjahr. Die <mark>Bahn</mark> verschiebt den Ausbau der Strecke nach '
                   'Köln. Die Schule in Kassel bekommt eine neue Turnhalle. Energie'),
                  ('Energiepreise im Bundestag',
                   'Koalition gilt als angespannt. In der Stadt steigen die Mieten für jede Wohnung weiter. '
                   'Die <mark>Bahn</mark> verschiebt den Ausbau der Strecke nach Köln. Energie aus Wind und '
                   'Sonne deckt die Hälfte des Bedarfs'),
                  ('Kommunen klagen',
                   'fallen die Preise für Strom und Gas. Am Markt fallen die Preise für Strom und Gas. Die '
                   '<mark>Bahn</mark> verschiebt den Ausbau der Strecke nach Köln. Die Regierung plant eine '
                   'neue Wahl im Frühjahr')],
 'Klimaschutz': ['6 Treffer',
                 ('Energiepreise im Bundestag',
                  'Am Markt fallen die Preise für Strom und Gas. Das Klima in der Koalition gilt als '
                  'angespannt.'),
                 ('Gericht entscheidet',
                  'Das Gericht weist die Klage der Gemeinde ab. Die Opposition fordert eine Abstimmung über '
                  'den Haushalt.'),
                 ('Wahlen in drei Ländern',
                  'Die Schule in Kassel bekommt eine neue Turnhalle. Wahlen in drei Ländern entscheiden über '
                  'die Koalition.'),
                 ('Streit in der Koalition',
                  'Die Opposition fordert eine Abstimmung über den Haushalt. Die Schule in Kassel bekommt '
                  'eine neue Turnhalle.'),
                 ('Haushalt umstritten',
                  'Die Regierung plant eine neue Wahl im Frühjahr. Der Streik bei der Bahn trifft Pendler '
                  '&lt;em&gt;hart&lt;/em&gt;.'),
                 ('Markt in Bewegung',
                  'Die Bahn verschiebt den Ausbau der Strecke nach Köln. Das Klima in der Koalition gilt als '
                  'angespannt.')],
 'Stadt': ['9 Treffer',
           ('Wohnungen in der Stadt',
            'Der Bundestag berät über die Energiepreise &amp; die Netzentgelte. Das Klima in der Koalition '
            'gilt als angespannt.'),
           ('Regierung plant die Wahl',
            '<mark>Stadt</mark> steigen die Mieten für jede Wohnung weiter. Das Klima in der Koalition gilt '
            'als angespannt. Die Schule in Kassel bekommt eine neue Turnhalle. Das Gericht weist die Klage '
            'der Gemeinde ab. Am Markt fallen … Preise für Strom und Gas. Das Gericht weist die Klage der '
            'Gemeinde ab. In der <mark>Stadt</mark> steigen die Mieten für jede Wohnung weiter. Das Klima in '
            'der Koalition gilt als angespannt. Die Opposition fordert eine'),
           ('Streit in der Koalition',
            'Streik bei der Bahn trifft Pendler hart . Die Schule in Kassel bekommt eine neue Turnhalle. In '
            'der <mark>Stadt</mark> steigen die Mieten für jede Wohnung weiter. Die Bahn verschiebt den '
            'Ausbau der Strecke nach Köln … Gericht weist die Klage der Gemeinde ab. In der '
            '<mark>Stadt</mark> steigen die Mieten für jede Wohnung weiter. Die Opposition fordert eine '
            'Abstimmung über den Haushalt. Der Bundestag berät über die Energiepreise &amp; die '
            'Netzentgelte'),
           ('Energie aus Wind',
            'fallen die Preise für Strom und Gas. Der Streik bei der Bahn trifft Pendler hart . In der '
            '<mark>Stadt</mark> steigen die Mieten für jede Wohnung weiter. Das Klima in der Koalition gilt '
            'als angespannt. Die Bahn … Preise für Strom und Gas. Energie aus Wind und Sonne deckt die '
            'Hälfte des Bedarfs. In der <mark>Stadt</mark> steigen die Mieten für jede Wohnung weiter. Die '
            'Bahn verschiebt den Ausbau der Strecke nach Köln'),
           ('Landtag tagt',
            'Streik bei der Bahn trifft Pendler hart . Das Klima in der Koalition gilt als angespannt. In '
            'der <mark>Stadt</mark> steigen die Mieten für jede Wohnung weiter. Wahlen in drei Ländern '
            'entscheiden über die Koalition. Die Opposition … drei Ländern entscheiden über die Koalition. '
            'Das Klima in der Koalition gilt als angespannt. In der <mark>Stadt</mark> steigen die Mieten '
            'für jede Wohnung weiter. Das Klima in der Koalition gilt als angespannt. Energie aus Wind'),
           ('Energiepreise im Bundestag',
            'fallen die Preise für Strom und Gas. Das Klima in der Koalition gilt als angespannt. In der '
            '<mark>Stadt</mark> steigen die Mieten für jede Wohnung weiter. Die Bahn verschiebt den Ausbau '
            'der Strecke nach Köln. Energie'),
           ('Bahn baut langsamer',
            'Opposition fordert eine Abstimmung über den Haushalt. Der Streik bei der Bahn trifft Pendler '
            'hart . In der <mark>Stadt</mark> steigen die Mieten für jede Wohnung weiter. Die Opposition '
            'fordert eine Abstimmung über den Haushalt. Die Schule'),
           ('Strom wird billiger',
            'Preise für Strom und Gas. Energie aus Wind und Sonne deckt die Hälfte des Bedarfs. In der '
            '<mark>Stadt</mark> steigen die Mieten für jede Wohnung weiter. Am Markt fallen die Preise für '
            'Strom'),
           ('Streik bei der Bahn',
            'Gericht weist die Klage der Gemeinde ab. Der Streik bei der Bahn trifft Pendler hart . In der '
            '<mark>Stadt</mark> steigen die Mieten für jede Wohnung weiter. Das Gericht weist die Klage der '
            'Gemeinde')]}

POSTGRESQL_NEWEST_FIVE = ['5 Treffer',
 ('Regierung plant die Wahl',
  'Gemeinde ab. Der Bundestag berät über die Energiepreise &amp; die Netzentgelte. Die Regierung plant eine '
  'neue <mark>Wahl</mark> im Frühjahr. Die Bahn verschiebt den Ausbau der Strecke nach Köln. Die Schule in '
  'Kassel bekommt eine neue'),
 ('Bahn baut langsamer',
  '<mark>Wahlen</mark> in drei Ländern entscheiden über die Koalition. Am Markt fallen die Preise für Strom '
  'und Gas. Die Opposition fordert eine Abstimmung über den Haushalt. Der Streik bei der Bahn trifft Pendler '
  'hart … gilt als angespannt. Am Markt fallen die Preise für Strom und Gas. Die Regierung plant eine neue '
  '<mark>Wahl</mark> im Frühjahr. Die Schule in Kassel bekommt eine neue Turnhalle. Am Markt fallen die '
  'Preise für Strom'),
 ('Strom wird billiger',
  'Regierung plant eine neue <mark>Wahl</mark> im Frühjahr. Am Markt fallen die Preise für Strom und Gas. Am '
  'Markt fallen die Preise für Strom und Gas. Energie aus Wind und Sonne deckt die Hälfte des Bedarfs'),
 ('Gericht entscheidet',
  'Klage der Gemeinde ab. Die Opposition fordert eine Abstimmung über den Haushalt. Die Regierung plant eine '
  'neue <mark>Wahl</mark> im Frühjahr. Die Schule in Kassel bekommt eine neue Turnhalle. Die Bahn verschiebt '
  'den Ausbau der Strecke … gilt als angespannt. Am Markt fallen die Preise für Strom und Gas. Die Regierung '
  'plant eine neue <mark>Wahl</mark> im Frühjahr. Das Gericht weist die Klage der Gemeinde ab. Der Bundestag '
  'berät über die Energiepreise'),
 ('Neue Turnhalle',
  'Gericht weist die Klage der Gemeinde ab. Energie aus Wind und Sonne deckt die Hälfte des Bedarfs. '
  '<mark>Wahlen</mark> in drei Ländern entscheiden über die Koalition. Das Gericht weist die Klage der '
  'Gemeinde ab. Energie')]

SQLITE = {'Wahl': ['14 Treffer',
          ('Regierung plant die Wahl',
           'In der Stadt steigen die Mieten für jede Wohnung weiter. Das Klima in der Koalition gilt als '
           'angespannt.'),
          ('Bahn baut langsamer',
           'Wahlen in drei Ländern entscheiden über die Koalition. Am Markt fallen die Preise für Strom und '
           'Gas.'),
          ('Gericht entscheidet',
           'Das Gericht weist die Klage der Gemeinde ab. Die Opposition fordert eine Abstimmung über den '
           'Haushalt.'),
          ('Strom wird billiger',
           'Die Regierung plant eine neue Wahl im Frühjahr. Am Markt fallen die Preise für Strom und Gas.'),
          ('Neue Turnhalle',
           'Das Gericht weist die Klage der Gemeinde ab. Energie aus Wind und Sonne deckt die Hälfte des '
           'Bedarfs.'),
          ('Wahlen in drei Ländern',
           'Die Schule in Kassel bekommt eine neue Turnhalle. Wahlen in drei Ländern entscheiden über die '
           'Koalition.'),
          ('Streit in der Koalition',
           'Die Opposition fordert eine Abstimmung über den Haushalt. Die Schule in Kassel bekommt eine neue '
           'Turnhalle.'),
          ('Streik bei der Bahn',
           'Energie aus Wind und Sonne deckt die Hälfte des Bedarfs. Wahlen in drei Ländern entscheiden über '
           'die Koalition.'),
          ('Haushalt umstritten',
           'Die Regierung plant eine neue Wahl im Frühjahr. Der Streik bei der Bahn trifft Pendler '
           '&lt;em&gt;hart&lt;/em&gt;.'),
          ('Energie aus Wind',
           'Der Streik bei der Bahn trifft Pendler &lt;em&gt;hart&lt;/em&gt;. Der Bundestag berät über die '
           'Energiepreise &amp; die Netzentgelte.'),
          ('Landtag tagt',
           'Das Gericht weist die Klage der Gemeinde ab. Energie aus Wind und Sonne deckt die Hälfte des '
           'Bedarfs.'),
          ('Kommunen klagen',
           'Das Klima in der Koalition gilt als angespannt. Die Opposition fordert eine Abstimmung über den '
           'Haushalt.'),
          ('Markt in Bewegung',
           'Die Bahn verschiebt den Ausbau der Strecke nach Köln. Das Klima in der Koalition gilt als '
           'angespannt.'),
          ('Sommerpause',
           'Energie aus Wind und Sonne deckt die Hälfte des Bedarfs. Die Regierung plant eine neue Wahl im '
           'Frühjahr.')],
 'Energie': ['14 Treffer',
             ('Regierung plant die Wahl',
              'In der Stadt steigen die Mieten für jede Wohnung weiter. Das Klima in der Koalition gilt als '
              'angespannt.'),
             ('Energiepreise im Bundestag',
              'Am Markt fallen die Preise für Strom und Gas. Das Klima in der Koalition gilt als '
              'angespannt.'),
             ('Wohnungen in der Stadt',
              'Der Bundestag berät über die Energiepreise &amp; die Netzentgelte. Das Klima in der Koalition '
              'gilt als angespannt.'),
             ('Gericht entscheidet',
              'Das Gericht weist die Klage der Gemeinde ab. Die Opposition fordert eine Abstimmung über den '
              'Haushalt.'),
             ('Strom wird billiger',
              'Die Regierung plant eine neue Wahl im Frühjahr. Am Markt fallen die Preise für Strom und '
              'Gas.'),
             ('Neue Turnhalle',
              'Das Gericht weist die Klage der Gemeinde ab. Energie aus Wind und Sonne deckt die Hälfte des '
              'Bedarfs.'),
             ('Wahlen in drei Ländern',
              'Die Schule in Kassel bekommt eine neue Turnhalle. Wahlen in drei Ländern entscheiden über die '
              'Koalition.'),
             ('Streit in der Koalition',
              'Die Opposition fordert eine Abstimmung über den Haushalt. Die Schule in Kassel bekommt eine '
              'neue Turnhalle.'),
             ('Streik bei der Bahn',
              'Energie aus Wind und Sonne deckt die Hälfte des Bedarfs. Wahlen in drei Ländern entscheiden '
              'über die Koalition.'),
             ('Haushalt umstritten',
              'Die Regierung plant eine neue Wahl im Frühjahr. Der Streik bei der Bahn trifft Pendler '
              '&lt;em&gt;hart&lt;/em&gt;.'),
             ('Energie aus Wind',
              'Der Streik bei der Bahn trifft Pendler &lt;em&gt;hart&lt;/em&gt;. Der Bundestag berät über '
              'die Energiepreise &amp; die Netzentgelte.'),
             ('Landtag tagt',
              'Das Gericht weist die Klage der Gemeinde ab. Energie aus Wind und Sonne deckt die Hälfte des '
              'Bedarfs.'),
             ('Markt in Bewegung',
              'Die Bahn verschiebt den Ausbau der Strecke nach Köln. Das Klima in der Koalition gilt als '
              'angespannt.'),
             ('Sommerpause',
              'Energie aus Wind und Sonne deckt die Hälfte des Bedarfs. Die Regierung plant eine neue Wahl '
              'im Frühjahr.')],
 'Bahn Streik': ['10 Treffer',
                 ('Bahn baut langsamer',
                  'Wahlen in drei Ländern entscheiden über die Koalition. Am Markt fallen die Preise für '
                  'Strom und Gas.'),
                 ('Gericht entscheidet',
                  'Das Gericht weist die Klage der Gemeinde ab. Die Opposition fordert eine Abstimmung über '
                  'den Haushalt.'),
                 ('Strom wird billiger',
                  'Die Regierung plant eine neue Wahl im Frühjahr. Am Markt fallen die Preise für Strom und '
                  'Gas.'),
                 ('Streit in der Koalition',
                  'Die Opposition fordert eine Abstimmung über den Haushalt. Die Schule in Kassel bekommt '
                  'eine neue Turnhalle.'),
                 ('Streik bei der Bahn',
                  'Energie aus Wind und Sonne deckt die Hälfte des Bedarfs. Wahlen in drei Ländern '
                  'entscheiden über die Koalition.'),
                 ('Haushalt umstritten',
                  'Die Regierung plant eine neue Wahl im Frühjahr. Der Streik bei der Bahn trifft Pendler '
                  '&lt;em&gt;hart&lt;/em&gt;.'),
                 ('Energie aus Wind',
                  'Der Streik bei der Bahn trifft Pendler &lt;em&gt;hart&lt;/em&gt;. Der Bundestag berät '
                  'über die Energiepreise &amp; die Netzentgelte.'),
                 ('Landtag tagt',
                  'Das Gericht weist die Klage der Gemeinde ab. Energie aus Wind und Sonne deckt die Hälfte '
                  'des Bedarfs.'),
                 ('Markt in Bewegung',
                  'Die Bahn verschiebt den Ausbau der Strecke nach Köln. Das Klima in der Koalition gilt als '
                  'angespannt.'),
                 ('Sommerpause',
                  'Energie aus Wind und Sonne deckt die Hälfte des Bedarfs. Die Regierung plant eine neue '
                  'Wahl im Frühjahr.')],
 '"neue Wahl"': ['13 Treffer',
                 ('Regierung plant die Wahl',
                  'In der Stadt steigen die Mieten für jede Wohnung weiter. Das Klima in der Koalition gilt '
                  'als angespannt.'),
                 ('Bahn baut langsamer',
                  'Wahlen in drei Ländern entscheiden über die Koalition. Am Markt fallen die Preise für '
                  'Strom und Gas.'),
                 ('Gericht entscheidet',
                  'Das Gericht weist die Klage der Gemeinde ab. Die Opposition fordert eine Abstimmung über '
                  'den Haushalt.'),
                 ('Strom wird billiger',
                  'Die Regierung plant eine neue Wahl im Frühjahr. Am Markt fallen die Preise für Strom und '
                  'Gas.'),
                 ('Neue Turnhalle',
                  'Das Gericht weist die Klage der Gemeinde ab. Energie aus Wind und Sonne deckt die Hälfte '
                  'des Bedarfs.'),
                 ('Wahlen in drei Ländern',
                  'Die Schule in Kassel bekommt eine neue Turnhalle. Wahlen in drei Ländern entscheiden über '
                  'die Koalition.'),
                 ('Streit in der Koalition',
                  'Die Opposition fordert eine Abstimmung über den Haushalt. Die Schule in Kassel bekommt '
                  'eine neue Turnhalle.'),
                 ('Haushalt umstritten',
                  'Die Regierung plant eine neue Wahl im Frühjahr. Der Streik bei der Bahn trifft Pendler '
                  '&lt;em&gt;hart&lt;/em&gt;.'),
                 ('Energie aus Wind',
                  'Der Streik bei der Bahn trifft Pendler &lt;em&gt;hart&lt;/em&gt;. Der Bundestag berät '
                  'über die Energiepreise &amp; die Netzentgelte.'),
                 ('Landtag tagt',
                  'Das Gericht weist die Klage der Gemeinde ab. Energie aus Wind und Sonne deckt die Hälfte '
                  'des Bedarfs.'),
                 ('Kommunen klagen',
                  'Das Klima in der Koalition gilt als angespannt. Die Opposition fordert eine Abstimmung '
                  'über den Haushalt.'),
                 ('Markt in Bewegung',
                  'Die Bahn verschiebt den Ausbau der Strecke nach Köln. Das Klima in der Koalition gilt als '
                  'angespannt.'),
                 ('Sommerpause',
                  'Energie aus Wind und Sonne deckt die Hälfte des Bedarfs. Die Regierung plant eine neue '
                  'Wahl im Frühjahr.')],
 'Strom or Gas': ['7 Treffer',
                  ('Regierung plant die Wahl',
                   'In der Stadt steigen die Mieten für jede Wohnung weiter. Das Klima in der Koalition gilt '
                   'als angespannt.'),
                  ('Bahn baut langsamer',
                   'Wahlen in drei Ländern entscheiden über die Koalition. Am Markt fallen die Preise für '
                   'Strom und Gas.'),
                  ('Gericht entscheidet',
                   'Das Gericht weist die Klage der Gemeinde ab. Die Opposition fordert eine Abstimmung über '
                   'den Haushalt.'),
                  ('Streit in der Koalition',
                   'Die Opposition fordert eine Abstimmung über den Haushalt. Die Schule in Kassel bekommt '
                   'eine neue Turnhalle.'),
                  ('Haushalt umstritten',
                   'Die Regierung plant eine neue Wahl im Frühjahr. Der Streik bei der Bahn trifft Pendler '
                   '&lt;em&gt;hart&lt;/em&gt;.'),
                  ('Kommunen klagen',
                   'Das Klima in der Koalition gilt als angespannt. Die Opposition fordert eine Abstimmung '
                   'über den Haushalt.'),
                  ('Sommerpause',
                   'Energie aus Wind und Sonne deckt die Hälfte des Bedarfs. Die Regierung plant eine neue '
                   'Wahl im Frühjahr.')],
 'Bahn -Streik': ['10 Treffer',
                  ('Bahn baut langsamer',
                   'Wahlen in drei Ländern entscheiden über die Koalition. Am Markt fallen die Preise für '
                   'Strom und Gas.'),
                  ('Gericht entscheidet',
                   'Das Gericht weist die Klage der Gemeinde ab. Die Opposition fordert eine Abstimmung über '
                   'den Haushalt.'),
                  ('Strom wird billiger',
                   'Die Regierung plant eine neue Wahl im Frühjahr. Am Markt fallen die Preise für Strom und '
                   'Gas.'),
                  ('Streit in der Koalition',
                   'Die Opposition fordert eine Abstimmung über den Haushalt. Die Schule in Kassel bekommt '
                   'eine neue Turnhalle.'),
                  ('Streik bei der Bahn',
                   'Energie aus Wind und Sonne deckt die Hälfte des Bedarfs. Wahlen in drei Ländern '
                   'entscheiden über die Koalition.'),
                  ('Haushalt umstritten',
                   'Die Regierung plant eine neue Wahl im Frühjahr. Der Streik bei der Bahn trifft Pendler '
                   '&lt;em&gt;hart&lt;/em&gt;.'),
                  ('Energie aus Wind',
                   'Der Streik bei der Bahn trifft Pendler &lt;em&gt;hart&lt;/em&gt;. Der Bundestag berät '
                   'über die Energiepreise &amp; die Netzentgelte.'),
                  ('Landtag tagt',
                   'Das Gericht weist die Klage der Gemeinde ab. Energie aus Wind und Sonne deckt die Hälfte '
                   'des Bedarfs.'),
                  ('Markt in Bewegung',
                   'Die Bahn verschiebt den Ausbau der Strecke nach Köln. Das Klima in der Koalition gilt '
                   'als angespannt.'),
                  ('Sommerpause',
                   'Energie aus Wind und Sonne deckt die Hälfte des Bedarfs. Die Regierung plant eine neue '
                   'Wahl im Frühjahr.')],
 'Klimaschutz': ['6 Treffer',
                 ('Energiepreise im Bundestag',
                  'Am Markt fallen die Preise für Strom und Gas. Das Klima in der Koalition gilt als '
                  'angespannt.'),
                 ('Gericht entscheidet',
                  'Das Gericht weist die Klage der Gemeinde ab. Die Opposition fordert eine Abstimmung über '
                  'den Haushalt.'),
                 ('Wahlen in drei Ländern',
                  'Die Schule in Kassel bekommt eine neue Turnhalle. Wahlen in drei Ländern entscheiden über '
                  'die Koalition.'),
                 ('Streit in der Koalition',
                  'Die Opposition fordert eine Abstimmung über den Haushalt. Die Schule in Kassel bekommt '
                  'eine neue Turnhalle.'),
                 ('Haushalt umstritten',
                  'Die Regierung plant eine neue Wahl im Frühjahr. Der Streik bei der Bahn trifft Pendler '
                  '&lt;em&gt;hart&lt;/em&gt;.'),
                 ('Markt in Bewegung',
                  'Die Bahn verschiebt den Ausbau der Strecke nach Köln. Das Klima in der Koalition gilt als '
                  'angespannt.')],
 'Stadt': ['9 Treffer',
           ('Regierung plant die Wahl',
            'In der Stadt steigen die Mieten für jede Wohnung weiter. Das Klima in der Koalition gilt als '
            'angespannt.'),
           ('Energiepreise im Bundestag',
            'Am Markt fallen die Preise für Strom und Gas. Das Klima in der Koalition gilt als angespannt.'),
           ('Wohnungen in der Stadt',
            'Der Bundestag berät über die Energiepreise &amp; die Netzentgelte. Das Klima in der Koalition '
            'gilt als angespannt.'),
           ('Bahn baut langsamer',
            'Wahlen in drei Ländern entscheiden über die Koalition. Am Markt fallen die Preise für Strom und '
            'Gas.'),
           ('Strom wird billiger',
            'Die Regierung plant eine neue Wahl im Frühjahr. Am Markt fallen die Preise für Strom und Gas.'),
           ('Streit in der Koalition',
            'Die Opposition fordert eine Abstimmung über den Haushalt. Die Schule in Kassel bekommt eine '
            'neue Turnhalle.'),
           ('Streik bei der Bahn',
            'Energie aus Wind und Sonne deckt die Hälfte des Bedarfs. Wahlen in drei Ländern entscheiden '
            'über die Koalition.'),
           ('Energie aus Wind',
            'Der Streik bei der Bahn trifft Pendler &lt;em&gt;hart&lt;/em&gt;. Der Bundestag berät über die '
            'Energiepreise &amp; die Netzentgelte.'),
           ('Landtag tagt',
            'Das Gericht weist die Klage der Gemeinde ab. Energie aus Wind und Sonne deckt die Hälfte des '
            'Bedarfs.')]}
