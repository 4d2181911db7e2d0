from django.urls import path

from live.views import console, pages, prepare, report

app_name = "live"
urlpatterns = [
    path("", pages.join, name="join"),
    path("new/", console.new, name="new"),
    path("<str:code>/", pages.participant, name="participant"),
    path("<str:code>/present/", pages.presenter, name="presenter"),
    path("<str:code>/console/", console.console, name="console"),
    path("<str:code>/console/polls/", console.add_poll, name="add_poll"),
    path("<str:code>/console/quiz/", console.add_quiz, name="add_quiz"),
    path("<str:code>/console/situation/", console.add_situation, name="add_situation"),
    path("<str:code>/prepare/", prepare.prepare, name="prepare"),
    path(
        "<str:code>/prepare/<str:kind>/<int:activity_id>/",
        prepare.edit,
        name="prepare_edit",
    ),
    path(
        "<str:code>/prepare/<str:kind>/<int:activity_id>/<str:action>/",
        prepare.step,
        name="prepare_step",
    ),
    path("<str:code>/report/", report.report, name="report"),
    path("<str:code>/report.xlsx", report.export, name="export"),
    path("<str:code>/qr.svg", report.qr, name="qr"),
]
