"""What every action shares: who acts, what it returns, how bad input is refused."""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from live import text
from live.wire import ERRORS

# An event is a pair: what participants receive, what hosts receive (None: nothing).
Event = tuple[dict | None, dict | None]


def to_all(event: dict) -> Event:
    return (event, event)


def to_hosts(event: dict) -> Event:
    return (None, event)


class ActionError(Exception):
    """A refused action: `code` for programs, `message` (Vietnamese) for people."""

    def __init__(self, code: str, message: str):
        if code not in ERRORS:  # every code is documented (live/wire.py)
            raise ValueError(f"undocumented error code {code!r}")
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class Actor:
    session_id: int
    participant_id: int | None = None
    user_id: int | None = None
    is_host: bool = False
    one_way_ms: int = 0

    @property
    def key(self) -> str:
        return f"p{self.participant_id}" if self.participant_id else f"u{self.user_id}"


@dataclass
class Result:
    """The acknowledgement's payload, events for everyone, tallies to refresh, and
    actions for later: (in how many seconds, function, args), run like an action
    (live/timers.py), their events published."""

    reply: dict = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
    tallies: set[str] = field(default_factory=set)
    later: list[tuple] = field(default_factory=list)


def require_participant(actor: Actor) -> int:
    if not actor.participant_id:
        raise ActionError("not_joined", _("Please join the session first."))
    return actor.participant_id


def text_field(data: dict, name: str, *, max_length: int, required=True) -> str:
    value = data.get(name, "")
    if not isinstance(value, str):
        raise ActionError(
            "invalid", _("The field “%(name)s” must be text.") % {"name": name}
        )
    value = " ".join(text.visible(value).split())
    if required and not value:
        raise ActionError("invalid", _("Please write something first."))
    if len(value) > max_length:
        raise ActionError(
            "too_long",
            _("Please keep it under %(count)d characters.") % {"count": max_length},
        )
    return value


def int_field(data: dict, name: str, *, low: int = 0, high: int = 2**62) -> int:
    value = data.get(name)
    if (
        isinstance(value, bool)
        or not isinstance(value, int)
        or not low <= value <= high
    ):
        raise ActionError(
            "invalid", _("The field “%(name)s” is not valid.") % {"name": name}
        )
    return value


def int_list(data: dict, name: str, *, size: int) -> list[int]:
    value = data.get(name)
    if (
        not isinstance(value, list)
        or not value
        or any(isinstance(v, bool) or not isinstance(v, int) for v in value)
        or any(not 0 <= v < size for v in value)
    ):
        raise ActionError("invalid", _("Please choose from the options shown."))
    return sorted(set(value))


def bool_field(data: dict, name: str) -> bool:
    value = data.get(name)
    if not isinstance(value, bool):
        raise ActionError(
            "invalid", _("The field “%(name)s” is not valid.") % {"name": name}
        )
    return value
