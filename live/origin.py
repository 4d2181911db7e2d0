"""Which pages may open a live socket: this site's own, by scheme, host and port.

Channels' AllowedHostsOriginValidator compares only the Origin's host with
ALLOWED_HOSTS, so `http://site:8080` or `http://site` could open the sockets of
`https://site`. Here the Origin must be the very origin the socket was asked of (the
Host header, with `https` for `wss` and `http` for `ws`, default ports filled in),
or one of CSRF_TRUSTED_ORIGINS. A handshake with no Origin comes from no browser: it
is let through only where ALLOWED_HOSTS holds "*" (development and the tests), as
Channels does.
"""

from urllib.parse import urlsplit

from channels.security.websocket import WebsocketDenier
from django.conf import settings
from django.http.request import split_domain_port, validate_host

DEFAULT_PORTS = {"http": 80, "https": 443}


def _origin(scheme: str, netloc: str) -> tuple | None:
    host, port = split_domain_port(netloc)
    if not host or scheme not in DEFAULT_PORTS:
        return None
    return scheme, host, int(port) if port else DEFAULT_PORTS[scheme]


def allowed(scope) -> bool:
    headers = dict(scope.get("headers") or ())
    raw = headers.get(b"origin")
    if raw is None:
        return "*" in settings.ALLOWED_HOSTS
    parts = urlsplit(raw.decode("latin-1").strip().lower())
    offered = _origin(parts.scheme, parts.netloc)
    if offered is None or not validate_host(offered[1], settings.ALLOWED_HOSTS):
        return False
    trusted = {
        _origin(url.scheme, url.netloc)
        for url in map(urlsplit, settings.CSRF_TRUSTED_ORIGINS)
    }
    if offered in trusted:
        return True
    host = headers.get(b"host")
    if host is None:  # no HTTP request carries none; only an in-process test does
        return True
    scheme = "https" if scope.get("scheme") == "wss" else "http"
    return offered == _origin(scheme, host.decode("latin-1").strip().lower())


class SameOriginValidator:
    """ASGI middleware: refuses the handshake of a socket from another origin."""

    def __init__(self, application):
        self.application = application

    async def __call__(self, scope, receive, send):
        if scope["type"] == "websocket" and not allowed(scope):
            return await WebsocketDenier()(scope, receive, send)
        return await self.application(scope, receive, send)
