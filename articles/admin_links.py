"""Share-preview links in the article admin."""


class PreviewLinkAdminMixin:
    pass
