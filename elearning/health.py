"""`GET /healthz`: does the database answer, does the live layer carry a message, and
each part named in settings.HEALTH_CHECKS (the jobs: has a scheduler looked lately)?"""

import asyncio
import contextlib
import uuid

from asgiref.sync import sync_to_async
from channels.layers import get_channel_layer
from django.conf import settings
from django.db import connection
from django.http import JsonResponse
from django.utils.module_loading import import_string
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

TIMEOUT_SECONDS = 2


def check_database() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception:  # noqa: BLE001 - any failure means "not ok"
        return False


def check_stored_parts() -> dict[str, str]:
    """The database, then each part of HEALTH_CHECKS (they read the database: not
    asked when it does not answer); one trip to the database thread for all."""
    parts = {"database": "ok" if check_database() else "error"}
    for name, path in settings.HEALTH_CHECKS.items():
        parts[name] = "ok" if parts["database"] == "ok" and _ask(path) else "error"
    return parts


def _ask(path: str) -> bool:
    try:
        return bool(import_string(path)())
    except Exception:  # noqa: BLE001 - any failure means "not ok"
        return False


async def check_channel_layer() -> bool:
    """Send one message to a fresh channel and read it back, then unsubscribe."""
    layer = get_channel_layer()
    token = uuid.uuid4().hex
    try:
        async with asyncio.timeout(TIMEOUT_SECONDS):
            channel = await layer.new_channel("healthz.")
            await layer.send(channel, {"type": "healthz", "token": token})
            message = await layer.receive(channel)
    except Exception:  # noqa: BLE001 - any failure means "not ok"
        return False
    # A cancelled receive is how channel layers let go of a channel.
    leftover = asyncio.ensure_future(layer.receive(channel))
    await asyncio.sleep(0)
    leftover.cancel()
    with contextlib.suppress(BaseException):
        await leftover
    return message.get("token") == token


@never_cache
@require_GET
async def healthz(request):
    stored = await sync_to_async(check_stored_parts)()
    parts = {
        "database": stored.pop("database"),
        "channel_layer": "ok" if await check_channel_layer() else "error",
        **stored,
    }
    healthy = all(value == "ok" for value in parts.values())
    return JsonResponse(
        {"status": "ok" if healthy else "error", **parts},
        status=200 if healthy else 503,
    )
