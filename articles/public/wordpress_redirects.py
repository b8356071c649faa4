"""Old WordPress addresses answer 301 to their new ones (articles.models.WordPressRedirect).

A middleware rather than URL patterns: WordPress addresses (`/2024/05/01/slug/`, `/slug/`,
`/category/a/b/feed/`) have no shape RENEWZ could reserve, so only a request RENEWZ itself
answers with 404 is looked up, and a real page is never shadowed. The exception is the
home page with `?p=ID` (or `?page_id=ID`), which would show the home page: it is looked up
first. It sits inside the page cache, which stores 200s only: a redirect is never cached,
and what it leads to is read when asked, so it is always one hop to the current address.
"""
from django.http import HttpResponsePermanentRedirect

from ..models import WordPressRedirect

ID_PARAMETERS = ("p", "page_id")


def redirect_for(path):
    """The stored redirect for a path (with or without its final slash), or None."""
    if "\x00" in path:  # no stored address has one, and PostgreSQL refuses it in a query
        return None
    candidates = [path, path + "/"] if not path.endswith("/") else [path, path.rstrip("/") or "/"]
    return (
        WordPressRedirect.objects.filter(old_path__in=candidates)
        .select_related("article", "section", "tag", "author")
        .first()
    )


def answer(redirect):
    if redirect is None:
        return None
    url = redirect.target_url()
    return HttpResponsePermanentRedirect(url) if url else None


class WordPressRedirectMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path == "/" and request.method in ("GET", "HEAD"):
            for name in ID_PARAMETERS:
                value = request.GET.get(name, "")
                if value.isdigit() and (response := answer(redirect_for(f"/?{name}={int(value)}"))):
                    return response
        response = self.get_response(request)
        if response.status_code == 404 and request.method in ("GET", "HEAD"):
            return answer(redirect_for(request.path)) or response
        return response
