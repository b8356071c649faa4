"""Query strings the database cannot answer, refused with a 400 instead of a 500.

PostgreSQL cannot hold a NUL byte in a text value: a list filter (`?status=%00`), a search or an
autocomplete term with one fails inside the database driver, after the admin's own checks of
lookup parameters. SQLite accepts them, so the rule is the same on both.
"""
from django.core.exceptions import BadRequest

NUL_BYTE_MESSAGE = "Die Anfrage enthält ein Nullzeichen (%00), das nicht verarbeitet werden kann."


def refuse_nul_bytes(*texts):
    if any("\x00" in text for text in texts):
        raise BadRequest(NUL_BYTE_MESSAGE)


class RefusesNulBytesMixin:
    """For a ModelAdmin: its list (filters, search) and its autocomplete answer a NUL byte with a 400."""

    def changelist_view(self, request, extra_context=None):
        refuse_nul_bytes(*(text for key, values in request.GET.lists() for text in (key, *values)))
        return super().changelist_view(request, extra_context)

    def get_search_results(self, request, queryset, search_term):
        refuse_nul_bytes(search_term)
        return super().get_search_results(request, queryset, search_term)
