"""Query strings the database cannot answer, refused with a German 400 instead of a 500.

PostgreSQL cannot hold a NUL byte in a text value: an admin list filter (`?status=%00`), a search
or an autocomplete term with one fails inside the database driver, after the admin's own checks of
lookup parameters. One rule for the whole admin, every app's lists included (users, groups, coins);
SQLite accepts NUL bytes, so the rule is the same on both. (Readers' search cleans its query
itself: articles.search.clean_query.)
"""
from django.core.exceptions import BadRequest

NUL_BYTE_MESSAGE = "Die Anfrage enthält ein Nullzeichen (%00), das nicht verarbeitet werden kann."


class RefuseNulBytesInAdminMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith("/admin/") and "\x00" in "".join(
            text for key, values in request.GET.lists() for text in (key, *values)
        ):
            raise BadRequest(NUL_BYTE_MESSAGE)
        return self.get_response(request)
