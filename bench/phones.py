"""The live benchmark's simulated phones, and the vote and join storms they make.

Used by bench/live_fanout.py (run that); the phones run on the client CPU, the
server's CPU time and memory are read from /proc.
"""

import asyncio
import json
import os
import time
from pathlib import Path

MARK = '{"type": "session"'
TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def quantile(values, q):
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))], 1)


class Phones:
    """N simulated phones on one event loop; counts the marked messages they get."""

    def __init__(self):
        self.sockets, self.readers, self.box = [], [], []
        self.tallies = []
        self.snapshots = 0

    async def open(self, urls, origin, headers=None, limit=64):
        import websockets

        gate = asyncio.Semaphore(limit)

        async def one(url):
            async with gate:
                ws = await websockets.connect(
                    url, origin=origin, additional_headers=headers,
                    ping_interval=None, max_queue=None, open_timeout=60,
                )  # fmt: skip
            self.sockets.append(ws)
            self.readers.append(asyncio.create_task(self.read(ws)))

        await asyncio.gather(*(one(url) for url in urls))

    async def read(self, ws):
        try:
            async for message in ws:
                if message.startswith(MARK):
                    self.box.append(time.perf_counter())
                elif message.startswith('{"type": "snapshot"'):
                    self.snapshots += 1
                elif message.startswith('{"type": "poll.results"'):
                    count = json.loads(message)["responses"]
                    self.tallies.append((time.perf_counter(), count))
        except Exception:  # noqa: BLE001 - a closed socket ends its reader
            pass

    async def close(self):
        await asyncio.gather(
            *(ws.close() for ws in self.sockets), return_exceptions=True
        )
        for task in self.readers:
            task.cancel()


async def settled(phones, n, timeout=180):
    """Wait until every phone has its first snapshot (the server has caught up)."""
    deadline = time.perf_counter() + timeout
    while phones.snapshots < n and time.perf_counter() < deadline:
        await asyncio.sleep(0.1)
    await asyncio.sleep(1)


def lag_for(k, moment, tallies):
    for when, count in tallies:
        if count >= k and when >= moment:
            return (when - moment) * 1000
    return None


async def _storm_poll(code):
    """A four-option poll, still closed, in the session `code`."""
    from asgiref.sync import sync_to_async

    from live.models import LiveSession
    from live.services.polls import create_poll

    live = await LiveSession.objects.aget(code=code)
    return await sync_to_async(create_poll)(
        live, kind="single", prompt="Chọn", options=["A", "B", "C", "D"]
    )


async def _host_and_phones(port, code, tokens, cookie):
    """The lecturer's socket and one per token, once every phone has its snapshot."""
    host, phones = Phones(), Phones()
    origin = f"http://127.0.0.1:{port}"
    await host.open(
        [f"ws://127.0.0.1:{port}/ws/live/{code}/"], origin, {"Cookie": cookie}
    )
    await phones.open(
        [f"ws://127.0.0.1:{port}/ws/live/{code}/?token={t}" for t in tokens], origin
    )
    await settled(phones, len(tokens))
    return host, phones


async def _open_poll(host, poll):
    open_poll = {
        "type": "poll.control",
        "id": "open",
        "data": {"poll": poll.pk, "action": "open"},
    }
    await host.sockets[0].send(json.dumps(open_poll))
    await asyncio.sleep(1.5)


async def _cast_votes(phones, poll, began, seconds):
    """Each phone votes once, evenly spread over `seconds`; when each was sent."""
    sent = []
    for index, ws in enumerate(phones.sockets):
        due = began + seconds * index / len(phones.sockets)
        await asyncio.sleep(max(0, due - time.perf_counter()))
        vote = {"type": "poll.respond", "id": f"v{index}",
                "data": {"poll": poll.pk, "choices": [index % 4]}}  # fmt: skip
        await ws.send(json.dumps(vote))
        sent.append(time.perf_counter())
    return sent


async def _until_counted(host, votes, timeout=5):
    """Wait (at most `timeout` s) for a tally that counts all `votes`."""
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline and not any(
        count >= votes for _, count in host.tallies
    ):
        await asyncio.sleep(0.01)


async def vote_storm(port, pid, code, tokens, cookie, seconds=10.0):
    """Every phone votes once, spread over `seconds`; how far the tally lags."""
    poll = await _storm_poll(code)
    host, phones = await _host_and_phones(port, code, tokens, cookie)
    await _open_poll(host, poll)
    cpu_before, began = cpu_seconds(pid), time.perf_counter()
    sent = await _cast_votes(phones, poll, began, seconds)
    await _until_counted(host, len(sent))
    wall, cpu = time.perf_counter() - began, cpu_seconds(pid) - cpu_before
    lags = [lag_for(k + 1, moment, host.tallies) for k, moment in enumerate(sent)]
    await host.close()
    await phones.close()
    return {
        "vote_storm_votes": len(sent),
        "vote_storm_counted": max((c for _, c in host.tallies), default=0),
        "vote_storm_p95_ms_behind": quantile([x for x in lags if x is not None], 0.95),
        "vote_storm_core_percent": round(100 * cpu / wall, 1),
    }


async def join_storm(port, code, people=1000, seconds=3.0):
    """`people` visitors connect and join by name within `seconds`."""
    import websockets

    errors, began = [], time.perf_counter()

    async def one(index):
        await asyncio.sleep(seconds * index / people)
        started = time.perf_counter()
        try:
            async with websockets.connect(
                f"ws://127.0.0.1:{port}/ws/live/{code}/",
                origin=f"http://127.0.0.1:{port}", ping_interval=None, open_timeout=30,
            ) as ws:  # fmt: skip
                name = {"name": f"Khách {index}"}
                await ws.send(
                    json.dumps({"type": "join", "id": f"j{index}", "data": name})
                )
                while True:
                    reply = json.loads(await asyncio.wait_for(ws.recv(), 30))
                    if reply.get("id") == f"j{index}":
                        if reply["type"] != "ack":
                            errors.append(reply)
                        return started, time.perf_counter()
        except Exception as error:  # noqa: BLE001 - every failure is counted
            errors.append(repr(error))
            return None

    done = [times for times in await asyncio.gather(*map(one, range(people))) if times]
    waits = [(end - start) * 1000 for start, end in done]
    last = max((end for _start, end in done), default=began)
    return {
        "join_storm_people": people,
        "join_storm_errors": len(errors),
        # From the first connect to the last join acknowledged (joins start over
        # `seconds`), and each person's wait from connecting to the acknowledgement.
        "join_storm_seconds": round(last - began, 2),
        "join_storm_p95_ms_to_ack": quantile(waits, 0.95),
        "join_storm_max_ms_to_ack": round(max(waits, default=0), 1),
    }
