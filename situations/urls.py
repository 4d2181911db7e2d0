from django.urls import path

from situations.views import play, reports

app_name = "situations"
urlpatterns = [
    path("", play.index, name="index"),
    path("runs/<int:run_id>/", play.play, name="play"),
    path("runs/<int:run_id>/choose/", play.choose, name="choose"),
    path("runs/<int:run_id>/reflect/", play.reflect, name="reflect"),
    path("runs/<int:run_id>/back/", play.back, name="back"),
    path("runs/<int:run_id>/summary/", play.summary, name="summary"),
    path("reflections/<int:reflection_id>/", reports.review, name="review"),
    path("<slug:slug>/", play.detail, name="detail"),
    path("<slug:slug>/start/", play.start, name="start"),
    path("<slug:slug>/classes/<int:class_id>/", reports.report, name="report"),
    path(
        "<slug:slug>/classes/<int:class_id>/export.xlsx",
        reports.export,
        name="export",
    ),
    path(
        "<slug:slug>/classes/<int:class_id>/release/",
        reports.release,
        name="release",
    ),
]
