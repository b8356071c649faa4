"""The reader's pages: home, article, Ressort, Thema, Autor/in, search, share previews, 404.

Preview responses (staff, share-preview links) are never stored by a cache and never indexed.
"""
from functools import partial

from django.db.models import Exists, OuterRef
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.cache import patch_cache_control
from taggit.models import Tag

from renewz import pagecache

from .. import previews
from ..models import Article, Author, Section, TaggedArticle, front_page, public_condition
from ..search import clean_query, planned_for_each_query
from . import fragments, liveticker
from .pagination import paginate, paginate_counted


def home(request):
    """Page 1: the Redaktion's Aufmacher and Top-Themen, then the Ressort blocks; later
    pages: the newest articles."""
    page = paginate(request, Article.objects.public())
    context = front_page(page.object_list) if page.number == 1 else {}
    return render(request, "articles/home.html", {"page": page, **context})


def section_detail(request, slug):
    """A Ressort page; a Ressort prepared hidden is a 404 for readers, a preview for staff."""
    section = get_object_or_404(Section.objects.all() if request.user.is_staff else Section.objects.visible(), slug=slug)
    page = paginate(request, Article.objects.public().filter(section=section))
    context = {"section": section, "page": page, "current_section": section.slug, "is_preview": not section.is_visible}
    response = render(request, "articles/section_detail.html", context)
    return mark_private(response) if not section.is_visible else response


def tag_detail(request, slug):
    """A Thema page, for a tag with public articles; the address of a merged or renamed tag
    leads to its tag for good."""
    try:
        tag = Tag.objects.filter(with_public_articles()).get(slug=slug)
    except Tag.DoesNotExist:
        return redirect("articles:tag", slug=get_object_or_404(Tag, redirects__old_slug=slug).slug, permanent=True)
    page = paginate(request, Article.objects.public_tagged(tag))
    return render(request, "articles/tag_detail.html", {"tag": tag, "page": page})


def with_public_articles():
    """The condition for a tag that has a Thema page (and feeds): at least one public article,
    read off the tag rows' listing index. A tag of drafts only is as unknown as no tag."""
    return Exists(TaggedArticle.objects.filter(public_condition(), tag=OuterRef("pk")))


def author_detail(request, slug):
    author = get_object_or_404(Author, slug=slug)
    page = paginate(request, Article.objects.public_by_author(author))
    return render(request, "articles/author_detail.html", {"author": author, "page": page})


def search(request):
    """Search results for `?q=`; without a query, just the search form."""
    query = clean_query(request.GET.get("q", ""))
    page = None
    if query:
        with planned_for_each_query():
            page = paginate_counted(request, partial(Article.objects.public().search_page, query))
    # Called by the template only where it renders the result cards, not where their fragment is cached.
    excerpted = partial(with_excerpts, page.object_list, query) if page else None
    return render(request, "articles/search.html", {"query": query, "page": page, "excerpted": excerpted})


def with_excerpts(articles, query):
    """The page's articles, each with its search excerpt (`Article.snippet`), in one query."""
    excerpts = Article.objects.filter(pk__in=[article.pk for article in articles]).search_excerpts(query)
    for article in articles:
        article.search_headline = excerpts.get(article.pk)
    return articles


def article_detail(request, slug):
    """The article page. Staff also see the unpublished articles their role lets them
    see in the admin (roles.may_view), marked as preview.
    A former address of the article leads to the current one for good (301)."""
    articles = Article.objects.visible_to(request.user)
    try:
        article = articles.for_page().get(slug=slug)
    except Article.DoesNotExist:
        return redirect(get_object_or_404(articles.only("slug"), slug_redirects__old_slug=slug), permanent=True)
    return render_article(request, article, preview=not article.is_public)


def article_preview(request, token):
    """An unpublished article for someone holding a share-preview link, no account needed."""
    try:
        article = previews.article_for_token(token)
    except previews.PreviewUnavailable as error:
        return render_unavailable(request, error)
    if article.is_public:
        return redirect(article)
    return render_article(request, article, preview=True)


NOT_FOUND_NEWEST = 5


def not_found(request, exception):
    """The 404 page (handler404): a search form and the newest articles, in one bounded query."""
    newest = Article.objects.public().only("slug", "title", "published_at")[:NOT_FOUND_NEWEST]
    return render(request, "404.html", {"newest": newest}, status=404)


def mark_private(response):
    """Keep a response out of every cache and every search index."""
    response.headers.pop("Cache-Control", None)
    patch_cache_control(response, private=True, no_store=True)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def render_article(request, article, *, preview):
    """The article page; as a preview, marked so and kept out of caches and indexes."""
    if not preview:
        pagecache.scope_page(request, article.page_cache_scope)
    fingerprint = fragments.page_fingerprint(request, article, preview=preview)
    context = {"article": article, "is_preview": preview, "fingerprint": fingerprint, "more": article.more_from_section()}
    if article.is_liveticker:
        context.update(liveticker.entries_context(request, article))
    response = render(request, "articles/article_detail.html", context)
    if preview:
        return mark_private(response)
    if article.liveticker_is_running:
        response["Cache-Control"] = liveticker.SHARED_CACHE_CONTROL
    return response


def render_unavailable(request, error):
    response = render(request, "articles/preview_unavailable.html", {"message": error.message}, status=error.status)
    return mark_private(response)
