"""live/PROTOCOL.md against the server: every message type, event type and error
code the document's tables name exists in the server, and the other way round.

The server's names: the action table (`ACTIONS`), the consumer's own messages and the
table of events and error codes (`live/wire.py`); and that table against the code: the
literal codes every `ActionError` and `send_error` in live/ raises or sends, and the
`type` of every event dict literal in live/.
"""

import ast
import re
from pathlib import Path

from live import revalidation, wire
from live.services.actions import ACTIONS

LIVE = Path(__file__).resolve().parents[2] / "live"
DOC = (LIVE / "PROTOCOL.md").read_text(encoding="utf-8")
FIRST_CELL = re.compile(r"^\| `([a-z_.]+)` \|", re.MULTILINE)


def section(heading: str) -> str:
    """The text under a heading, up to the next heading of its level or higher."""
    level = heading.split()[0]
    start = DOC.index(f"\n{heading}\n")
    rest = DOC[start + len(heading) + 2 :]
    end = re.search(rf"^#{{1,{len(level)}}} ", rest, re.MULTILINE)
    return rest[: end.start()] if end else rest


def table_names(heading: str) -> list[str]:
    return FIRST_CELL.findall(section(heading))


def test_each_client_message_type_documented_is_the_servers_and_back():
    documented = [
        *table_names("### Anyone"),
        *table_names("### Participants"),
        *table_names("### Hosts"),
    ]
    assert len(documented) == len(set(documented)), "a type documented twice"
    assert set(documented) == set(ACTIONS) | wire.OWN_MESSAGES


def test_each_server_event_documented_is_the_servers_and_back():
    documented = table_names("## Server events")
    assert len(documented) == len(set(documented))
    assert set(documented) == wire.EVENTS


def test_each_error_code_documented_is_the_servers_and_back():
    documented = table_names("### Errors")
    assert len(documented) == len(set(documented))
    assert set(documented) == wire.ERRORS


def test_the_replies_are_documented():
    client = section("## Client messages")
    for reply in wire.REPLIES:
        assert f'"type": "{reply}"' in client


def _calls(tree) -> list[ast.Call]:
    return [node for node in ast.walk(tree) if isinstance(node, ast.Call)]


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _literal(node) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _codes_and_types() -> tuple[set, set]:
    codes, types = set(), set()
    for path in LIVE.rglob("*.py"):
        if "migrations" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for call in _calls(tree):
            if _name(call) == "ActionError" and call.args:
                codes.add(_literal(call.args[0]))
            if _name(call) == "send_error" and len(call.args) > 1:
                codes.add(_literal(call.args[1]))
        for node in ast.walk(tree):
            if isinstance(node, ast.Dict):
                for key, value in zip(node.keys, node.values, strict=True):
                    if key is not None and _literal(key) == "type":
                        types.add(_literal(value))
    return codes, types


def test_the_code_sends_exactly_the_table_of_codes_and_events():
    codes, types = _codes_and_types()
    # Codes passed through a name: the revocation reasons (hub.end).
    codes.discard(None)
    codes |= set(revalidation.WHY)
    assert codes == wire.ERRORS
    types.discard(None)
    types = {kind for kind in types if not kind.startswith("websocket.")}
    assert types == wire.EVENTS | wire.REPLIES


def test_the_documented_limits_are_the_servers():
    from live.limits import MAX_MESSAGE_BYTES, RateLimit
    from live.services.actions import CLIENT_ID
    from live.services.qa import MAX_QUESTION
    from live.text import MAX_WORD_LENGTH, MAX_WORDS

    limits = " ".join(section("### Limits").split())
    assert f"{MAX_MESSAGE_BYTES:,} bytes" in limits
    assert "a display name ≤ 60" in limits
    rate = RateLimit()
    assert f"{rate.rate:g} messages a second" in limits
    assert f"bursts of {rate.burst:g}" in limits
    assert CLIENT_ID.pattern == r"^[A-Za-z0-9_.:-]{1,64}$"
    assert "1–64 characters from `A–Z a–z 0–9 _ . : -`" in limits
    assert f"a question ≤ {MAX_QUESTION}" in limits
    assert f"cut to {MAX_WORD_LENGTH}, at most three" in limits
    assert MAX_WORDS == 3
