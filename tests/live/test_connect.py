"""Connecting: snapshots, identities, joining by name, unknown codes, origins."""

from channels.auth import AuthMiddlewareStack
from channels.routing import URLRouter
from channels.security.websocket import AllowedHostsOriginValidator
from channels.testing import WebsocketCommunicator

from elearning.asgi import application
from live.models import Participant
from live.routing import websocket_urlpatterns
from tests.live.conftest import ORIGIN, open_phone, release_connections


async def test_host_gets_snapshot_marked_host(live, lecturer):
    host = await open_phone(live.code, user=lecturer)

    assert host.snapshot["session"]["code"] == live.code
    assert host.snapshot["session"]["title"] == "Nghị quyết Đại hội XIV"
    assert host.snapshot["me"] == {"host": True}
    await host.close()


async def test_visitor_joins_by_name_and_resend_gives_same_person(live):
    phone = await open_phone(live.code)
    assert "participant" not in phone.snapshot["me"]

    first = await phone.act("join", {"name": "  Lò Thị   Lan "}, client_id="j1")
    again = await phone.act("join", {"name": "Lò Thị Lan"}, client_id="j1")

    assert first["type"] == "ack"
    assert again["type"] == "error"
    assert again["code"] == "joined"
    person = await Participant.objects.aget()
    assert person.display_name == "Lò Thị Lan"
    assert first["result"]["token"] == str(person.token)
    await phone.close()


async def test_join_resent_on_new_socket_is_the_same_person(live):
    phone = await open_phone(live.code)
    visitor = phone.snapshot["me"]["visitor"]  # the server's key for this visitor
    first = await phone.act("join", {"name": "Lò Thị Lan"}, client_id="j1")
    await phone.close()

    phone = await open_phone(live.code, visitor=visitor)
    again = await phone.act("join", {"name": "Lò Thị Lan"}, client_id="j1")

    assert again["result"]["token"] == first["result"]["token"]
    assert await Participant.objects.acount() == 1
    await phone.close()


async def test_join_without_name_is_refused_in_vietnamese(live):
    phone = await open_phone(live.code)

    reply = await phone.act("join", {"name": "   "})

    assert reply["type"] == "error"
    assert reply["message"] == "Vui lòng viết nội dung trước đã."
    assert await Participant.objects.acount() == 0
    await phone.close()


async def test_token_reconnect_keeps_identity_and_score(live):
    phone = await open_phone(live.code)
    joined = await phone.act("join", {"name": "Hà Văn Hải"})
    await phone.close()
    await Participant.objects.filter(display_name="Hà Văn Hải").aupdate(score=1500)

    again = await open_phone(live.code, token=joined["result"]["token"])

    assert again.snapshot["me"]["name"] == "Hà Văn Hải"
    assert again.snapshot["me"]["score"] == 1500
    await again.close()


async def test_unknown_code_gets_error_then_close(transactional_db):
    ws = WebsocketCommunicator(application, "/ws/live/000000/", headers=[ORIGIN])
    connected, _ = await ws.connect()
    assert connected

    error = await ws.receive_json_from()
    closed = await ws.receive_output()

    assert error["code"] == "not_found"
    assert error["message"] == "Không có phiên nào với mã này."
    assert closed == {"type": "websocket.close", "code": 4404}
    await release_connections()


async def test_foreign_origin_is_refused(live, settings):
    settings.ALLOWED_HOSTS = ["127.0.0.1"]
    app = AllowedHostsOriginValidator(
        AuthMiddlewareStack(URLRouter(websocket_urlpatterns))
    )
    ws = WebsocketCommunicator(
        app, f"/ws/live/{live.code}/", headers=[(b"origin", b"http://evil.example")]
    )

    connected, _ = await ws.connect()

    assert not connected
