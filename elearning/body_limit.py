"""Bodies larger than allowed are refused before they are read (ASGI, 413).

Django's ASGI handler reads a request's whole body before any middleware runs, so
its own limits (`DATA_UPLOAD_MAX_MEMORY_SIZE`) come after a 60 MB body has already
been taken in. This wraps the HTTP application: a declared `Content-Length` over the
limit is answered 413 at once; a body sent without one is cut off where it passes
the limit (Django then sees the client leave). Document and image uploads in the
admin may be as large as their own limits allow; everything else stops at
`REQUEST_MAX_MB`.
"""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

UPLOAD_PATHS = ("/admin/documents/", "/admin/images/")
MARGIN = 1024 * 1024  # the form fields around the file


def limit_for(path: str) -> int:
    if path.startswith(UPLOAD_PATHS):
        largest = max(
            settings.WAGTAILDOCS_MAX_UPLOAD_SIZE, settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE
        )
        return largest + MARGIN
    return settings.REQUEST_MAX_BYTES


def _declared_length(scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


class BodyLimit:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = limit_for(scope.get("path", ""))
        declared = _declared_length(scope)
        if declared is not None and declared > limit:
            await _refuse(send, limit)
            return
        received = 0

        async def receive_within_limit():
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    return {"type": "http.disconnect"}
            return message

        await self.app(scope, receive_within_limit, send)


async def _refuse(send, limit: int) -> None:
    with translation.override(settings.LANGUAGE_CODE):
        text = _("What was sent is too large (at most %(mb)s MB).") % {
            "mb": limit // (1024 * 1024)
        }
    body = f'<!doctype html><html lang="vi"><meta charset="utf-8"><p>{text}</p>'
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", b"text/html; charset=utf-8"),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body.encode()})
