"""The database is out (PostgreSQL restarting, the network to it down): a 503 that
says in Vietnamese to try again, with Retry-After, instead of a bare 500.

JSON to a script (the quiz's autosave, any request that sends or asks for JSON, an
XHR): the page keeps its answers and sends them again; a page otherwise. Nothing
here touches the database. The process needs no restart afterwards: Django drops a
connection that failed (CONN_HEALTH_CHECKS checks a kept one before each request).

Two ways in, because Django converts an exception where it is raised:
- `DatabaseOutage.process_exception`, for a view's exception (under ASGI it is
  converted on another thread, where the handler below could not see it);
- `server_error`, the project's handler500, for one raised in a middleware (the
  session or the user read before any view), converted on the thread that raised it.
"""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.views import defaults

RETRY_AFTER_SECONDS = 5


def is_outage(error: BaseException | None) -> bool:
    return isinstance(error, OperationalError | InterfaceError)


def wants_json(request) -> bool:
    headers = request.headers
    return (
        request.content_type == "application/json"
        or "application/json" in headers.get("Accept", "")
        or headers.get("X-Requested-With") == "XMLHttpRequest"
    )


def unavailable(request) -> HttpResponse:
    message = _(
        "The system is temporarily interrupted. What you have saved is safe: "
        "please try again in a few seconds."
    )
    if wants_json(request):
        response = JsonResponse({"error": message, "retry": True}, status=503)
    else:
        response = HttpResponse(
            render_to_string("503.html", {"message": message}), status=503
        )
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def server_error(request, *args, **kwargs):
    if is_outage(sys.exc_info()[1]):
        return unavailable(request)
    return defaults.server_error(request, *args, **kwargs)


class DatabaseOutage:
    sync_capable = True
    async_capable = False

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if is_outage(exception):
            return unavailable(request)
        return None
