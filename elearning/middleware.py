"""Middleware: two that keep Django's ASGI request path short, one for caches, one
for the Content-Security-Policy.

Under ASGI, each middleware Django runs in async mode calls its request and response
hooks on the sync thread, two thread trips per middleware, and a sync-only middleware
switches everything below it. `StaticFilesMiddleware` is WhiteNoise able to run in
either mode (its lookup is a dictionary read; a file-system check only with
autorefresh, in tests); `SyncChain`, last in MIDDLEWARE, puts the whole chain in sync
mode, so a request makes one trip to the sync thread instead of about twenty.
"""

from asgiref.sync import iscoroutinefunction, markcoroutinefunction
from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.utils.cache import add_never_cache_headers
from whitenoise.middleware import WhiteNoiseMiddleware


class StaticFilesMiddleware(WhiteNoiseMiddleware):
    sync_capable = True
    async_capable = True

    def __init__(self, get_response, *args, **kwargs):
        super().__init__(get_response, *args, **kwargs)
        self.is_async = iscoroutinefunction(get_response)
        if self.is_async:
            markcoroutinefunction(self)

    def __call__(self, request):
        if self.is_async:
            return self._acall(request)
        return super().__call__(request)

    async def _acall(self, request):
        static_file = self._static_file(request.path_info)
        if static_file is not None:
            return self.serve(static_file, request)
        return await self.get_response(request)

    def _static_file(self, path: str):
        if self.autorefresh:
            return self.find_file(path)
        return self.files.get(path)


class SyncChain:
    """Innermost and sync-only: every middleware above it then runs in sync mode."""

    sync_capable = True
    async_capable = False

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)


# Apps whose pages are about one person or one class (a trainee's results, a class's
# gradebook, credentials, reports), and single views of that kind elsewhere.
PERSONAL_APPS = {"home", "classes", "records", "standards"}
PERSONAL_VIEWS = {"quizzes.views.marking", "live.views.report"}


class PersonalPages:
    """`Cache-Control: no-store` on personal pages and on every download, so that no
    proxy keeps them and the phone's service worker does not save them for offline
    reading (someone else may use the phone next)."""

    sync_capable = True
    async_capable = False

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        match = getattr(request, "resolver_match", None)
        module = match.func.__module__ if match is not None else ""
        if (
            module.split(".")[0] in PERSONAL_APPS
            or module in PERSONAL_VIEWS
            or response.has_header("Content-Disposition")
        ):
            add_never_cache_headers(response)
        return response


class ContentSecurityPolicy:
    """The parts of the Content-Security-Policy that depend on the request, for
    django-csp's CSPMiddleware (just outside it) to write: the live socket's address
    (`ws://` or `wss://` this host; older browsers do not count it as 'self'), and
    the admins' relaxation, CONTENT_SECURITY_POLICY_ADMIN, by path prefix."""

    sync_capable = True
    async_capable = False

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        for prefix, replace in settings.CONTENT_SECURITY_POLICY_ADMIN.items():
            if request.path_info.startswith(prefix):
                own = getattr(response, "_csp_replace", None) or {}
                response._csp_replace = {**replace, **own}
        socket = _socket_origin(request)
        if socket:
            update = getattr(response, "_csp_update", None) or {}
            connect = [*update.get("connect-src", ()), socket]
            response._csp_update = {**update, "connect-src": connect}
        return response


def _socket_origin(request) -> str:
    try:
        host = request.get_host()
    except DisallowedHost:
        return ""
    return f"{'wss' if request.is_secure() else 'ws'}://{host}"
