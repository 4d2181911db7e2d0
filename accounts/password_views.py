"""Setting one's own password: with an activation code (a new account, or one the
centre reset), or by changing it while logged in. Either ends the person's other
login sessions (Django's session hash) and closes their live sockets
(live/revocation.py, on the saved password)."""

from axes.helpers import get_client_ip_address
from django import forms
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import SetPasswordForm
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.activation import EXPIRED, use_code
from accounts.forms import ActivationForm
from accounts.models import ActivationCode
from accounts.password_reset import TooMany, request_reset
from accounts.sms import SmsError

SESSION_KEY = "activation_code"
BACKEND = "accounts.backends.UsernameOrPhoneBackend"


def activate(request):
    """Step 1: the phone and the code of the slip (the slip's QR fills the code)."""
    form = ActivationForm(
        request.POST or None,
        initial={"code": request.GET.get("code", "")[:32]},
        address=get_client_ip_address(request) or "",
    )
    if request.method == "POST" and form.is_valid():
        request.session[SESSION_KEY] = form.found.pk
        return redirect("activate_password")
    return render(request, "accounts/activate.html", {"form": form})


def _pending_code(request):
    return (
        ActivationCode.objects.filter(
            pk=request.session.get(SESSION_KEY, 0),
            used_at=None,
            replaced_at=None,
            expires_at__gt=timezone.now(),
        )
        .select_related("user")
        .first()
    )


def choose_password(request):
    """Step 2: the password the person chooses (Django's validators); then in."""
    found = _pending_code(request)
    if found is None:
        messages.error(request, EXPIRED)
        return redirect("activate")
    form = SetPasswordForm(found.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = use_code(found, form.cleaned_data["new_password1"])
        request.session.pop(SESSION_KEY, None)
        login(request, user, backend=BACKEND)
        messages.success(request, _("Your password is set. Welcome!"))
        return redirect("/")
    context = {"form": form, "person": found.user}
    return render(request, "accounts/choose_password.html", context)


class PasswordChangeView(auth_views.PasswordChangeView):
    """Change one's password; other sessions end, this one goes on."""

    template_name = "accounts/password_change.html"
    success_url = reverse_lazy("me")

    def form_valid(self, form):
        response = super().form_valid(form)
        messages.success(
            self.request,
            gettext_lazy(
                "Your password has been changed. You have been logged out "
                "everywhere else."
            ),
        )
        return response


class ResetRequestForm(forms.Form):
    identifier = forms.CharField(
        label=gettext_lazy("Your phone number or e-mail address"),
        max_length=254,
        widget=forms.TextInput(attrs={"autocomplete": "username"}),
    )


def reset_request(request):
    """A forgotten password: a text message with a code, or an e-mail link."""
    form = ResetRequestForm(request.POST or None)
    sent = False
    if request.method == "POST" and form.is_valid():
        try:
            request_reset(
                form.cleaned_data["identifier"],
                request=request,
                address=get_client_ip_address(request) or "",
            )
        except TooMany:
            form.add_error(None, _("Too many requests. Please wait an hour."))
        except SmsError:
            form.add_error(
                None,
                _(
                    "The text message could not be sent now. Please try again "
                    "later, or ask your centre for an activation slip."
                ),
            )
        else:
            sent = True
    return render(request, "accounts/reset_request.html", {"form": form, "sent": sent})


class ResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "accounts/reset_confirm.html"
    success_url = reverse_lazy("login")

    def form_valid(self, form):
        response = super().form_valid(form)
        messages.success(self.request, _("Your password is set. Please log in."))
        return response
