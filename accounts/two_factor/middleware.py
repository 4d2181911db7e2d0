"""The login's second step: until the code is given, every page sends to it.

Installed after django-otp's `OTPMiddleware` (which gives `request.user.is_verified()`).
It covers the site, Wagtail's admin (its own login view at /admin/login/ logs in
with the password alone) and Django's admin alike, since it looks at the session,
not at which login view was used. Whether the person has an app is read once per
login and kept in the session, so a request of someone without one costs nothing.
"""

from urllib.parse import urlencode

from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse

from accounts.two_factor.services import has_two_factor

ENROLLED_KEY = "two_factor_enrolled"
# Set by a layer above (units/two_factor.py): this login must use two-factor.
REQUIRED_KEY = "two_factor_required"
# Views open to a login that has not given its second step; and, to one that must
# set up an app first, the setup page too.
STEP_VIEWS = frozenset(
    {"two_factor_verify", "logout", "wagtailadmin_logout", "admin:logout", "healthz"}
)
SETUP_VIEWS = STEP_VIEWS | {"two_factor"}


def is_enrolled(request) -> bool:
    """The user has a confirmed authenticator app (read once per login)."""
    enrolled = request.session.get(ENROLLED_KEY)
    if enrolled is None:
        enrolled = has_two_factor(request.user)
        request.session[ENROLLED_KEY] = enrolled
    return enrolled


def mark_enrolled(request, enrolled: bool) -> None:
    request.session[ENROLLED_KEY] = enrolled


def forget_login(sender, request, user, **kwargs) -> None:
    """user_logged_in: what the last login knew is read again for this one."""
    if request is not None and hasattr(request, "session"):
        request.session.pop(ENROLLED_KEY, None)
        request.session.pop(REQUIRED_KEY, None)


def is_open(request, views=STEP_VIEWS) -> bool:
    match = getattr(request, "resolver_match", None)
    return match is not None and match.view_name in views


def send_to(request, url_name: str, then: str = "") -> HttpResponse:
    """Redirect to `url_name`, coming back here (or to `then`) afterwards; an htmx
    request is told to load the whole page."""
    back = then or request.get_full_path()
    url = f"{reverse(url_name)}?{urlencode({'next': back})}"
    if request.headers.get("HX-Request"):
        response = HttpResponse(status=204)
        response["HX-Redirect"] = url
        return response
    return HttpResponseRedirect(url)


class TwoFactorStep:
    """A login whose user has an app goes no further than the code step."""

    sync_capable = True
    async_capable = False

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = request.user
        if not user.is_authenticated or is_open(request):
            return None
        if is_enrolled(request) and not user.is_verified():
            return send_to(request, "two_factor_verify")
        return None
