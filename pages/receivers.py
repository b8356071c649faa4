"""Pages show the site settings and the legal pages: a change to either starts a new
page-cache generation, and a changed setting is read anew."""
from django.db.models.signals import post_delete, post_save

from renewz import pagecache

from .models import LegalPage, SiteSettings


def site_settings_changed(**kwargs):
    SiteSettings.forget()
    pagecache.content_changed()


def legal_page_changed(**kwargs):
    pagecache.content_changed()


for signal in (post_save, post_delete):
    signal.connect(site_settings_changed, sender=SiteSettings, dispatch_uid=f"pages-settings-{signal is post_save}")
    signal.connect(legal_page_changed, sender=LegalPage, dispatch_uid=f"pages-legal-{signal is post_save}")
