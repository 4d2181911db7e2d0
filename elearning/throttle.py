"""Counting what one address or account does in a time window, for every worker.

Counts live in the shared cache (Redis when `REDIS_URL` is set), so every worker
process sees the same ones. When that cache cannot be reached, a request must not
fail for it: the process counts on its own until it is back (a looser limit for a
while, never a 500), and says so in the log.
"""

import hashlib
import logging

from django.core.cache import cache
from django.core.cache.backends.locmem import LocMemCache
from redis.exceptions import RedisError

log = logging.getLogger(__name__)
_fallback = LocMemCache("throttle-fallback", {"MAX_ENTRIES": 10_000})
UNREACHABLE = (RedisError, ConnectionError, OSError)


def _cache_call(method: str, *args):
    try:
        return getattr(cache, method)(*args)
    except UNREACHABLE as error:
        log.warning("shared cache unreachable (%s); counting in this process", error)
        return getattr(_fallback, method)(*args)


class Throttle:
    """At most `limit` hits per key in `window` seconds (e.g. codes missed)."""

    def __init__(self, name: str, *, limit: int, window: int):
        self.name, self.limit, self.window = name, limit, window

    def _key(self, key: str) -> str:
        return f"throttle:{self.name}:{key}"

    def exceeded(self, key: str) -> bool:
        return (_cache_call("get", self._key(key), 0) or 0) >= self.limit

    def hit(self, key: str) -> None:
        name = self._key(key)
        _cache_call("add", name, 0, self.window)
        try:
            _cache_call("incr", name)
        except ValueError:  # expired between the two calls
            _cache_call("set", name, 1, self.window)


class DistinctThrottle(Throttle):
    """At most `limit` different members per key in the window (e.g. different
    accounts failing from one address: password spraying)."""

    def exceeded(self, key: str) -> bool:
        return len(_cache_call("get", self._key(key), None) or ()) >= self.limit

    def hit(self, key: str, member: str = "") -> None:
        name = self._key(key)
        members = set(_cache_call("get", name, None) or ())
        members.add(hashlib.sha256(member.encode()).hexdigest()[:16])
        _cache_call("set", name, members, self.window)
