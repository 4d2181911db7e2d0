"""Authorisation, limits, bad input, reconnect snapshots, logout, lobby, attendance."""

import datetime

import pytest
from asgiref.sync import sync_to_async
from django.test import Client

from classes.models import Attendance, ClassSession
from classes.services import enrol_trainee
from live.models import ClientAction, LiveSession, Participant
from live.services import create_session
from live.services.actions import ACTIONS, HOST
from live.services.polls import create_poll
from tests.factories import TrainingUnitFactory
from tests.live.conftest import (
    cookie_for,
    join_phone,
    open_phone,
    release_connections,
)

HOST_ACTIONS = sorted(kind for kind, (_, who) in ACTIONS.items() if who == HOST)


@pytest.mark.parametrize("kind", HOST_ACTIONS)
async def test_trainee_cannot_send_lecturer_actions(live, kind):
    an = await join_phone(live.code, "Nguyễn Văn An")

    reply = await an.act(kind, {"poll": 1, "action": "open", "activity": ""})

    assert reply["code"] == "forbidden"
    assert await LiveSession.objects.filter(status="open").acount() == 1
    await an.close()


async def test_message_over_4kb_is_answered_with_an_error(live):
    an = await join_phone(live.code, "Nguyễn Văn An")

    await an.ws.send_to(text_data='{"type": "question.ask", "text": "' + "a" * 5000)
    reply = await an.expect("error")

    assert reply["code"] == "too_large"
    assert reply["message"] == "Tin nhắn quá dài (tối đa 4 KB)."
    await an.close()


async def test_rate_limit_answers_every_extra_message(live):
    an = await join_phone(live.code, "Nguyễn Văn An")

    for number in range(40):
        await an.ws.send_json_to({"type": "ping", "id": f"p{number}"})
    replies = []
    while len(replies) < 40:
        message = await an.ws.receive_json_from()
        if message["type"] in {"pong", "error"}:
            replies.append(message)

    limited = [r for r in replies if r["type"] == "error"]
    assert len(replies) - len(limited) >= 15
    assert {r["id"] for r in replies} == {f"p{n}" for n in range(40)}
    assert limited[0]["code"] == "rate_limited"
    assert limited[0]["message"] == "Gửi quá nhiều tin: vui lòng chờ một chút."
    assert limited[0]["retry_ms"] > 0
    await an.close()


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("không phải json", "bad_json"),
        ("[1, 2]", "bad_json"),
        ('{"type": "hack", "id": "x"}', "unknown_type"),
        ('{"type": "react", "data": {"reaction": "like"}}', "bad_id"),
        ('{"type": "react", "id": "a b", "data": {}}', "bad_id"),
        ('{"type": "react", "id": "x", "data": [1]}', "invalid"),
    ],
)
async def test_bad_messages_get_a_clear_error(live, raw, code):
    an = await join_phone(live.code, "Nguyễn Văn An")

    await an.ws.send_to(text_data=raw)
    reply = await an.expect("error")

    assert reply["code"] == code
    assert reply["message"]
    assert await ClientAction.objects.exclude(kind="join").acount() == 0
    await an.close()


async def test_reconnect_snapshot_has_current_activity_and_my_actions(live, lecturer):
    poll = await sync_to_async(create_poll)(
        live, kind="single", prompt="Chọn", options=["A", "B"]
    )
    host = await open_phone(live.code, user=lecturer)
    an = await join_phone(live.code, "Nguyễn Văn An")
    await host.act("poll.control", {"poll": poll.pk, "action": "open"})
    asked = await an.act("question.ask", {"text": "Câu hỏi"})
    question = asked["result"]["question"]["id"]
    await an.act("question.upvote", {"question": question})
    await an.act("poll.respond", {"poll": poll.pk, "choices": [1]})
    await an.close()

    again = await open_phone(live.code, token=an.token)

    state = again.snapshot
    assert state["session"]["activity"] == "poll"
    assert [p["id"] for p in state["polls"]] == [poll.pk]
    assert state["poll_results"][0]["counts"] == [0, 1]
    assert state["questions"][0]["votes"] == 1
    assert state["me"]["upvoted"] == [question]
    assert state["me"]["poll_responses"] == {str(poll.pk): {"choices": [1], "text": ""}}
    await host.close()
    await again.close()


async def test_logout_closes_the_socket(live, trainee):
    cookie = await sync_to_async(cookie_for)(trainee)
    phone = await open_phone(live.code, user=trainee)

    def log_out():
        client = Client()
        client.cookies["sessionid"] = cookie.decode().split("=", 1)[1]
        client.post("/accounts/logout/")

    await sync_to_async(log_out)()

    closed = await phone.ws.receive_output(timeout=3)
    while closed["type"] != "websocket.close":
        closed = await phone.ws.receive_output(timeout=3)
    assert closed["code"] == 4401
    await release_connections()


async def test_lobby_waits_until_admitted(live, lecturer):
    await LiveSession.objects.filter(pk=live.pk).aupdate(lobby=True)
    host = await open_phone(live.code, user=lecturer)
    an = await join_phone(live.code, "Nguyễn Văn An")

    waiting = await an.act("question.ask", {"text": "Cho tôi vào"})
    person = await Participant.objects.aget()
    people = await host.expect("people")
    admitted = await host.act("session.admit", {"participant": person.pk})
    await an.expect("admitted", participant=person.pk)
    asked = await an.act("question.ask", {"text": "Cảm ơn"})

    assert an.snapshot["me"]["admitted"] is False
    assert waiting["code"] == "waiting"
    assert people["waiting"] == [{"id": person.pk, "display_name": "Nguyễn Văn An"}]
    assert admitted["type"] == "ack"
    assert asked["type"] == "ack"
    await host.close()
    await an.close()


async def test_joining_a_class_sessions_live_session_records_no_attendance(
    lecturer, trainee
):
    # A join can come from anywhere (a forwarded code, the lobby): presence is the
    # rotating check-in code's, scanned in the room.
    def arrange():
        from classes.models import TrainingClass
        from programmes.models import Programme

        unit = TrainingUnitFactory()
        programme = Programme.objects.create(
            name="Bồi dưỡng đảng viên mới", kind=Programme.Kind.values[0]
        )
        version = programme.versions.create(name="2026")
        training_class = TrainingClass.objects.create(
            training_unit=unit, version=version, code="Khóa 1",
            starts_on=datetime.date(2026, 11, 23), ends_on=datetime.date(2026, 11, 28),
        )  # fmt: skip
        enrol_trainee(training_class, trainee)
        session = ClassSession.objects.create(
            training_class=training_class, date=datetime.date(2026, 11, 27),
            part="morning", topic="Nghị quyết",
        )  # fmt: skip
        return create_session(lecturer, title="Buổi sáng", class_session=session)

    live = await sync_to_async(arrange)()
    phone = await open_phone(live.code, user=trainee)

    assert phone.snapshot["me"]["name"] == "Nguyễn Văn An"
    assert not await Attendance.objects.filter(trainee=trainee).aexists()
    await phone.close()
