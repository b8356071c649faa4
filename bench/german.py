"""
German-like text for the benchmark corpus: a small word list, sentences built from it,
and the names of Ressorts, Schlagwörter and Autor/innen.

Nothing here needs to be good German; it needs to look and tokenise like German news text
(so PostgreSQL's `german` search configuration stems it like the real thing) and to be cheap:
an article body is a random choice of pre-generated sentences.
"""
import random
import re

NOUNS = """
Regierung Bundestag Kommission Ministerium Verwaltung Gemeinde Stadt Land Bund Kanzlerin
Ministerin Bürgermeister Opposition Koalition Fraktion Partei Wahl Umfrage Abstimmung Gesetz
Entwurf Haushalt Steuer Rente Schule Universität Forschung Studie Wissenschaft Klinik Krankenhaus
Pflege Gesundheit Energie Strom Wärmepumpe Windkraft Solaranlage Netz Leitung Speicher Klima
Hochwasser Dürre Ernte Landwirtschaft Wald Verkehr Bahn Zug Flughafen Autobahn Brücke Radweg
Wohnung Miete Bauprojekt Quartier Innenstadt Markt Börse Aktie Zins Inflation Preis Kurs
Unternehmen Konzern Mittelstand Handwerk Betrieb Fabrik Werk Belegschaft Gewerkschaft Tarif
Lohn Streik Export Import Handel Lieferkette Hafen Bitcoin Kryptowährung Blockchain Plattform
Software Daten Datenschutz Internet Digitalisierung Sicherheit Polizei Gericht Urteil Richterin
Anklage Verfahren Zeuge Bericht Ausschuss Anhörung Debatte Streit Kompromiss Einigung Gipfel
Konferenz Botschaft Grenze Nachbarland Europa Union Verband Verein Mannschaft Trainer Spiel
Saison Tabelle Meisterschaft Stadion Fans Festival Theater Museum Ausstellung Roman Film Konzert
Bühne Publikum Sommer Winter Woche Jahr Monat Abend Morgen Zukunft Vergangenheit Entwicklung
Wandel Reform Krise Chance Risiko Ziel Plan Programm Förderung Investition Milliarde Million
Prozent Zahl Anteil Mehrheit Minderheit Bevölkerung Familie Kinder Jugendliche Senioren Region
""".split()

VERBS = """
beschließt fordert kritisiert plant prüft verschiebt erhöht senkt meldet warnt bestätigt
verhandelt unterstützt investiert baut eröffnet schließt
verliert gewinnt erreicht verfehlt diskutiert berät untersucht veröffentlicht erklärt
betont verspricht verlangt bremst beschleunigt startet beendet wächst schrumpft steigt fällt
""".split()

ADJECTIVES = """
neue alte große kleine wichtige umstrittene deutliche schwierige erste letzte hohe niedrige
öffentliche private regionale europäische deutsche digitale soziale wirtschaftliche politische
geplante lange kurze starke schwache knappe breite klare offene neuen alten großen ersten
""".split()

ADVERBS = """
heute gestern bereits erneut zunächst weiterhin deutlich kaum offenbar vermutlich bislang
inzwischen jedoch zudem außerdem allerdings dennoch schließlich erstmals kurzfristig langfristig
""".split()

FUNCTION = """
der die das den dem des ein eine einen einem und oder aber mit für von bei nach über unter
gegen ohne seit vor zwischen im am zum zur auf aus nicht auch noch nur schon sehr mehr
""".split()

PLACES = """
Berlin Hamburg München Köln Frankfurt Stuttgart Düsseldorf Leipzig Dresden Hannover Nürnberg
Bremen Essen Dortmund Bonn Kiel Rostock Erfurt Mainz Freiburg Hohenbrück Lindenfeld Kirchwalden
""".split()

# Sentence frames; {n} noun, {v} verb, {a} adjective, {d} adverb, {p} place, {f} function word, {x} number.
FRAMES = [
    "Die {a} {n} {v} {d} {f} {n} in {p}.",
    "In {p} {v} die {n} {d} eine {a} {n}.",
    "Nach Angaben der {n} {v} der {a} {n} {f} {x} Prozent.",
    "Der {n} {v} {d}, {f} die {n} {f} {a} {n} {v}.",
    "Kritiker sagen, die {a} {n} {v} {f} {n} {d}.",
    "Bis zum {x}. {n} {v} die {n} {f} {a} {n} in {p}.",
    "Das {n} {v} {d} {f} {a} {n} und {f} {n}.",
    "Eine {a} {n} aus {p} {v} {d} {f} {n}.",
    "„Wir {v} die {n} {d}“, sagte eine Sprecherin der {n}.",
    "{d} {v} der {n} {f} {x} Millionen Euro für die {a} {n}.",
    "Wie die {n} in {p} mitteilte, {v} die {n} {d}.",
    "Die {n} {v} {f} {a} {n}, {f} der {n} {d} {v}.",
    "Ob die {a} {n} {f} {n} {v}, ist {d} offen.",
    "Fachleute der {n} {v} {d} {f} {a} {n} im {n}.",
]

HEADINGS = [
    "Was die {n} bedeutet",
    "{a} {n} in {p}",
    "Die {n} im Überblick",
    "Wie es mit der {n} weitergeht",
    "Streit um die {n}",
    "Was Fachleute sagen",
]

SECTIONS = [
    # (name, menu position, share of the articles)
    ("Politik", 10, 24),
    ("Wirtschaft", 20, 16),
    ("Krypto", 30, 10),
    ("Welt", 40, 14),
    ("Wissen", 50, 9),
    ("Sport", 60, 12),
    ("Kultur", 70, 8),
    ("Panorama", 80, 7),
]

TAG_PREFIXES = """
Energie Klima Wohnungs Verkehrs Bildungs Gesundheits Renten Steuer Haushalts Außen Innen Sicherheits
Digital Daten Kultur Sport Wissenschafts Forschungs Umwelt Agrar Wald Wasser Strom Gas Wind Solar
Bahn Auto Flug Hafen Handels Export Arbeits Lohn Tarif Miet Bau Stadt Landes Bundes Europa Krypto
Bitcoin Börsen Zins Inflations Medien Film Theater Musik Buch Kunst Museums Schul Hochschul Kita
Pflege Klinik Impf Polizei Justiz Wahl Parteien Migrations Grenz Jugend Familien Senioren Frauen
Fußball Handball Olympia Tennis Rad Lauf Ski Wetter Hitze Hochwasser Sturm Raumfahrt Technik
""".split()

TAG_SUFFIXES = """
politik wende markt preise reform gipfel streit krise debatte forschung gesetz bericht plan wahl
zukunft förderung kosten netz ausbau projekt studie verband ministerium gericht urteil strategie
konferenz saison finale sicherheit wandel daten programm initiative bündnis abkommen haushalt
""".split()

FIRST_NAMES = """
Anna Lena Sophie Marie Laura Julia Sarah Katharina Johanna Clara Hannah Lea Miriam Nina Paula Greta
Jonas Lukas Felix Paul Maximilian Leon Tim Jan Moritz Niklas David Simon Tobias Florian Matthias
Stefan Andreas Thomas Michael Christian Daniel Markus Sebastian Philipp Jakob Emil Karl Frieda Ida
""".split()

LAST_NAMES = """
Hartmann Becker Schneider Fischer Weber Meyer Wagner Schulz Hoffmann Koch Richter Klein Wolf
Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Lange Schmitt Werner Krause Meier Lehmann
Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz
Möller Weiß Jung Hahn Vogel Friedrich Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann
""".split()

JOB_TITLES = [
    "Redakteurin", "Redakteur", "Korrespondentin in Brüssel", "Korrespondent in Berlin",
    "Wirtschaftsreporterin", "Sportreporter", "Wissenschaftsjournalistin", "Chef vom Dienst",
]

# Common words of every body: the search benchmark rotates through them (lower case, as typed).
SEARCH_WORDS = [
    "regierung", "energie", "stadt", "markt", "klima", "bahn", "schule", "gericht", "berlin",
    "wohnung",
]


_SLOTS = {"n": NOUNS, "v": VERBS, "a": ADJECTIVES, "d": ADVERBS, "f": FUNCTION, "p": PLACES}
_SLOT = re.compile(r"\{([nvadfpx])\}")


def _fill(rng, frame):
    """The frame with every slot filled by its own random word."""
    return _SLOT.sub(
        lambda m: str(rng.randint(2, 95)) if m[1] == "x" else rng.choice(_SLOTS[m[1]]), frame
    )


def _sentence(rng):
    text = _fill(rng, rng.choice(FRAMES))
    return text[0].upper() + text[1:]


class TextMaker:
    """Pre-generates a few thousand sentences, then assembles articles from them cheaply."""

    def __init__(self, seed=2024, sentences=4000, headings=400):
        rng = random.Random(seed)
        self.sentences = [_sentence(rng) for _ in range(sentences)]
        self.sentence_words = [len(s.split()) for s in self.sentences]
        self.headings = [_fill(rng, rng.choice(HEADINGS)) for _ in range(headings)]
        self.heading_words = [len(h.split()) for h in self.headings]

    def title(self, rng):
        title = _fill(rng, rng.choice(["{a} {n}: {n} {v} {n}", "{n} in {p} {v} {a} {n}",
                                        "{a} {n} – {d} {a} {n}", "Warum die {n} {d} {v}"]))
        return title[0].upper() + title[1:]

    def lead(self, rng):
        return " ".join(rng.choice(self.sentences) for _ in range(rng.randint(2, 3)))

    def body(self, rng, target_words):
        """HTML paragraphs (and a few <h2>) of about `target_words` words; returns (html, words)."""
        parts, words, paragraphs = [], 0, 0
        sentences, counts = self.sentences, self.sentence_words
        n = len(sentences)
        while words < target_words:
            if paragraphs and paragraphs % 5 == 0:
                h = rng.randrange(len(self.headings))
                parts.append(f"<h2>{self.headings[h]}</h2>")
                words += self.heading_words[h]
            chosen = [rng.randrange(n) for _ in range(rng.randint(3, 6))]
            parts.append("<p>" + " ".join(sentences[i] for i in chosen) + "</p>")
            words += sum(counts[i] for i in chosen)
            paragraphs += 1
        return "\n".join(parts), words


def tag_names(count, seed=7):
    """`count` distinct German compound words (Energiewende, Mietpreise, …)."""
    combos = [prefix + suffix for prefix in TAG_PREFIXES for suffix in TAG_SUFFIXES]
    if count > len(combos):
        raise ValueError(f"only {len(combos)} tag names available")
    random.Random(seed).shuffle(combos)
    return combos[:count]


def author_names(count, seed=11):
    names = [f"{first} {last}" for first in FIRST_NAMES for last in LAST_NAMES]
    random.Random(seed).shuffle(names)
    return names[:count]
