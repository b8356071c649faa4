from django.contrib.sitemaps import views as sitemap_views
from django.urls import path
from django.views.generic import RedirectView

from . import feeds, liveticker, views
from .sitemaps import NEWS_SITEMAPS, SITEMAPS

app_name = "articles"

urlpatterns = [
    path("", views.home, name="home"),
    path("artikel/<slug:slug>/", views.article_detail, name="article"),
    # A Liveticker's update check (JSON, polled by static/js/liveticker.js) and its entries' feed.
    path("artikel/<slug:slug>/liveticker/", liveticker.updates, name="liveticker-updates"),
    path("artikel/<slug:slug>/feed/", feeds.LivetickerFeed.as_view(), name="article-feed"),
    path("ressort/<slug:slug>/", views.section_detail, name="section"),
    path("thema/<slug:slug>/", views.tag_detail, name="tag"),
    path("autor/<slug:slug>/", views.author_detail, name="author"),
    path("suche/", views.search, name="search"),
    path("vorschau/<str:token>/", views.article_preview, name="preview"),
    # Feeds: RSS 2.0 at .../feed/, Atom at .../feed/atom/.
    path("feed/", feeds.ArticleFeed.as_view(), name="feed"),
    path("feed/atom/", feeds.AtomArticleFeed.as_view(), name="feed-atom"),
    path("ressort/<slug:slug>/feed/", feeds.SectionFeed.as_view(), name="section-feed"),
    path("ressort/<slug:slug>/feed/atom/", feeds.AtomSectionFeed.as_view(), name="section-feed-atom"),
    path("thema/<slug:slug>/feed/", feeds.TagFeed.as_view(), name="tag-feed"),
    path("thema/<slug:slug>/feed/atom/", feeds.AtomTagFeed.as_view(), name="tag-feed-atom"),
    path("autor/<slug:slug>/feed/", feeds.AuthorFeed.as_view(), name="author-feed"),
    path("autor/<slug:slug>/feed/atom/", feeds.AtomAuthorFeed.as_view(), name="author-feed-atom"),
    # Sitemaps: an index over the articles' monthly sitemaps and one per kind of listing
    # page, and Google News.
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "articles:sitemap", "template_name": "sitemaps/index.xml"},
        name="sitemap-index",
    ),
    # The articles' former single sitemap: crawlers that kept its address get the index.
    path(
        "sitemap-artikel.xml",
        RedirectView.as_view(pattern_name="articles:sitemap-index", permanent=True),
        name="sitemap-articles-former",
    ),
    path(
        "sitemap-<section>.xml",
        sitemap_views.sitemap,
        {"sitemaps": SITEMAPS, "template_name": "sitemaps/sitemap.xml"},
        name="sitemap",
    ),
    path(
        "news-sitemap.xml",
        sitemap_views.sitemap,
        {"sitemaps": NEWS_SITEMAPS, "template_name": "sitemaps/news.xml"},
        name="news-sitemap",
    ),
]
