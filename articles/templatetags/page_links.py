from django import template
from django.http import QueryDict

register = template.Library()


@register.simple_tag(takes_context=True)
def page_url(context, number):
    """The link to page `number` of a listing, keeping the other query parameters (e.g. `q`)."""
    request = context.get("request")
    params = request.GET.copy() if request else QueryDict(mutable=True)
    params["page"] = number
    return f"?{params.urlencode()}"
