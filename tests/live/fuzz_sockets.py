"""Helpers of the protocol fuzz (test_protocol_fuzz.py): sockets that keep everything
they were sent, and what in a message would tell right from wrong."""

import json

from hypothesis import strategies as st

# The replies each kind of frame gets: the reply that ends the wait for it.
ENDS = {"sync": "snapshot", "ping": "pong"}
# Frames refused before they are read as an action: exactly one `error` each.
BAD_FRAMES = [
    "kein json",
    "[1, 2]",
    '"text"',
    "x" * 5000,
    '{"type": "poll.vote", "id": "r1"}',
    '{"type": "quiz.answer", "id": "có dấu"}',
    '{"type": "quiz.answer", "id": ""}',
    '{"type": "quiz.answer", "id": "r2", "data": [1]}',
    '{"type": "session.show", "id": "r3", "data": "quiz"}',
    '{"type": 7, "id": 7}',
]
JUNK = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 2**70),
    st.text(max_size=6),
    st.lists(st.integers(-1, 4), max_size=3),
)


class Socket:
    """One screen: its communicator, everything it received, who it is."""

    def __init__(self, phone, role: str):
        self.phone, self.role = phone, role
        self.token = self.user_id = None
        self.inbox: list[dict] = [phone.snapshot]
        self.participant = phone.snapshot["me"].get("participant")
        self.visitor = phone.snapshot["me"].get("visitor")
        self.sent: list[tuple] = []  # (kind, id, data, result) of each ack

    async def exchange(self, text: str, until) -> dict:
        """Send a frame; return the first message `until` accepts, keeping all."""
        await self.phone.ws.send_to(text_data=text)
        while True:
            output = await self.phone.ws.receive_output(timeout=10)
            assert output["type"] == "websocket.send", output
            message = json.loads(output["text"])
            self.inbox.append(message)
            if until(message):
                return message

    def drain(self) -> None:
        """What arrived since (tallies, events of others' actions)."""
        queue = self.phone.ws.output_queue
        while not queue.empty():
            output = queue.get_nowait()
            assert output["type"] == "websocket.send", output
            self.inbox.append(json.loads(output["text"]))

    def take(self) -> list[dict]:
        self.drain()
        taken, self.inbox = self.inbox, []
        return taken


def leaks(message: dict, revealed: set[int]) -> list:
    """Each place in a message that tells right from wrong, or points, of a quiz
    question not revealed: `correct`, `correct_answers`, `points`."""
    found = []

    def walk(node, parent_key=None):
        if isinstance(node, list):
            for value in node:
                walk(value)
        if not isinstance(node, dict):
            return
        if {"correct", "correct_answers", "points"} & node.keys():
            item = _item_of(node, parent_key)
            if item not in revealed:
                found.append((item, node))
        for key, value in node.items():
            walk(value, key)

    walk(message)
    return found


def _item_of(node: dict, parent_key):
    if isinstance(node.get("item"), int):
        return node["item"]
    if "multiple" in node and "prompt" in node:  # a QuizItem
        return node["id"] if node.get("state") == "revealed" else None
    try:  # me.quiz_answers: {item id: {choices, correct, points}}
        return int(parent_key)
    except (TypeError, ValueError):
        return None
