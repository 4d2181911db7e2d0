"""Issue #14, 6: the lobby turned off, a lecturer after the end, rate limits that
survive reconnecting, joins per address, the Origin's scheme and port, invisible
characters in names and questions."""

import pytest
from asgiref.sync import sync_to_async
from channels.testing import WebsocketCommunicator

from elearning.asgi import application
from live import limits
from live.models import LiveSession, Participant, Question
from tests.live.conftest import join_phone, open_phone

pytestmark = pytest.mark.django_db(transaction=True)


def _no_refill():
    """The join buckets made so far refill too slowly to matter on a slow machine
    (by default a hall's worth comes back in 50 seconds)."""
    for bucket in limits.joins.buckets.values():
        bucket.rate = 0.0001


async def _waiting_phone(code, name):
    phone = await open_phone(code)
    reply = await phone.act("join", {"name": name})
    assert reply["type"] == "ack", reply
    phone.token = reply["result"]["token"]
    phone.snapshot = await phone.expect("snapshot")
    assert phone.snapshot["me"]["admitted"] is False
    return phone


async def test_turning_the_lobby_off_lets_everyone_waiting_in(live, lecturer):
    live.lobby = True
    await sync_to_async(live.save)(update_fields=["lobby"])
    host = await open_phone(live.code, user=lecturer)
    first = await _waiting_phone(live.code, "Trần Thị Bình")
    second = await _waiting_phone(live.code, "Lê Văn Cường")

    reply = await host.act("session.settings", {"lobby": False})

    assert reply["type"] == "ack"
    for phone in (first, second):
        admitted = await phone.expect("admitted")
        assert phone.snapshot["me"]["participant"] in admitted["participants"]
        await phone.send("sync")
        snapshot = await phone.expect("snapshot")
        assert snapshot["me"]["admitted"] is True
    asked = await first.act("question.ask", {"text": "Xin hỏi về đất đai"})
    assert asked["type"] == "ack"
    waiting = Participant.objects.filter(session=live, admitted=False)
    assert await sync_to_async(waiting.count)() == 0
    for phone in (host, first, second):
        await phone.close()


async def test_the_lecturer_can_do_nothing_after_the_end(live, lecturer):
    host = await open_phone(live.code, user=lecturer)
    assert (await host.act("session.end"))["type"] == "ack"

    for kind, data in [
        ("session.show", {"activity": "qa"}),
        ("session.settings", {"lobby": True}),
        ("session.end", {}),
    ]:
        reply = await host.act(kind, data)
        assert (reply["type"], reply["code"]) == ("error", "ended")
        assert reply["message"] == "Phiên này đã kết thúc."
    stored = await sync_to_async(LiveSession.objects.get)(pk=live.pk)
    assert (stored.activity, stored.lobby) == ("", False)
    await host.close()


async def test_reconnecting_does_not_refill_the_rate_limit(live):
    phone = await join_phone(live.code, "Trần Thị Bình")
    # The person has spent their burst (set directly: sending 20 frames races the
    # refill on a slow machine) and it refills slowly.
    bucket = limits.messages.get((live.pk, f"p{phone.snapshot['me']['participant']}"))
    bucket.tokens, bucket.rate = 0.0, 0.01
    refused = await phone.act("react", {"reaction": "like"})
    assert (refused["type"], refused["code"]) == ("error", "rate_limited")
    await phone.close()

    again = await open_phone(live.code, token=phone.token)
    reply = await again.act("react", {"reaction": "like"})

    assert (reply["type"], reply["code"]) == ("error", "rate_limited")
    assert reply["retry_ms"] > 0
    await again.close()


async def test_joins_from_one_address_are_bounded(live, settings):
    settings.LIVE_JOINS_PER_ADDRESS = 3
    phones = [await join_phone(live.code, "Khách 0")]
    _no_refill()
    phones += [await join_phone(live.code, f"Khách {n}") for n in range(1, 3)]

    extra = await open_phone(live.code)
    reply = await extra.act("join", {"name": "Khách thứ tư"})

    assert (reply["type"], reply["code"]) == ("error", "rate_limited")
    assert "quá nhiều" in reply["message"].lower()
    assert await sync_to_async(Participant.objects.filter(session=live).count)() == 3
    for phone in [*phones, extra]:
        await phone.close()


@pytest.mark.parametrize(
    ("origin", "host", "scheme", "allowed"),
    [
        (b"http://127.0.0.1:8000", b"127.0.0.1:8000", "ws", True),
        (b"https://127.0.0.1", b"127.0.0.1", "wss", True),
        (b"https://127.0.0.1:443", b"127.0.0.1", "wss", True),
        # another port of the same host, another scheme, another host
        (b"http://127.0.0.1:8080", b"127.0.0.1:8000", "ws", False),
        (b"http://127.0.0.1", b"127.0.0.1", "wss", False),
        (b"https://127.0.0.1:8000", b"127.0.0.1:8000", "ws", False),
        (b"http://evil.example", b"127.0.0.1:8000", "ws", False),
        (b"null", b"127.0.0.1:8000", "ws", False),
    ],
)
async def test_the_origin_must_be_the_sites_own(
    live, settings, origin, host, scheme, allowed
):
    settings.ALLOWED_HOSTS = ["127.0.0.1"]
    ws = WebsocketCommunicator(
        application,
        f"/ws/live/{live.code}/",
        headers=[(b"origin", origin), (b"host", host)],
    )
    ws.scope["scheme"] = scheme

    connected, _ = await ws.connect()

    assert connected is allowed
    await ws.disconnect()


async def test_a_trusted_origin_and_no_origin(live, settings):
    settings.ALLOWED_HOSTS = ["hoc.example.vn"]
    settings.CSRF_TRUSTED_ORIGINS = ["https://hoc.example.vn"]
    trusted = WebsocketCommunicator(
        application,
        f"/ws/live/{live.code}/",
        headers=[(b"origin", b"https://hoc.example.vn"), (b"host", b"10.0.0.5:8000")],
    )
    assert (await trusted.connect())[0] is True
    await trusted.disconnect()
    # No browser sends no Origin: refused unless ALLOWED_HOSTS is "*".
    bare = WebsocketCommunicator(application, f"/ws/live/{live.code}/")
    assert (await bare.connect())[0] is False


async def test_invisible_characters_never_reach_the_projector(live, lecturer):
    phone = await open_phone(live.code)
    reply = await phone.act("join", {"name": "An\x07\u202egnp.exe\u200b"})
    assert reply["type"] == "ack"
    snapshot = await phone.expect("snapshot")
    assert snapshot["me"]["name"] == "Angnp.exe"

    asked = await phone.act("question.ask", {"text": "Vì sao\u202e\u2066 \x00 ạ?"})

    assert asked["type"] == "ack"
    stored = await sync_to_async(Question.objects.get)(session=live)
    assert stored.text == "Vì sao ạ?"
    only_marks = await phone.act("question.ask", {"text": "\u202e\u200b\x07"})
    assert (only_marks["type"], only_marks["code"]) == ("error", "invalid")
    await phone.close()


async def test_a_rude_name_is_refused(live):
    phone = await open_phone(live.code)

    reply = await phone.act("join", {"name": "Đ.É.O biết"})

    assert (reply["type"], reply["code"]) == ("error", "blocked_words")
    assert reply["message"] == "Xin chọn tên khác: tên có từ ngữ không phù hợp."
    joined = Participant.objects.filter(session=live)
    assert await sync_to_async(joined.exists)() is False
    await phone.close()


def test_joins_by_the_join_page_share_the_bound(live, settings, client):
    settings.LIVE_JOINS_PER_ADDRESS = 2
    for n in range(2):
        client.cookies.clear()
        page = client.post("/live/", {"code": live.code, "name": f"Khách {n}"})
        assert page.status_code == 302
        _no_refill()

    client.cookies.clear()
    page = client.post("/live/", {"code": live.code, "name": "Khách thứ ba"})

    assert page.status_code == 200
    assert "Quá nhiều người vào phiên từ cùng một mạng" in page.content.decode()
    assert Participant.objects.filter(session=live).count() == 2
