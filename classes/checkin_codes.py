"""The rotating check-in code: pure functions of a session, a time and a secret.

A code names its session and its 15-second window and is signed with HMAC; it is
accepted during its own window and the next one, so a photo forwarded later than
that (at most 30 seconds after it was shown) is refused.
"""

import hashlib
import hmac
from base64 import b32encode

PERIOD_SECONDS = 15
ACCEPTED_WINDOWS = 2


class InvalidCode(ValueError):
    """The code was not made by us."""


class ExpiredCode(ValueError):
    """The code was genuine but is too old."""


def window_of(timestamp: float) -> int:
    return int(timestamp // PERIOD_SECONDS)


def _signature(session_id: int, window: int, secret: str) -> str:
    message = f"check-in:{session_id}:{window}".encode()
    digest = hmac.new(secret.encode(), message, hashlib.sha256).digest()
    return b32encode(digest[:10]).decode().lower()


def make_code(session_id: int, timestamp: float, secret: str) -> str:
    window = window_of(timestamp)
    return f"{session_id}-{window}-{_signature(session_id, window, secret)}"


def read_code(code: str, timestamp: float, secret: str) -> int:
    """The session id of a genuine, fresh code; raises InvalidCode or ExpiredCode."""
    try:
        session_text, window_text, signature = code.strip().split("-")
        session_id, window = int(session_text), int(window_text)
    except ValueError:
        raise InvalidCode(code) from None
    expected = _signature(session_id, window, secret)
    if not hmac.compare_digest(expected, signature.lower()):
        raise InvalidCode(code)
    age = window_of(timestamp) - window
    if not 0 <= age < ACCEPTED_WINDOWS:
        raise ExpiredCode(code)
    return session_id


def seconds_left(timestamp: float) -> int:
    return PERIOD_SECONDS - int(timestamp) % PERIOD_SECONDS
