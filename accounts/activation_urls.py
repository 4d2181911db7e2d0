"""/activate/: the address printed on activation slips (and in their QR)."""

from django.urls import path

from accounts import password_views

urlpatterns = [
    path("", password_views.activate, name="activate"),
    path("password/", password_views.choose_password, name="activate_password"),
]
