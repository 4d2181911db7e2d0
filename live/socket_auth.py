"""Who is on a socket: the login session, read in the consumer's first database trip.

Channels' `AuthMiddlewareStack` wraps every `send` of the socket to save the session
on HTTP responses, and reads the user in a database trip of its own. A socket never
saves the session, and that wrapper would sit in front of each of the hub's writes (a
thousand per event in a full hall), so only the session store is put in the scope;
the consumer reads the user with everything else it needs when it connects.
"""

from importlib import import_module
from types import SimpleNamespace

from channels.middleware import BaseMiddleware
from channels.sessions import CookieMiddleware
from django.conf import settings
from django.contrib import auth


class SocketSessionMiddleware(BaseMiddleware):
    async def __call__(self, scope, receive, send):
        store = import_module(settings.SESSION_ENGINE).SessionStore
        key = scope["cookies"].get(settings.SESSION_COOKIE_NAME)
        return await super().__call__(dict(scope, session=store(key)), receive, send)


def SocketAuthStack(inner):
    return CookieMiddleware(SocketSessionMiddleware(inner))


def socket_user(scope):
    """The logged-in user of the socket, or AnonymousUser (synchronous: reads the
    session and the user from the database)."""
    return auth.get_user(SimpleNamespace(session=scope["session"]))
