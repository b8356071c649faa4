"""Revisions, edit conflicts and the soft lock in the article admin."""


class RevisionAdminMixin:
    pass
