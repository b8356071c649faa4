"""The newsroom's admin, one module per feature; importing them registers their ModelAdmins.

article        the article form and list (with the mixins of workflow, revisions, share_previews)
workflow       status, publishing rights, corrections
revisions      history, compare, restore and recover; edit conflicts
soft_lock      who has an article open right now
share_previews previews and share-preview links
liveticker     the Liveticker screen: post, edit, publish and delete entries; end the ticker
tags           Schlagwörter: counts, merge, kept addresses
author, section  Autor/innen and Ressorts
changelist     what keeps the article list fast at 100,000 articles
editor, forms  the rich-text body field; fields shared by the forms
"""
from . import article, author, section, tags  # noqa: F401 (registration)
