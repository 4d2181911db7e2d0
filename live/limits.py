"""Per-connection limits: message size and a token-bucket rate (pure)."""

from dataclasses import dataclass, field

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
