from django.urls import path

from training import views

urlpatterns = [
    path("me/", views.me, name="me"),
]
