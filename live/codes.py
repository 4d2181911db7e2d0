"""Finding a live session by its six-digit code, with misses counted per address.

A code is short enough to type in a hall; one address trying codes one after
another (the QR image, the phone page, the join form, the socket) would walk the
whole space in about two hours. Misses are counted per address in the shared cache
(`elearning/throttle.py`), and past the limit every lookup from there is refused
for the window, found or not.
"""

from django.conf import settings

from elearning.throttle import Throttle
from live.models import LiveSession

MISSES = Throttle(
    "live-code-misses",
    limit=getattr(settings, "LIVE_CODE_MISSES", 30),
    window=getattr(settings, "LIVE_CODE_WINDOW", 600),
)


class TooManyMisses(Exception):
    """This address missed too many codes lately; nothing was looked up."""


def find(code: str, address: str) -> LiveSession | None:
    """The session with this code, or None (a miss, counted against `address`)."""
    if MISSES.exceeded(address):
        raise TooManyMisses(address)
    session = LiveSession.objects.filter(code=code).first()
    if session is None:
        MISSES.hit(address)
    return session


def wait_minutes() -> int:
    return MISSES.window // 60
