from django.urls import path

from lessons import views

app_name = "lessons"
urlpatterns = [
    path("sw.js", views.service_worker, name="service_worker"),
    path("offline/", views.offline_page, name="offline"),
    path("search/", views.search, name="search"),
    path("lessons/progress/", views.progress, name="progress"),
    path("lessons/<int:lesson_id>/done/", views.mark_read, name="mark_read"),
    path(
        "lessons/module/<int:module_id>/offline.json",
        views.module_download,
        name="module_download",
    ),
    path(
        "lessons/programme/<int:programme_id>/offline.json",
        views.programme_download,
        name="programme_download",
    ),
]
