"""The superusers' report of login lockouts (django-axes): who is locked out now,
the recent failures, and unlocking one person at one address.

Only superusers: the menu item is theirs (`wagtail_hooks.py`), and every view here
answers 403 to anyone else, whatever groups they are in.
"""

from axes.helpers import get_cool_off
from axes.models import AccessAttempt, AccessFailureLog
from axes.utils import reset
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.defaults import permission_denied

RECENT_FAILURES = 100


def superusers_only(view):
    def checked(request, *args, **kwargs):
        if not request.user.is_superuser:
            # A 403 page, not Wagtail's redirect to the dashboard with a message.
            return permission_denied(request, PermissionDenied())
        return view(request, *args, **kwargs)

    return checked


def current_lockouts():
    """The failure counters at or over the limit whose cool-off has not ended."""
    since = timezone.now() - (get_cool_off() or timezone.timedelta(0))
    return AccessAttempt.objects.filter(
        failures_since_start__gte=settings.AXES_FAILURE_LIMIT, attempt_time__gte=since
    ).order_by("-attempt_time")


@superusers_only
def lockout_report(request):
    return TemplateResponse(
        request,
        "accounts/admin/lockouts.html",
        {
            "page_title": _("Login lockouts"),
            "header_icon": "lock",
            "lockouts": current_lockouts(),
            "failures": AccessFailureLog.objects.order_by("-attempt_time")[
                :RECENT_FAILURES
            ],
        },
    )


@require_POST
@superusers_only
def unlock(request, pk):
    attempt = get_object_or_404(AccessAttempt, pk=pk)
    reset(ip=attempt.ip_address, username=attempt.username)
    messages.success(
        request,
        _("%(identity)s from %(address)s may log in again.")
        % {"identity": attempt.username, "address": attempt.ip_address},
    )
    return redirect("accounts_lockouts")


urlpatterns = [
    path("login-lockouts/", lockout_report, name="accounts_lockouts"),
    path("login-lockouts/<int:pk>/unlock/", unlock, name="accounts_unlock"),
]
