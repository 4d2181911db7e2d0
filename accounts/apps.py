from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("People")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from axes.signals import user_locked_out
        from django.contrib.auth.signals import user_logged_in
        from wagtail.admin.views.account import NameEmailSettingsPanel

        from accounts.forms import AccountNameForm
        from accounts.security import log_lockout
        from accounts.two_factor.middleware import forget_login

        user_logged_in.connect(forget_login, dispatch_uid="accounts-two-factor")
        user_locked_out.connect(log_lockout, dispatch_uid="accounts-lockout-log")

        # Wagtail builds its account page's name panel for first and last names, with
        # no setting to change its form; our User has one "họ và tên" field instead.
        NameEmailSettingsPanel.form_class = AccountNameForm
