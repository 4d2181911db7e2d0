"""Nothing but the join screen reaches a socket before its person is let in: a
visitor who has not joined, and someone waiting in the lobby, see the session's name
and state, never the questions, their authors, the scores or the activities."""

from asgiref.sync import sync_to_async
from channels.testing import WebsocketCommunicator

from elearning.asgi import application
from live.models import Participant
from live.services.polls import create_poll
from tests.live.conftest import ORIGIN, join_phone, open_phone


def arrange(live):
    """A question from Nguyễn Văn An with a score on the board, and a poll."""
    an = Participant.objects.create(
        session=live, display_name="Nguyễn Văn An", score=900
    )
    live.questions.create(author=an, text="Khi nào thi cuối khóa?", votes=2)
    live.lobby = True
    live.save()
    return create_poll(live, kind="single", prompt="Chọn chủ đề", options=["A", "B"])


async def what_arrives(phone, seconds=0.5) -> list[dict]:
    """Every message the socket receives until it has been quiet for a moment."""
    received = []
    while not await phone.ws.receive_nothing(timeout=seconds):
        received.append(await phone.ws.receive_json_from())
    return received


async def test_visitors_and_the_lobby_get_only_the_join_screen(live, lecturer):
    poll = await sync_to_async(arrange)(live)
    host = await open_phone(live.code, user=lecturer)
    visitor = await open_phone(live.code)
    waiting = await join_phone(live.code, "Trần Thị Bình")

    for snapshot in (visitor.snapshot, waiting.snapshot):
        assert snapshot["session"]["title"] == "Nghị quyết Đại hội XIV"
        assert snapshot["questions"] == []
        assert snapshot["leaderboard"] == []
        assert "Khi nào thi" not in str(snapshot)
        assert "Nguyễn Văn An" not in str(snapshot)
    assert waiting.snapshot["me"]["admitted"] is False

    opened = await host.act("poll.control", {"poll": poll.pk, "action": "open"})
    assert opened["type"] == "ack"
    for phone in (visitor, waiting):
        kinds = {message["type"] for message in await what_arrives(phone)}
        assert kinds <= {"session", "people"}  # the state, never the poll itself

    person = waiting.snapshot["me"]["participant"]
    await host.act("session.admit", {"participant": person})
    await waiting.expect("admitted", participant=person)
    await waiting.send("sync")
    inside = await waiting.expect("snapshot")
    assert inside["me"]["admitted"] is True
    assert [q["text"] for q in inside["questions"]] == ["Khi nào thi cuối khóa?"]
    assert inside["polls"][0]["prompt"] == "Chọn chủ đề"
    for phone in (host, visitor, waiting):
        await phone.close()


def test_guessing_codes_from_one_address_is_stopped(client, live, monkeypatch):
    # 300 probes of /live/<code>/qr.svg took 2.6 s: the code space fell in hours.
    from live.codes import MISSES

    monkeypatch.setattr(MISSES, "limit", 5)
    guesses = [f"{n:06d}" for n in range(5) if f"{n:06d}" != live.code]

    missed = [client.get(f"/live/{code}/qr.svg").status_code for code in guesses]
    found = client.get(f"/live/{live.code}/qr.svg", REMOTE_ADDR="127.0.0.1")
    page = client.get(f"/live/{live.code}/")
    elsewhere = client.get(f"/live/{live.code}/qr.svg", REMOTE_ADDR="198.51.100.7")

    assert set(missed) == {404}
    assert found.status_code == 429
    assert page.status_code == 429
    assert "nhập sai mã quá nhiều lần" in page.content.decode()
    assert elsewhere.status_code == 200


async def first_reply(code) -> dict:
    socket = WebsocketCommunicator(application, f"/ws/live/{code}/", headers=[ORIGIN])
    connected, _ = await socket.connect()
    assert connected
    reply = await socket.receive_json_from(timeout=5)
    await socket.disconnect()
    return reply


async def test_a_socket_guessing_codes_is_stopped_too(live, monkeypatch):
    from live.codes import MISSES

    monkeypatch.setattr(MISSES, "limit", 2)
    misses = [await first_reply(code) for code in ("000001", "000002")]
    refused = await first_reply(live.code)

    assert [m["code"] for m in misses] == ["not_found", "not_found"]
    assert (refused["type"], refused["code"]) == ("error", "not_found")
