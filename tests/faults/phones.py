"""Phones as live.js behaves (live/PROTOCOL.md): every action keeps its id until
acknowledged, a dropped socket reconnects with backoff (with its token, or its
visitor key before joining) and resends what was not acknowledged, same ids.

Each phone remembers what the server acknowledged, so a fault ends by comparing
that with the database.
"""

import asyncio
import contextlib
import json
import random
import time

import websockets
from websockets.exceptions import ConnectionClosed, InvalidHandshake


class Phone:
    def __init__(self, base: str, code: str, *, cookie=None, name=None, label="p"):
        self.base, self.code, self.cookie, self.name = base, code, cookie, name
        self.label = label
        self.token = self.visitor = None
        self.participant = None
        self.acked: dict[str, dict] = {}
        self.errors: dict[str, dict] = {}
        self.unavailable: list[dict] = []  # "try again" frames (database outage)
        self.pending: dict[str, dict] = {}
        self.waiters: dict[str, asyncio.Future] = {}
        self.snapshot = None
        self.snapshots = 0
        self.statuses: list[str] = []
        self.status_messages: list[str | None] = []  # what the status line shows
        self.seen: dict[str, int] = {}
        self.events: list[dict] = []
        # When each question (by its text) first reached this phone.
        self.arrivals: dict[str, float] = {}
        self.keep = set()  # event types kept whole in self.events
        self.connections = 0
        self.closing = False
        self.ws = None
        self.task = None
        self.ready = asyncio.Event()

    # -- connection ---------------------------------------------------------
    def _url(self) -> str:
        url = f"{self.base}/ws/live/{self.code}/"
        if self.token:
            return f"{url}?token={self.token}"
        if self.visitor:
            return f"{url}?visitor={self.visitor}"
        return url

    async def start(self) -> "Phone":
        await self._connect()
        self.task = asyncio.get_running_loop().create_task(self._run())
        await asyncio.wait_for(self.ready.wait(), 30)
        if self.name:
            reply = await self.act("join", {"name": self.name}, f"join-{self.label}")
            assert reply["type"] == "ack", reply
            self.token = reply["result"]["token"]
            self.participant = reply["result"]["participant"]
        return self

    async def _connect(self) -> None:
        origin = self.base.replace("ws://", "http://")
        headers = {"Cookie": self.cookie} if self.cookie else None
        self.ws = await websockets.connect(
            self._url(), origin=origin, additional_headers=headers,
            open_timeout=10, ping_interval=None, max_queue=None,
        )  # fmt: skip
        self.connections += 1

    async def _run(self) -> None:
        backoff = 0.2
        while not self.closing:
            try:
                async for raw in self.ws:
                    self._handle(json.loads(raw))
            except ConnectionClosed:
                pass
            if self.closing:
                return
            self.ready.clear()
            while not self.closing:
                await asyncio.sleep(backoff * random.uniform(0.5, 1.5))
                try:
                    await self._connect()
                    backoff = 0.2
                    break
                except (OSError, InvalidHandshake, TimeoutError, EOFError):
                    backoff = min(backoff * 2, 3)

    def _handle(self, message: dict) -> None:
        kind = message.get("type")
        self.seen[kind] = self.seen.get(kind, 0) + 1
        if kind in self.keep:
            self.events.append(message)
        if kind == "question":
            self.arrivals.setdefault(message["question"]["text"], time.monotonic())
        if kind == "snapshot":
            self.snapshot, self.snapshots = message, self.snapshots + 1
            me = message.get("me") or {}
            if me.get("visitor"):
                self.visitor = me["visitor"]
            if not self.ready.is_set():
                self.ready.set()
                # A fresh socket: what was not acknowledged goes again, same ids.
                for pending in list(self.pending.values()):
                    asyncio.get_running_loop().create_task(self._write(pending))
        elif kind == "status":
            self.statuses.append(message["state"])
            self.status_messages.append(message.get("message"))
        elif kind == "ack":
            self._settle(message, self.acked)
        elif kind == "error" and message.get("id") in self.pending:
            if message["code"] == "unavailable":  # the database is out: again later
                self.unavailable.append(message)
            if message["code"] in ("rate_limited", "unavailable"):
                retry = message.get("retry_ms", 100) / 1000
                pending = self.pending[message["id"]]
                asyncio.get_running_loop().call_later(
                    retry, lambda: asyncio.ensure_future(self._write(pending))
                )
                return
            self._settle(message, self.errors)

    def _settle(self, message: dict, into: dict) -> None:
        client_id = message.get("id")
        if client_id not in self.pending:
            return
        del self.pending[client_id]
        into[client_id] = message
        waiter = self.waiters.pop(client_id, None)
        if waiter is not None and not waiter.done():
            waiter.set_result(message)

    async def _write(self, message: dict) -> None:
        with contextlib.suppress(ConnectionClosed, AttributeError):
            await self.ws.send(json.dumps(message, ensure_ascii=False))

    # -- actions ------------------------------------------------------------
    def send(self, kind: str, data: dict, client_id: str) -> asyncio.Future:
        """Send (now, or after the next reconnect); the future gets the ack/error."""
        message = {"type": kind, "id": client_id, "data": data}
        self.pending[client_id] = message
        waiter = asyncio.get_running_loop().create_future()
        self.waiters[client_id] = waiter
        if self.ready.is_set():
            asyncio.get_running_loop().create_task(self._write(message))
        return waiter

    async def act(self, kind: str, data: dict, client_id: str, timeout=60) -> dict:
        return await asyncio.wait_for(self.send(kind, data, client_id), timeout)

    async def settled(self, timeout=90) -> None:
        waiters = [w for w in self.waiters.values() if not w.done()]
        if waiters:
            await asyncio.wait_for(asyncio.gather(*waiters), timeout)

    async def close(self) -> None:
        self.closing = True
        if self.ws is not None:
            with contextlib.suppress(Exception):
                await self.ws.close()
        if self.task is not None:
            self.task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self.task


async def gather_limited(coroutines, limit=50):
    """Run coroutines at most `limit` at a time (300 handshakes at once would only
    queue in the kernel's backlog)."""
    gate = asyncio.Semaphore(limit)

    async def one(coroutine):
        async with gate:
            return await coroutine

    return await asyncio.gather(*(one(c) for c in coroutines))
