from django import template

from articles.public import fragments

from ..models import ArticleViews

register = template.Library()


@register.inclusion_tag("readership/most_read.html")
def most_read_box():
    """The „Meistgelesen“ box: the articles read most in the last 24 hours, cached as a
    fragment under a fingerprint of what it shows (articles.public.fragments)."""
    articles = ArticleViews.objects.most_read_articles()
    return {
        "most_read": articles,
        "fingerprint": fragments.digest([(fragments.state(article), fragments.state(article.section)) for article in articles]),
    }
