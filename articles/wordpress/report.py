"""What an import did: counts next to the export's own, and every item skipped or changed, with why."""
from collections import Counter

STATUS_NAMES = {
    "publish": "veröffentlicht",
    "future": "geplant",
    "draft": "Entwurf",
    "pending": "ausstehend",
    "private": "privat",
    "trash": "Papierkorb",
    "auto-draft": "automatischer Entwurf",
    "inherit": "geerbt",
}


class Report:
    def __init__(self, dry_run=False):
        self.dry_run = dry_run
        self.in_export = Counter()  # what the file holds, by kind
        self.done = Counter()  # what the run did, by kind and outcome
        self.entries = []  # (item, message)

    def note(self, item, message):
        self.entries.append((item, message))

    def count(self, key, amount=1):
        self.done[key] += amount

    def summary_lines(self):
        export, done = self.in_export, self.done
        posts_by_status = sorted((key[1], n) for key, n in export.items() if key[0] == "post")
        lines = ["Probelauf – nichts wurde gespeichert." if self.dry_run else "Import abgeschlossen.", ""]
        lines.append("Beiträge nach Status (Export → übernommen):")
        for status, n in posts_by_status:
            lines.append(f"  {STATUS_NAMES.get(status, status)}: {n} → {done[('post', status)]}")
        lines.append(
            f"  neu {done['article created']}, aktualisiert {done['article updated']}, "
            f"unverändert {done['article unchanged']}, in RENEWZ bearbeitet (nicht überschrieben) "
            f"{done['article kept']}, übersprungen {done['post skipped']}, Fehler {done['error']}"
        )
        lines.append(
            f"Autor/innen: {export['author']} im Export, {done['author used']} in den Autorenzeilen der Beiträge "
            f"({done['author created']} neu angelegt)"
        )
        lines.append(
            f"Kategorien: {export['category']} im Export; Ressorts der Beiträge: {done['section used']} "
            f"({done['section created']} neu angelegt); weitere Kategorien als Schlagwörter"
        )
        lines.append(
            f"Schlagwörter: {export['tag']} im Export, {done['tag used']} an Beiträgen vergeben; "
            f"dazu {done['category as tag']} weitere Kategorien als Schlagwort"
        )
        lines.append(
            f"Anhänge: {export['attachment']} im Export, {done['attachment found']} Dateien gefunden, "
            f"{done['hero image']} als Aufmacherbild, {done['body image']} im Text, "
            f"{done['image missing']} Bilder fehlen"
        )
        lines.append(f"Seiten: {export['page']} im Export, {done['page imported']} übernommen, {done['page skipped']} übersprungen")
        lines.append(f"Kommentare: {export['comment']} im Export, nicht übernommen (RENEWZ hat keine Kommentare)")
        other = sum(n for key, n in export.items() if key[0] == "other")
        lines.append(f"Andere Inhaltstypen: {other} übersprungen")
        lines.append(f"Weiterleitungen alter Adressen: {done['redirect created']} neu, {done['redirect kept']} schon vorhanden, "
                     f"{done['redirect conflict']} Konflikte")
        return lines

    def render(self):
        lines = self.summary_lines()
        if self.entries:
            lines += ["", f"Einzelheiten ({len(self.entries)}):"]
            lines += [f"- {item}: {message}" for item, message in self.entries]
        return "\n".join(lines)
