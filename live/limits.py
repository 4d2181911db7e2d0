"""Per-connection limits: message size and a token-bucket rate (pure)."""

from collections import OrderedDict
from dataclasses import dataclass, field

from django.conf import settings

MAX_MESSAGE_BYTES = 4096


@dataclass
class RateLimit:
    """`rate` messages a second on average, bursts up to `burst`."""

    rate: float = 10.0
    burst: float = 20.0
    tokens: float = field(default=20.0)
    updated: float = 0.0

    def allow(self, now: float) -> bool:
        if self.updated:
            self.tokens = min(
                self.burst, self.tokens + (now - self.updated) * self.rate
            )
        self.updated = now
        if self.tokens >= 1:
            self.tokens -= 1
            return True
        return False

    def retry_after_ms(self) -> int:
        return max(1, round((1 - self.tokens) / self.rate * 1000))


class Buckets:
    """Token buckets kept by key beyond one connection, so that reconnecting does not
    refill them: the least recently used are forgotten past `size` (per process)."""

    def __init__(self, make, size: int = 100_000):
        self.make, self.size = make, size
        self.buckets: OrderedDict = OrderedDict()

    def get(self, key) -> RateLimit:
        bucket = self.buckets.get(key)
        if bucket is None:
            bucket = self.buckets[key] = self.make()
            while len(self.buckets) > self.size:
                self.buckets.popitem(last=False)
        else:
            self.buckets.move_to_end(key)
        return bucket

    def clear(self) -> None:
        self.buckets.clear()


# Messages: one bucket per person of a session (a participant, a host, a visitor
# by the key the server gave them), whichever connection they come on.
messages = Buckets(RateLimit)


def joins_bucket() -> RateLimit:
    burst = float(settings.LIVE_JOINS_PER_ADDRESS)
    return RateLimit(rate=burst / 50, burst=burst, tokens=burst)


# Joins by name: one bucket per session and network address. A hall's phones often
# share one address (its Wi-Fi's), so the burst is a hall's size (LIVE_JOINS_PER_
# ADDRESS, 1,000 by default) and it refills in 50 seconds.
joins = Buckets(joins_bucket)
