from django.shortcuts import get_object_or_404, render
from taggit.models import Tag

from .models import Article, Author, Section
from .pagination import paginate
from .search import clean_query


def home(request):
    page = paginate(request, Article.objects.public().for_listing())
    return render(request, "articles/home.html", {"page": page})


def section_detail(request, slug):
    section = get_object_or_404(Section, slug=slug)
    page = paginate(request, Article.objects.public().filter(section=section).for_listing())
    return render(request, "articles/section_detail.html", {"section": section, "page": page, "current_section": section.slug})


def tag_detail(request, slug):
    tag = get_object_or_404(Tag, slug=slug)
    page = paginate(request, Article.objects.public().filter(tags=tag).for_listing())
    return render(request, "articles/tag_detail.html", {"tag": tag, "page": page})


def author_detail(request, slug):
    author = get_object_or_404(Author, slug=slug)
    page = paginate(request, Article.objects.public().filter(authors=author).for_listing())
    return render(request, "articles/author_detail.html", {"author": author, "page": page})


def search(request):
    """Search results for `?q=`; without a query, just the search form."""
    query = clean_query(request.GET.get("q", ""))
    page = paginate(request, Article.objects.public().search(query).for_listing()) if query else None
    return render(request, "articles/search.html", {"query": query, "page": page})


def article_detail(request, slug):
    """The article page. Staff also see unpublished articles here, marked as preview."""
    articles = Article.objects.all() if request.user.is_staff else Article.objects.public()
    article = get_object_or_404(articles.for_page(), slug=slug)
    return render(
        request,
        "articles/article_detail.html",
        {"article": article, "is_preview": not article.is_public},
    )
