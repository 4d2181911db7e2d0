from axes.helpers import get_client_ip_address
from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from accounts.activation import find_code
from accounts.backends import login_identity
from accounts.phones import InvalidPhone, normalize_phone
from accounts.security import record_spraying_refusal
from elearning.throttle import DistinctThrottle, Throttle

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


# Wrong activation codes wait like wrong passwords: per phone, and per address
# (loose enough for a hall of phones behind one address).
CODE_TRIES_PER_PHONE = Throttle("activation-phone", limit=5, window=15 * 60)
CODE_TRIES_PER_ADDRESS = Throttle("activation-address", limit=30, window=15 * 60)


class ActivationForm(forms.Form):
    """First step of /activate/: the phone the centre has and the code of the slip."""

    phone = forms.CharField(
        label=_("Phone number"),
        max_length=32,
        widget=forms.TextInput(attrs={"inputmode": "tel", "autocomplete": "tel"}),
    )
    code = forms.CharField(
        label=_("Activation code"),
        max_length=32,
        help_text=_("The 8 letters and digits on your activation slip."),
        widget=forms.TextInput(
            attrs={"autocapitalize": "characters", "autocomplete": "one-time-code"}
        ),
    )

    def __init__(self, *args, address: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.address = address
        self.found = None

    def clean(self):
        phone = self.cleaned_data.get("phone", "")
        code = self.cleaned_data.get("code", "")
        if not phone or not code:
            return self.cleaned_data
        who = login_identity(None, {"username": phone})
        if CODE_TRIES_PER_PHONE.exceeded(who) or CODE_TRIES_PER_ADDRESS.exceeded(
            self.address
        ):
            raise ValidationError(
                _("Too many wrong codes. Please wait 15 minutes and try again."),
                code="throttled",
            )
        try:
            self.found = find_code(phone, code)
        except ValidationError as error:
            if error.code == "not_right":
                CODE_TRIES_PER_PHONE.hit(who)
                CODE_TRIES_PER_ADDRESS.hit(self.address)
            raise
        return self.cleaned_data


class ContactForm(forms.ModelForm):
    """A person corrects their own phone and e-mail; the password confirms it is
    them (the phone is how they log in and get reset codes)."""

    password = forms.CharField(
        label=_("Your password, to confirm"),
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    class Meta:
        model = get_user_model()
        fields = ["phone", "email"]

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.instance.check_password(password):
            raise ValidationError(_("This is not your password."), code="password")
        return password

    def clean_phone(self):
        phone = self.cleaned_data.get("phone") or ""
        if not phone:
            return None
        try:
            return normalize_phone(phone)
        except InvalidPhone:
            raise ValidationError(
                _("This is not a valid Vietnamese phone number.")
            ) from None
