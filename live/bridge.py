"""The Redis bridge: one pub/sub message per event, received once by each process.

When Redis goes away, local sockets are told "reconnecting" (the lecturer's with a
message: the session keeps working on this server) and actions still work
(they are stored in the database); when it is back, every socket gets a fresh
snapshot, so nothing acknowledged is missed.
"""

import asyncio
import contextlib
import logging

import redis
import redis.asyncio as aioredis
from django.conf import settings
from django.utils.translation import gettext as _

log = logging.getLogger(__name__)
CHANNEL = "live:events"
ERRORS = (redis.RedisError, OSError, asyncio.TimeoutError)


def publish_sync(url: str, raw: str) -> bool:
    """From a thread (the logout signal, a page's change); False: Redis did not
    take it."""
    try:
        client = redis.Redis.from_url(url, socket_connect_timeout=2)
        try:
            client.publish(CHANNEL, raw)
        finally:
            client.close()
    except ERRORS:
        return False
    return True


class RedisBridge:
    def __init__(self, url: str, hub):
        self.url, self.hub = url, hub
        self.client = aioredis.Redis.from_url(
            url,
            decode_responses=True,
            max_connections=settings.REDIS_MAX_CONNECTIONS,
            socket_connect_timeout=2,
            health_check_interval=5,
        )
        self.up = False
        self.was_down = False
        self.task = None
        self.pubsub = None
        self.closing = False

    def start(self) -> None:
        self.task = asyncio.get_running_loop().create_task(self.listen())

    async def close(self) -> None:
        self.closing = True
        if self.task is not None:
            self.task.cancel()
            await asyncio.wait({self.task}, timeout=0.5)
            if not self.task.done() and self.pubsub is not None:
                # redis-py can swallow a cancel that lands inside its blocking read
                # and go on reading; dropping the connection ends that read.
                with contextlib.suppress(*ERRORS):
                    await self.pubsub.connection.disconnect()
                await asyncio.wait({self.task}, timeout=2)
        await self.client.aclose()

    async def publish(self, raw: str) -> None:
        if self.was_down:
            await self.hub.deliver(raw)
            return
        for attempt in range(2):
            try:
                await self.client.publish(CHANNEL, raw)
                return
            except ERRORS:
                # A pooled connection broken by a Redis restart fails once; redis-py
                # replaces it on the next try.
                if attempt:
                    break
        # The action is stored; this process's sockets still see it now, and every
        # socket gets a fresh snapshot when the bridge is back.
        await self.hub.deliver(raw)
        await self._down()
        self.task.cancel()
        self.start()

    async def listen(self) -> None:
        backoff = 0.2
        while not self.closing:
            try:
                async with self.client.pubsub() as pubsub:
                    self.pubsub = pubsub
                    await pubsub.subscribe(CHANNEL)
                    await self._up()
                    backoff = 0.2
                    async for message in pubsub.listen():
                        if message["type"] == "message":
                            await self.hub.deliver(message["data"])
            except ERRORS as error:
                if self.closing:
                    return
                log.warning("live bridge lost Redis: %s", error)
            await self._down()
            await asyncio.sleep(backoff)
            backoff = min(backoff * 2, 3)

    async def _down(self) -> None:
        if self.up or not self.was_down:
            self.up, self.was_down = False, True
            event = {"type": "status", "state": "reconnecting"}
            # The lecturer is told what it means: the hall goes on meanwhile.
            message = _(
                "The link between the servers is down: the session keeps working "
                "on this server, and everything will be synchronised again when "
                "the link is back."
            )
            await self.hub.broadcast_local(
                event, for_hosts={**event, "message": message}
            )

    async def _up(self) -> None:
        self.up = True
        if self.was_down:
            self.was_down = False
            # What was published meanwhile reached no one here: a logout among it
            # is found by re-checking everyone (before they get a fresh snapshot).
            try:
                await self.hub.revalidate()
            except Exception:
                log.exception("live re-validation after reconnecting failed")
            await self.hub.broadcast_local({"type": "status", "state": "ok"})
            await self.hub.resync()
