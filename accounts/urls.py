from django.contrib.auth import views as auth_views
from django.urls import path

from accounts import me_views, password_views, views
from accounts.two_factor import views as two_factor

urlpatterns = [
    path("login/", views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("password/", password_views.PasswordChangeView.as_view(), name="password"),
    path("contact/", me_views.contact, name="my_contact"),
    path("my-data/", me_views.my_data, name="my_data"),
    path("reset/", password_views.reset_request, name="password_reset_request"),
    path(
        "reset/<uidb64>/<token>/",
        password_views.ResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path("two-factor/", two_factor.two_factor, name="two_factor"),
    path("two-factor/verify/", two_factor.verify, name="two_factor_verify"),
]
