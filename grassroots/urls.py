from django.urls import path

from grassroots.views import asking, bank, centre

app_name = "grassroots"

urlpatterns = [
    path("", bank.bank, name="bank"),
    path("ask/", asking.ask, name="ask"),
    path("similar/", asking.similar, name="similar"),
    path("mine/", asking.mine, name="mine"),
    path("queue/", centre.queue, name="queue"),
    path("overdue/", centre.overdue, name="overdue"),
    path("<int:pk>/", asking.detail, name="detail"),
    path("<int:pk>/attachment/", asking.attachment, name="attachment"),
    path("<int:pk>/route/", centre.route, name="route"),
    path("<int:pk>/answer/", centre.answer, name="answer"),
    path("<int:pk>/review/", centre.review, name="review"),
    path("live/<int:pk>/keep/", centre.keep_live, name="keep_live"),
    path("lesson/<int:page_id>/", bank.lesson, name="lesson"),
]
