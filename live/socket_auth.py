"""Who is on a socket: the login session and user, read once when it connects.

Channels' `AuthMiddlewareStack` wraps every `send` of the socket to save the session
on HTTP responses. A socket never saves the session, and that wrapper would sit in
front of each of the hub's writes (a thousand per event in a full hall), so the
session is put in the scope without it.
"""

from importlib import import_module

from channels.auth import AuthMiddleware
from channels.middleware import BaseMiddleware
from channels.sessions import CookieMiddleware
from django.conf import settings


class SocketSessionMiddleware(BaseMiddleware):
    async def __call__(self, scope, receive, send):
        store = import_module(settings.SESSION_ENGINE).SessionStore
        key = scope["cookies"].get(settings.SESSION_COOKIE_NAME)
        return await super().__call__(dict(scope, session=store(key)), receive, send)


def SocketAuthStack(inner):
    return CookieMiddleware(SocketSessionMiddleware(AuthMiddleware(inner)))
