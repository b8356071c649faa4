"""Sample texts of the legal pages for the demo, written for this project.

Each is marked as a sample („Mustertext“) on the page itself: the operator of a real site
must replace them with their own details before going live. The Datenschutz sample
describes what the site really does for readers: no cookies, no requests to other hosts.
"""
from .models import LegalPage, SiteSettings

SAMPLE_NOTE = (
    "<p><strong>Mustertext:</strong> Diese Seite gehört zur Demo von RENEWZ CMS. Alle Angaben sind "
    "erfunden und müssen vor dem Livegang durch die Angaben des Betreibers ersetzt werden.</p>"
)

DEMO_SITE = {"contact_email": "redaktion@example.org", "x_handle": "renewz"}

DEMO_PAGES = {
    LegalPage.Kind.IMPRESSUM: SAMPLE_NOTE
    + """
<h2>Angaben gemäß § 5 DDG</h2>
<p>Muster Medien GmbH<br>Musterstraße 1<br>12345 Musterstadt</p>
<p>Vertreten durch die Geschäftsführerin Erika Mustermann<br>Handelsregister: Amtsgericht Musterstadt, HRB 00000<br>Umsatzsteuer-Identifikationsnummer: DE000000000</p>
<h2>Kontakt</h2>
<p>Telefon: 0000 000000<br>E-Mail: <a href="mailto:redaktion@example.org">redaktion@example.org</a></p>
<h2>Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV</h2>
<p>Max Mustermann, Chefredakteur, Anschrift wie oben</p>
<h2>Streitbeilegung</h2>
<p>Wir sind nicht bereit und nicht verpflichtet, an Streitbeilegungsverfahren vor einer Verbraucherschlichtungsstelle teilzunehmen.</p>
""",
    LegalPage.Kind.DATENSCHUTZ: SAMPLE_NOTE
    + """
<h2>Das Wichtigste in Kürze</h2>
<ul>
<li><strong>Keine Cookies:</strong> Wer RENEWZ.de liest, bekommt kein einziges Cookie, weder von uns noch von anderen.</li>
<li><strong>Keine Anfragen an Dritte:</strong> Schriften, Bilder, Skripte und Stylesheets kommen ausschließlich von unserem eigenen Server. Ihr Browser fragt beim Lesen keinen anderen Anbieter an: kein Werbenetzwerk, keine Analysedienste.</li>
<li><strong>Eingebettete Inhalte nur auf Ihren Klick:</strong> Manche Artikel enthalten Videos, Beiträge sozialer Netzwerke, Grafiken oder Podcasts anderer Anbieter (etwa YouTube, Vimeo, X, Instagram, Bluesky, Mastodon, TikTok, Datawrapper, Spotify, Apple Podcasts oder Podigee). An ihrer Stelle zeigen wir zunächst nur einen Hinweis von unserem Server. Erst wenn Sie auf „Inhalt von … laden“ klicken, stellt Ihr Browser eine Verbindung zu diesem Anbieter her; dabei erhält er Daten wie Ihre IP-Adresse, und es gilt seine Datenschutzerklärung. Wählen Sie „Inhalte von … immer laden“, merkt sich nur Ihr Browser diese Wahl (im lokalen Speicher, nicht bei uns); unter jedem so geladenen Inhalt können Sie sie wieder aufheben.</li>
<li><strong>Keine Profile:</strong> Wir messen nicht, wer was liest, und legen keine Nutzungsprofile an.</li>
</ul>
<h2>Verantwortliche Stelle</h2>
<p>Muster Medien GmbH, Musterstraße 1, 12345 Musterstadt, E-Mail: <a href="mailto:datenschutz@example.org">datenschutz@example.org</a></p>
<h2>Server-Protokolle</h2>
<p>Beim Aufruf einer Seite verarbeitet unser Server technisch notwendige Angaben (aufgerufene Adresse, Zeitpunkt, Browsertyp, IP-Adresse), um die Seite auszuliefern und Angriffe abzuwehren (Art. 6 Abs. 1 lit. f DSGVO). Diese Protokolle werden nach spätestens sieben Tagen gelöscht.</p>
<h2>Teilen-Links</h2>
<p>Die Links zum Teilen eines Artikels (WhatsApp, X, Facebook, LinkedIn, E-Mail) sind einfache Links. Erst wenn Sie einen davon anklicken, verlässt Ihr Browser unsere Seite; vorher wird nichts an diese Dienste übertragen.</p>
<h2>Redaktionszugang</h2>
<p>Nur Mitarbeiterinnen und Mitarbeiter, die sich im Redaktionssystem anmelden, erhalten ein technisch notwendiges Sitzungs-Cookie. Anmeldeversuche werden zum Schutz vor Missbrauch mit IP-Adresse protokolliert und regelmäßig gelöscht.</p>
<h2>Ihre Rechte</h2>
<p>Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der Verarbeitung sowie auf Widerspruch (Art. 15 bis 21 DSGVO) und können sich bei einer Datenschutz-Aufsichtsbehörde beschweren.</p>
""",
    LegalPage.Kind.KONTAKT: SAMPLE_NOTE
    + """
<h2>Redaktion</h2>
<p>Hinweise, Korrekturen und Leserbriefe erreichen uns per E-Mail an <a href="mailto:redaktion@example.org">redaktion@example.org</a>. Wir lesen jede Nachricht; bitte haben Sie Verständnis, dass wir nicht jede beantworten können.</p>
<h2>Post</h2>
<p>RENEWZ.de – Redaktion<br>Muster Medien GmbH<br>Musterstraße 1<br>12345 Musterstadt</p>
<h2>Presseanfragen</h2>
<p>Für Anfragen zum Unternehmen schreiben Sie bitte an <a href="mailto:presse@example.org">presse@example.org</a>.</p>
""",
    LegalPage.Kind.ABOUT: SAMPLE_NOTE
    + """
<h2>Finde, was zählt. Immer informiert</h2>
<p>RENEWZ.de ist ein unabhängiges Nachrichtenangebot aus Musterstadt. Unsere Redaktion berichtet über Politik, Wirtschaft, Krypto, Welt, Wissen, Sport und Kultur: schnell, aber geprüft, und mit klarer Trennung von Nachricht und Meinung.</p>
<h2>Wie wir arbeiten</h2>
<ul>
<li>Jeder Artikel nennt seine Autorinnen und Autoren und, wo wir uns auf andere berufen, die Quelle.</li>
<li>Inhaltliche Korrekturen kennzeichnen wir am Ende des Artikels mit einem Korrekturhinweis.</li>
<li>Wir verfolgen unsere Leserinnen und Leser nicht: keine Cookies, keine Werbenetzwerke.</li>
</ul>
""",
}


def load_demo_pages():
    """Write the sample legal pages that do not exist yet and fill in the demo's contact
    details; pages and settings edited since stay as they are. Returns the pages written."""
    written = []
    for kind, body in DEMO_PAGES.items():
        page, created = LegalPage.objects.get_or_create(kind=kind, defaults={"body": body})
        if created:
            written.append(page)
    if not SiteSettings.objects.filter(pk=1).exists():
        SiteSettings(**DEMO_SITE).save()
    return written
