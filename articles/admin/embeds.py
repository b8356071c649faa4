"""Title and thumbnail of new embeds (articles.oembed), fetched when an article is saved in the admin."""
from django.contrib.admin.utils import unquote

from .. import oembed


class EmbedAdminMixin:
    """Adds title and thumbnail to each embed in a submitted body that has none yet.

    This happens before the save's transaction begins (the outermost `changeform_view`), so a
    slow provider never holds the database, and only for someone who may save the article;
    the save itself then goes on as always and is never failed by a provider.
    """

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        body = request.POST.get("body", "") if request.method == "POST" else ""
        if body and oembed.wants_details(body) and self._may_save(request, object_id):
            data = request.POST.copy()
            data["body"] = oembed.with_details(body)
            request.POST = data
        return super().changeform_view(request, object_id, form_url, extra_context)

    def _may_save(self, request, object_id):
        if object_id is None:
            return self.has_add_permission(request)
        article = self.get_object(request, unquote(object_id))
        return article is not None and self.has_change_permission(request, article)
