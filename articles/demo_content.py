"""
Demo content for RENEWZ: sections, authors and articles, written for this project.

Plain data, no Django: `python manage.py load_demo` turns it into rows.
All people, towns, clubs, companies and events below are invented (Hohenbrück,
Lindenfeld, Kirchwalden, Sankt Albin, Portavela, …); real institutions such as
the Bundestag or the Bundesrat only appear in general terms, and nobody real is
quoted. The hero images are generated abstract illustrations, so the alt texts
describe exactly that.

Article fields:
    key            short id, used by `related` and by the tests
    title, lead    headline and first paragraph (plain text)
    body           HTML: <p>, <h2>, <blockquote>, <ul>/<li>, <strong>, <em>, <a>, and embeds
                   (articles.embeds: invented video and chart addresses, with their titles)
    section        a name from SECTIONS
    authors        names from AUTHORS, in byline order
    tags           German tags
    source_name    "" for RENEWZ's own reporting
    source_url     "" or an example.org address
    hero_caption, hero_credit, hero_alt (filled in from the section at the end)
    kicker         the Dachzeile over the headline, from KICKERS ("" : the Ressort's name)
    hours_ago      publication time relative to now; negative = scheduled; None = no date
    status         "published" (default) or "draft"
    related        keys of other articles for the „Lesen Sie auch“ box, in order
    external_links optional (title, url) pairs shown after the related articles
    liveticker     optional: the article is a Liveticker with these entries (see below)
"""

SECTIONS = [
    ("Politik", 10),
    ("Wirtschaft", 20),
    ("Krypto", 30),
    ("Welt", 40),
    ("Wissen", 50),
    ("Sport", 60),
    ("Kultur", 70),
]

# Colours of the generated hero illustrations: gradient from `start` (top left)
# to `end` (bottom right), and how the alt text names them.
SECTION_STYLES = {
    "Politik": {"start": (24, 46, 110), "end": (74, 144, 217), "colour_name": "Dunkelblau und Hellblau"},
    "Wirtschaft": {"start": (12, 74, 52), "end": (64, 170, 140), "colour_name": "Dunkelgrün und Mintgrün"},
    "Krypto": {"start": (196, 84, 0), "end": (246, 190, 72), "colour_name": "Orange und Goldgelb"},
    "Welt": {"start": (0, 88, 100), "end": (110, 200, 196), "colour_name": "Petrol und Türkis"},
    "Wissen": {"start": (62, 34, 120), "end": (160, 126, 220), "colour_name": "Dunkelviolett und Flieder"},
    "Sport": {"start": (160, 24, 36), "end": (240, 120, 86), "colour_name": "Rot und Koralle"},
    "Kultur": {"start": (104, 22, 64), "end": (220, 96, 156), "colour_name": "Weinrot und Pink"},
}

HERO_CREDIT = "RENEWZ-Bildredaktion"

AUTHORS = [
    {
        "name": "Lena Hartmann",
        "job_title": "Politikredakteurin",
        "bio": "Lena Hartmann berichtet seit 2015 über Landespolitik, Wahlen und die Arbeit der Parlamente. "
        "Vor ihrem Wechsel zu RENEWZ war sie Volontärin bei einer Regionalzeitung. "
        "Sie interessiert sich besonders dafür, wie politische Entscheidungen im Alltag ankommen.",
        "profile_url": "https://example.org/autoren/lena-hartmann",
    },
    {
        "name": "Jonas Brenner",
        "job_title": "Wirtschaftsredakteur",
        "bio": "Jonas Brenner schreibt über Mittelstand, Energiepreise und den Arbeitsmarkt. "
        "Der studierte Volkswirt hat mehrere Jahre in der Finanzbranche gearbeitet, bevor er in den Journalismus wechselte.",
        "profile_url": "https://example.org/autoren/jonas-brenner",
    },
    {
        "name": "Mira Olsen",
        "job_title": "Redakteurin für Finanzen und Kryptowährungen",
        "bio": "Mira Olsen erklärt bei RENEWZ, was hinter Kursbewegungen an den Finanz- und Kryptomärkten steckt. "
        "Sie hat Wirtschaftsinformatik studiert und legt Wert darauf, Chancen und Risiken gleichermaßen zu benennen.",
        "profile_url": "https://example.org/autoren/mira-olsen",
    },
    {
        "name": "Tobias Wendling",
        "job_title": "Auslandsreporter",
        "bio": "Tobias Wendling berichtet über internationale Politik, Klimafolgen und Migration. "
        "Für seine Reportagen reist er regelmäßig in Regionen, die selten in den Schlagzeilen stehen. "
        "Er spricht Französisch, Italienisch und Spanisch.",
        "profile_url": "https://example.org/autoren/tobias-wendling",
    },
    {
        "name": "Aylin Demir",
        "job_title": "Wissenschaftsredakteurin",
        "bio": "Aylin Demir ist promovierte Biologin und schreibt über Forschung aus Medizin, Umwelt und Technik. "
        "Sie möchte zeigen, wie Wissenschaft arbeitet – auch dort, wo Ergebnisse vorläufig oder umstritten sind.",
        "profile_url": "https://example.org/autoren/aylin-demir",
    },
    {
        "name": "Felix Sommerfeld",
        "job_title": "Sportreporter",
        "bio": "Felix Sommerfeld berichtet über Fußball, Leichtathletik und Breitensport. "
        "Am liebsten ist er dort unterwegs, wo Sport ohne große Bühne stattfindet: auf Vereinsplätzen, "
        "in Hallenbädern und an Laufstrecken.",
        "profile_url": "https://example.org/autoren/felix-sommerfeld",
    },
    {
        "name": "Clara Winterberg",
        "job_title": "Kulturredakteurin",
        "bio": "Clara Winterberg schreibt über Theater, Literatur und Musik. "
        "Sie hat Theaterwissenschaft studiert und mehrere Jahre als Dramaturgin gearbeitet, bevor sie zu RENEWZ kam.",
        "profile_url": "https://example.org/autoren/clara-winterberg",
    },
    {
        "name": "Deniz Krüger",
        "job_title": "Datenjournalist",
        "bio": "Deniz Krüger wertet Wahlergebnisse, Umfragen und öffentliche Statistiken aus und macht sie in Grafiken verständlich. "
        "Bei RENEWZ ist er für Karten und interaktive Anwendungen zuständig.",
        "profile_url": "https://example.org/autoren/deniz-krueger",
    },
]

ARTICLES = [
    # ------------------------------------------------------------------ published
    {
        "key": "landtagswahl-umfrage",
        "title": "Landtagswahl: Knappes Rennen drei Wochen vor dem Wahltag",
        "section": "Politik",
        "authors": ["Lena Hartmann", "Deniz Krüger", "Jonas Brenner"],
        "tags": ["Landtagswahl", "Wahlen", "Umfragen", "Landespolitik"],
        "lead": "Drei Wochen vor der Landtagswahl liegen Regierung und Opposition in einer neuen Umfrage fast gleichauf. "
        "Jeder dritte Befragte ist nach eigenen Angaben noch unentschlossen – die Parteien ändern deshalb ihre Strategie "
        "für die letzten Wochen des Wahlkampfs.",
        "body": """
<p>Das Meinungsforschungsinstitut Demoskopia hat in der vergangenen Woche gut 1.500 Wahlberechtigte befragt. Das Ergebnis ist ein Patt: Die Regierungsparteien kämen zusammen auf 46 Prozent, die drei Oppositionsparteien auf 45 Prozent. Der Abstand liegt damit innerhalb der statistischen Fehlertoleranz. Vor einem Monat hatte die Koalition in derselben Umfrage noch einen Vorsprung von sechs Punkten.</p>
<p>Auffällig ist der hohe Anteil der Unentschlossenen. 34 Prozent der Befragten sagten, sie wüssten noch nicht, wem sie ihre Stimme geben. Besonders groß ist die Unsicherheit bei Menschen unter 30 und in ländlichen Regionen. „So viele Unentschlossene so kurz vor einer Wahl haben wir selten gemessen“, sagt Institutsleiterin Karin Albers.</p>
<h2>Schulen und Nahverkehr vorn</h2>
<p>Gefragt nach den wichtigsten Themen, nannten die Befragten am häufigsten die Lage an den Schulen, gefolgt vom Nahverkehr auf dem Land und den Mieten in den Städten. Die innere Sicherheit, im vergangenen Wahlkampf noch das beherrschende Thema, landet nur auf Platz vier. Mehrere Parteien haben bereits angekündigt, ihre Plakate in den letzten Wochen auf Bildungsthemen umzustellen.</p>
<p>Die Landesregierung gibt sich gelassen. „Umfragen sind Momentaufnahmen, entschieden wird am Wahltag“, sagte Regierungssprecher Martin Seidel. Die Opposition sieht dagegen Rückenwind. Ihr Spitzenkandidat Thomas Berger kündigte an, bis zum Wahltag in jedem Landkreis mindestens einmal aufzutreten. Auch eine Fernsehdebatte der Spitzenkandidatinnen und Spitzenkandidaten ist geplant.</p>
<p>Für die Wahlbeteiligung rechnet das Institut mit einem Wert um die 65 Prozent, etwas mehr als vor fünf Jahren. Die Briefwahlunterlagen werden ab Montag verschickt. Wer wissen will, wie die Stimmabgabe per Post funktioniert und welche Fristen gelten, findet die wichtigsten Antworten in unserem <a href="https://example.org/wahl/briefwahl">Überblick zur Briefwahl</a>.</p>
""",
        "source_name": "Nordpresse",
        "source_url": "https://example.org/quellen/nordpresse/landtagswahl-umfrage",
        "hero_caption": "Symbolgrafik zur Landtagswahl: Regierung und Opposition liegen in der Umfrage fast gleichauf.",
        "hero_credit": HERO_CREDIT,
        "hours_ago": 1,
        "related": ["briefwahl-fragen", "wahlalter-16", "kommunalwahl-lindenfeld"],
        "external_links": [("Landeswahlleitung: Termine und Fristen", "https://example.org/wahl/landeswahlleitung")],
    },
    {
        "key": "bitcoin-zinsen",
        "title": "Bitcoin legt zu: Anleger setzen auf sinkende Zinsen",
        "section": "Krypto",
        "authors": ["Mira Olsen"],
        "tags": ["Bitcoin", "Kryptowährungen", "Zinsen", "Geldanlage"],
        "lead": "Der Bitcoin hat innerhalb eines Tages kräftig zugelegt und die Verluste der Vorwoche fast vollständig wettgemacht. "
        "Händler begründen den Anstieg mit der Erwartung, dass große Notenbanken die Zinsen bald senken könnten.",
        "body": """
<p>Am Vormittag notierte die älteste und größte Kryptowährung rund fünf Prozent höher als am Vortag. Auch andere digitale Währungen zogen mit, allerdings weniger deutlich. Die aktuellen Kurse zeigt der Ticker im Kopf dieser Seite; sie werden laufend aktualisiert und können sich seit dem Erscheinen dieses Artikels bereits deutlich verändert haben.</p>
<p>Auslöser der Bewegung waren schwächere Konjunkturdaten aus den USA. Viele Marktteilnehmer lesen sie als Zeichen, dass die Notenbanken ihre Geldpolitik bald lockern. Sinkende Zinsen machen klassische Sparanlagen weniger attraktiv, während riskantere Anlagen wie Aktien oder Kryptowährungen tendenziell profitieren. „Der Bitcoin handelt derzeit wie eine Technologieaktie mit Hebel“, sagt der Analyst Sebastian Roth.</p>
<h2>Warnung vor schnellen Gewinnen</h2>
<p>Verbraucherschützer mahnen zur Vorsicht. Kursausschläge von zehn Prozent und mehr innerhalb weniger Tage seien bei Kryptowährungen keine Seltenheit, und zwar in beide Richtungen. Wer investiere, solle nur Geld einsetzen, auf das er notfalls verzichten könne, und sich vorher über Gebühren und die Sicherheit der genutzten Handelsplattform informieren.</p>
<p>Auch unter Fachleuten ist umstritten, wie nachhaltig die Erholung ist. Einige verweisen auf die anhaltenden Zuflüsse in börsengehandelte Bitcoin-Fonds, die das Interesse institutioneller Anleger belegen. Andere sehen vor allem kurzfristig orientierte Händler am Werk, die ihre Positionen bei der nächsten schlechten Nachricht ebenso schnell wieder auflösen könnten.</p>
<p>Wer bereits Bitcoin besitzt und über einen Verkauf nachdenkt, sollte auch die steuerliche Seite im Blick behalten. Entscheidend ist dabei vor allem, wie lange die Coins schon im Depot liegen. Die wichtigsten Regeln zu Haltefristen, Freigrenzen und Dokumentationspflichten hat RENEWZ in einem <a href="https://example.org/ratgeber/krypto-steuern">eigenen Ratgeber</a> zusammengefasst.</p>
""",
        "source_name": "Westwind News",
        "source_url": "",
        "hero_caption": "Symbolgrafik: Der Bitcoin-Kurs hat innerhalb eines Tages deutlich zugelegt.",
        "hero_credit": HERO_CREDIT,
        "hours_ago": 3,
        "related": ["krypto-steuer", "ethereum-update"],
    },
    # A running Liveticker (`liveticker`: its entries, oldest first; `minutes_ago` relative to now).
    {
        "key": "sturm-liveticker",
        "title": "Sturmtief „Katrin“ über dem Hohenbrücker Land: Der Liveticker",
        "section": "Welt",
        "authors": ["Clara Winterberg", "Felix Sommerfeld"],
        "tags": ["Unwetter", "Hohenbrück", "Liveticker"],
        "lead": "Orkanböen, umgestürzte Bäume, gesperrte Strecken: Sturmtief „Katrin“ zieht über das Hohenbrücker Land. "
        "Wir berichten laufend, was Feuerwehr, Bahn und Wetterdienst melden.",
        "body": """
<p>Der Wetterdienst hat für den ganzen Landkreis die höchste Warnstufe ausgerufen. Bis in die Nacht werden Böen von mehr als 110 Kilometern pro Stunde erwartet, auf den Höhen des Kirchwaldener Forsts auch deutlich mehr. Besonders gefährdet sind nach Einschätzung der Meteorologen die Waldgebiete im Norden des Kreises und die offenen Flächen entlang des Flusses, wo der Wind ungebremst auf Straßen und Leitungen trifft.</p>
<p>Feuerwehr, Polizei und Kreisverwaltung haben am Morgen einen gemeinsamen Krisenstab eingerichtet, der sich jede Stunde abstimmt. Er bittet alle Bürgerinnen und Bürger, lose Gegenstände auf Balkonen und in Gärten zu sichern, nicht unter Bäumen zu parken und Spaziergänge im Wald auf die Zeit nach dem Sturm zu verschieben. Auch Veranstaltungen im Freien sind für heute abgesagt.</p>
<p>Wer einen Notfall melden will, wählt wie immer die 112. Für umgestürzte Bäume und beschädigte Dächer ohne Gefahr für Menschen hat der Landkreis ein eigenes Bürgertelefon geschaltet, damit die Notrufleitungen für dringende Einsätze frei bleiben. Die Nummer steht auf der Website des Kreises, die Leitung ist bis Mitternacht besetzt.</p>
<p>In diesem Liveticker sammeln wir, was Feuerwehr, Bahn, Stromversorger und Wetterdienst melden und was unsere Reporterinnen und Reporter vor Ort sehen. Die wichtigsten Meldungen stehen unter „Das Wichtigste in Kürze“, alle weiteren darunter, die neuesten zuerst. Die Seite zeigt neue Einträge von selbst an, ohne dass Sie sie neu laden müssen.</p>
""",
        "source_name": "",
        "source_url": "",
        "hero_caption": "Symbolgrafik zum Sturmtief über dem Hohenbrücker Land.",
        "hero_credit": HERO_CREDIT,
        "hours_ago": 4,
        "related": ["stadtbaeume-hitze", "strassen-bruecken"],
        "liveticker": [
            {
                "minutes_ago": 175,
                "author": "Clara Winterberg",
                "title": "Höchste Warnstufe für den Landkreis",
                "body": "<p>Der Wetterdienst warnt vor extremen Orkanböen bis in die Nacht. Die Kreisverwaltung bittet alle, "
                "Fahrten zu verschieben und Wälder und Parks zu meiden.</p>",
                "pinned": True,
            },
            {
                "minutes_ago": 160,
                "author": "Felix Sommerfeld",
                "title": "",
                "body": "<p>In Lindenfeld sind die ersten Äste auf die Landstraße nach Sankt Albin gefallen. Die Feuerwehr ist vor Ort, "
                "die Straße ist einspurig befahrbar.</p>",
            },
            {
                "minutes_ago": 140,
                "author": "Clara Winterberg",
                "title": "Schulen schließen früher",
                "body": "<p>Alle Schulen im Landkreis beenden den Unterricht heute nach der vierten Stunde. Die Busse fahren ab "
                "12 Uhr nach einem Sonderfahrplan.</p>",
            },
            {
                "minutes_ago": 120,
                "author": "Felix Sommerfeld",
                "title": "Bahnstrecke Hohenbrück–Kirchwalden gesperrt",
                "body": "<p>Ein umgestürzter Baum liegt bei Kirchwalden im Gleis. Die Regionalbahn fährt bis auf Weiteres nur "
                "bis Lindenfeld; ein Ersatzverkehr mit Bussen ist eingerichtet.</p>",
                "pinned": True,
            },
            {
                "minutes_ago": 95,
                "author": "Clara Winterberg",
                "title": "",
                "body": "<p>Am Marktplatz in Hohenbrück hat der Wind ein Baugerüst gelockert. Die Polizei hat den Platz weiträumig "
                "abgesperrt.</p>",
            },
            {
                "minutes_ago": 70,
                "author": "Felix Sommerfeld",
                "title": "Korrektur zur Bahnstrecke",
                "body": "<p>Anders als zunächst gemeldet fährt die Regionalbahn nicht bis Lindenfeld, sondern nur bis zum Bahnhof "
                "Hohenbrück-Nord. Der Ersatzverkehr beginnt dort.</p>",
                "correction": True,
            },
            {
                "minutes_ago": 45,
                "author": "Clara Winterberg",
                "title": "Feuerwehr zieht erste Bilanz",
                "body": "<p>Seit dem Vormittag sind die Feuerwehren im Landkreis zu mehr als 140 Einsätzen ausgerückt, meist wegen "
                "umgestürzter Bäume. Verletzt wurde nach bisherigen Angaben niemand.</p>",
                "edited_minutes_ago": 30,
                "pinned": True,
            },
            {
                "minutes_ago": 20,
                "author": "Felix Sommerfeld",
                "title": "",
                "body": "<p>Der Stromversorger meldet Ausfälle in einzelnen Straßen von Sankt Albin. Die Techniker sind unterwegs, "
                "wegen der Böen können sie aber nicht überall sofort arbeiten.</p>",
            },
            {
                "minutes_ago": 5,
                "author": "Clara Winterberg",
                "title": "Der Wind lässt am Abend nach",
                "body": "<p>Nach der neuesten Vorhersage schwächt sich das Sturmtief ab etwa 21 Uhr ab. Bis dahin bleibt die "
                "Warnung bestehen.</p>",
            },
        ],
    },
    {
        "key": "hitze-kuehlraeume",
        "title": "Hitzewelle am Mittelmeer: Städte öffnen Kühlräume für Ältere",
        "section": "Welt",
        "authors": ["Tobias Wendling", "Aylin Demir"],
        "tags": ["Hitze", "Klimawandel", "Gesundheit", "Südeuropa"],
        "lead": "Seit mehr als einer Woche liegen die Temperaturen in weiten Teilen Südeuropas über 40 Grad. "
        "Mehrere Küstenstädte haben Bibliotheken, Turnhallen und Rathäuser zu öffentlichen Kühlräumen erklärt – "
        "vor allem für ältere und alleinlebende Menschen.",
        "body": """
<p>In der Hafenstadt Portavela stehen seit Montag zwölf sogenannte Klimazufluchten offen. Wer die Hitze in der eigenen Wohnung nicht mehr aushält, kann dort tagsüber kostenlos sitzen, Wasser trinken und sich von Freiwilligen beraten lassen. Die Stadtverwaltung hat dafür Schulturnhallen und einen Teil des Rathauses mit mobilen Klimageräten ausgestattet und die Öffnungszeiten bis in den späten Abend verlängert.</p>
<p>„Die gefährlichste Zeit ist nicht der Mittag, sondern die Nacht, wenn die Wohnungen nicht mehr abkühlen“, sagt Bürgermeisterin Elena Marchetti. Besonders betroffen seien Menschen in den oberen Stockwerken alter Häuser ohne Dämmung. Sozialarbeiterinnen rufen deshalb täglich bei mehr als 3.000 Seniorinnen und Senioren an, die sich auf einer Liste der Stadt registriert haben.</p>
<h2>Krankenhäuser am Limit</h2>
<p>Die Kliniken der Region melden deutlich mehr Einweisungen wegen Kreislaufproblemen und Flüssigkeitsmangel. In einigen Notaufnahmen wurden zusätzliche Liegen aufgestellt, geplante Operationen wurden verschoben. Die Gesundheitsbehörden raten, in den heißesten Stunden auf körperliche Anstrengung zu verzichten, regelmäßig zu trinken und auf Nachbarn zu achten, die allein leben.</p>
<p>Auch die Landwirtschaft leidet. Viele Bauern berichten von verdorrten Feldern und Bewässerungsverboten, weil die Stauseen nur noch zu einem Drittel gefüllt sind. Forschende sehen in der Häufung solcher Hitzeperioden eine Folge des Klimawandels: Was früher als Ausnahmesommer galt, werde im Mittelmeerraum zunehmend zum Normalfall, heißt es in einer aktuellen Auswertung mehrerer Wetterdienste.</p>
<p>Meteorologen erwarten frühestens zum Wochenende eine leichte Abkühlung. Bis dahin bleibt die höchste Warnstufe in Kraft. Portavela will die Kühlräume auch danach nicht sofort schließen: Man wolle Erfahrungen sammeln, sagte Marchetti, und das Angebot im kommenden Sommer von Anfang an bereithalten, statt erst beim ersten Hitzealarm zu improvisieren.</p>
""",
        "source_name": "Agence Lumière",
        "source_url": "https://example.org/quellen/afp/hitzewelle",
        "hero_caption": "Symbolgrafik: In Portavela stehen zwölf öffentliche Kühlräume offen.",
        "hero_credit": HERO_CREDIT,
        "hours_ago": 5,
        "related": ["gletscher-sankt-albin", "stadtbaeume-hitze"],
    },
    {
        "key": "frauenfussball-hohenbrueck",
        "title": "Frauenfußball: Aufsteiger Hohenbrück gewinnt zum dritten Mal in Folge",
        "section": "Sport",
        "authors": ["Felix Sommerfeld"],
        "tags": ["Fußball", "Frauenfußball", "Hohenbrück"],
        "lead": "Der FSV Hohenbrück bleibt die Überraschung der Saison. Mit einem 2:1 gegen den Tabellenzweiten feierte der Aufsteiger "
        "den dritten Sieg nacheinander und klettert auf Platz vier.",
        "body": """
<p>Vor gut 2.800 Zuschauerinnen und Zuschauern – so vielen wie nie zuvor bei einem Heimspiel der Frauen – erwischte Hohenbrück einen Traumstart. Bereits in der siebten Minute köpfte Kapitänin Jana Reiter eine Ecke zur Führung ein. Die Gäste brauchten lange, um ins Spiel zu finden, und kamen erst kurz vor der Pause durch einen Distanzschuss zum Ausgleich.</p>
<p>Nach dem Seitenwechsel drängten die Gäste auf die Führung, doch Torhüterin Merle Kaufmann hielt ihr Team mit mehreren starken Paraden im Spiel. In der 78. Minute dann der entscheidende Konter: Die erst 18-jährige Lotta Brandt setzte sich auf dem linken Flügel durch und schob den Ball flach ins lange Eck. Das Stadion stand danach kopf.</p>
<blockquote>„Wir haben vor der Saison über den Klassenerhalt gesprochen. Daran ändert sich nichts, aber heute dürfen wir träumen.“ – Trainerin Sabine Hollweg</blockquote>
<p>Der Erfolg kommt für einen Verein mit kleinem Budget überraschend. Viele Spielerinnen arbeiten oder studieren neben dem Sport, trainiert wird abends auf einem Kunstrasenplatz, den sich die Frauen mit der Jugendabteilung teilen. Der Vorstand verhandelt nach eigenen Angaben mit der Stadt über bessere Trainingszeiten und eine zweite Umkleidekabine.</p>
<p>Wer das Spiel verpasst hat, kann die entscheidenden Szenen nachholen: Der Verein hat die Tore und die besten Paraden von Merle Kaufmann in einem kurzen Video zusammengeschnitten. Zu sehen ist auch der Jubel auf der Tribüne nach dem Schlusspfiff, als die Mannschaft gemeinsam mit den Fans vor der Kurve feierte und Trainerin Hollweg spontan eine Runde Getränke für alle ausgab.</p>
<figure class="embed" data-provider="youtube" data-url="https://www.youtube.com/watch?v=Rnwz3Tore26" data-title="FSV Hohenbrück – Alle Tore und Paraden gegen den Tabellenzweiten"><a href="https://www.youtube.com/watch?v=Rnwz3Tore26">FSV Hohenbrück – Alle Tore und Paraden gegen den Tabellenzweiten</a></figure>
<p>Schon am kommenden Sonntag wartet die nächste schwere Aufgabe: Hohenbrück reist zum Tabellenführer, der in dieser Saison noch kein Spiel verloren hat. Trainerin Hollweg will trotzdem mutig auftreten. Die Fans planen eine gemeinsame Busfahrt; nach Angaben des Vereins waren die ersten beiden Busse innerhalb eines Tages ausgebucht.</p>
""",
        "source_name": "",
        "source_url": "",
        "hero_caption": "Symbolgrafik: Der FSV Hohenbrück klettert mit dem dritten Sieg in Folge auf Platz vier.",
        "hero_credit": HERO_CREDIT,
        "hours_ago": 8,
        "related": ["marathon-rekord", "hallenbaeder-schwimmen"],
    },
    {
        "key": "natrium-akku",
        "title": "Salz statt Lithium: Forschende testen Natrium-Akku für Heimspeicher",
        "section": "Wissen",
        "authors": ["Aylin Demir"],
        "tags": ["Forschung", "Energie", "Batterien", "Solarstrom"],
        "lead": "Ein Team der Technischen Hochschule Hohenbrück hat einen Batteriespeicher auf Natrium-Basis ein Jahr lang in "
        "Einfamilienhäusern erprobt. Die Ergebnisse machen Hoffnung auf günstigere Speicher für Solarstrom, zeigen aber auch Schwächen.",
        "body": """
<p>Lithium-Ionen-Akkus stecken heute in fast allen Stromspeichern, die Hausbesitzer zusammen mit einer Photovoltaikanlage kaufen. Lithium ist jedoch vergleichsweise teuer, und sein Abbau ist mit hohem Wasserverbrauch verbunden. Natrium dagegen ist ein Bestandteil von gewöhnlichem Kochsalz und nahezu unbegrenzt verfügbar. Genau das macht die Technik für Forschung und Industrie interessant.</p>
<p>Für den Feldversuch baute das Team um die Materialwissenschaftlerin Ines Kowalski zwölf Speicher mit jeweils zehn Kilowattstunden Kapazität in Wohnhäuser der Region ein. Über zwölf Monate zeichneten Sensoren auf, wie viel Solarstrom gespeichert und abends wieder abgegeben wurde, wie warm die Zellen wurden und wie schnell ihre Kapazität nachließ.</p>
<h2>Robust bei Kälte, aber schwerer</h2>
<p>Das Ergebnis fällt gemischt aus. Im Winter arbeiteten die Natrium-Speicher zuverlässiger als vergleichbare Lithium-Geräte, auch bei Frost in unbeheizten Kellern. Nach einem Jahr hatten sie nur rund zwei Prozent ihrer Kapazität eingebüßt. Allerdings sind die Geräte bei gleicher Speichermenge etwa ein Drittel schwerer und größer, was den Einbau in engen Räumen erschwert.</p>
<p>„Für Autos ist die Energiedichte noch zu gering, für den Keller eines Einfamilienhauses spielt das kaum eine Rolle“, sagt Kowalski. Entscheidend sei am Ende der Preis. Sobald Natrium-Zellen in großen Stückzahlen gefertigt würden, könnten Heimspeicher nach Schätzung der Forschenden um ein Viertel günstiger werden als heute.</p>
<p>Bis dahin dürfte allerdings noch Zeit vergehen. Die Hochschule sucht nun Partner aus der Industrie, um eine kleine Serie zu fertigen. Die Familien, die am Feldversuch teilgenommen haben, dürfen ihre Speicher behalten; die Daten aus ihren Häusern sollen auch im zweiten Jahr weiter ausgewertet werden.</p>
""",
        "source_name": "Nordpresse",
        "source_url": "",
        "hero_caption": "Symbolgrafik: Natrium-Speicher könnten Solarstrom im Keller günstiger machen.",
        "hero_credit": HERO_CREDIT,
        "hours_ago": 12,
        "related": ["energiepreise-stadtwerke", "mini-satellit"],
        "external_links": [("Projektseite der TH Hohenbrück", "https://example.org/wissen/natrium-speicher")],
    },
    {
        "key": "energiepreise-stadtwerke",
        "title": "Energiepreise: Stadtwerke senken Abschläge für Strom und Gas",
        "section": "Wirtschaft",
        "authors": ["Jonas Brenner"],
        "tags": ["Energie", "Strompreise", "Verbraucher", "Stadtwerke"],
        "lead": "Zum Jahresbeginn zahlen viele Haushalte weniger für Strom und Gas. Die Stadtwerke Hohenbrück geben gesunkene "
        "Einkaufspreise an ihre Kundinnen und Kunden weiter – Verbraucherschützer raten trotzdem zum Vergleich.",
        "body": """
<p>Für einen durchschnittlichen Haushalt mit einem Stromverbrauch von 2.500 Kilowattstunden im Jahr sinkt der monatliche Abschlag um rund acht Euro. Beim Gas fällt die Entlastung größer aus: Eine Familie in einem Einfamilienhaus spart nach Berechnungen des Versorgers etwa 180 Euro im Jahr. Die neuen Preise gelten ab dem 1. Januar, die Kundinnen und Kunden werden per Brief informiert.</p>
<p>„Wir haben Energie in den vergangenen Monaten deutlich günstiger einkaufen können und geben das vollständig weiter“, sagt Geschäftsführer Rainer Holtkamp. Die Stadtwerke kaufen Strom und Gas zum Teil zwei bis drei Jahre im Voraus ein. Deshalb kommen sinkende Preise an den Großhandelsmärkten erst mit Verzögerung bei den Haushalten an – ebenso wie zuvor die Preissprünge.</p>
<h2>Netzentgelte steigen weiter</h2>
<p>Ganz ungetrübt ist die Nachricht nicht. Die Entgelte für die Nutzung der Stromnetze steigen auch im kommenden Jahr, weil die Leitungen für den Ausbau von Wind- und Solarenergie modernisiert werden müssen. Dieser Anteil macht inzwischen fast ein Viertel des Strompreises aus und kann von den Versorgern nicht beeinflusst werden.</p>
<p>Die Verbraucherzentrale rät, die neuen Abschläge genau zu prüfen. Wer seinen Verbrauch durch eine neue Heizung oder sparsamere Geräte gesenkt habe, solle den Abschlag zusätzlich anpassen lassen. Ein Tarifvergleich lohne sich vor allem für Haushalte, die noch in der teuren Grundversorgung sind und seit Jahren nicht gewechselt haben.</p>
<p>Wie stark die Preise in den vergangenen Jahren geschwankt haben, zeigt die Grafik unserer Datenredaktion. Sie vergleicht den durchschnittlichen Arbeitspreis für Strom und Gas in der Grundversorgung der Stadtwerke seit 2019. Deutlich zu sehen sind der steile Anstieg im Winter 2022 und der langsame Rückgang danach, der nun erstmals auch bei den monatlichen Abschlägen der Haushalte ankommt.</p>
<figure class="embed" data-provider="datawrapper" data-url="https://datawrapper.dwcdn.net/rNwZ5/1/" data-title="Arbeitspreise für Strom und Gas bei den Stadtwerken Hohenbrück seit 2019"><a href="https://datawrapper.dwcdn.net/rNwZ5/1/">Arbeitspreise für Strom und Gas bei den Stadtwerken Hohenbrück seit 2019</a></figure>
<ul>
<li>Abschlag prüfen: Passt er zum tatsächlichen Verbrauch des Vorjahres?</li>
<li>Zählerstand zum Jahreswechsel notieren und dem Versorger melden.</li>
<li>Tarife vergleichen, besonders in der Grundversorgung.</li>
</ul>
""",
        "source_name": "",
        "source_url": "",
        "hero_caption": "Symbolgrafik: Strom und Gas werden für viele Haushalte zum Jahresbeginn günstiger.",
        "hero_credit": HERO_CREDIT,
        "hours_ago": 18,
        "related": ["natrium-akku", "innenstadt-leerstand"],
        "external_links": [("Verbraucherzentrale: Tipps zum Tarifwechsel", "https://example.org/verbraucher/tarifwechsel")],
    },
    {
        "key": "theater-uebergriffe",
        "title": "Übergriffe hinter der Bühne: Ensemble fordert unabhängige Anlaufstelle",
        "section": "Kultur",
        "authors": ["Clara Winterberg", "Lena Hartmann"],
        "tags": ["Theater", "Arbeitsbedingungen", "Hohenbrück"],
        "lead": "Mehr als 40 Beschäftigte des Stadttheaters Hohenbrück haben in einem offenen Brief Machtmissbrauch und "
        "Grenzüberschreitungen im Probenbetrieb beklagt. Sie fordern eine Vertrauensstelle, die nicht der Theaterleitung untersteht.",
        "body": """
<p>Der Brief, der RENEWZ vorliegt, beschreibt ein Arbeitsklima, in dem Kritik kaum möglich sei. Schauspielerinnen berichten von herabsetzenden Bemerkungen vor versammeltem Ensemble, von Proben, die ohne Ankündigung bis tief in die Nacht verlängert wurden, und von körperlichen Übergriffen, die folgenlos geblieben seien. Namen nennen die Unterzeichnenden nicht; sie wollen nach eigenen Worten strukturelle Probleme benennen.</p>
<p>„Viele von uns haben befristete Verträge. Wer sich beschwert, muss fürchten, in der nächsten Spielzeit nicht mehr besetzt zu werden“, sagt eine Schauspielerin, die anonym bleiben möchte. Genau deshalb brauche es eine Stelle außerhalb des Hauses, an die sich Betroffene vertraulich wenden könnten, ohne dass die Leitung davon erfährt.</p>
<h2>Stadt kündigt Prüfung an</h2>
<p>Die Theaterleitung zeigte sich in einer ersten Stellungnahme betroffen. Man nehme die Schilderungen sehr ernst und werde allen Hinweisen nachgehen, hieß es. Die Stadt als Trägerin des Hauses kündigte an, eine externe Kanzlei mit der Aufarbeitung zu beauftragen. Kulturdezernentin Sabine Adler sagte, das Ergebnis werde dem Stadtrat vollständig vorgelegt.</p>
<p>An mehreren Bühnen hatten sich in den vergangenen Jahren ähnliche Debatten entzündet. Branchenverbände empfehlen inzwischen verbindliche Verhaltensregeln, Schulungen für Leitungskräfte und unabhängige Beschwerdestellen. Einige Häuser haben solche Strukturen bereits eingeführt, an vielen kleineren Theatern fehlen sie aber noch, oft aus Geldmangel.</p>
<p>Das Ensemble will den Spielbetrieb trotz des Konflikts fortsetzen. Die Premiere der nächsten Inszenierung ist für Ende des Monats geplant. Man wolle das Publikum nicht bestrafen, heißt es im Brief, erwarte aber, dass sich bis zum Ende der Spielzeit etwas Grundlegendes an der Art ändere, wie im Haus miteinander gearbeitet wird.</p>
""",
        "source_name": "",
        "source_url": "",
        "hero_caption": "Symbolgrafik: Beschäftigte des Stadttheaters Hohenbrück fordern eine unabhängige Vertrauensstelle.",
        "hero_credit": HERO_CREDIT,
        "hours_ago": 26,
        "related": ["literaturpreis-debuet", "strassenmusik-festival"],
    },
    {
        "key": "kommunalwahl-lindenfeld",
        "title": "Kommunalwahl in Lindenfeld: Wahlbeteiligung steigt auf Rekordwert",
        "section": "Politik",
        "authors": ["Deniz Krüger", "Lena Hartmann"],
        "tags": ["Kommunalwahl", "Wahlbeteiligung", "Wahlen", "Lindenfeld"],
        "lead": "Bei der Kommunalwahl in Lindenfeld haben so viele Menschen abgestimmt wie seit Jahrzehnten nicht mehr. "
        "Die Wahlbeteiligung lag bei 61,4 Prozent – fast zwölf Punkte mehr als vor fünf Jahren.",
        "body": """
<p>Bis kurz vor Mitternacht wurde im Rathaus ausgezählt, dann stand das vorläufige Ergebnis fest. Im neuen Stadtrat sind künftig sieben Listen vertreten, eine mehr als bisher. Die bislang stärkste Fraktion verliert zwar Stimmen, bleibt aber vorn. Deutlich zulegen konnte eine erst vor zwei Jahren gegründete Wählergemeinschaft, die sich vor allem für den Erhalt des städtischen Freibads eingesetzt hatte.</p>
<p>Wahlleiterin Birgit Sander zeigte sich von der hohen Beteiligung überrascht. „Wir hatten mit einem leichten Plus gerechnet, aber nicht mit so einem Sprung“, sagte sie. Allein die Zahl der Briefwählerinnen und Briefwähler habe sich verdoppelt. Um die Stimmen rechtzeitig auszuzählen, seien kurzfristig 80 zusätzliche Wahlhelferinnen und Wahlhelfer angeworben worden, viele davon Studierende.</p>
<h2>Was die Zahlen zeigen</h2>
<p>Eine erste Auswertung der Stimmbezirke zeigt, dass die Beteiligung vor allem in den Neubaugebieten am Stadtrand gestiegen ist. Dort leben viele junge Familien, die zum ersten Mal an einer Kommunalwahl in Lindenfeld teilgenommen haben. In der Altstadt blieb die Wahlbeteiligung dagegen nahezu unverändert. Am niedrigsten war sie wie schon bei früheren Wahlen im Bezirk rund um den Güterbahnhof.</p>
<p>Der Politikwissenschaftler Jan Wulf von der Universität Lindenfeld sieht mehrere Gründe. Umstrittene lokale Themen wie das Freibad oder die geplante Umgehungsstraße hätten viele Menschen mobilisiert. Zudem habe die Stadt erstmals in allen Stadtteilen mit Infoständen und mehrsprachigen Informationen für die Wahl geworben. „Kommunalpolitik wird dann wahrgenommen, wenn sie den Alltag spürbar berührt“, sagt Wulf.</p>
<p>Der neue Stadtrat kommt Anfang des kommenden Monats zu seiner ersten Sitzung zusammen. Ob die bisherige Mehrheit weiterregieren kann, ist offen. Gespräche über mögliche Bündnisse sollen nach Angaben der Fraktionen noch in dieser Woche beginnen. Das amtliche Endergebnis will der Wahlausschuss am Freitag feststellen.</p>
""",
        "source_name": "",
        "source_url": "",
        "hero_caption": "Symbolgrafik zur Kommunalwahl: In Lindenfeld gaben 61,4 Prozent der Berechtigten ihre Stimme ab.",
        "hero_credit": HERO_CREDIT,
        "hours_ago": 34,
        "related": ["landtagswahl-umfrage", "wahlalter-16"],
    },
    {
        "key": "ethereum-update",
        "title": "Ethereum: Netzwerk-Update soll Überweisungen günstiger machen",
        "section": "Krypto",
        "authors": ["Mira Olsen"],
        "tags": ["Ethereum", "Kryptowährungen", "Blockchain", "Gebühren"],
        "lead": "Die Entwicklerinnen und Entwickler des Ethereum-Netzwerks haben ein größeres Update angekündigt. "
        "Es soll Transaktionen auf sogenannten Layer-2-Netzwerken schneller und billiger machen – "
        "bemerkbar machen dürfte sich das vor allem bei kleinen Beträgen.",
        "body": """
<p>Ethereum ist nach dem Bitcoin die zweitgrößte Kryptowährung nach Marktwert. Anders als der Bitcoin ist Ethereum aber vor allem eine Plattform, auf der Programme laufen: sogenannte Smart Contracts, die etwa Tauschbörsen, Kreditangebote oder digitale Sammlerstücke ermöglichen. Jede dieser Aktionen kostet eine Gebühr, die in Zeiten hoher Auslastung schnell mehrere Euro erreichen kann.</p>
<p>Um das Hauptnetz zu entlasten, wickeln viele Anwendungen ihre Transaktionen inzwischen auf zusätzlichen Netzwerken ab, die auf Ethereum aufsetzen und nur noch gebündelte Ergebnisse an das Hauptnetz melden. Das geplante Update vergrößert den Platz, der für diese Datenpakete reserviert ist. Nach Schätzungen aus der Entwicklergemeinde könnten die Gebühren dort dadurch noch einmal deutlich sinken.</p>
<h2>Kurs reagiert verhalten</h2>
<p>Am Markt löste die Ankündigung keine großen Sprünge aus. Der Kurs von Ether, der Währung des Netzwerks, bewegte sich am Tag danach nur um wenige Prozent. „Solche Updates sind lange vorher bekannt und in den Preisen weitgehend eingerechnet“, sagt die Kryptoanalystin Nora Feld. Wichtiger sei langfristig, ob tatsächlich mehr Menschen und Unternehmen das Netzwerk im Alltag nutzen.</p>
<p>Kritiker weisen darauf hin, dass die Aufteilung auf viele Zusatznetze die Nutzung komplizierter macht. Wer Guthaben zwischen ihnen verschieben will, braucht sogenannte Brücken, die in der Vergangenheit immer wieder Ziel von Hackerangriffen waren. Die Entwickler arbeiten nach eigenen Angaben daran, diese Übergänge sicherer und für Laien verständlicher zu gestalten.</p>
<p>Für Anlegerinnen und Anleger, die Ether lediglich halten, ändert sich durch das Update nichts. Sie müssen weder ihre Coins umtauschen noch selbst aktiv werden. Verbraucherschützer warnen allerdings vor Betrügern, die solche Termine nutzen, um mit angeblich notwendigen <em>Umstellungen</em> an die Zugangsdaten digitaler Geldbörsen zu gelangen.</p>
""",
        "source_name": "",
        "source_url": "",
        "hero_caption": "Symbolgrafik: Das Ethereum-Update soll vor allem kleine Überweisungen billiger machen.",
        "hero_credit": HERO_CREDIT,
        "hours_ago": 47,
        "related": ["bitcoin-zinsen", "litecoin-zahlungen"],
    },
    {
        "key": "gletscher-sankt-albin",
        "title": "Gletscherschwund: Bergdorf Sankt Albin baut Schutzdamm gegen Geröll",
        "section": "Welt",
        "authors": ["Tobias Wendling"],
        "tags": ["Klimawandel", "Alpen", "Gletscher", "Tourismus"],
        "lead": "Weil der Gletscher oberhalb des Ortes rasant schmilzt, drohen dem Alpendorf Sankt Albin Murenabgänge. "
        "Die Gemeinde baut nun einen Damm für mehrere Millionen Euro – und fragt sich, wie lange er reicht.",
        "body": """
<p>Von der Terrasse seines Gasthofs konnte Josef Ambach als Kind noch die weiße Zunge des Gletschers sehen. Heute blickt er auf graues Geröll und nackten Fels. In den vergangenen 30 Jahren hat sich das Eis um fast einen Kilometer zurückgezogen. Zurück bleiben lose Steine und Schutt, die bei Starkregen ins Rutschen geraten können.</p>
<p>Im vergangenen Sommer ging nach einem Gewitter eine Mure bis wenige Hundert Meter an die ersten Häuser heran. Verletzt wurde niemand, doch die einzige Zufahrtsstraße war drei Tage lang gesperrt. Für die Gemeinde war das ein Weckruf. Geologen empfahlen einen Auffangdamm und ein Frühwarnsystem mit Sensoren, die Bewegungen im Hang melden.</p>
<blockquote>„Wir können den Gletscher nicht retten. Wir können nur versuchen, mit den Folgen zu leben.“ – Bürgermeisterin Theresa Lechner</blockquote>
<p>Der Damm soll bis zum Herbst fertig sein und rund 4,5 Millionen Euro kosten. Den größten Teil tragen Land und Staat, die Gemeinde selbst muss knapp eine halbe Million aufbringen – für einen Ort mit 600 Einwohnern eine gewaltige Summe. Einige Bewohner haben vorgeschlagen, dafür die Kurtaxe zu erhöhen, andere befürchten, dass dann Gäste ausbleiben.</p>
<p>Denn vom Tourismus lebt Sankt Albin. Wanderer kommen vor allem wegen des Gletscherblicks, der von Jahr zu Jahr bescheidener ausfällt. Der Tourismusverband setzt deshalb zunehmend auf neue Angebote: geführte Touren zu den Spuren des Eises, ein kleines Museum und Vorträge über die Veränderungen in den Bergen. Ambach sagt, er erzähle seinen Gästen inzwischen mehr über das Verschwinden als über die Aussicht.</p>
""",
        "source_name": "Westwind News",
        "source_url": "https://example.org/quellen/reuters/gletscher",
        "hero_caption": "Symbolgrafik: Sankt Albin schützt sich mit einem Damm vor Geröll aus dem Gletschervorfeld.",
        "hero_credit": HERO_CREDIT,
        "hours_ago": 60,
        "related": ["hitze-kuehlraeume", "nachtzug-portavela"],
    },
    {
        "key": "stadtbaeume-hitze",
        "title": "Stadtbäume im Hitzestress: Welche Arten den Sommer am besten überstehen",
        "section": "Wissen",
        "authors": ["Aylin Demir", "Deniz Krüger"],
        "tags": ["Stadtgrün", "Klimawandel", "Forschung", "Hohenbrück"],
        "lead": "Trockene Sommer setzen Bäumen in Städten stark zu. Eine Langzeitstudie aus Hohenbrück zeigt, welche Arten "
        "mit Hitze und wenig Wasser zurechtkommen – und warum der Standort oft wichtiger ist als die Art.",
        "body": """
<p>Seit acht Jahren beobachten Forschende der Universität Lindenfeld rund 2.000 Straßenbäume in Hohenbrück. Sie messen, wie schnell die Bäume wachsen, wie dicht ihre Kronen sind und wann sie im Sommer die ersten Blätter verlieren. Die Daten fließen in eine Karte ein, die der Stadt zeigt, wo Bäume besonders gefährdet sind und wo sie kaum Probleme haben.</p>
<p>Das Ergebnis ist eindeutig: Arten, die ursprünglich aus trockeneren Regionen Südosteuropas oder Nordamerikas stammen, kommen mit den heißen Sommern deutlich besser zurecht. Dazu gehören etwa die Silberlinde, die Zerr-Eiche und der Amberbaum. Heimische Arten wie Bergahorn und Rotbuche zeigten dagegen in engen Straßen häufig schon im Juli deutliche Trockenschäden.</p>
<h2>Boden wichtiger als Baumart</h2>
<p>Mindestens ebenso wichtig wie die Art ist der Standort. „Ein Baum, der in einer winzigen Grube zwischen Asphalt und Leitungen steht, hat kaum eine Chance, egal welche Art es ist“, sagt Studienleiterin Friederike Haas. Bäume mit großen, unversiegelten Baumscheiben und lockerem Boden überstanden selbst den trockensten Sommer der Messreihe meist ohne größere Schäden.</p>
<p>Die Stadt will die Ergebnisse nutzen. Bei Neupflanzungen sollen künftig mindestens zwölf Kubikmeter durchwurzelbarer Boden pro Baum eingeplant werden. Außerdem sollen Bürgerinnen und Bürger über eine App Patenschaften übernehmen und melden können, wann sie einen Baum gegossen haben. So will die Verwaltung Wasser gezielter dorthin bringen, wo es am dringendsten gebraucht wird.</p>
<p>Fachleute warnen allerdings davor, nur noch auf fremde Arten zu setzen. Heimische Bäume seien für viele Insekten und Vögel wichtig, die auf sie spezialisiert sind. Die Forschenden empfehlen deshalb eine Mischung: robuste Zuwanderer an den heißesten Standorten, heimische Arten in Parks und an Orten mit ausreichend Wasser und Schatten.</p>
""",
        "source_name": "",
        "source_url": "",
        "hero_caption": "Symbolgrafik: Rund 2.000 Straßenbäume in Hohenbrück werden seit acht Jahren beobachtet.",
        "hero_credit": HERO_CREDIT,
        "hours_ago": 75,
        "related": ["hitze-kuehlraeume", "schlaf-studie"],
    },
    {
        "key": "vier-tage-woche",
        "title": "Fachkräftemangel: Handwerksbetriebe testen die Vier-Tage-Woche",
        "section": "Wirtschaft",
        "authors": ["Jonas Brenner"],
        "tags": ["Arbeitsmarkt", "Handwerk", "Fachkräfte", "Arbeitszeit"],
        "lead": "Immer mehr Handwerksbetriebe finden keine Auszubildenden und Gesellen. Einige versuchen es mit einem "
        "ungewöhnlichen Angebot: vier Arbeitstage pro Woche bei gleichem Lohn. Die ersten Erfahrungen sind überwiegend positiv.",
        "body": """
<p>In der Tischlerei von Markus Feldmann in Kirchwalden ist freitags Ruhe. Seit einem Jahr arbeiten die elf Beschäftigten von Montag bis Donnerstag, dafür täglich etwas länger. „Vorher hatte ich auf eine Stellenanzeige zwei Bewerbungen, jetzt sind es 25“, sagt Feldmann. Inzwischen sind alle offenen Stellen besetzt, und zum ersten Mal seit Jahren bildet er wieder zwei junge Leute aus.</p>
<p>Die Handwerkskammer der Region zählt inzwischen mehr als 60 Betriebe, die ein solches Modell ausprobieren – vom Elektriker bis zur Bäckerei. Die Umsetzung unterscheidet sich stark. Manche Betriebe verteilen die bisherige Arbeitszeit auf vier Tage, andere reduzieren die Wochenstunden tatsächlich und setzen darauf, dass konzentrierter gearbeitet wird.</p>
<h2>Nicht für jeden Betrieb geeignet</h2>
<p>Kammerpräsident Walter Brinkmann warnt vor zu hohen Erwartungen. Für Betriebe mit Notdiensten oder langen Öffnungszeiten, etwa im Lebensmittelhandwerk, sei das Modell schwer umsetzbar. Auch Kundinnen und Kunden müssten sich umstellen, wenn der Handwerker freitags nicht mehr erreichbar sei. Manche Betriebe lösen das mit versetzten freien Tagen, sodass immer jemand da ist.</p>
<p>Eine Auswertung der Kammer unter den teilnehmenden Betrieben zeigt: Krankheitstage gingen im Schnitt um ein Fünftel zurück, die Zahl der Bewerbungen stieg deutlich. Beim Umsatz gab es keine messbaren Einbußen. Allerdings fehlen bislang Vergleichszahlen über mehrere Jahre, und Betriebe, bei denen der Versuch scheiterte, haben sich an der Umfrage seltener beteiligt.</p>
<p>Für Feldmann steht fest, dass er nicht zurückwill. Seine Mitarbeiter nutzten den freien Tag für Familie, Ehrenamt oder Weiterbildung, sagt er. Zwei seiner Gesellen bereiten sich gerade auf die Meisterprüfung vor. Ob das Modell auch in größeren Betrieben mit Schichtarbeit funktioniert, will die Kammer im kommenden Jahr in einem weiteren Projekt untersuchen.</p>
""",
        "source_name": "Nordpresse",
        "source_url": "",
        "hero_caption": "Symbolgrafik: Mehr als 60 Handwerksbetriebe der Region probieren die Vier-Tage-Woche aus.",
        "hero_credit": HERO_CREDIT,
        "hours_ago": 96,
        "related": ["innenstadt-leerstand", "wohnungsbau-holz"],
    },
    {
        "key": "briefwahl-fragen",
        "title": "Briefwahl zur Landtagswahl: Die wichtigsten Fragen und Antworten",
        "section": "Politik",
        "authors": ["Lena Hartmann"],
        "tags": ["Landtagswahl", "Briefwahl", "Wahlen", "Service"],
        "lead": "Immer mehr Menschen geben ihre Stimme per Post ab. Wer bei der Landtagswahl nicht ins Wahllokal gehen möchte, "
        "muss allerdings einige Fristen und Formalitäten beachten. Ein Überblick.",
        "body": """
<h2>Wie beantrage ich die Briefwahl?</h2>
<p>Die Unterlagen können schriftlich, per E-Mail oder über ein Online-Formular bei der Gemeinde beantragt werden, in der man gemeldet ist. Viele Kommunen drucken einen QR-Code auf die Wahlbenachrichtigung, über den der Antrag in wenigen Minuten erledigt ist. Eine Begründung ist nicht nötig. Wer die Unterlagen für eine andere Person abholen will, braucht eine schriftliche Vollmacht.</p>
<h2>Bis wann muss der Brief ankommen?</h2>
<p>Entscheidend ist nicht das Datum des Poststempels, sondern der Eingang: Der rote Wahlbrief muss spätestens am Wahlsonntag um 18 Uhr bei der zuständigen Stelle vorliegen. Die Post empfiehlt, ihn spätestens am Donnerstag vor der Wahl einzuwerfen. Wer später dran ist, kann den Brief auch direkt in den Briefkasten des Rathauses werfen oder persönlich abgeben.</p>
<h2>Was muss in den Umschlag?</h2>
<p>Viele Stimmen werden ungültig, weil beim Verpacken etwas schiefgeht. Der Stimmzettel gehört allein in den blauen Umschlag, der anschließend zugeklebt wird. Der unterschriebene Wahlschein kommt dagegen nicht in den blauen Umschlag, sondern zusammen mit ihm in den roten Wahlbrief. Die wichtigsten Schritte noch einmal im Überblick:</p>
<ul>
<li>Stimmzettel persönlich und unbeobachtet ausfüllen.</li>
<li>Stimmzettel in den blauen Umschlag stecken und zukleben.</li>
<li>Die Versicherung an Eides statt auf dem Wahlschein unterschreiben.</li>
<li>Wahlschein und blauen Umschlag gemeinsam in den roten Wahlbrief stecken.</li>
</ul>
<h2>Kann ich danach noch ins Wahllokal?</h2>
<p>Wer Briefwahlunterlagen erhalten hat, kann nur noch mit dem Wahlschein im Wahllokal abstimmen, nicht mehr allein mit der Benachrichtigung. Wurde der Wahlbrief bereits abgeschickt, ist die Stimme abgegeben; eine zweite Stimmabgabe ist nicht möglich. Weitere Hinweise veröffentlicht die <a href="https://example.org/wahl/landeswahlleitung">Landeswahlleitung</a> auf ihrer Internetseite.</p>
""",
        "source_name": "",
        "source_url": "",
        "hero_caption": "Symbolgrafik zur Briefwahl: Der Wahlbrief muss am Wahlsonntag bis 18 Uhr eingegangen sein.",
        "hero_credit": HERO_CREDIT,
        "hours_ago": 120,
        "related": ["landtagswahl-umfrage", "kommunalwahl-lindenfeld"],
        "external_links": [("Landeswahlleitung: Briefwahl beantragen", "https://example.org/wahl/briefwahl-antrag")],
    },
    {
        "key": "marathon-rekord",
        "title": "Marathon: Lokalmatadorin läuft Streckenrekord trotz Hitze",
        "section": "Sport",
        "authors": ["Felix Sommerfeld"],
        "tags": ["Marathon", "Laufsport", "Hohenbrück", "Hitze"],
        "lead": "Beim Stadtmarathon in Hohenbrück hat Katharina Wolff den zwölf Jahre alten Streckenrekord der Frauen um fast "
        "eine Minute verbessert. Für viele Hobbyläuferinnen und -läufer wurde der ungewöhnlich warme Herbsttag dagegen zur Qual.",
        "body": """
<p>Nach 2:27:41 Stunden überquerte die 29-Jährige unter dem Jubel Tausender Zuschauer die Ziellinie auf dem Marktplatz. Wolff, die hauptberuflich als Physiotherapeutin arbeitet und nur nebenbei leistungsorientiert trainiert, lief von Beginn an ein hohes Tempo. Ab Kilometer 30 war sie allein unterwegs und baute ihren Vorsprung auf die Konkurrenz bis ins Ziel auf mehr als vier Minuten aus.</p>
<p>„Ich kenne hier jede Kurve, und an jeder Ecke stand jemand, den ich kenne. Das hat mich getragen“, sagte Wolff nach dem Rennen. Ihr nächstes Ziel sei die Teilnahme an den nationalen Meisterschaften im Frühjahr. Dafür will sie ihre Arbeitszeit in der Praxis vorübergehend reduzieren und zum ersten Mal ein Trainingslager in der Höhe absolvieren.</p>
<p>Bei den Männern gewann der Vorjahreszweite Lukas Behrendt in 2:14:09 Stunden. Er blieb damit knapp über seiner persönlichen Bestzeit, was er vor allem auf die Bedingungen zurückführte. Schon beim Start am Morgen zeigte das Thermometer 19 Grad, zur Mittagszeit waren es 26. Für einen Marathon im Oktober sind solche Temperaturen außergewöhnlich.</p>
<h2>Sanitäter im Dauereinsatz</h2>
<p>Die Veranstalter hatten wegen der Wettervorhersage zusätzliche Wasserstellen und Duschen entlang der Strecke eingerichtet. Trotzdem mussten die Sanitäter mehr als 120 Mal eingreifen, meist wegen Kreislaufproblemen. Zwölf Läuferinnen und Läufer kamen zur Beobachtung ins Krankenhaus, schwer verletzt wurde nach Angaben des Rettungsdienstes niemand. Fast 400 Gemeldete gaben unterwegs auf.</p>
<p>Insgesamt waren mehr als 6.000 Menschen auf der Marathon- und der Halbmarathonstrecke unterwegs, so viele wie nie zuvor. Renndirektor Uwe Kranz kündigte an, den Start im kommenden Jahr möglicherweise um eine Stunde vorzuverlegen. Man müsse sich darauf einstellen, dass auch Herbstläufe künftig häufiger bei sommerlichen Temperaturen stattfinden.</p>
""",
        "source_name": "Nordpresse",
        "source_url": "https://example.org/quellen/nordpresse/stadtmarathon",
        "hero_caption": "Symbolgrafik: Katharina Wolff verbesserte den Streckenrekord des Stadtmarathons um fast eine Minute.",
        "hero_credit": HERO_CREDIT,
        "hours_ago": 150,
        "related": ["frauenfussball-hohenbrueck", "hallenbaeder-schwimmen"],
    },
    {
        "key": "strassenmusik-festival",
        "title": "Straßenmusik-Festival: Tausende feiern in der Altstadt von Lindenfeld",
        "section": "Kultur",
        "authors": ["Clara Winterberg"],
        "tags": ["Musik", "Festival", "Lindenfeld", "Innenstadt"],
        "lead": "Drei Tage lang haben mehr als 80 Musikerinnen und Musiker die Gassen und Plätze von Lindenfeld bespielt. "
        "Das Straßenmusik-Festival verzeichnete so viele Besucher wie nie – und stieß dennoch nicht bei allen Anwohnern auf Begeisterung.",
        "body": """
<p>Auf dem Kornmarkt spielte ein Streichquartett Filmmusik, zwei Straßen weiter trommelte eine Samba-Gruppe, und vor der Stadtkirche sang eine junge Songwriterin zur Gitarre. Das Konzept des Festivals ist einfach: Es gibt keine Bühnen und keinen Eintritt, die Musik findet auf dem Pflaster statt. Bezahlt werden die Künstlerinnen und Künstler über den Hut – und über ein kleines Grundhonorar der Stadt.</p>
<p>Nach Schätzungen der Veranstalter kamen an den drei Tagen rund 45.000 Menschen, etwa ein Drittel mehr als im Vorjahr. Die Gastronomie in der Altstadt meldete Rekordumsätze, mehrere Cafés mussten am Samstagnachmittag zeitweise schließen, weil ihnen Kuchen und Getränke ausgingen. Auch Hotels und Pensionen waren nach Angaben des Stadtmarketings fast vollständig ausgebucht.</p>
<blockquote>„Hier stehen Leute vor mir, die nie ein Konzert besuchen würden. Genau dafür mache ich das.“ – Akkordeonspielerin Mara Jelinek</blockquote>
<p>Kritik kam von Anwohnerinnen und Anwohnern der engen Gassen rund um den Marktplatz. Sie beklagten Lärm bis spät in den Abend, zugeparkte Einfahrten und Müll in den Hauseingängen. Eine Bürgerinitiative hat eine Liste mit Vorschlägen vorgelegt, darunter feste Ruhezeiten, mehr Toiletten und eine bessere Verteilung der Spielorte auf die gesamte Innenstadt.</p>
<p>Kulturamtsleiter Henrik Möller zeigte sich offen für Änderungen. Man wolle das Festival nicht kleiner, aber verträglicher machen, sagte er. Für das kommende Jahr sind deshalb zusätzliche Spielorte im Stadtpark und am Flussufer im Gespräch. Die Anmeldung für Musikerinnen und Musiker soll im Frühjahr beginnen; in diesem Jahr hatten sich mehr als 400 Gruppen beworben.</p>
""",
        "source_name": "",
        "source_url": "",
        "hero_caption": "Symbolgrafik: Rund 45.000 Menschen besuchten das Straßenmusik-Festival in Lindenfeld.",
        "hero_credit": HERO_CREDIT,
        "hours_ago": 180,
        "related": ["theater-uebergriffe", "innenstadt-leerstand"],
        "external_links": [("Programm und Anmeldung für Musikerinnen und Musiker", "https://example.org/kultur/strassenmusik-anmeldung")],
    },
    {
        "key": "litecoin-zahlungen",
        "title": "Litecoin: Das Comeback einer Kryptowährung für kleine Beträge",
        "section": "Krypto",
        "authors": ["Mira Olsen"],
        "tags": ["Litecoin", "Kryptowährungen", "Bezahlen", "Onlinehandel"],
        "lead": "Lange stand Litecoin im Schatten von Bitcoin und Ethereum. Jetzt rückt die Kryptowährung wieder stärker in den Blick: "
        "Mehrere Zahlungsdienstleister bieten sie für den Einkauf im Netz an, vor allem wegen niedriger Gebühren und kurzer Wartezeiten.",
        "body": """
<p>Litecoin wurde 2011 als eine Art leichtere Variante des Bitcoin entwickelt. Die Technik ist eng verwandt, doch neue Blöcke entstehen etwa alle zweieinhalb Minuten statt alle zehn. Zahlungen sind dadurch schneller bestätigt, und die Gebühren liegen meist bei Bruchteilen eines Cents. Genau das macht die Währung für Händler interessant, die kleine Beträge abrechnen wollen.</p>
<p>Ein Online-Händler für Computerzubehör aus Hohenbrück akzeptiert Litecoin seit einem halben Jahr. „Der Anteil ist noch klein, aber er wächst jeden Monat“, sagt Geschäftsführerin Sandra Pohl. Vor allem Kundschaft aus dem Ausland nutze die Möglichkeit, weil sie sich damit Gebühren für Auslandsüberweisungen oder Kreditkarten spare. Umgerechnet werde der Betrag sofort in Euro, ein Kursrisiko trage das Unternehmen nicht.</p>
<h2>Kurs schwankt stark</h2>
<p>Für Anlegerinnen und Anleger bleibt Litecoin ein riskantes Investment. Der Kurs schwankt ähnlich stark wie der anderer Kryptowährungen und liegt weit unter seinen Höchstständen früherer Jahre. Der Marktwert ist im Vergleich zum Bitcoin gering, was die Währung anfälliger für große Käufe und Verkäufe einzelner Akteure macht. Den aktuellen Kurs zeigt der Ticker oben auf dieser Seite.</p>
<p>Fachleute sehen die Zukunft der Währung daher eher als Zahlungsmittel denn als Wertanlage. Ob sie sich dort gegen sogenannte Stablecoins behaupten kann, deren Wert an den Dollar oder den Euro gekoppelt ist, gilt allerdings als offen. Solche Coins bieten beim Bezahlen ähnliche Vorteile, ohne dass Kunden und Händler starke Kursschwankungen fürchten müssen.</p>
<p>Verbraucherschützer raten, Kryptowährungen nur bei seriösen Anbietern zu kaufen und die Zugangsdaten zur eigenen digitalen Geldbörse sicher aufzubewahren. Wer sie verliert, hat anders als beim Bankkonto in der Regel keine Möglichkeit, wieder an sein Guthaben zu kommen. Eine Einlagensicherung wie bei Sparkonten gibt es für Kryptowährungen <strong>nicht</strong>.</p>
""",
        "source_name": "",
        "source_url": "",
        "hero_caption": "Symbolgrafik: Litecoin wird im Onlinehandel vor allem für kleine Beträge genutzt.",
        "hero_credit": HERO_CREDIT,
        "hours_ago": 220,
        "related": ["ethereum-update", "krypto-steuer", "bitcoin-zinsen"],
    },
    {
        "key": "nachtzug-portavela",
        "title": "Nachtzug nach Süden: Neue Verbindung quer durch Europa gestartet",
        "section": "Welt",
        "authors": ["Tobias Wendling"],
        "tags": ["Bahn", "Nachtzug", "Europa", "Reisen"],
        "lead": "Mit einem eigenen Nachtzug will ein junges Bahnunternehmen Reisende zwischen Hohenbrück und der Mittelmeerstadt "
        "Portavela ohne Flugzeug ans Ziel bringen. Die erste Fahrt war innerhalb weniger Stunden ausverkauft.",
        "body": """
<p>Kurz nach 20 Uhr rollte der Zug mit 14 Wagen aus dem Hauptbahnhof von Hohenbrück, am nächsten Vormittag erreichte er nach rund 15 Stunden die Küste. Drei Länder durchquert die Verbindung, an jeder Grenze wechseln Lokomotive und Personal. Für das Betreiberunternehmen Lunaria Rail, das erst vor vier Jahren gegründet wurde, ist es die bislang längste Strecke.</p>
<p>An Bord gibt es Sitzwagen, Liegewagen mit Sechserabteilen und Schlafwagen mit eigenen Duschen. Die Preise beginnen bei 69 Euro für einen Sitzplatz und reichen bis zu mehreren Hundert Euro für ein Privatabteil. „Viele unserer Gäste wollen nicht mehr fliegen, aber auch nicht zwei Tage im Zug sitzen“, sagt Unternehmenssprecherin Ana Ribeiro. Der Nachtzug sei dafür der ideale Kompromiss.</p>
<h2>Pünktlichkeit bleibt das Problem</h2>
<p>Ganz reibungslos verlief die Premiere nicht. Wegen einer Baustelle musste der Zug umgeleitet werden und erreichte sein Ziel mit 70 Minuten Verspätung. Fahrgastverbände kritisieren seit Langem, dass Nachtzüge im europäischen Schienennetz oft nachrangig behandelt werden und nachts in Bauarbeiten geraten. Zudem unterscheiden sich die Gebühren für die Nutzung der Gleise von Land zu Land stark.</p>
<p>Die Europäische Union will grenzüberschreitende Zugverbindungen stärken und hat dafür mehrere Förderprogramme aufgelegt. Lunaria Rail erhielt nach eigenen Angaben eine Anschubfinanzierung für die ersten beiden Betriebsjahre. Ob sich die Linie danach allein trägt, hängt davon ab, ob die Züge auch außerhalb der Ferienzeiten gut gefüllt sind.</p>
<p>Die Reisenden der ersten Fahrt zeigten sich überwiegend zufrieden. Eine Familie aus Lindenfeld berichtete, die Kinder hätten die Nacht im Liegewagen als Abenteuer erlebt. Ein Geschäftsreisender lobte, er sei ausgeschlafen angekommen und habe sich Flughafen und Sicherheitskontrolle gespart. Für die Sommermonate plant das Unternehmen bereits zusätzliche Fahrten.</p>
""",
        "source_name": "Radio Hohenbrück",
        "source_url": "",
        "hero_caption": "Symbolgrafik: Der neue Nachtzug verbindet Hohenbrück mit der Mittelmeerstadt Portavela.",
        "hero_credit": HERO_CREDIT,
        "hours_ago": 270,
        "related": ["hitze-kuehlraeume", "gletscher-sankt-albin"],
    },
    {
        "key": "wahlalter-16",
        "title": "Wählen ab 16: Landtag streitet über das Wahlalter",
        "section": "Politik",
        "authors": ["Lena Hartmann"],
        "tags": ["Wahlrecht", "Landtag", "Jugend", "Wahlen"],
        "lead": "Sollen schon 16-Jährige bei der nächsten Landtagswahl abstimmen dürfen? Im Landtag haben Regierung und Opposition "
        "über einen entsprechenden Gesetzentwurf debattiert. Für die nötige Verfassungsänderung fehlt bislang eine Zweidrittelmehrheit.",
        "body": """
<p>Eingebracht hatte den Entwurf die Regierungskoalition. Jugendliche seien heute früh informiert und politisch interessiert, argumentierte Landesministerin Petra Vogt in der Debatte. „Wer mit 16 arbeiten, Steuern zahlen und Verantwortung übernehmen kann, soll auch mitbestimmen, wer dieses Land regiert.“ In mehreren Bundesländern dürfen Jugendliche ab 16 bereits an Landtagswahlen teilnehmen, bei Kommunalwahlen ist das noch weiter verbreitet.</p>
<p>Die Opposition hält dagegen. Das Wahlalter müsse sich an der Volljährigkeit orientieren, sagte deren innenpolitischer Sprecher Carsten Maier. Es sei widersprüchlich, Jugendlichen das Wahlrecht zu geben, ihnen aber keinen Vertrag ohne Zustimmung der Eltern zu erlauben. Zudem gebe es keine Belege dafür, dass eine Absenkung die Wahlbeteiligung junger Menschen dauerhaft erhöhe.</p>
<h2>Was die Forschung sagt</h2>
<p>Tatsächlich ist die Studienlage nicht eindeutig. Untersuchungen aus Ländern und Kommunen, die das Wahlalter bereits gesenkt haben, zeigen: 16- und 17-Jährige gehen häufig sogar öfter wählen als junge Erwachsene zwischen 18 und 21. Fachleute erklären das damit, dass sie meist noch bei den Eltern wohnen und in der Schule auf Wahlen vorbereitet werden. Ob der Effekt später anhält, ist umstritten.</p>
<p>Schülervertretungen verfolgten die Debatte von der Besuchertribüne aus. Landesschülersprecherin Emma Kühn nannte die Argumente der Opposition „bevormundend“. Viele junge Menschen engagierten sich für Klimaschutz, Bildung oder bezahlbaren Nahverkehr und wollten über diese Fragen mitentscheiden. Ihr Gremium hat eine Unterschriftenaktion gestartet, an der sich bislang mehr als 20.000 Menschen beteiligt haben.</p>
<p>Der Gesetzentwurf wird nun im Innenausschuss beraten. Dort sollen im kommenden Monat Sachverständige angehört werden. Weil das Wahlalter in der Landesverfassung festgeschrieben ist, braucht die Koalition die Stimmen mindestens einer Oppositionsfraktion. Ob eine Einigung bis zur nächsten Wahl gelingt, gilt derzeit als unwahrscheinlich.</p>
""",
        "source_name": "Nordpresse",
        "source_url": "",
        "hero_caption": "Symbolgrafik: Der Landtag debattiert über ein Wahlrecht ab 16 Jahren.",
        "hero_credit": HERO_CREDIT,
        "hours_ago": 330,
        "related": ["landtagswahl-umfrage", "kommunalwahl-lindenfeld"],
    },
    {
        "key": "schlaf-studie",
        "title": "Handy im Bett: Studie findet kleineren Effekt auf den Schlaf als gedacht",
        "section": "Wissen",
        "authors": ["Aylin Demir"],
        "tags": ["Schlaf", "Gesundheit", "Smartphone", "Studie"],
        "lead": "Dass Smartphones am Abend den Schlaf ruinieren, gilt vielen als ausgemacht. Eine neue Auswertung zahlreicher Studien "
        "kommt zu einem differenzierteren Ergebnis: Nicht das blaue Licht sei das Hauptproblem, sondern was man auf dem Bildschirm tut.",
        "body": """
<p>Für die Übersichtsarbeit haben Forschende die Daten aus mehr als 40 Studien mit insgesamt rund 30.000 Teilnehmenden zusammengeführt. Im Schnitt schliefen Menschen, die in der letzten Stunde vor dem Zubettgehen ihr Smartphone nutzten, tatsächlich etwas später ein. Der Unterschied lag allerdings bei wenigen Minuten – deutlich weniger, als viele Ratgeber nahelegen.</p>
<p>Größer war der Effekt bei Tätigkeiten, die aufwühlen oder kein natürliches Ende haben. Wer vor dem Schlafen durch endlose Nachrichtenfeeds scrollte, online spielte oder sich über Kommentare ärgerte, lag im Schnitt länger wach. Ruhige Tätigkeiten wie ein Hörbuch oder das Lesen auf einem E-Reader wirkten sich dagegen kaum messbar aus.</p>
<blockquote>„Das Licht des Bildschirms ist nicht harmlos, aber es ist nicht der Hauptgrund, warum wir nachts wach liegen.“ – Schlafforscherin Miriam Ostrowski</blockquote>
<h2>Nachtmodus hilft nur wenig</h2>
<p>Auch die Wirkung von Nachtmodus und Blaulichtfiltern fiel in den ausgewerteten Studien gering aus. Zwar unterdrückt helles, bläuliches Licht die Ausschüttung des Schlafhormons Melatonin. Die Helligkeit eines Handydisplays reicht dafür aber meist nur aus, wenn es sehr nah und sehr lange vor die Augen gehalten wird. Die Deckenlampe im Schlafzimmer wirkt oft stärker.</p>
<p>Die Forschenden betonen, dass ihre Ergebnisse Durchschnittswerte beschreiben. Menschen mit Schlafstörungen oder Jugendliche, deren innere Uhr ohnehin später tickt, könnten empfindlicher reagieren. Zudem stützen sich viele der einbezogenen Studien auf Selbstauskünfte, die ungenau sein können. Objektive Messungen im Schlaflabor gibt es bislang nur für kleinere Gruppen.</p>
<p>Ihr praktischer Rat fällt entsprechend pragmatisch aus: Wer gut schläft, müsse sein Handy nicht verbannen. Wer dagegen schlecht einschläft, solle zunächst darauf achten, was er abends konsumiert, feste Schlafenszeiten einhalten und das Gerät möglichst nicht in Reichweite des Bettes laden. Benachrichtigungen in der Nacht abzuschalten, sei ein einfacher erster Schritt.</p>
""",
        "source_name": "Radio Hohenbrück",
        "source_url": "https://example.org/quellen/bbc/schlaf-studie",
        "hero_caption": "Symbolgrafik: Was man abends am Bildschirm tut, beeinflusst den Schlaf stärker als das Licht.",
        "hero_credit": HERO_CREDIT,
        "hours_ago": 400,
        "related": ["stadtbaeume-hitze", "natrium-akku"],
    },
    {
        "key": "innenstadt-leerstand",
        "title": "Leere Schaufenster: Wie Kirchwalden seine Innenstadt retten will",
        "section": "Wirtschaft",
        "authors": ["Jonas Brenner", "Deniz Krüger"],
        "tags": ["Einzelhandel", "Innenstadt", "Leerstand", "Kirchwalden"],
        "lead": "In der Fußgängerzone von Kirchwalden steht inzwischen jedes fünfte Ladenlokal leer. Die Stadt will gegensteuern – "
        "mit günstigen Mieten für Gründer, Wohnungen über den Geschäften und einem ungewöhnlichen Förderprogramm.",
        "body": """
<p>Wo früher ein Schuhgeschäft war, kleben heute Plakate in den Fenstern, nebenan hat eine Bankfiliale geschlossen, gegenüber ein Modehaus. Die Gründe sind vielfältig: Der Onlinehandel wächst, große Ketten ziehen sich aus kleineren Städten zurück, und viele Inhaber finden keine Nachfolger. Eine Zählung der Stadt ergab im Frühjahr 34 leere Geschäfte in der Innenstadt.</p>
<p>Mit dem Programm <em>Erdgeschoss gesucht</em> mietet die Stadt nun selbst leerstehende Läden an und gibt sie für zwei Jahre zu einem Bruchteil der Miete an Gründerinnen und Gründer weiter. Die ersten zehn Flächen sind vergeben: an eine Fahrradwerkstatt, einen Unverpackt-Laden, eine Kinderbuchhandlung und mehrere Kunsthandwerker. Bewerben konnten sich auch Vereine und soziale Projekte.</p>
<h2>Wohnen statt Lagerfläche</h2>
<p>Ein zweiter Baustein betrifft die oberen Stockwerke. Viele Häuser in der Altstadt nutzen sie nur noch als Lager oder gar nicht. Eigentümer, die dort Wohnungen einrichten, erhalten künftig einen Zuschuss von bis zu 30.000 Euro. „Eine Innenstadt, in der abends niemand wohnt, stirbt“, sagt Wirtschaftsförderin Claudia Brandes. Mehr Bewohner bedeuteten auch mehr Kundschaft für Bäcker, Cafés und Apotheken.</p>
<p>Der Einzelhandelsverband begrüßt die Initiative, mahnt aber zur Geduld. Entscheidend seien auch Erreichbarkeit, Sauberkeit und Aufenthaltsqualität. Händler fordern kostenlose Parkplätze am Samstag, Umweltverbände dagegen mehr Platz für Fußgänger und Radfahrer. Die Stadt will beide Seiten in einem Innenstadtforum zusammenbringen, das im kommenden Monat erstmals tagt.</p>
<p>Ob das Konzept aufgeht, lässt sich frühestens in zwei Jahren sagen, wenn die ersten Gründer reguläre Mieten zahlen müssen. Ähnliche Programme in anderen Städten hatten gemischten Erfolg: Manche Läden etablierten sich dauerhaft, andere schlossen nach dem Ende der Förderung. Kirchwalden will die neuen Geschäfte deshalb mit Beratung begleiten.</p>
""",
        "source_name": "",
        "source_url": "",
        "hero_caption": "Symbolgrafik: In der Fußgängerzone von Kirchwalden steht jedes fünfte Ladenlokal leer.",
        "hero_credit": HERO_CREDIT,
        "hours_ago": 480,
        "related": ["vier-tage-woche", "strassen-bruecken"],
    },
    {
        "key": "hallenbaeder-schwimmen",
        "title": "Geschlossene Hallenbäder: Vereine schlagen Alarm beim Schwimmunterricht",
        "section": "Sport",
        "authors": ["Felix Sommerfeld", "Jonas Brenner"],
        "tags": ["Schwimmen", "Breitensport", "Kommunen", "Kinder"],
        "lead": "Weil mehrere Hallenbäder in der Region saniert werden müssen oder dauerhaft geschlossen bleiben, fehlen "
        "Schwimmvereinen die Wasserzeiten. Die Folgen treffen vor allem Kinder, die noch nicht sicher schwimmen können.",
        "body": """
<p>Beim SC Delphin Hohenbrück stehen mehr als 200 Kinder auf der Warteliste für einen Anfängerkurs. „Wir könnten sofort drei zusätzliche Gruppen anbieten, wenn wir Bahnen hätten“, sagt der Vereinsvorsitzende Michael Grothe. Seit das Hallenbad im Westen der Stadt wegen Schäden am Dach schließen musste, teilen sich vier Vereine, die Schulen und die Öffentlichkeit ein einziges Becken.</p>
<p>Die Lage ist kein Einzelfall. Nach einer Erhebung des regionalen Schwimmverbands sind in den vergangenen zehn Jahren in der Region sieben Bäder geschlossen worden, weitere gelten als sanierungsbedürftig. Viele Kommunen scheuen die Kosten: Ein neues Hallenbad kostet schnell 20 Millionen Euro, und der laufende Betrieb ist wegen hoher Energiepreise für die städtischen Haushalte eine dauerhafte Belastung.</p>
<h2>Viele Kinder können nicht sicher schwimmen</h2>
<p>Schwimmlehrerinnen und Schwimmlehrer berichten, dass viele Kinder am Ende der Grundschule nicht sicher schwimmen können. An einigen Schulen fällt der Schwimmunterricht ganz aus, weil kein Bad in erreichbarer Nähe ist. Rettungsschwimmer der Region warnen vor den Folgen: Wer nur einige Meter paddeln könne, sei in einem See oder Fluss schnell in Gefahr.</p>
<p>Die Vereine fordern ein gemeinsames Programm von Land und Kommunen zur Sanierung der Bäder. Außerdem wünschen sie sich, dass Wasserzeiten vorrangig für Kurse vergeben werden, in denen Kinder schwimmen lernen. Einige Städte haben bereits reagiert und bieten Intensivkurse in den Ferien an, für die sie Lehrkräfte und Rettungsschwimmer gesondert bezahlen.</p>
<p>In Hohenbrück soll das geschlossene Bad frühestens in drei Jahren wieder öffnen. Bis dahin will die Stadt zusätzliche Zeiten im Lehrschwimmbecken einer Förderschule freigeben. Grothe begrüßt den Schritt, hält ihn aber nicht für ausreichend. Der Verein sammelt nun Spenden für einen Kleinbus, um Kinder zu Kursen in Bädern der Nachbargemeinden zu bringen.</p>
""",
        "source_name": "Lindenfelder Rundschau",
        "source_url": "https://example.org/quellen/lindenfelder-rundschau/hallenbaeder",
        "hero_caption": "Symbolgrafik: Mehr als 200 Kinder warten in Hohenbrück auf einen Platz im Schwimmkurs.",
        "hero_credit": HERO_CREDIT,
        "hours_ago": 560,
        "related": ["strassen-bruecken", "frauenfussball-hohenbrueck"],
    },
    {
        "key": "strassen-bruecken",
        "title": "Marode Straßen und Brücken: Kommunen fordern mehr Geld vom Land",
        "section": "Politik",
        "authors": ["Lena Hartmann"],
        "tags": ["Kommunen", "Infrastruktur", "Landespolitik", "Verkehr"],
        "lead": "Schlaglöcher, gesperrte Brücken, verschobene Sanierungen: Die Städte und Gemeinden sehen sich beim Erhalt ihrer "
        "Straßen überfordert. Ihr Spitzenverband verlangt vom Land einen Sonderfonds.",
        "body": """
<p>Nach einer Umfrage des Städte- und Gemeindebunds unter seinen Mitgliedern ist fast die Hälfte der kommunalen Straßen in schlechtem oder sehr schlechtem Zustand. Jede zehnte Brücke in kommunaler Hand müsste in den nächsten Jahren grundlegend saniert oder ersetzt werden. Den Investitionsbedarf beziffert der Verband auf mehrere Milliarden Euro bis zum Ende des Jahrzehnts.</p>
<p>„Wir fahren die Infrastruktur auf Verschleiß“, sagt Verbandspräsident Bernd Hollmann, selbst Bürgermeister einer Kleinstadt. Viele Kommunen könnten ihre Haushalte nur noch ausgleichen, indem sie Sanierungen verschöben. Das mache die Arbeiten später umso teurer. Besonders hart treffe es ländliche Gemeinden mit vielen Straßenkilometern und wenigen Einwohnern.</p>
<h2>Land verweist auf bestehende Programme</h2>
<p>Landesministerin Petra Vogt wies die Kritik teilweise zurück. Das Land habe die Mittel für den kommunalen Straßenbau in den vergangenen drei Jahren bereits deutlich erhöht. Viele der bereitgestellten Gelder würden zudem nicht abgerufen, weil in den Verwaltungen Planerinnen und Planer fehlten. Sie kündigte an, die Antragsverfahren zu vereinfachen und kleinere Gemeinden bei der Planung zu unterstützen.</p>
<p>Der Verband hält das für unzureichend. Vereinfachte Anträge seien willkommen, lösten aber nicht das Grundproblem, dass die Kommunen zu wenig eigenes Geld hätten. Er verlangt einen Sonderfonds, aus dem Städte und Gemeinden ohne aufwendige Einzelanträge Mittel für Straßen und Brücken erhalten. Auch Radwege und Bushaltestellen sollen daraus finanziert werden können.</p>
<p>Bürgerinnen und Bürger spüren die Folgen im Alltag. In Kirchwalden ist eine Brücke über die Bahnstrecke seit einem Jahr für Lastwagen gesperrt, Lieferverkehr und Schulbusse müssen einen Umweg von acht Kilometern fahren. Die Stadt hofft auf einen Neubau in den nächsten drei Jahren – sofern die Finanzierung bis dahin steht.</p>
""",
        "source_name": "Nordpresse",
        "source_url": "",
        "hero_caption": "Symbolgrafik: Fast die Hälfte der kommunalen Straßen ist laut Umfrage in schlechtem Zustand.",
        "hero_credit": HERO_CREDIT,
        "hours_ago": 650,
        "related": ["innenstadt-leerstand", "pflegekosten-reform"],
    },
    {
        "key": "krypto-steuer",
        "title": "Steuern auf Bitcoin und Co.: Was Anleger bei Gewinnen beachten müssen",
        "section": "Krypto",
        "authors": ["Mira Olsen", "Jonas Brenner"],
        "tags": ["Steuern", "Bitcoin", "Ethereum", "Ratgeber", "Kryptowährungen"],
        "lead": "Wer Kryptowährungen mit Gewinn verkauft, muss unter Umständen Steuern zahlen. Entscheidend ist vor allem, "
        "wie lange man die Coins gehalten hat. Die wichtigsten Regeln im Überblick.",
        "body": """
<p>In Deutschland gelten Kryptowährungen wie Bitcoin, Ethereum oder Litecoin steuerlich nicht als Geld, sondern als sogenannte andere Wirtschaftsgüter. Gewinne aus dem Verkauf werden deshalb nicht wie Zinsen oder Dividenden mit der Abgeltungsteuer belegt, sondern als private Veräußerungsgeschäfte behandelt. Für sie gilt der persönliche Einkommensteuersatz, der je nach Einkommen deutlich höher oder niedriger ausfallen kann.</p>
<h2>Die Ein-Jahres-Frist</h2>
<p>Die wichtigste Regel betrifft die Haltedauer. Liegen zwischen Kauf und Verkauf mehr als zwölf Monate, ist der Gewinn für Privatanleger steuerfrei. Wer früher verkauft, muss den Gewinn in der Steuererklärung angeben. Es gibt allerdings eine Freigrenze: Bleiben die gesamten Gewinne aus privaten Veräußerungsgeschäften in einem Jahr unter 1.000 Euro, fallen keine Steuern an. Wird die Grenze überschritten, ist der gesamte Betrag steuerpflichtig.</p>
<p>Als Verkauf gilt dabei nicht nur der Umtausch in Euro. Auch wer eine Kryptowährung in eine andere tauscht, etwa Bitcoin in Ether, oder damit im Netz einkauft, realisiert steuerlich einen Gewinn oder Verlust. Welche Coins zuerst verkauft wurden, richtet sich in der Regel nach der Reihenfolge der Anschaffung. Das kann bei vielen kleinen Käufen schnell unübersichtlich werden.</p>
<ul>
<li>Kaufdatum, Menge und Preis jeder Transaktion dokumentieren.</li>
<li>Auch Tauschvorgänge zwischen Kryptowährungen festhalten.</li>
<li>Kontoauszüge der Handelsplattformen regelmäßig herunterladen.</li>
</ul>
<p>Steuerberaterin Anja Lindqvist rät, alle Transaktionen von Anfang an sorgfältig zu dokumentieren. Viele Handelsplattformen bieten Exporte an, die sich mit spezieller Software auswerten lassen. „Die Finanzämter fragen inzwischen häufiger nach, und durch neue EU-Regeln müssen Plattformen Daten ihrer Kundschaft künftig an die Steuerbehörden melden“, sagt sie. Wer Gewinne bisher nicht angegeben hat, sollte sich beraten lassen.</p>
<p>Dieser Überblick ersetzt keine Steuerberatung. Besondere Regeln gelten etwa für das sogenannte Staking, bei dem Anleger für das Bereitstellen ihrer Coins eine Belohnung erhalten, sowie für gewerbliche Händler. Ausführliche Hinweise enthält ein <a href="https://example.org/ratgeber/krypto-steuern">Schreiben des Finanzministeriums</a>, das regelmäßig aktualisiert wird und auch Beispielrechnungen enthält.</p>
""",
        "source_name": "",
        "source_url": "",
        "hero_caption": "Symbolgrafik: Wer Kryptowährungen länger als ein Jahr hält, verkauft in der Regel steuerfrei.",
        "hero_credit": HERO_CREDIT,
        "hours_ago": 750,
        "related": ["bitcoin-zinsen", "litecoin-zahlungen"],
        "external_links": [("Checkliste: Krypto-Transaktionen dokumentieren", "https://example.org/ratgeber/krypto-checkliste")],
    },
    {
        "key": "literaturpreis-debuet",
        "title": "Literaturpreis für Debütroman über eine Fischerfamilie",
        "section": "Kultur",
        "authors": ["Clara Winterberg"],
        "tags": ["Literatur", "Buchpreis", "Lindenfeld"],
        "lead": "Der mit 15.000 Euro dotierte Lindenfelder Literaturpreis geht in diesem Jahr an die Autorin Johanna Wiek. "
        "Die Jury würdigte ihren ersten Roman „Salzwasser“ als leises, präzises Buch über Herkunft und Abschied.",
        "body": """
<p>Der Roman erzählt von drei Generationen einer Fischerfamilie in einem kleinen Küstenort, in dem die Fangquoten sinken und die Kinder nach und nach fortziehen. Im Mittelpunkt steht die Enkelin, die nach dem Tod ihres Großvaters zurückkehrt, um dessen Haus auszuräumen, und dabei auf Briefe stößt, die ein lange gehütetes Familiengeheimnis berühren.</p>
<p>„Johanna Wiek gelingt es, in einer unaufgeregten Sprache von großen Umbrüchen zu erzählen“, heißt es in der Begründung der Jury. Das Buch verzichte auf Nostalgie und zeige eine Lebenswelt, die verschwindet, ohne sie zu verklären. Besonders hob die Jury die Dialoge hervor, in denen oft mehr verschwiegen als ausgesprochen werde.</p>
<p>Die 34-jährige Autorin wuchs selbst an der Küste auf und arbeitete nach dem Studium mehrere Jahre als Lokaljournalistin. An dem Roman schrieb sie nach eigenen Angaben fast sechs Jahre, meist frühmorgens vor der Arbeit. „Ich wollte über Menschen schreiben, die selten in Büchern vorkommen, und zwar ohne sie kleinzumachen“, sagte sie bei der Bekanntgabe.</p>
<h2>Verleihung im Rathaussaal</h2>
<p>Der Preis wird seit 1987 vergeben und soll vor allem Debüts und zweite Bücher fördern. Mehrere frühere Preisträgerinnen und Preisträger wurden später weit über die Region hinaus bekannt. In diesem Jahr hatten Verlage mehr als 90 Titel eingereicht, fünf davon standen auf der Shortlist, die die Jury im Sommer veröffentlicht hatte.</p>
<p>Die Verleihung findet im kommenden Monat im Rathaussaal von Lindenfeld statt, die Laudatio hält die Übersetzerin Ruth Albrecht. Der Eintritt ist frei, um Anmeldung wird gebeten. Wiek will im Anschluss aus ihrem Roman lesen. Ein zweites Buch, verrät sie, sei bereits in Arbeit – diesmal spiele die Geschichte in einer Großstadt.</p>
""",
        "source_name": "Nordpresse",
        "source_url": "",
        "hero_caption": "Symbolgrafik: Johanna Wiek erhält den Lindenfelder Literaturpreis für ihren Roman „Salzwasser“.",
        "hero_credit": HERO_CREDIT,
        "hours_ago": 860,
        "related": ["strassenmusik-festival", "theater-uebergriffe"],
    },
    {
        "key": "frachtrouten-umwege",
        "title": "Umwege auf See: Reedereien meiden gefährliche Meerengen",
        "section": "Welt",
        "authors": ["Tobias Wendling", "Jonas Brenner"],
        "tags": ["Welthandel", "Schifffahrt", "Lieferketten", "Logistik"],
        "lead": "Weil die Sicherheitslage an einer wichtigen Meerenge angespannt ist, schicken große Reedereien ihre Containerschiffe "
        "auf längere Routen. Für Händler und Verbraucher bedeutet das höhere Frachtkosten und längere Lieferzeiten.",
        "body": """
<p>Statt durch die kürzeste Verbindung fahren viele Frachter derzeit einen Umweg von mehreren Tausend Seemeilen. Eine Reise zwischen Asien und Nordeuropa dauert dadurch bis zu zwei Wochen länger. Die Reederei Nordanker Linien hat nach eigenen Angaben bereits mehr als die Hälfte ihrer Verbindungen umgeleitet. Die zusätzlichen Kosten für Treibstoff und Personal gibt sie über Zuschläge an die Kunden weiter.</p>
<p>Die Frachtraten für einen Standardcontainer haben sich auf einigen Strecken innerhalb weniger Wochen mehr als verdoppelt. Hinzu kommt, dass die umgeleiteten Schiffe länger unterwegs sind und in den Fahrplänen fehlen. In mehreren europäischen Häfen stauen sich deshalb Ladungen, weil Schiffe gebündelt und unregelmäßig ankommen.</p>
<h2>Händler bestellen früher</h2>
<p>Im Einzelhandel machen sich die Verzögerungen bisher vor allem bei Saisonware bemerkbar. Viele Händler haben ihre Bestellungen für das Weihnachtsgeschäft vorgezogen, um Lücken in den Regalen zu vermeiden. „Wir planen inzwischen mit einem Puffer von sechs Wochen“, sagt die Logistikchefin eines Spielwarenherstellers. Das binde Kapital und Lagerfläche, sei aber günstiger als leere Regale.</p>
<p>Ökonominnen und Ökonomen sehen bislang keinen großen Effekt auf die Inflation. Die Transportkosten machen bei den meisten Produkten nur einen kleinen Teil des Endpreises aus. Sollte die Lage aber über Monate anhalten, könnten sich vor allem Waren mit geringem Wert und großem Volumen verteuern, etwa Möbel oder Haushaltsgeräte.</p>
<p>Mehrere Regierungen bemühen sich auf diplomatischem Weg um eine Entschärfung der Lage, internationale Marineverbände begleiten einzelne Schiffe durch das Gebiet. Die Reedereien wollen jedoch erst dann zu ihren gewohnten Routen zurückkehren, wenn Versicherer die Durchfahrt wieder als sicher einstufen und die Prämien sinken.</p>
""",
        "source_name": "Westwind News",
        "source_url": "https://example.org/quellen/reuters/frachtrouten",
        "hero_caption": "Symbolgrafik: Containerschiffe sind derzeit bis zu zwei Wochen länger unterwegs.",
        "hero_credit": HERO_CREDIT,
        "hours_ago": 980,
        "related": ["innenstadt-leerstand", "nachtzug-portavela"],
    },
    {
        "key": "mini-satellit",
        "title": "Würfel im All: Studierende schicken ihren ersten Satelliten in die Umlaufbahn",
        "section": "Wissen",
        "authors": ["Aylin Demir"],
        "tags": ["Raumfahrt", "Forschung", "Hochschule", "Hohenbrück"],
        "lead": "Zehn mal zehn mal zehn Zentimeter, gut ein Kilo schwer: Studierende der Technischen Hochschule Hohenbrück haben "
        "einen Kleinstsatelliten gebaut, der nun die Erde umkreist. Er soll messen, wie sich Strahlung auf Elektronik auswirkt.",
        "body": """
<p>Fünf Jahre Arbeit stecken in dem kleinen Würfel, den die Studierenden liebevoll „Brücki“ nennen. Mehr als 60 junge Leute aus Elektrotechnik, Informatik und Maschinenbau haben an ihm mitgearbeitet, viele davon in ihrer Freizeit. Ins All gelangte er als Mitfahrer an Bord einer Trägerrakete, die gleich mehrere Dutzend kleine Satelliten von Universitäten und Firmen transportierte.</p>
<p>Als die Bodenstation auf dem Dach der Hochschule das erste Signal empfing, brach im Kontrollraum Jubel aus. „Wir haben so oft getestet, aber bis zum ersten Piepen weiß man nie, ob alles funktioniert“, sagt Projektleiterin Lea Nguyen, die inzwischen an ihrer Doktorarbeit schreibt. Der Satellit überfliegt die Station mehrmals täglich für jeweils rund zehn Minuten.</p>
<h2>Günstige Chips im Härtetest</h2>
<p>An Bord befindet sich ein Experiment, das für die Raumfahrtbranche interessant ist. Der Satellit trägt handelsübliche Computerchips, wie sie auch in Smartphones stecken, und überwacht, wie oft die kosmische Strahlung Fehler in ihnen auslöst. Spezielle strahlungsfeste Bauteile sind um ein Vielfaches teurer. Reichen günstige Chips aus, könnten Kleinsatelliten künftig deutlich billiger werden.</p>
<p>Die Studierenden mussten auch an die Zeit nach der Mission denken. Der Satellit kreist in einer so niedrigen Bahn, dass er nach spätestens fünf Jahren in der Atmosphäre verglüht. Damit soll verhindert werden, dass er als Weltraumschrott zurückbleibt. Solche Auflagen gehören inzwischen zu den Voraussetzungen für eine Startgenehmigung.</p>
<p>Funkamateure auf der ganzen Welt können die Signale von „Brücki“ empfangen und an die Hochschule melden. Auf einer <a href="https://example.org/wissen/bruecki">Projektseite</a> zeigen die Studierenden, wo sich der Satellit gerade befindet. Eine Nachfolgemission mit einer kleinen Kamera ist bereits in Planung; dafür sucht das Team noch Sponsoren.</p>
""",
        "source_name": "",
        "source_url": "",
        "hero_caption": "Symbolgrafik: Der Kleinstsatellit „Brücki“ der TH Hohenbrück umkreist die Erde.",
        "hero_credit": HERO_CREDIT,
        "hours_ago": 1110,
        "related": ["natrium-akku", "schlaf-studie"],
    },
    {
        "key": "wohnungsbau-holz",
        "title": "Wohnungsbau: Genossenschaft setzt auf Holz und serielle Fertigung",
        "section": "Wirtschaft",
        "authors": ["Jonas Brenner"],
        "tags": ["Wohnungsbau", "Mieten", "Bauwirtschaft", "Lindenfeld"],
        "lead": "Bauen ist teuer geworden, viele Projekte liegen auf Eis. Eine Wohnungsgenossenschaft in Lindenfeld zeigt, "
        "dass es auch anders geht: Ihre neuen Häuser entstehen aus vorgefertigten Holzmodulen – in Monaten statt in Jahren.",
        "body": """
<p>Auf der Baustelle am Mühlgraben schweben an diesem Morgen ganze Wohnungsteile am Kran durch die Luft: Wände mit eingebauten Fenstern, Decken mit verlegten Leitungen, fertige Badezimmer. In einer Halle rund 50 Kilometer entfernt wurden sie vorproduziert, vor Ort werden sie nur noch verbunden. Drei Häuser mit insgesamt 72 Wohnungen sollen so bis zum Sommer bezugsfertig sein.</p>
<p>„Wir sparen vor allem Zeit, und Zeit ist auf dem Bau Geld“, sagt Genossenschaftsvorstand Ulrich Lamprecht. Weil der Rohbau in wenigen Wochen steht, fallen weniger Zinsen für die Zwischenfinanzierung an, und das Wetter spielt kaum eine Rolle. Die Baukosten liegen nach seinen Angaben rund 15 Prozent unter denen eines vergleichbaren Massivbaus, den die Genossenschaft vor drei Jahren errichtet hat.</p>
<h2>Klimafreundlich, aber nicht ohne Tücken</h2>
<p>Holz speichert Kohlenstoff, den die Bäume beim Wachsen aus der Luft gebunden haben. Im Vergleich zu Beton und Stahl verursacht der Bau deshalb deutlich weniger Treibhausgase. Allerdings sind die Anforderungen an Brand- und Schallschutz hoch. Die Genossenschaft hat die Holzdecken deshalb mit einer dünnen Betonschicht kombiniert und die Treppenhäuser massiv gebaut.</p>
<p>Die Mieten sollen bei rund 9,50 Euro pro Quadratmeter liegen, ein Drittel der Wohnungen ist öffentlich gefördert und damit günstiger. Auf der Interessentenliste stehen bereits mehr als 800 Namen. Die Genossenschaft will die Wohnungen nach einem Punktesystem vergeben, bei dem Familien, ältere Menschen und langjährige Mitglieder bevorzugt werden.</p>
<p>Branchenverbände sehen in der seriellen Fertigung eine Chance, mehr bezahlbaren Wohnraum zu schaffen. Bislang scheitert der breite Einsatz jedoch oft an unterschiedlichen Bauvorschriften der Länder und an langwierigen Genehmigungsverfahren. Lamprecht hofft, dass die Erfahrungen aus Lindenfeld andere Bauherren ermutigen. Das nächste Projekt mit 120 Wohnungen ist bereits beantragt.</p>
""",
        "source_name": "",
        "source_url": "",
        "hero_caption": "Symbolgrafik: In Lindenfeld entstehen 72 Wohnungen aus vorgefertigten Holzmodulen.",
        "hero_credit": HERO_CREDIT,
        "hours_ago": 1250,
        "related": ["vier-tage-woche", "innenstadt-leerstand"],
    },
    {
        "key": "pflegekosten-reform",
        "title": "Pflegekosten: Länder drängen den Bund zu einer Reform",
        "section": "Politik",
        "authors": ["Lena Hartmann"],
        "tags": ["Pflege", "Bundestag", "Bundesrat", "Sozialpolitik"],
        "lead": "Der Eigenanteil für einen Platz im Pflegeheim steigt weiter. Mehrere Bundesländer wollen über den Bundesrat erreichen, "
        "dass sich der Bundestag noch in diesem Jahr mit einer Deckelung der Kosten befasst.",
        "body": """
<p>Im Durchschnitt müssen Pflegebedürftige in Heimen inzwischen mehrere Tausend Euro im Monat aus eigener Tasche zahlen – für Pflege, Unterkunft, Verpflegung und Investitionskosten. Viele Rentnerinnen und Rentner können das nicht dauerhaft stemmen. Immer mehr von ihnen sind deshalb auf Sozialhilfe angewiesen, obwohl sie ihr Leben lang gearbeitet und in die Pflegeversicherung eingezahlt haben.</p>
<p>„Pflege darf kein Armutsrisiko sein“, sagte Landesministerin Petra Vogt, die die Initiative mit Kolleginnen und Kollegen aus anderen Ländern vorbereitet hat. Der Vorschlag sieht vor, den Eigenanteil für die reine Pflege auf einen festen Betrag zu begrenzen. Alle Kosten darüber hinaus soll die Pflegeversicherung übernehmen, die dafür zusätzliche Mittel aus dem Bundeshaushalt erhalten müsste.</p>
<h2>Streit um die Finanzierung</h2>
<p>Genau an dieser Stelle beginnt der Streit. Kritiker warnen, eine Deckelung würde die Pflegeversicherung Milliarden kosten und entweder höhere Beiträge oder höhere Steuerzuschüsse erfordern. Arbeitgeberverbände lehnen steigende Beiträge ab, weil sie die Lohnnebenkosten erhöhen. Sozialverbände halten dagegen, die Kosten fielen ohnehin an – nur eben bei den Sozialämtern der Kommunen.</p>
<p>Im Bundestag gibt es bislang keine Mehrheit für eine bestimmte Lösung. Abgeordnete mehrerer Fraktionen signalisierten zwar Gesprächsbereitschaft, verwiesen aber auf die angespannte Haushaltslage. Eine Expertenkommission soll bis zum Frühjahr Vorschläge für eine langfristige Finanzierung der Pflege vorlegen. Die Länder wollen so lange nicht warten.</p>
<p>Der Bundesrat wird sich in seiner nächsten Sitzung mit der Initiative befassen. Findet sie dort eine Mehrheit, muss sich die Bundesregierung dazu äußern, und der Bundestag berät darüber. Ein Gesetz wird daraus allerdings nur, wenn sich auch dort eine Mehrheit findet. Für Pflegebedürftige und ihre Angehörigen ändert sich deshalb vorerst nichts.</p>
""",
        "source_name": "Lindenfelder Rundschau",
        "source_url": "",
        "hero_caption": "Symbolgrafik: Die Eigenanteile für einen Platz im Pflegeheim steigen weiter.",
        "hero_credit": HERO_CREDIT,
        "hours_ago": 1420,
        "related": ["strassen-bruecken", "wahlalter-16"],
    },
    # ------------------------------------------------- scheduled (stays hidden until then)
    {
        "key": "wahlabend-live",
        "title": "Wahlabend live: So berichtet RENEWZ über die Landtagswahl",
        "section": "Politik",
        "authors": ["Lena Hartmann", "Deniz Krüger"],
        "tags": ["Landtagswahl", "Wahlen", "In eigener Sache"],
        "lead": "Am Wahlsonntag berichtet RENEWZ ab 17 Uhr fortlaufend über die Landtagswahl: mit Hochrechnungen, Stimmen "
        "aus den Parteizentralen und einer Analyse der Wahlbeteiligung in allen Wahlkreisen.",
        "body": """
<p>Um 18 Uhr schließen die Wahllokale, wenige Minuten später veröffentlichen die Meinungsforschungsinstitute ihre ersten Prognosen. Unser Team fasst die Zahlen zusammen und ordnet ein, was sie bedeuten – auch dann, wenn die Ergebnisse knapp ausfallen und sich im Laufe des Abends noch verschieben. Jede neue Hochrechnung ergänzen wir um eine kurze Einschätzung.</p>
<p>Reporterinnen und Reporter sind bei den Wahlpartys der Parteien in der Landeshauptstadt vor Ort und sprechen mit Kandidatinnen, Kandidaten und Mitgliedern. Aus mehreren Wahlkreisen berichten wir, wie die Stimmung in den Wahllokalen und bei der Auszählung ist. Fragen unserer Leserinnen und Leser beantworten wir im Laufe des Abends in einem eigenen Abschnitt.</p>
<h2>Karte der Wahlkreise</h2>
<p>Eine interaktive Karte zeigt, wie in den einzelnen Wahlkreisen abgestimmt wurde und wie hoch die Wahlbeteiligung dort war. Sie wird aktualisiert, sobald die Gemeinden ihre Ergebnisse melden. Unser Datenteam vergleicht die Zahlen zudem mit der vorigen Landtagswahl und zeigt, wo sich die Mehrheiten am deutlichsten verschoben haben.</p>
<p>Am Montag nach der Wahl folgen ausführliche Analysen: Wer hat wen gewählt, welche Koalitionen sind rechnerisch möglich, und was bedeutet das Ergebnis für die Politik im Land? Wer bis dahin noch Fragen zur Stimmabgabe hat, findet die wichtigsten Antworten in unserem Überblick zur Briefwahl.</p>
""",
        "source_name": "",
        "source_url": "",
        "hero_caption": "Symbolgrafik: RENEWZ berichtet am Wahlabend ab 17 Uhr live.",
        "hero_credit": HERO_CREDIT,
        "hours_ago": -30,
        "related": ["briefwahl-fragen", "landtagswahl-umfrage"],
    },
    # ------------------------------------------------------------------ drafts
    {
        "key": "entwurf-kreishaushalt",
        "status": "draft",
        "title": "Haushaltsstreit im Kreistag: Sparliste sorgt für Unmut",
        "section": "Politik",
        "authors": ["Jonas Brenner"],
        "tags": ["Kommunen", "Haushalt", "Nahverkehr"],
        "lead": "Der Landkreis muss im kommenden Jahr Millionen einsparen. Eine Liste mit möglichen Kürzungen sorgt schon vor "
        "der ersten Beratung für Widerstand in mehreren Fraktionen.",
        "body": """
<p>Der Landkreis muss im kommenden Jahr nach Angaben der Kämmerei rund elf Millionen Euro einsparen. Eine Liste mit möglichen Kürzungen, die in der Kreisverwaltung erarbeitet wurde, sorgt bereits vor der ersten Beratung für Unmut. Auf ihr stehen unter anderem weniger Busverbindungen am Wochenende, höhere Gebühren für die Musikschule und die Schließung einer Außenstelle der Zulassungsbehörde.</p>
<p>Vertreterinnen und Vertreter mehrerer Fraktionen kündigten Widerstand an. Gerade im ländlichen Raum seien Busse am Wochenende für viele Menschen ohne Auto die einzige Möglichkeit, mobil zu bleiben. Auch Eltern haben sich zu Wort gemeldet: Eine Petition gegen höhere Musikschulgebühren hat innerhalb weniger Tage mehr als 3.000 Unterschriften gesammelt.</p>
<p>Die Kreisverwaltung verweist auf steigende Ausgaben für Sozialleistungen, Personal und Energie, auf die sie kaum Einfluss habe. Gleichzeitig sei die Kreisumlage, die die Gemeinden an den Landkreis zahlen, bereits an der Grenze dessen, was den Kommunen zuzumuten sei. Ohne Kürzungen drohe ein Haushalt, den die Aufsichtsbehörde nicht genehmigen würde.</p>
<p>Der Kreistag will den Haushalt in seiner Dezembersitzung beschließen. Bis dahin beraten die Fachausschüsse in öffentlichen Sitzungen über die einzelnen Posten der Sparliste. Dass am Ende alle Vorschläge umgesetzt werden, gilt als unwahrscheinlich; mehrere Fraktionen haben angekündigt, eigene Gegenvorschläge vorzulegen.</p>
<p><em>Notiz der Redaktion: Stellungnahme des Landrats anfragen, Zahlen mit dem Haushaltsentwurf abgleichen.</em></p>
""",
        "source_name": "",
        "source_url": "",
        "hero_caption": "Symbolgrafik: Der Kreistag berät über eine Sparliste.",
        "hero_credit": HERO_CREDIT,
        "hours_ago": None,
        "related": ["strassen-bruecken"],
    },
    {
        "key": "entwurf-intendanz",
        "status": "draft",
        "title": "Neue Intendantin für das Stadttheater: Was sich ändern soll",
        "section": "Kultur",
        "authors": ["Clara Winterberg"],
        "tags": ["Theater", "Hohenbrück", "Personalien"],
        "lead": "Das Stadttheater Hohenbrück bekommt eine neue Leitung. Die künftige Intendantin will das Haus für neues Publikum "
        "öffnen – und steht vor schwierigen Aufgaben.",
        "body": """
<p>Der Stadtrat hat die Dramaturgin Veronika Stahl einstimmig zur neuen Intendantin des Stadttheaters Hohenbrück berufen. Sie tritt ihr Amt zu Beginn der übernächsten Spielzeit an und folgt auf einen Intendanten, dessen Vertrag nach zehn Jahren ausläuft. Stahl leitet derzeit das Schauspiel an einem kleineren Haus und gilt als Spezialistin für zeitgenössische Stücke.</p>
<p>In ihrer ersten Pressekonferenz kündigte Stahl an, das Theater stärker für Menschen zu öffnen, die bislang selten kommen. Geplant sind Vorstellungen mit Übertiteln in mehreren Sprachen, günstigere Karten für junge Leute und Gastspiele in Stadtteilen ohne eigene Kulturangebote. Auch Bürgerinnen und Bürger sollen künftig in eigenen Produktionen auf der Bühne stehen können.</p>
<p>Zugleich steht die neue Intendantin vor schwierigen Aufgaben. Das Haus muss in den kommenden Jahren saniert werden, und die Debatte über die Arbeitsbedingungen hinter der Bühne ist noch nicht abgeschlossen. Stahl sagte, sie wolle die Ergebnisse der laufenden Aufarbeitung abwarten und dann gemeinsam mit dem Ensemble verbindliche Regeln erarbeiten.</p>
<p>Im Ensemble wird die Entscheidung überwiegend begrüßt. Mehrere Schauspielerinnen und Schauspieler äußerten die Hoffnung auf einen offeneren Führungsstil. Ob Stahl bestehende Verträge verlängert oder mit einem neuen Ensemble beginnt, ließ sie zunächst offen. Darüber wolle sie mit jedem Mitglied einzeln sprechen.</p>
<p><em>Notiz der Redaktion: Zitate von Veronika Stahl freigeben lassen, Termin der Vertragsunterzeichnung prüfen.</em></p>
""",
        "source_name": "",
        "source_url": "",
        "hero_caption": "Symbolgrafik: Das Stadttheater Hohenbrück bekommt eine neue Intendantin.",
        "hero_credit": HERO_CREDIT,
        "hours_ago": None,
        "related": ["theater-uebergriffe"],
    },
]



def section_alt_text(section):
    """The alt text of a generated hero illustration: what the picture really shows."""
    colours = SECTION_STYLES[section]["colour_name"]
    return f"Illustration: diagonaler Farbverlauf in {colours} mit hellen geometrischen Formen und dem Schriftzug „{section}“"


# Dachzeilen of some articles; the others show their Ressort's name.
KICKERS = {
    "landtagswahl-umfrage": "Neue Umfrage",
    "bitcoin-zinsen": "Bitcoin-Kurs",
    "hitze-kuehlraeume": "Südeuropa",
    "frauenfussball-hohenbrueck": "Frauen-Regionalliga",
    "energiepreise-stadtwerke": "Entlastung für Haushalte",
    "theater-uebergriffe": "Stadttheater",
    "natrium-akku": "Energiespeicher",
    "briefwahl-fragen": "Landtagswahl",
    "wahlabend-live": "Landtagswahl",
}

# Ressorts with a block of their newest articles on the home page, in menu order.
HOME_PAGE_SECTIONS = ["Politik", "Wirtschaft", "Krypto", "Sport"]

# The front page as the demo Redaktion placed it: the Aufmacher first, then the Top-Themen, as
# (article key, hours until the slot ends or None). The scheduled election evening holds its
# place until it appears; the football slot ends after six hours.
FRONT_PAGE = [
    ("energiepreise-stadtwerke", None),
    ("landtagswahl-umfrage", None),
    ("wahlabend-live", None),
    ("bitcoin-zinsen", None),
    ("frauenfussball-hohenbrueck", 6),
    ("theater-uebergriffe", None),
    ("natrium-akku", None),
]

for _article in ARTICLES:
    _article["kicker"] = KICKERS.get(_article["key"], "")
    _article.setdefault("status", "published")
    _article.setdefault("external_links", [])
    _article.setdefault("liveticker", [])
    _article.setdefault("hero_alt", section_alt_text(_article["section"]))
    _article["body"] = _article["body"].strip()
del _article

# The media library reused (issue 14): the article on the left shows the image of the one on
# the right as its hero (one library image, two articles) …
SHARED_HERO_IMAGES = {"kommunalwahl-lindenfeld": "landtagswahl-umfrage"}
# … and the text of the article on the left shows it as a figure after its first paragraph.
BODY_IMAGES = {"briefwahl-fragen": "landtagswahl-umfrage"}
