from axes.helpers import get_client_ip_address
from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from accounts.backends import login_identity
from accounts.security import record_spraying_refusal
from elearning.throttle import DistinctThrottle

# Password spraying: one wrong password on each of many accounts from one address.
# Per-account failures are django-axes's (AXES_FAILURE_LIMIT); this counts different
# accounts, loosely enough for a hall of phones behind one address.
SPRAYING = DistinctThrottle(
    "login-accounts",
    limit=settings.LOGIN_ACCOUNTS_PER_ADDRESS,
    window=settings.LOGIN_ACCOUNTS_WINDOW_MINUTES * 60,
)


class LoginForm(AuthenticationForm):
    username = forms.CharField(
        label=_("Username or phone number"),
        max_length=150,
        widget=forms.TextInput(
            attrs={"autofocus": True, "autocomplete": "username", "inputmode": "text"}
        ),
    )
    error_messages = {
        "invalid_login": _(
            "The username, phone number or password is not right. Please try again."
        ),
        "inactive": _("This account is not active. Please contact your centre."),
        "spraying": _(
            "Too many different accounts failed to log in from this place. Please "
            "wait %(minutes)s minutes and try again."
        ),
    }

    def clean(self):
        address = (get_client_ip_address(self.request) if self.request else "") or ""
        if SPRAYING.exceeded(address):
            identity = login_identity(self.request, self.cleaned_data)
            record_spraying_refusal(self.request, address, identity)
            raise ValidationError(
                self.error_messages["spraying"],
                code="spraying",
                params={"minutes": SPRAYING.window // 60},
            )
        try:
            return super().clean()
        except ValidationError:
            SPRAYING.hit(address, login_identity(self.request, self.cleaned_data))
            raise


class AccountNameForm(forms.ModelForm):
    """The "name" panel of Wagtail's account page, for one "họ và tên" field."""

    class Meta:
        model = get_user_model()
        fields = ["full_name", "phone", "email"]
