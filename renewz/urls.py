from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.static import serve

from articles.public import media

from . import health, metrics, views

admin.site.site_header = "RENEWZ Redaktion"
admin.site.site_title = "RENEWZ Redaktion"
admin.site.index_title = "Übersicht"
admin.site.site_url = "/"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("robots.txt", views.robots_txt, name="robots-txt"),
    path("health/", health.health, name="health"),
    path("metrics", metrics.metrics, name="metrics"),
    path(f"{settings.PRIVATE_MEDIA_URL.strip('/')}/<path:name>", media.private_file, name="private-media"),
    path("", include("pages.urls")),
    path("", include("articles.public.urls")),
]

if settings.SERVE_MEDIA:
    urlpatterns += [
        re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    ]

# A database outage gets a German 503 with Retry-After, any other error Django's 500 page.
handler500 = "renewz.outage.server_error"
# A search form and the newest articles instead of a dead end.
handler404 = "articles.public.views.not_found"
