"""The per-process hub: each live session's local sockets, one publish per process.

An event is serialised once, published once (to this process, or once to Redis from
where every process receives it once) and each process writes it to its own sockets
directly. Tallies are coalesced: actions only mark a key dirty, and a tick reads the
counts from the database and publishes them: to the lecturer's screens ten times a
second, to the phones of the hall once a second (each of those costs a write per
phone). See ARCHITECTURE.md, "Live sessions: the fan-out design".
"""

import asyncio
import contextlib
import json
import logging
import time
from collections import defaultdict

from channels.db import database_sync_to_async
from django.conf import settings

from live import revalidation, snapshot
from live.ws_protocol import Prepared

log = logging.getLogger(__name__)
TICK_SECONDS = 0.1
# Every how many ticks the participants' copy of a tally goes out.
TICKS_PER_HALL_TALLY = 10
# How long stopping may wait for the tick, the re-validation and the bridge, each.
STOP_SECONDS = 5
# Sockets closed because their person lost the right: 4401, do not reconnect.
REVOKED = 4401


def encode(session_id: int, event: tuple) -> str:
    """ "<session> <participants' length> <hosts' length>\\n" then both texts."""
    texts = [json.dumps(part, ensure_ascii=False) if part else "" for part in event]
    return f"{session_id} {len(texts[0])} {len(texts[1])}\n{texts[0]}{texts[1]}"


def decode(raw: str) -> tuple[int, str, str]:
    header, _sep, body = raw.partition("\n")
    session_id, first, second = (int(part) for part in header.split())
    return session_id, body[:first], body[first : first + second]


class Hub:
    def __init__(self):
        self.rooms: dict[int, set] = defaultdict(set)
        self.dirty: dict[int, set[str]] = defaultdict(set)
        # Keys whose participants' copy has not gone out since they changed.
        self.held: dict[int, set[str]] = defaultdict(set)
        self.ticks = 0
        # Bumped on every event of a session: cached snapshots older than it are stale.
        self.versions: dict[int, int] = defaultdict(int)
        self.loop = None
        self.ticker = self.revalidator = None
        self.bridge = None
        # Sends running on their own (resync, status), kept until done.
        self.sends: set = set()

    def _start(self) -> None:
        loop = asyncio.get_running_loop()
        if self.loop is loop:
            return
        self.loop, self.rooms, self.dirty = loop, defaultdict(set), defaultdict(set)
        self.held = defaultdict(set)
        self.ticker = loop.create_task(self._tick())
        self.revalidator = loop.create_task(revalidation.revalidate_every(self))
        if settings.REDIS_URL:
            from live.bridge import RedisBridge

            self.bridge = RedisBridge(settings.REDIS_URL, self)
            self.bridge.start()

    async def stop(self) -> None:
        """Let go of the tick and the Redis bridge (tests end their loop with it).

        Bounded: a tick cancelled inside its database call, or a bridge whose
        Redis read swallows the cancel, must not keep the caller waiting."""
        for task in (self.ticker, self.revalidator):
            if task is not None:
                task.cancel()
                await asyncio.wait({task}, timeout=STOP_SECONDS)
        if self.bridge is not None:
            try:
                await asyncio.wait_for(self.bridge.close(), timeout=STOP_SECONDS)
            except TimeoutError:
                log.warning("live bridge did not close in %s s", STOP_SECONDS)
        self.loop = self.ticker = self.revalidator = self.bridge = None

    def join(self, connection) -> None:
        self._start()
        self.rooms[connection.session_id].add(connection)

    def leave(self, connection) -> None:
        room = self.rooms.get(connection.session_id)
        if room is not None:
            room.discard(connection)
            if not room:
                del self.rooms[connection.session_id]

    def local_count(self, session_id: int) -> int:
        return len(self.rooms.get(session_id, ()))

    async def publish(self, session_id: int, events: list) -> None:
        for event in events:
            raw = encode(session_id, event)
            if self.bridge is not None:
                await self.bridge.publish(raw)
            else:
                await self.deliver(raw)

    def mark(self, session_id: int, keys: set[str]) -> None:
        if keys:
            self.dirty[session_id].update(keys)

    async def deliver(self, raw: str) -> None:
        """Write one published event to this process's sockets of its session."""
        if raw.startswith(("logout ", "unhost ")):
            await self.close_user(int(raw.split()[1]), hosts_only=raw[0] == "u")
            return
        session_id, for_participants, for_hosts = decode(raw)
        self.versions[session_id] += 1
        # One prepared frame per audience (live/ws_protocol.py), written to each
        # socket's transport; sockets that cannot take it get a plain ASGI send.
        prepared = {
            False: Prepared(for_participants) if for_participants else None,
            True: Prepared(for_hosts) if for_hosts else None,
        }
        outsiders_may = None  # worked out once, if someone outside is connected
        for connection in list(self.rooms.get(session_id, ())):
            message = prepared[connection.is_host]
            if message is not None and not (connection.is_host or connection.inside):
                if outsiders_may is None:
                    outsiders_may = for_outsiders(for_participants)
                if not outsiders_may:
                    continue
            if message is None or connection.write_prepared(message):
                continue
            try:
                await connection.base_send(
                    {"type": "websocket.send", "text": message.text}
                )
            except Exception:  # noqa: BLE001 - a closing socket is let go
                self.leave(connection)

    async def close_user(self, user_id: int, hosts_only=False) -> None:
        reason = revalidation.NOT_HOST if hosts_only else revalidation.SIGNED_OUT
        for room in list(self.rooms.values()):
            for connection in list(room):
                if connection.user_id == user_id and (
                    connection.is_host or not hosts_only
                ):
                    await self.end(connection, reason)

    async def end(self, connection, reason: str) -> None:
        """Say why (in Vietnamese), then close: the person lost the right to it."""
        self.leave(connection)
        with contextlib.suppress(Exception):  # a socket closing already
            await connection.send_error(None, reason, str(revalidation.WHY[reason]))
            await connection.close(code=REVOKED)

    async def revalidate(self) -> int:
        """Re-check everyone on this process's sockets now (the bridge is back)."""
        return await revalidation.revalidate(self)

    async def broadcast_local(self, event: dict, for_hosts: dict | None = None) -> None:
        """`event` to every socket of this process (`for_hosts` to the lecturers'
        instead, when given)."""
        texts = {False: json.dumps(event, ensure_ascii=False)}
        texts[True] = (
            texts[False]
            if for_hosts is None
            else json.dumps(for_hosts, ensure_ascii=False)
        )
        prepared = {key: Prepared(text) for key, text in texts.items()}
        for room in list(self.rooms.values()):
            for connection in list(room):
                host = bool(connection.is_host)
                if not connection.write_prepared(prepared[host]):
                    self._aside(connection.send(text_data=texts[host]))

    async def resync(self) -> None:
        """After the bridge was down: every local socket gets a fresh snapshot.

        Each on its own: a socket whose peer does not read waits in its send and
        must not hold back the others' snapshots (nor the bridge, which calls this).
        """
        for room in list(self.rooms.values()):
            for connection in list(room):
                self._aside(connection.send_snapshot())

    def _aside(self, send) -> None:
        """Run one socket's send without waiting for it (a closing socket's error
        is let go)."""

        async def quietly():
            with contextlib.suppress(Exception):
                await send

        task = asyncio.get_running_loop().create_task(quietly())
        self.sends.add(task)
        task.add_done_callback(self.sends.discard)

    async def _tick(self) -> None:
        while True:
            await asyncio.sleep(TICK_SECONDS)
            self.ticks += 1
            for_hall = self.ticks % TICKS_PER_HALL_TALLY == 0
            if not self.dirty and not (for_hall and self.held):
                continue
            dirty, self.dirty = self.dirty, defaultdict(set)
            for session_id, keys in dirty.items():
                self.held[session_id].update(keys)
            due = dirty
            if for_hall:
                due, self.held = self.held, defaultdict(set)
            try:
                events = await database_sync_to_async(compute_tallies)(due)
                for session_id, event in events:
                    await self.publish(session_id, [_audience(event, for_hall)])
            except Exception:
                log.exception("live tallies failed; retrying on the next tick")
                for session_id, keys in due.items():
                    self.mark(session_id, keys)

    def publish_from_thread(self, raw: str) -> None:
        """For synchronous code (the logout signal, a page's change): to every
        process through Redis when it is configured, whether or not this process's
        hub has started (an HTTP request may reach a worker with no socket yet)."""
        if settings.REDIS_URL:
            from live.bridge import publish_sync

            if publish_sync(settings.REDIS_URL, raw):
                return
        # No Redis (or it is down): this process's sockets at least; the others
        # find out in their next round or when their bridge is back.
        if self.loop is not None and not self.loop.is_closed():
            self.loop.call_soon_threadsafe(
                lambda: self.loop.create_task(self.deliver(raw))
            )


# What reaches a socket not let in (a visitor, someone in the lobby): being let in,
# the session's state, how many are in. Nobody's questions, answers or scores.
OUTSIDE_EVENTS = {"admitted", "session", "people"}


def for_outsiders(text: str) -> bool:
    try:
        return json.loads(text).get("type") in OUTSIDE_EVENTS
    except (ValueError, AttributeError):
        return False


def compute_tallies(dirty: dict[int, set[str]]) -> list:
    """Read each dirty count once; "at" lets clients drop a late, older tally."""
    now = int(time.time() * 1000)
    events = []
    for session_id, keys in dirty.items():
        for key in sorted(keys):
            event = snapshot.tally(session_id, key)
            if event is not None:
                events.append((session_id, _stamp(event, now)))
    return events


def _audience(event: tuple, for_hall: bool) -> tuple:
    """Between the hall's ticks a tally goes to the lecturer's screens only."""
    return event if for_hall else (None, event[1])


def _stamp(event: tuple, now: int) -> tuple:
    return tuple({**part, "at": now} if part else None for part in event)


hub = Hub()


def close_sockets_of(sender, user=None, **kwargs) -> None:
    """Logging out closes that person's live sockets in every process."""
    if user is not None:
        hub.publish_from_thread(f"logout {user.pk}")
