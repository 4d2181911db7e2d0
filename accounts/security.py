"""Login lockouts and refusals: one WARNING line each (address and the identity tried,
never the password), and the records the superusers' report lists
(`accounts/lockouts.py`)."""

import logging

from axes.models import AccessFailureLog
from django.conf import settings

log = logging.getLogger("accounts.security")


def log_lockout(sender, request=None, username=None, ip_address=None, **kwargs):
    """django-axes's `user_locked_out`: an account is locked for this address."""
    log.warning("login locked out: identity %r from %s", username or "", ip_address)


def record_spraying_refusal(request, address: str, identity: str) -> None:
    """A login refused because many accounts failed from this address."""
    log.warning(
        "login refused, many accounts failed from this address: identity %r from %s",
        identity,
        address,
    )
    if not settings.AXES_ENABLE_ACCESS_FAILURE_LOG or request is None:
        return
    AccessFailureLog.objects.create(
        username=identity,
        ip_address=address or None,
        user_agent=request.META.get("HTTP_USER_AGENT", "<unknown>")[:255],
        http_accept=request.META.get("HTTP_ACCEPT", "<unknown>")[:1025],
        path_info=request.path[:255],
        locked_out=True,
    )
