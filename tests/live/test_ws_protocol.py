"""Prepared frames: each hub event compressed once and written to every socket, read
back by a real WebSocket client through a real uvicorn server."""

import asyncio
import json

import pytest
import uvicorn
import websockets
from asgiref.sync import sync_to_async
from websockets.extensions.permessage_deflate import PerMessageDeflate
from websockets.frames import Frame
from websockets.streams import StreamReader

from elearning.asgi import application
from live.services.polls import create_poll
from live.ws_protocol import LiveWebSocketProtocol, Prepared
from tests.live.conftest import cookie_for, release_connections
from tests.live.servers import free_port

TALLY = {"type": "poll.results", "poll": 7, "responses": 734, "counts": [183, 201]}


def read_frame(raw: bytes, extensions) -> str:
    reader = StreamReader()
    reader.feed_data(raw)
    parser = Frame.parse(reader.read_exact, mask=False, extensions=extensions)
    with pytest.raises(StopIteration) as done:
        next(parser)
    return done.value.value.data.decode()


def test_a_prepared_frame_is_built_once_and_reads_back_with_or_without_deflate():
    text = json.dumps({**TALLY, "prompt": "Giải pháp nào ưu tiên?"}, ensure_ascii=False)
    prepared = Prepared(text)
    client_side = PerMessageDeflate(True, False, 12, 15)

    assert read_frame(prepared.frame(None), []) == text
    assert read_frame(prepared.frame(12), [client_side]) == text
    assert len(prepared.frame(12)) < len(prepared.frame(None))
    assert prepared.frame(12) is prepared.frame(12)


@pytest.fixture
async def server(transactional_db):
    port = free_port()
    config = uvicorn.Config(
        application, port=port, ws=LiveWebSocketProtocol, lifespan="off",
        log_level="warning",
    )  # fmt: skip
    running = uvicorn.Server(config)
    task = asyncio.create_task(running.serve())
    while not running.started:
        await asyncio.sleep(0.05)
    yield f"ws://127.0.0.1:{port}"
    running.should_exit = True
    await task
    await release_connections()


async def next_of(ws, kind):
    while True:
        message = json.loads(await asyncio.wait_for(ws.recv(), 5))
        if message["type"] == kind:
            return message


async def test_phones_with_and_without_deflate_get_the_hub_events(
    server, live, lecturer
):
    poll = await sync_to_async(create_poll)(
        live, kind="single", prompt="Chọn chủ đề", options=["A", "B"]
    )
    url = f"{server}/ws/live/{live.code}/"
    origin = server.replace("ws://", "http://")
    cookie = (await sync_to_async(cookie_for)(lecturer)).decode()
    host = await websockets.connect(
        url, origin=origin, additional_headers={"Cookie": cookie}
    )
    squeezed = await websockets.connect(url, origin=origin)
    plain = await websockets.connect(url, origin=origin, compression=None)
    for ws in (host, squeezed, plain):
        await next_of(ws, "snapshot")
    for number, ws in enumerate((squeezed, plain)):  # only those let in get events
        join = {
            "type": "join",
            "id": f"j{number}",
            "data": {"name": f"Học viên {number}"},
        }
        await ws.send(json.dumps(join))
        await next_of(ws, "snapshot")

    (deflate,) = squeezed.protocol.extensions
    assert (
        deflate.remote_no_context_takeover
    )  # the server compresses each message alone
    assert plain.protocol.extensions == []
    open_poll = {"poll": poll.pk, "action": "open"}
    await host.send(json.dumps({"type": "poll.control", "id": "o1", "data": open_poll}))

    for ws in (squeezed, plain):
        shown = await next_of(ws, "poll")
        assert shown["poll"]["prompt"] == "Chọn chủ đề"
    for ws in (host, squeezed, plain):
        await ws.close()
