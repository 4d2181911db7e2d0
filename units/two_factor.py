"""Who must log in with two-factor: administrators and the managers of centres and
provinces, whose accounts reach many people's data, when `REQUIRE_MFA` is on.

Such a login without an authenticator app is sent to set one up before any other
page (the site, Wagtail's admin, Django's admin); the setup page, the code step,
logging out and static files stay open. The rule is read once per login and kept in
the session, like the staff idle timeout (units/sessions.py). The app, its codes and
the login's second step are accounts' (accounts/two_factor/).
"""

from django.conf import settings

from accounts.two_factor.middleware import (
    REQUIRED_KEY,
    SETUP_VIEWS,
    is_enrolled,
    is_open,
    send_to,
)
from units.roles import Role, roles_of

MUST_USE = {Role.ADMIN, Role.PROVINCE_MANAGER, Role.CENTRE_MANAGER}


def must_use_two_factor(user) -> bool:
    return user.is_superuser or bool(roles_of(user) & MUST_USE)


def is_required(request) -> bool:
    required = request.session.get(REQUIRED_KEY)
    if required is None:
        required = must_use_two_factor(request.user)
        request.session[REQUIRED_KEY] = required
    return required


class RequireTwoFactor:
    """After accounts' `TwoFactorStep`: a login that must use two-factor and has no
    app yet goes no further than the setup page."""

    sync_capable = True
    async_capable = False

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not settings.REQUIRE_MFA or not request.user.is_authenticated:
            return None
        if is_open(request, SETUP_VIEWS) or is_enrolled(request):
            return None
        if is_required(request):
            return send_to(request, "two_factor")
        return None
