"""The live socket: check who it is, parse, call one service, reply, publish."""

import dataclasses
import json
import time
from urllib.parse import parse_qs

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer
from django.contrib.auth import HASH_SESSION_KEY
from django.db import transaction
from django.utils.translation import gettext as _

from elearning.outage import is_outage
from live import codes, identity, limits, scoring, snapshot, timers
from live.hub import hub
from live.limits import MAX_MESSAGE_BYTES
from live.services import ActionError, perform
from live.socket_auth import socket_user
from live.writer import writer
from live.ws_protocol import EXTENSION

# The database is out: the client resends the same message (same id) after this.
RETRY_MS = 2000
# WebSocket close code "try again later" (RFC 6455's registry).
TRY_AGAIN_LATER = 1013


class LiveConsumer(AsyncWebsocketConsumer):
    # No channel layer per socket: the hub writes to sockets directly.
    channel_layer_alias = "live-sockets-use-the-hub"

    async def dispatch(self, message):
        # Services run through database_sync_to_async, which already closes stale
        # database connections; skip Channels' extra thread hop on every frame.
        await getattr(self, message["type"].replace(".", "_"))(message)

    async def connect(self):
        code = self.scope["url_route"]["kwargs"]["code"]
        self.session_id, self.actor, self.visitor = None, None, None
        self.prepared_writer = self.scope.get("extensions", {}).get(EXTENSION)
        try:
            actor, state = await writer.run(_arrive, code, self.scope)
        except Exception as error:
            if not is_outage(error):
                raise
            # Said, then closed: the phone reconnects with its backoff.
            await self.accept()
            await self.send_unavailable(None)
            await self.close(code=TRY_AGAIN_LATER)
            return
        await self.accept()
        if actor is None:
            await self.send_error(
                None, "not_found", _("There is no session with this code.")
            )
            await self.close(code=4404)
            return
        self._become(actor)
        self._note_login()
        if not (actor.is_host or actor.participant_id):
            self.visitor = identity.visitor_key(
                self.session_id, _query(self.scope, "visitor")
            )
            state["me"]["visitor"] = self.visitor[0]
        self.inside = snapshot.is_inside(state)
        self.limit = self._bucket()
        hub.join(self)
        hub.mark(self.session_id, {"people"})
        await self.send_json(state)

    def write_prepared(self, prepared) -> bool:
        """Write a hub event's prepared frame straight to the socket, when the server
        offers that (live/ws_protocol.py); False: send it through ASGI instead."""
        return self.prepared_writer is not None and self.prepared_writer(prepared)

    def _note_login(self) -> None:
        """The login this socket stands on, re-checked in the hub's rounds
        (live/revalidation.py); the session was read on connecting."""
        session = self.scope.get("session")
        self.login_key = self.auth_hash = None
        if self.user_id and session is not None:
            self.login_key = session.session_key
            self.auth_hash = session.get(HASH_SESSION_KEY)

    def _become(self, actor) -> None:
        self.actor, self.session_id = actor, actor.session_id
        self.is_host, self.user_id = actor.is_host, actor.user_id

    def _bucket(self):
        """The person's message bucket, the same on every connection they make (a
        visitor by the key the server gave them): reconnecting does not refill it."""
        actor = self.actor
        known = actor.participant_id or actor.is_host or self.visitor is None
        who = actor.key if known else f"v:{self.visitor[1]}"
        return limits.messages.get((self.session_id, who))

    async def disconnect(self, code):
        if self.session_id is not None:
            hub.leave(self)

    async def send_snapshot(self):
        state = await database_sync_to_async(snapshot.build)(
            self.actor, version=hub.versions[self.session_id]
        )
        self.inside = snapshot.is_inside(state)  # e.g. let in from the lobby since
        if self.visitor and not self.actor.participant_id:
            state["me"]["visitor"] = self.visitor[0]
        await self.send(text_data=json.dumps(state, ensure_ascii=False))

    async def receive(self, text_data=None, bytes_data=None):
        if self.actor is None:
            return
        if text_data is None or len(text_data.encode()) > MAX_MESSAGE_BYTES:
            await self.send_error(
                None, "too_large", _("The message is too large (at most 4 KB).")
            )
            return
        if not self.limit.allow(time.monotonic()):
            await self.send_error(
                _client_id(text_data),
                "rate_limited",
                _("Too many messages: please wait a moment."),
                retry_ms=self.limit.retry_after_ms(),
            )
            return
        try:
            message = json.loads(text_data)
            assert isinstance(message, dict)
        except (ValueError, AssertionError):
            await self.send_error(None, "bad_json", _("The message is not valid JSON."))
            return
        await self.handle(message)

    async def handle(self, message: dict):
        kind, client_id = message.get("type"), message.get("id")
        if kind == "sync":
            try:
                await self.send_snapshot()
            except Exception as error:
                if not is_outage(error):
                    raise
                await self.send_unavailable(client_id)
            return
        if kind == "ping":
            self._measure(message.get("rtt"))
            await self.send_json(
                {
                    "type": "pong",
                    "id": client_id,
                    "t": message.get("t"),
                    "now": _now_ms(),
                }
            )
            return
        try:
            if kind == "join":
                data = message.get("data")
                name = data.get("name") if isinstance(data, dict) else None
                await self.join(client_id, name)
                return
            result, repeated = await writer.run(perform, self.actor, message)
        except ActionError as error:
            await self.send_error(client_id, error.code, error.message)
            return
        except Exception as error:
            if not is_outage(error):
                raise
            # Not stored, so not acknowledged: the client sends it again, same id.
            await self.send_unavailable(client_id)
            return
        reply = {"type": "ack", "id": client_id, "result": result.reply}
        await self.send_json({**reply, "repeated": True} if repeated else reply)
        await hub.publish(self.session_id, result.events)
        hub.mark(self.session_id, result.tallies)
        if result.later and not repeated:
            timers.schedule(self.session_id, result.later)

    async def join(self, client_id, name):
        if self.actor.participant_id or self.actor.is_host:
            raise ActionError("joined", _("You have already joined."))
        joins = limits.joins.get((self.session_id, _address(self.scope)))
        if not joins.allow(time.monotonic()):
            await self.send_error(
                client_id,
                "rate_limited",
                _("Too many people joined from this network: please wait a moment."),
                retry_ms=joins.retry_after_ms(),
            )
            return
        actor, state = await writer.run(
            _join, self.actor, client_id, name, self.visitor[1]
        )
        self._become(actor)
        self.limit = self._bucket()
        self.inside = snapshot.is_inside(state)
        result = {"participant": actor.participant_id, "token": state["me"]["token"]}
        await self.send_json({"type": "ack", "id": client_id, "result": result})
        await self.send_json(state)
        hub.mark(self.session_id, {"people"})

    def _measure(self, rtt) -> None:
        if isinstance(rtt, int | float) and rtt >= 0:
            one_way = min(int(rtt / 2), scoring.MAX_ONE_WAY_MS)
            self.actor = dataclasses.replace(self.actor, one_way_ms=one_way)

    async def send_json(self, data: dict):
        await self.send(text_data=json.dumps(data, ensure_ascii=False))

    async def send_unavailable(self, client_id) -> None:
        await self.send_error(
            client_id,
            "unavailable",
            _(
                "The system is temporarily interrupted: your action is not saved "
                "yet and will be tried again in a moment."
            ),
            retry_ms=RETRY_MS,
        )

    async def send_error(self, client_id, code: str, message: str, **extra):
        await self.send_json(
            {
                "type": "error",
                "id": client_id,
                "code": code,
                "message": message,
                **extra,
            }
        )


@transaction.atomic
def _arrive(code: str, scope) -> tuple:
    """(actor, snapshot) in one trip to the database thread; (None, None): no such
    session."""
    address = _address(scope)
    try:
        session = codes.find(code, address)
    except codes.TooManyMisses:
        return None, None
    if session is None:
        return None, None
    actor = identity.identify(session, socket_user(scope), _query_token(scope))
    return actor, snapshot.build(actor, version=hub.versions.get(actor.session_id, 0))


def _join(actor, client_id, name, connection) -> tuple:
    """The visitor joined (or found again by the message id on this connection)
    and their snapshot."""
    person, created = identity.join_by_name(
        actor, client_id, name, connection=connection
    )
    actor = dataclasses.replace(actor, participant_id=person.pk)
    version = hub.versions.get(actor.session_id, 0)
    fresh = person if created else None
    return actor, snapshot.build(actor, version=version, person=fresh)


def _address(scope) -> str:
    return (scope.get("client") or ("",))[0] or ""


def _query(scope, name: str) -> str | None:
    query = parse_qs(scope.get("query_string", b"").decode())
    return (query.get(name) or [None])[0]


def _query_token(scope) -> str | None:
    token = _query(scope, "token")
    if token is None and scope.get("session") is not None:
        token = scope["session"].get(f"live:{scope['url_route']['kwargs']['code']}")
    return token


def _client_id(text_data: str):
    """The id of a message refused unread, so the client knows which one to resend."""
    try:
        return json.loads(text_data).get("id")
    except (ValueError, AttributeError):
        return None


def _now_ms() -> int:
    return int(time.time() * 1000)
