from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _


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
    }


class AccountNameForm(forms.ModelForm):
    """The "name" panel of Wagtail's account page, for one "họ và tên" field."""

    class Meta:
        model = get_user_model()
        fields = ["full_name", "phone", "email"]
