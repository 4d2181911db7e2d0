from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from accounts.two_factor.services import Outcome


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("6-digit code from the app"),
        max_length=24,
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "inputmode": "numeric",
                "autofocus": True,
                "autocapitalize": "off",
            }
        ),
    )


class BackupCodeForm(forms.Form):
    code = forms.CharField(
        label=_("Backup code"),
        max_length=24,
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "off"}),
    )


class TurnOffForm(CodeForm):
    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    field_order = ["password", "code"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["code"].label = _("6-digit code from the app, or a backup code")
        self.fields["code"].widget.attrs.pop("autofocus", None)
        self.fields["code"].widget.attrs["inputmode"] = "text"


def refusal(check) -> str:
    """What the person is told when a code is not accepted."""
    if check.outcome is Outcome.REUSED:
        return _("This code has already been used. Wait for the next code in the app.")
    if check.outcome is Outcome.WRONG_BACKUP:
        return _("This backup code is not right, or it has already been used.")
    if check.outcome is Outcome.THROTTLED and check.wait >= 60:
        minutes = check.wait // 60
        return ngettext(
            "Too many wrong codes. Please wait %(minutes)s minute and try again.",
            "Too many wrong codes. Please wait %(minutes)s minutes and try again.",
            minutes,
        ) % {"minutes": minutes}
    if check.outcome is Outcome.THROTTLED:
        return ngettext(
            "Please wait %(seconds)s second before trying another code.",
            "Please wait %(seconds)s seconds before trying another code.",
            check.wait,
        ) % {"seconds": check.wait}
    return _("This code is not right. Check the code in the app and try again.")
