"""The superusers' login lockout report in the Wagtail admin's Reports menu."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import AdminOnlyMenuItem

from accounts import lockouts


@hooks.register("register_admin_urls")
def register_lockout_urls():
    return lockouts.urlpatterns


@hooks.register("register_reports_menu_item")
def register_lockout_menu_item():
    return AdminOnlyMenuItem(
        _("Login lockouts"),
        reverse("accounts_lockouts"),
        name="login-lockouts",
        icon_name="lock",
        order=750,
    )
