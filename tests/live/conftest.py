"""Live-session fixtures: a lecturer's session and sockets that talk like a phone."""

import itertools
import json
from urllib.parse import quote

import pytest
from asgiref.sync import sync_to_async
from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator
from django.db import connections
from django.test import Client

from elearning.asgi import application
from live.hub import hub
from live.services import create_session
from tests.factories import TrainingUnitFactory, UserFactory
from units.roles import Role
from units.services import grant_role

ORIGIN = (b"origin", b"http://127.0.0.1:8000")
_ids = itertools.count(1)


class Phone:
    """A WebSocket client: sends actions with fresh ids and reads typed replies."""

    def __init__(self, communicator):
        self.ws = communicator
        self.snapshot = None

    async def connect(self):
        connected, _ = await self.ws.connect()
        assert connected
        self.snapshot = await self.expect("snapshot")
        return self

    async def send(self, kind, data=None, *, client_id=None):
        client_id = client_id or f"m{next(_ids)}"
        await self.ws.send_json_to({"type": kind, "id": client_id, "data": data or {}})
        return client_id

    async def act(self, kind, data=None, *, client_id=None):
        """Send and return the ack (or the error) for this message's id."""
        client_id = await self.send(kind, data, client_id=client_id)
        while True:
            message = await self.ws.receive_json_from(timeout=5)
            if message.get("id") == client_id and message["type"] in {"ack", "error"}:
                return message

    async def expect(self, kind, timeout=5, **match):
        """The next message of this type (skipping others) whose fields match."""
        while True:
            message = await self.ws.receive_json_from(timeout=timeout)
            if message["type"] == kind and all(
                message.get(k) == v for k, v in match.items()
            ):
                return message

    async def close(self):
        await self.ws.disconnect()
        await release_connections()


async def closing(phone) -> tuple[int, list[dict]]:
    """The close code of the socket and the errors it was sent before it."""
    errors = []
    message = await phone.ws.receive_output(timeout=5)
    while message["type"] != "websocket.close":
        text = message.get("text")
        if text and '"error"' in text:
            errors.append(json.loads(text))
        message = await phone.ws.receive_output(timeout=5)
    return message["code"], errors


async def release_connections():
    """Close the database connection of the consumers' worker thread, so that
    PostgreSQL can drop the test database at the end (SQLite does not mind)."""
    await database_sync_to_async(connections.close_all)()


def cookie_for(user) -> bytes:
    return f"sessionid={login_key(user)}".encode()


def login_key(user) -> str:
    """A fresh login session of the user (the key of its cookie)."""
    client = Client()
    client.force_login(user)
    return client.cookies["sessionid"].value


async def open_phone(
    code, *, user=None, token=None, origin=ORIGIN, app=application, key=None,
    visitor=None,
):  # fmt: skip
    """A socket; `key`: of this login session (`login_key`) instead of a new one;
    `visitor`: the visitor key a snapshot gave before."""
    headers = [origin, (b"host", b"127.0.0.1:8000")]
    if key is not None:
        headers.append((b"cookie", f"sessionid={key}".encode()))
    elif user is not None:
        headers.append((b"cookie", await sync_to_async(cookie_for)(user)))
    path = f"/ws/live/{code}/" + (f"?token={token}" if token else "")
    path += f"?visitor={quote(visitor)}" if visitor else ""
    return await Phone(WebsocketCommunicator(app, path, headers=headers)).connect()


@pytest.fixture(autouse=True)
async def _hub_stopped():
    """Each test has its own event loop: stop the hub (and its Redis link) with it."""
    yield
    await hub.stop()


@pytest.fixture
def lecturer(transactional_db):
    """A lecturer of a centre: hosting a live session takes a current grant."""
    person = UserFactory(full_name="Ma Thị Hồng")
    grant_role(person, Role.LECTURER, training_unit=TrainingUnitFactory())
    return person


@pytest.fixture
def live(lecturer):
    return create_session(lecturer, title="Nghị quyết Đại hội XIV")


@pytest.fixture
def trainee(transactional_db):
    return UserFactory(full_name="Nguyễn Văn An")


async def join_phone(code, name):
    """A phone that joined under a display name (as on the join page)."""
    phone = await open_phone(code)
    reply = await phone.act("join", {"name": name})
    assert reply["type"] == "ack", reply
    phone.token = reply["result"]["token"]
    phone.snapshot = await phone.expect("snapshot")
    return phone
