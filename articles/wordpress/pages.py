"""WordPress pages into RENEWZ's own pages (pages.LegalPage: Impressum, Datenschutz, Kontakt, Über uns).

A published page whose address names one of them fills it, sanitised like every body; any
other page is skipped and reported, since RENEWZ has no free-form pages. As for posts, the
import is keyed by the WordPress post ID (`WordPressItem`, post type "page"): a second run
changes nothing, a page changed in WordPress is updated, and a RENEWZ page written or edited
in RENEWZ (its `updated_at` differs from the import's) is never overwritten but reported.
"""
from urllib.parse import unquote

from django.utils.text import slugify

from pages.models import LegalPage

from ..html import sanitise_body
from ..models import WordPressItem
from .content import BodyConverter

# WordPress addresses (`post_name`) of the pages RENEWZ has, with the usual spellings.
PAGE_KINDS = {
    "impressum": LegalPage.Kind.IMPRESSUM,
    "datenschutz": LegalPage.Kind.DATENSCHUTZ,
    "datenschutzerklaerung": LegalPage.Kind.DATENSCHUTZ,
    "datenschutzerklarung": LegalPage.Kind.DATENSCHUTZ,
    "kontakt": LegalPage.Kind.KONTAKT,
    "ueber-uns": LegalPage.Kind.ABOUT,
    "uber-uns": LegalPage.Kind.ABOUT,
}


def import_page(importer, item, label):
    """One `page` item of the export (called by WordPressImporter.import_item)."""
    kind = PAGE_KINDS.get(slugify(unquote(item["post_name"] or "")))
    if kind is None or item["status"] != "publish" or item["post_id"] is None:
        importer.report.count("page skipped")
        reason = (
            f"übersprungen: Status „{item['status'] or '(leer)'}“" if kind is not None and item["status"] != "publish"
            else "übersprungen: RENEWZ hat Seiten nur für Impressum, Datenschutz, Kontakt und Über uns"
        )
        importer.report.note(label, reason)
        return
    outcome = importer.in_own_transaction(label, lambda: fill_page(importer, item, kind))
    if outcome is None:
        return
    title = LegalPage.Kind(kind).label
    if outcome in ("created", "updated", "unchanged"):
        importer.report.count("page imported")
        if outcome != "unchanged":
            importer.report.note(label, f"als Seite „{title}“ übernommen" if outcome == "created" else f"Seite „{title}“ aktualisiert (in WordPress geändert)")
    else:
        importer.report.count("page skipped")
        importer.report.note(label, f"Seite „{title}“ {outcome}, nicht überschrieben")


def fill_page(importer, item, kind):
    fingerprint = importer.fingerprint(item)
    record = WordPressItem.objects.select_for_update().filter(site=importer.site, wp_id=item["post_id"]).first()
    page = LegalPage.objects.select_for_update().filter(kind=kind).first()
    if record is None and page is not None:
        return "gibt es in RENEWZ schon"
    if record is not None:
        if page is None:
            return "in RENEWZ gelöscht"
        if record.media.get("page_updated_at") != page.updated_at.isoformat():
            return "in RENEWZ bearbeitet"
        if record.fingerprint == fingerprint:
            return "unchanged"
    outcome = "created" if page is None else "updated"
    page = page or LegalPage(kind=kind)
    # Images are not copied for pages: an <img> not stored on RENEWZ is removed by the sanitiser.
    page.body = sanitise_body(BodyConverter(store_image=lambda url, alt: None).convert(item["content"]))
    page.save()
    record = record or WordPressItem(site=importer.site, wp_id=item["post_id"], post_type="page")
    record.guid = (item.get("guid") or "")[:500]
    record.fingerprint = fingerprint
    record.media = {"page": kind, "page_updated_at": page.updated_at.isoformat()}
    record.save()
    return outcome
