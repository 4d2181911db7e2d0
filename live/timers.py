"""Server-side timers: what an action asks to happen later (a quiz question closing
when its time is up) runs through the writer like an action, and its events are
published like an action's. The timer lives in the process that took the action."""

import asyncio
import logging

from live.hub import hub
from live.writer import writer

log = logging.getLogger(__name__)
# Tasks running a timer's action (asyncio keeps only weak references to tasks).
_running: set = set()


def schedule(session_id: int, later: list[tuple]) -> None:
    """Each (seconds, function, args) of a result, run that many seconds from now."""
    loop = asyncio.get_running_loop()
    for seconds, function, args in later:
        loop.call_later(seconds, _start, loop, session_id, function, args)


def _start(loop, session_id: int, function, args: tuple) -> None:
    task = loop.create_task(_run(session_id, function, args))
    _running.add(task)
    task.add_done_callback(_running.discard)


async def _run(session_id: int, function, args: tuple) -> None:
    try:
        result = await writer.run(function, *args)
        await hub.publish(session_id, result.events)
    except Exception:
        log.exception("live timer %s%r failed", function.__name__, args)
