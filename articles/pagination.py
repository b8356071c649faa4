from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404


def paginate(request, queryset, per_page=None):
    """The requested page of `queryset`.

    Readers and crawlers send anything as `?page=`: text, zero and negative numbers
    mean page 1; a page past the end is a 404, so no endless empty pages get indexed.
    """
    paginator = Paginator(queryset, per_page or settings.ARTICLES_PER_PAGE)
    try:
        number = max(int(request.GET.get("page", 1)), 1)
    except (TypeError, ValueError):
        number = 1
    if number > paginator.num_pages:
        raise Http404("Diese Seite gibt es nicht.")
    page = paginator.page(number)
    # Evaluate once, so templates can index and slice the list without new queries.
    page.object_list = list(page.object_list)
    return page
