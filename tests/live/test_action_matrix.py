"""The socket half of the access matrix: every message type the live socket takes,
sent by each kind of person, with the reply each gets.

The rows come from the consumer's own table (`live.services.actions.ACTIONS`) plus
the messages the consumer answers itself; a new message type without a row fails.
Each row runs in a fresh session with a lobby (so a session.end in one row does not
change the next): its lecturer (host), a phone let in from the lobby, a phone still
in the lobby, a visitor who never joined, and another lecturer of the centre
logged in (who joins as themself on arrival, and waits in the lobby like anyone).
The data is empty: a cell is `ack` or the error code; `invalid` means the action was
let through to its service, which refused the empty data. The codes that mean "not
you" are `forbidden` (lecturer actions), `waiting` (not let in) and `not_joined`
(the lecturer does not take part as a participant).
"""

import pytest
from asgiref.sync import sync_to_async

from live.models import Participant
from live.services import create_session
from live.services.actions import ACTIONS
from tests.factories import UserFactory
from tests.live.conftest import join_phone, open_phone
from units.roles import Role
from units.services import grant_role

PEOPLE = ["host", "admitted", "lobby", "visitor", "other_lecturer"]
# The consumer's own messages, answered before the action table.
OWN = {"join", "sync", "ping"}

MATRIX = """
# type               host       admitted   lobby      visitor    other_lecturer
question.ask         not_joined invalid    waiting    waiting    waiting
question.upvote      not_joined invalid    waiting    waiting    waiting
question.moderate    invalid    forbidden  forbidden  forbidden  forbidden
question.edit        invalid    forbidden  forbidden  forbidden  forbidden
question.reply       invalid    forbidden  forbidden  forbidden  forbidden
poll.respond         not_joined invalid    waiting    waiting    waiting
poll.control         invalid    forbidden  forbidden  forbidden  forbidden
quiz.answer          not_joined invalid    waiting    waiting    waiting
quiz.control         invalid    forbidden  forbidden  forbidden  forbidden
quiz.me              not_joined ack        waiting    waiting    waiting
situation.vote       not_joined invalid    waiting    waiting    waiting
situation.control    invalid    forbidden  forbidden  forbidden  forbidden
react                not_joined invalid    waiting    waiting    waiting
session.show         ack        forbidden  forbidden  forbidden  forbidden
session.settings     invalid    forbidden  forbidden  forbidden  forbidden
session.admit        invalid    forbidden  forbidden  forbidden  forbidden
session.end          ack        forbidden  forbidden  forbidden  forbidden
session.resume       invalid    forbidden  forbidden  forbidden  forbidden
join                 joined     joined     joined     ack        joined
sync                 snapshot   snapshot   snapshot   snapshot   snapshot
ping                 pong       pong       pong       pong       pong
"""


def _rows() -> dict:
    rows = {}
    for line in MATRIX.strip().splitlines():
        if not line.startswith("#"):
            kind, *cells = line.split()
            rows[kind] = dict(zip(PEOPLE, cells, strict=True))
    return rows


def test_every_message_type_has_a_row():
    assert set(_rows()) == set(ACTIONS) | OWN


async def _reply(phone, kind) -> str:
    client_id = await phone.send(kind, {"name": "Người Lạ"} if kind == "join" else {})
    while True:
        message = await phone.ws.receive_json_from(timeout=5)
        if message.get("id") == client_id or message["type"] == "snapshot":
            if message["type"] == "error":
                return message["code"]
            return message["type"]


@sync_to_async
def _session_and_other_lecturer(lecturer):
    session = create_session(lecturer, title="Thảo luận")
    session.lobby = True
    session.save(update_fields=["lobby"])
    other = UserFactory(full_name="Lý Văn Sơn")
    grant_role(other, Role.LECTURER, training_unit=lecturer.grants.get().training_unit)
    return session, other


async def _people(lecturer):
    session, other = await _session_and_other_lecturer(lecturer)
    admitted = await join_phone(session.code, "Nguyễn Văn An")
    await Participant.objects.filter(session=session).aupdate(admitted=True)
    return {
        "host": await open_phone(session.code, user=lecturer),
        "admitted": admitted,
        "lobby": await join_phone(session.code, "Trần Thị Bình"),
        "visitor": await open_phone(session.code),
        "other_lecturer": await open_phone(session.code, user=other),
    }


@pytest.mark.parametrize("kind", sorted(_rows()))
async def test_each_person_gets_the_reply_of_the_matrix(lecturer, kind):
    phones = await _people(lecturer)
    got = {}
    # The host last: a session.end of theirs would end the row for the others.
    for person in reversed(PEOPLE):
        got[person] = await _reply(phones[person], kind)
    for phone in phones.values():
        await phone.close()
    assert got == _rows()[kind]
