"""The two-factor pages: turn it on (QR, key, first code, backup codes), turn it
off, new backup codes, and the login's second step."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django_otp import login as otp_login

from accounts.two_factor import services
from accounts.two_factor.forms import BackupCodeForm, CodeForm, TurnOffForm, refusal
from accounts.two_factor.middleware import REQUIRED_KEY, mark_enrolled
from accounts.two_factor.services import Outcome
from elearning.qr import qr_svg

TEMPLATES = "accounts/two_factor/"


def next_url(request) -> str:
    url = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return settings.LOGIN_REDIRECT_URL


def _verified(request, device) -> None:
    """The second step is done: a new session key, and the device in the session."""
    request.session.cycle_key()
    otp_login(request, device)
    mark_enrolled(request, True)


def _status(check) -> int:
    return 429 if check is not None and check.outcome is Outcome.THROTTLED else 200


@never_cache
@login_required
def two_factor(request):
    """/accounts/two-factor/: set up when off; new codes or turn off when on."""
    if services.has_two_factor(request.user):
        return _when_on(request)
    return _set_up(request)


def _set_up(request):
    device = services.pending_device(request.user)
    form, check = CodeForm(request.POST or None), None
    if request.method == "POST" and form.is_valid():
        check = services.check_code(request.user, form.cleaned_data["code"], device)
        if check.outcome is Outcome.ACCEPTED:
            codes = services.confirm_device(check.device)
            _verified(request, check.device)
            return _show_codes(request, codes)
        form.add_error("code", refusal(check))
    context = {
        "form": form,
        "qr": qr_svg(device.config_url),
        "secret": services.secret_groups(device),
        "required": request.session.get(REQUIRED_KEY, False),
        "next": next_url(request),
    }
    return render(request, TEMPLATES + "set_up.html", context, status=_status(check))


def _show_codes(request, codes):
    context = {"codes": codes, "next": next_url(request)}
    return render(request, TEMPLATES + "backup_codes.html", context)


def _bound(request, form_class, prefix: str):
    """The form of `prefix`, with the data when it is the one that was sent."""
    sent = request.method == "POST" and f"{prefix}-code" in request.POST
    return form_class(request.POST if sent else None, prefix=prefix)


def _when_on(request):
    new_codes = _bound(request, CodeForm, "new")
    turn_off = _bound(request, TurnOffForm, "off")
    check = None
    if new_codes.is_valid():
        check = services.check_code(request.user, new_codes.cleaned_data["code"])
        if check.outcome is Outcome.ACCEPTED:
            return _show_codes(request, services.replace_backup_codes(request.user))
        new_codes.add_error("code", refusal(check))
    elif turn_off.is_valid():
        check = _check_turn_off(request, turn_off)
        if check is not None and check.outcome is Outcome.ACCEPTED:
            return _turned_off(request)
        if check is not None:
            turn_off.add_error("code", refusal(check))
    context = {
        "new_codes_form": new_codes,
        "turn_off_form": turn_off,
        "codes_left": services.backup_codes_left(request.user),
    }
    return render(request, TEMPLATES + "on.html", context, status=_status(check))


def _check_turn_off(request, form):
    if not request.user.check_password(form.cleaned_data["password"]):
        services.MISSES.hit(str(request.user.pk))
        form.add_error("password", _("The password is not right."))
        return None
    return services.check_code(request.user, form.cleaned_data["code"])


def _turned_off(request):
    services.turn_off(request.user)
    mark_enrolled(request, False)
    messages.success(request, _("Two-step verification is now off for your account."))
    return redirect("two_factor")


@never_cache
@login_required
def verify(request):
    """The login's second step: a code from the app, or a backup code."""
    enrolled = services.has_two_factor(request.user)
    if request.user.is_verified() or not enrolled:
        mark_enrolled(request, enrolled)
        return redirect(next_url(request))
    backup = "backup-code" in request.POST
    form_class, prefix = (BackupCodeForm, "backup") if backup else (CodeForm, None)
    form = form_class(request.POST or None, prefix=prefix)
    check = None
    if form.is_valid():
        check = services.check_code(request.user, form.cleaned_data["code"])
        if check.outcome is Outcome.ACCEPTED:
            _verified(request, check.device)
            return redirect(next_url(request))
        form.add_error("code", refusal(check))
    context = {
        "form": CodeForm() if backup else form,
        "backup_form": form if backup else BackupCodeForm(prefix="backup"),
        "backup": backup,
        "next": next_url(request),
    }
    return render(request, TEMPLATES + "verify.html", context, status=_status(check))
