"""Lane (b): two uvicorn processes sharing one Redis, and a Redis restart.

These need a real PostgreSQL (DATABASE_URL) and REDIS_URL; each test starts its own
redis-server on a free port (never the shared one) and its own uvicorn processes.
"""

import asyncio
import json
import os

import pytest
import websockets
from django.db import connection
from django.test import Client

from live.services.polls import create_poll
from tests.live import servers

pytestmark = [
    pytest.mark.services,
    pytest.mark.skipif(
        not os.environ.get("REDIS_URL")
        or not os.environ.get("DATABASE_URL", "").startswith("postgres"),
        reason="needs REDIS_URL and a PostgreSQL DATABASE_URL (lane b)",
    ),
]


class Socket:
    def __init__(self, ws):
        self.ws = ws

    async def next(self, kind, timeout=10, text=None, **match):
        while True:
            message = json.loads(await asyncio.wait_for(self.ws.recv(), timeout))
            if text is not None and message.get("question", {}).get("text") != text:
                continue
            if message["type"] == kind and all(
                message.get(k) == v for k, v in match.items()
            ):
                return message

    async def act(self, kind, data, client_id):
        await self.ws.send(json.dumps({"type": kind, "id": client_id, "data": data}))
        return await self.next("ack", id=client_id)


@pytest.fixture
def cluster(transactional_db, tmp_path):
    """A private Redis and two uvicorn processes on the test database."""
    settings = connection.settings_dict
    database_url = (
        f"postgres://{settings['USER']}@{settings['HOST'] or '127.0.0.1'}:"
        f"{settings['PORT'] or 5432}/{settings['NAME']}"
    )
    redis_port = servers.free_port()
    redis = servers.start_redis(redis_port, tmp_path)
    redis_url = f"redis://127.0.0.1:{redis_port}/0"
    ports = [servers.free_port(), servers.free_port()]
    processes = [
        servers.start_uvicorn(port, database_url=database_url, redis_url=redis_url)
        for port in ports
    ]
    state = {"ports": ports, "redis": redis, "redis_port": redis_port, "tmp": tmp_path}
    yield state
    for process in [*processes, state["redis"]]:
        servers.stop(process)


async def connect(port, code, *, cookie=None, token=None):
    url = f"ws://127.0.0.1:{port}/ws/live/{code}/" + (
        f"?token={token}" if token else ""
    )
    headers = {"Cookie": cookie} if cookie else None
    ws = await websockets.connect(
        url, origin=f"http://127.0.0.1:{port}", additional_headers=headers
    )
    socket = Socket(ws)
    snapshot = await socket.next("snapshot")
    return socket, snapshot


async def join(port, code, name):
    socket, _ = await connect(port, code)
    await socket.act("join", {"name": name}, "join-1")
    await socket.next("snapshot")
    return socket


@pytest.fixture
def cookie(lecturer) -> str:
    client = Client()
    client.force_login(lecturer)
    return f"sessionid={client.cookies['sessionid'].value}"


@pytest.fixture
def poll(live):
    return create_poll(live, kind="single", prompt="Chọn", options=["A", "B"])


# The data is made by synchronous fixtures: no database connection is left open in
# a worker thread when the test database is dropped.
async def test_two_processes_everyone_sees_everything(cluster, live, poll, cookie):
    a, b = cluster["ports"]
    host, _ = await connect(a, live.code, cookie=cookie)
    an = await join(a, live.code, "Nguyễn Văn An")
    binh = await join(b, live.code, "Trần Thị Bình")

    await host.act("poll.control", {"poll": poll.pk, "action": "open"}, "open")
    assert (await binh.next("poll"))["poll"]["state"] == "open"
    await binh.act("poll.respond", {"poll": poll.pk, "choices": [1]}, "vote")
    # Tallies go out once a second: one sent between the open and the vote is empty.
    tally = await host.next("poll.results", poll=poll.pk)
    while sum(tally["counts"]) == 0:
        tally = await host.next("poll.results", poll=poll.pk)
    await an.act("question.ask", {"text": "Hỏi từ máy A"}, "ask")
    seen = await binh.next("question")

    assert tally["counts"] == [0, 1]
    assert seen["question"]["text"] == "Hỏi từ máy A"
    for socket in (host, an, binh):
        await socket.ws.close()


async def test_redis_restart_shows_reconnecting_and_loses_nothing(cluster, live):
    a, b = cluster["ports"]
    an = await join(a, live.code, "Nguyễn Văn An")
    binh = await join(b, live.code, "Trần Thị Bình")

    servers.stop(cluster["redis"])
    assert (await an.next("status"))["state"] == "reconnecting"
    assert (await binh.next("status"))["state"] == "reconnecting"
    asked = await binh.act("question.ask", {"text": "Hỏi khi Redis tắt"}, "ask")
    cluster["redis"] = servers.start_redis(cluster["redis_port"], cluster["tmp"])

    for socket in (an, binh):
        assert (await socket.next("status", timeout=20))["state"] == "ok"
        resynced = await socket.next("snapshot", timeout=20)
        assert [q["text"] for q in resynced["questions"]] == ["Hỏi khi Redis tắt"]
    assert asked["result"]["question"]["text"] == "Hỏi khi Redis tắt"
    await an.act("question.ask", {"text": "Sau khi Redis trở lại"}, "ask-2")
    await binh.next("question", text="Sau khi Redis trở lại")
    await an.ws.close()
    await binh.ws.close()
