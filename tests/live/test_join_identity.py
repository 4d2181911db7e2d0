"""A participant's identity is a server-issued secret: a visitor's `join` is
de-duplicated under the visitor key the server gave that socket, never by a
client-chosen id."""

from asgiref.sync import sync_to_async

from live.models import Participant
from live.services import create_session
from tests.live.conftest import open_phone


async def test_a_visitor_cannot_join_as_someone_else_by_their_message_id(live):
    first = await open_phone(live.code)
    other = await open_phone(live.code)

    mine = await first.act("join", {"name": "Nguyễn Văn An"}, client_id="j1")
    theirs = await other.act("join", {"name": "Kẻ Mạo Danh"}, client_id="j1")

    assert theirs["type"] == "ack"
    assert theirs["result"]["participant"] != mine["result"]["participant"]
    assert theirs["result"]["token"] != mine["result"]["token"]
    names = [p.display_name async for p in Participant.objects.order_by("pk")]
    assert names == ["Nguyễn Văn An", "Kẻ Mạo Danh"]
    await first.close()
    await other.close()


async def test_a_visitor_key_is_the_servers_and_of_one_session(live, lecturer):
    first = await open_phone(live.code)
    key = first.snapshot["me"]["visitor"]
    mine = await first.act("join", {"name": "Nguyễn Văn An"}, client_id="j1")
    elsewhere = await sync_to_async(create_session)(lecturer, title="Buổi khác")
    other_session = await open_phone(elsewhere.code, visitor=key)
    secret = key.rpartition(":")[0].partition(":")[2]
    forged = [f"{live.pk}:{secret}", f"{live.pk}:{secret}:x", "rác"]
    tries = [await open_phone(live.code, visitor=bad) for bad in forged]

    assert other_session.snapshot["me"]["visitor"] != key
    for phone in tries:
        assert phone.snapshot["me"]["visitor"] != key
        theirs = await phone.act("join", {"name": "Kẻ Mạo Danh"}, client_id="j1")
        assert theirs["result"]["token"] != mine["result"]["token"]
    for phone in (first, other_session, *tries):
        await phone.close()
