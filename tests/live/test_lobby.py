"""Nothing but the join screen reaches a socket before its person is let in: a
visitor who has not joined, and someone waiting in the lobby, see the session's name
and state, never the questions, their authors, the scores or the activities."""

from asgiref.sync import sync_to_async

from live.models import Participant
from live.services.polls import create_poll
from tests.live.conftest import join_phone, open_phone


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
