from django.urls import path

from . import views

app_name = "articles"

urlpatterns = [
    path("", views.home, name="home"),
    path("artikel/<slug:slug>/", views.article_detail, name="article"),
    path("ressort/<slug:slug>/", views.section_detail, name="section"),
    path("thema/<slug:slug>/", views.tag_detail, name="tag"),
    path("autor/<slug:slug>/", views.author_detail, name="author"),
]
