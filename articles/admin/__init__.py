"""The newsroom's admin, one module per feature; importing them registers their ModelAdmins.

article        the article form and list (with the mixins of autosave, workflow, revisions, share_previews)
autosave       copies of what an editor types, offered back when the form is reopened
workflow       status, publishing rights, corrections
revisions      history, compare, restore and recover; edit conflicts
soft_lock      who has an article open right now
share_previews previews and share-preview links
liveticker     the Liveticker screen: post, edit, publish and delete entries; end the ticker
tags           Schlagwörter: counts, merge, kept addresses
author, section  Autor/innen and Ressorts
front_page     the Aufmacher and Top-Themen of the home page
breaking_news  Eilmeldungen: raise and lower the banner of every public page
wordpress      WordPress-Importe: upload an export, watch its import run
changelist     what keeps the article list fast at 100,000 articles
editor, forms  the rich-text body field; fields shared by the forms
"""
from . import article, author, breaking_news, front_page, section, tags, wordpress  # noqa: F401 (registration)
