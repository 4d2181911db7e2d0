"""A socket ends with the right to it: a new password or a deactivated account
closes the person's sockets; a logged-in participant's token is no key after logout."""

import asyncio

import pytest
from asgiref.sync import sync_to_async

from live.hub import hub
from tests.live.conftest import closing, open_phone


async def bridge_listening():
    """With Redis (lane b) the logout event goes through the bridge: it must have
    subscribed, or the event is published to nobody."""
    for _ in range(100):
        if hub.bridge is None or hub.bridge.up:
            return
        await asyncio.sleep(0.05)
    raise AssertionError("the live bridge never subscribed")


def new_password(user):
    user.set_password("mat-khau-moi-2026")
    user.save()


def deactivate(user):
    user.is_active = False
    user.save()


@pytest.mark.parametrize("change", [new_password, deactivate])
async def test_a_host_socket_closes_when_the_right_to_it_goes(live, lecturer, change):
    host = await open_phone(live.code, user=lecturer)
    assert host.snapshot["me"]["host"] is True
    await bridge_listening()

    await sync_to_async(change)(lecturer)

    code, errors = await closing(host)
    assert code == 4401
    assert [e["code"] for e in errors] == ["signed_out"]
    assert errors[0]["message"].startswith("Đồng chí đã đăng xuất")


async def test_saving_a_person_without_changing_rights_keeps_their_socket(
    live, lecturer
):
    host = await open_phone(live.code, user=lecturer)

    lecturer.full_name = "Ma Thị Hồng Nhung"
    await sync_to_async(lecturer.save)()

    arrived = []
    while not await host.ws.receive_nothing(timeout=0.5):
        arrived.append((await host.ws.receive_output())["type"])
    assert "websocket.close" not in arrived
    await host.send("ping")  # and it still answers
    assert (await host.expect("pong"))["type"] == "pong"
    await host.close()


async def test_a_logged_in_participants_token_does_not_act_as_them(live, trainee):
    phone = await open_phone(live.code, user=trainee)
    token = phone.snapshot["me"]["token"]
    await phone.close()

    stranger = await open_phone(live.code, token=token)  # logged out, same phone

    assert "participant" not in stranger.snapshot["me"]
    await stranger.close()
