"""Group commit: the actions that arrive while the database thread is busy are stored
together, in one transaction and one trip to that thread.

Under a vote storm each action used to pay for its own thread trip, transaction and
commit; now they share them, and each action still has its own savepoint (every call
given here is atomic on its own), so one refused or failing action changes nothing
for the others. Acknowledgements wait for the commit: nothing is acknowledged before
it is stored. With one action at a time this is the same as calling it directly.
"""

import asyncio
import time

from channels.db import database_sync_to_async
from django.db import transaction

from live.services.shared_reads import shared_reads

MAX_BATCH = 200
# In a storm (a batch stored less than BUSY_SECONDS ago) wait GATHER_SECONDS for more
# actions before the next batch: bigger batches share their reads and their commit.
BUSY_SECONDS = 0.05
GATHER_SECONDS = 0.025


def run_together(calls: list) -> list:
    """Each (function, args) in one transaction; its result or the exception it
    raised (its savepoint rolled back)."""
    with transaction.atomic(), shared_reads():
        _prepare(calls)
        return [_outcome(function, args) for function, args in calls]


def _prepare(calls: list) -> None:
    """A function with a `prepare` reads what its calls in this batch need at once."""
    groups: dict = {}
    for function, args in calls:
        groups.setdefault(function, []).append(args)
    for function, group in groups.items():
        prepare = getattr(function, "prepare", None)
        if prepare is not None and len(group) > 1:
            prepare(group)


def _outcome(function, args):
    try:
        return function(*args)
    except Exception as error:  # noqa: BLE001 - handed back to that action's caller
        return error


class Writer:
    def __init__(self):
        self.loop = None
        self.waiting: list = []
        self.task = None
        self.last = 0.0

    async def run(self, function, *args):
        """`function(*args)` on the database thread, batched with the others."""
        loop = asyncio.get_running_loop()
        if self.loop is not loop:  # a new event loop (tests start one each)
            self.loop, self.waiting, self.task = loop, [], None
        future = loop.create_future()
        self.waiting.append((function, args, future))
        if self.task is None or self.task.done():
            self.task = loop.create_task(self._drain())
        outcome = await future
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    async def _drain(self) -> None:
        if time.monotonic() - self.last < BUSY_SECONDS:
            await asyncio.sleep(GATHER_SECONDS)
        while self.waiting:
            batch = self.waiting[:MAX_BATCH]
            del self.waiting[:MAX_BATCH]
            calls = [(function, args) for function, args, _future in batch]
            try:
                outcomes = await database_sync_to_async(run_together)(calls)
            except Exception as error:  # noqa: BLE001 - the commit itself failed
                outcomes = [error] * len(batch)
            futures = [future for _function, _args, future in batch]
            for future, outcome in zip(futures, outcomes, strict=True):
                if not future.done():
                    future.set_result(outcome)
        self.last = time.monotonic()


writer = Writer()
