"""The WordPress import (`manage.py import_wordpress`, the admin's „WordPress-Importe“).

wxr       reads a WordPress export (WXR) as a stream of plain dicts, safely
content   turns a post's body into RENEWZ body HTML (blocks, shortcodes, images)
importer  maps items onto articles, authors, Ressorts and Schlagwörter; keeps old links
report    what a run did, and why it skipped or changed what it did
"""
