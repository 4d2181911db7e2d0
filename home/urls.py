from django.urls import path

from home.views import me, notices

urlpatterns = [
    path("me/", me.me, name="me"),
    path("notices/", notices.notice_list, name="notices"),
    path("notices/read/", notices.read_all_notices, name="read_all_notices"),
    path("notices/<int:pk>/read/", notices.read_notice, name="read_notice"),
]
