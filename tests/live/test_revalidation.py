"""Each process re-checks the people on its sockets: every LIVE_REVALIDATE_SECONDS
and at once when its Redis link comes back (a logout published while Redis was
down reached no other process)."""

import asyncio
import datetime

import pytest
from asgiref.sync import sync_to_async
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.sessions.models import Session
from django.utils import timezone

from live import revalidation
from live.hub import Hub, hub
from tests.live import servers
from tests.live.conftest import closing, login_key, open_phone
from units.models import Grant

SIGNED_OUT = "Đồng chí đã đăng xuất hoặc tài khoản không còn quyền vào phiên này."
NOT_HOST = "Đồng chí không còn quyền điều khiển phiên này."
User = get_user_model()


def deactivated(user, key):
    User.objects.filter(pk=user.pk).update(is_active=False)  # no signal: no event


def new_password(user, key):
    User.objects.filter(pk=user.pk).update(password=make_password("mat-khau-moi"))


def logged_out_elsewhere(user, key):
    Session.objects.filter(session_key=key).delete()


@pytest.mark.parametrize("change", [deactivated, new_password, logged_out_elsewhere])
async def test_a_round_closes_the_sockets_of_who_lost_the_right(
    live, trainee, settings, change
):
    settings.LIVE_REVALIDATE_SECONDS = 0.2
    key = await sync_to_async(login_key)(trainee)
    phone = await open_phone(live.code, key=key)
    assert "participant" in phone.snapshot["me"]

    await sync_to_async(change)(trainee, key)

    code, errors = await closing(phone)
    assert code == 4401
    assert [e["message"] for e in errors] == [SIGNED_OUT]


async def test_a_round_closes_a_host_whose_grant_ran_out(live, lecturer, settings):
    settings.LIVE_REVALIDATE_SECONDS = 0.2
    host = await open_phone(live.code, user=lecturer)
    assert host.snapshot["me"]["host"] is True
    yesterday = timezone.localdate() - datetime.timedelta(days=1)

    await sync_to_async(  # the day passed: no save, no signal
        Grant.objects.filter(user=lecturer).update
    )(valid_from=None, valid_to=yesterday)

    code, errors = await closing(host)
    assert code == 4401
    assert [e["message"] for e in errors] == [NOT_HOST]


async def test_rounds_leave_good_sockets_open(live, lecturer, trainee, settings):
    settings.LIVE_REVALIDATE_SECONDS = 0.1
    host = await open_phone(live.code, user=lecturer)
    phone = await open_phone(live.code, user=trainee)

    await asyncio.sleep(0.5)  # several rounds

    for socket in (host, phone):
        await socket.send("ping")
        assert (await socket.expect("pong"))["type"] == "pong"
        await socket.close()


def test_one_round_is_one_query(live, lecturer, django_assert_num_queries):
    people = [login_key(lecturer)] + [login_key(u) for u in _trainees(3)]
    claims = [
        revalidation.Claim(user_id=session_user(key), login_key=key,
                           auth_hash=session_hash(key), host_of=None)
        for key in people
    ]  # fmt: skip
    claims[0] = claims[0]._replace(host_of=live.pk)

    with django_assert_num_queries(1):
        verdicts = revalidation.judge(claims)

    assert verdicts == [None] * 4


def _trainees(n):
    from tests.factories import UserFactory

    return UserFactory.create_batch(n)


def session_user(key) -> int:
    return int(Session.objects.get(session_key=key).get_decoded()["_auth_user_id"])


def session_hash(key) -> str:
    return Session.objects.get(session_key=key).get_decoded()["_auth_user_hash"]


@pytest.fixture
def private_redis(tmp_path):
    """A redis-server of this test's own on a free port, stopped by its pid."""
    port = servers.free_port()
    state = {"port": port, "process": servers.start_redis(port, tmp_path)}
    state["url"] = f"redis://127.0.0.1:{port}/0"
    yield state
    servers.stop(state["process"])


async def until(condition, timeout=10):
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        assert asyncio.get_running_loop().time() < deadline, "timed out"
        await asyncio.sleep(0.05)


async def test_a_logout_missed_while_redis_was_down_closes_on_reconnect(
    live, trainee, settings, private_redis, tmp_path
):
    settings.REDIS_URL = private_redis["url"]
    settings.LIVE_REVALIDATE_SECONDS = 600  # only the reconnect may find it
    key = await sync_to_async(login_key)(trainee)
    phone = await open_phone(live.code, key=key)  # on worker B: this process's hub
    worker_a = Hub()
    worker_a._start()
    await until(lambda: hub.bridge.up and worker_a.bridge.up)

    servers.stop(private_redis["process"])
    await until(lambda: not hub.bridge.up and not worker_a.bridge.up)
    # Worker A logs the trainee out: its login session goes, its event reaches no one.
    await sync_to_async(logged_out_elsewhere)(trainee, key)
    await worker_a.bridge.publish(f"logout {trainee.pk}")
    assert await phone.ws.receive_nothing(timeout=0.3) or (
        (await phone.ws.receive_output())["type"] != "websocket.close"
    )
    private_redis["process"] = servers.start_redis(private_redis["port"], tmp_path)

    code, errors = await asyncio.wait_for(closing(phone), timeout=15)
    assert code == 4401
    assert [e["message"] for e in errors] == [SIGNED_OUT]
    await worker_a.stop()
