"""One hall of N phones over 2 workers behind nginx: the lecturer's event to all.

    .venv/bin/python bench/live_scale.py [--participants 10000] [--rounds 20]
                                         [--clients 3]

The production layout (deploy/serve_local.py: nginx in front of 2 uvicorn workers
with the project's protocol class), a private redis-server on a free port, and a
database of the machine's PostgreSQL of its own (`elearning_scale`, made again each
run from bench/soak.py's migrated template; PG_URL names the server). In the same
run, the reference: a plain `websockets` broadcast server (bench/live_fanout.py's
REFERENCE), the same phones connected straight to it.

The phones are the lightest client this can be: `--clients` processes, each an
asyncio loop of bare WebSocket sockets (the handshake written by hand, no
compression offered, frames read as bytes: a frame starting with the marker
counts, nothing is decoded; pings answered). The lecturer's `session.show` goes to
one worker, crosses to the other through Redis, and reaches every phone; a round's
time is from sending it to the last phone having it (CLOCK_MONOTONIC, one clock
for every process on the machine).

JSON lines: the project's and the reference's figures (p50/p95/p99 over the rounds
of the time to the last phone, server CPU per delivered message, server memory per
connection, the cores the phones took), then the capacity model these give for
halls of 10,000 and 100,000.
"""

import argparse
import asyncio
import base64
import json
import math
import multiprocessing
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from live_fanout import REFERENCE  # noqa: E402
from phones import cpu_seconds, quantile, rss_kb  # noqa: E402
from soak import PG_URL, fresh_database  # noqa: E402

from deploy.serve_local import Layout, free_port, wait_port  # noqa: E402

DATABASE = "elearning_scale"
MARK = b'{"type": "session"'
ROUND_TIMEOUT = 10.0  # a round that has not reached everyone by then ends
# What a worker may spend on one event for a hall (p99 to the last phone).
TARGET_MS = 250
PING, PONG, TEXT, CLOSE = 0x9, 0xA, 0x1, 0x8


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def raise_file_limit(need: int) -> int:
    """As many descriptors as the hard limit allows (the child processes inherit)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = hard if hard != resource.RLIM_INFINITY else need
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, min(wanted, hard)), hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


# -- the light phone -----------------------------------------------------------


class LightPhone(asyncio.Protocol):
    """A bare WebSocket client: handshake, then frames read as bytes."""

    def __init__(self, port: int, path: str, box):
        self.request = (
            f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
            "Upgrade: websocket\r\nConnection: Upgrade\r\n"
            f"Sec-WebSocket-Key: {base64.b64encode(os.urandom(16)).decode()}\r\n"
            f"Sec-WebSocket-Version: 13\r\nOrigin: http://127.0.0.1:{port}\r\n\r\n"
        ).encode()
        self.box = box
        self.buffer = bytearray()
        self.upgraded = asyncio.get_running_loop().create_future()
        self.transport = None

    def connection_made(self, transport):
        self.transport = transport
        transport.write(self.request)

    def connection_lost(self, exc):
        self.box.closed += 1
        if not self.upgraded.done():
            self.upgraded.set_exception(ConnectionError("closed before upgrade"))

    def data_received(self, data):
        self.buffer += data
        if not self.upgraded.done():
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = bytes(self.buffer[:end])
            del self.buffer[: end + 4]
            if b" 101 " not in head.split(b"\r\n", 1)[0]:
                self.upgraded.set_exception(ConnectionError(head[:80]))
                self.transport.close()
                return
            self.upgraded.set_result(True)
        self._frames()

    def _frames(self):
        buffer = self.buffer
        while len(buffer) >= 2:
            length, start = buffer[1] & 0x7F, 2
            if length == 126:
                if len(buffer) < 4:
                    return
                length, start = int.from_bytes(buffer[2:4], "big"), 4
            elif length == 127:
                if len(buffer) < 10:
                    return
                length, start = int.from_bytes(buffer[2:10], "big"), 10
            if len(buffer) < start + length:
                return
            opcode = buffer[0] & 0x0F
            if opcode == TEXT and buffer.startswith(MARK, start):
                self.box.marks.append(time.monotonic())
                self.box.counter[self.box.index] += 1
            elif opcode == PING:
                self._send(PONG, bytes(buffer[start : start + length]))
            del buffer[: start + length]

    def _send(self, opcode: int, payload: bytes) -> None:
        # Client frames are masked; a zero mask keeps the payload as it is.
        self.transport.write(
            bytes([0x80 | opcode, 0x80 | len(payload)]) + b"\0" * 4 + payload
        )


class Box:
    def __init__(self, counter, index):
        self.counter, self.index = counter, index
        self.marks: list[float] = []
        self.closed = 0


def client_process(index, port, paths, counter, pipe, opened):
    """One client process: open its sockets, then wait; on "report", send back
    when each marked frame arrived; on "stop", close."""

    async def run():
        loop = asyncio.get_running_loop()
        box = Box(counter, index)
        gate = asyncio.Semaphore(64)
        failures = []

        async def one(path):
            async with gate:
                for attempt in range(5):
                    try:
                        _t, phone = await loop.create_connection(
                            lambda: LightPhone(port, path, box), "127.0.0.1", port
                        )
                        await asyncio.wait_for(phone.upgraded, 60)
                        return phone
                    except (OSError, ConnectionError, TimeoutError) as error:
                        if attempt == 4:
                            failures.append(repr(error)[:120])
                        await asyncio.sleep(0.5 * (attempt + 1))
                return None

        phones = [p for p in await asyncio.gather(*map(one, paths)) if p]
        opened[index] = len(phones)
        readable = asyncio.Event()
        loop.add_reader(pipe.fileno(), readable.set)
        while True:
            await readable.wait()
            readable.clear()
            while pipe.poll():
                command = pipe.recv()
                if command == "report":
                    pipe.send(
                        {
                            "marks": box.marks,
                            "failures": failures[:3],
                            "closed": box.closed,
                        }
                    )
                    box.marks = []
                elif command == "stop":
                    for phone in phones:
                        phone.transport.close()
                    return

    asyncio.run(run())


class Phones:
    """`processes` client processes sharing the sockets out; arrival times back."""

    def __init__(self, port, paths, processes):
        # Spawned, not forked: small processes, nothing of Django's in them.
        context = multiprocessing.get_context("spawn")
        self.counter = context.Array("q", processes, lock=False)
        self.opened = context.Array("q", [-1] * processes, lock=False)
        self.pipes, self.processes = [], []
        for index in range(processes):
            mine, theirs = context.Pipe()
            process = context.Process(
                target=client_process,
                args=(
                    index,
                    port,
                    paths[index::processes],
                    self.counter,
                    theirs,
                    self.opened,
                ),
                daemon=True,
            )
            process.start()
            self.pipes.append(mine)
            self.processes.append(process)

    def wait_open(self, n: int, timeout: float) -> int:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            done = all(
                self.opened[i] >= 0 or not p.is_alive()
                for i, p in enumerate(self.processes)
            )
            if done:
                break
            time.sleep(0.5)
        return sum(max(0, count) for count in self.opened)

    def delivered(self) -> int:
        return sum(self.counter)

    def cpu(self) -> float:
        return sum(cpu_seconds(p.pid) for p in self.processes)

    def report(self) -> tuple[list[float], list, int]:
        for pipe in self.pipes:
            pipe.send("report")
        marks, failures, closed = [], [], 0
        for pipe in self.pipes:
            answer = pipe.recv()
            marks += answer["marks"]
            failures += answer["failures"]
            closed += answer["closed"]
        return marks, failures, closed

    def stop(self) -> None:
        for pipe in self.pipes:
            pipe.send("stop")
        for process in self.processes:
            process.join(30)
            if process.is_alive():
                process.kill()


# -- rounds ------------------------------------------------------------------------


async def rounds(send, phones: Phones, n: int, count: int, servers: list[int]):
    """`count` events; for each, when it was sent. Server and phone CPU over them."""
    cpu_servers, cpu_phones = sum(map(cpu_seconds, servers)), phones.cpu()
    began, sent = time.monotonic(), []
    for number in range(count):
        target = phones.delivered() + n
        sent.append(time.monotonic())
        await send(number)
        deadline = time.monotonic() + ROUND_TIMEOUT
        while phones.delivered() < target and time.monotonic() < deadline:
            await asyncio.sleep(0.002)
        await asyncio.sleep(0.2)  # the next event after the hall is quiet
    wall = time.monotonic() - began
    return (
        sent,
        sum(map(cpu_seconds, servers)) - cpu_servers,
        phones.cpu() - cpu_phones,
        wall,
    )


def to_last(sent: list[float], marks: list[float], n: int) -> tuple[list, int]:
    """Per round, ms from sending to the last phone (rounds not reaching all n:
    counted as incomplete); and how many frames arrived."""
    marks.sort()
    edges = [*sent, math.inf]
    times, incomplete, i = [], 0, 0
    for r, start in enumerate(sent):
        got = []
        while i < len(marks) and marks[i] < edges[r + 1]:
            if marks[i] >= start:
                got.append(marks[i])
            i += 1
        if len(got) >= n:
            times.append((max(got) - start) * 1000)
        else:
            incomplete += 1
    return times, incomplete


def figures(target, n, connected, sent, marks, cpu, phones_cpu, wall, kb, extra):
    times, incomplete = to_last(sent, marks, connected)
    delivered = len(marks)
    return {
        "target": target,
        "participants": n,
        "connected": connected,
        "rounds": len(sent),
        "rounds_incomplete": incomplete,
        "delivered": delivered,
        "expected": connected * len(sent),
        "p50_ms_to_last": quantile(times, 0.5),
        "p95_ms_to_last": quantile(times, 0.95),
        "p99_ms_to_last": quantile(times, 0.99),
        "cpu_us_per_message": round(cpu * 1e6 / max(1, delivered), 2),
        "kb_per_connection": round(kb, 2),
        "phones_cores": round(phones_cpu / max(wall, 1e-9), 2),
        **extra,
    }


# -- the project -----------------------------------------------------------------


def seed(n: int) -> tuple[str, list[str], str]:
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    from accounts.models import User
    from live.models import Participant
    from live.services import create_session

    lecturer = User.objects.create_user(
        f"scale{uuid.uuid4().hex[:8]}", full_name="Giảng Viên", is_superuser=True
    )
    live = create_session(lecturer, title="Hội nghị toàn tỉnh")
    people = Participant.objects.bulk_create(
        (
            Participant(session=live, display_name=f"Đại biểu {k}", token=uuid.uuid4())
            for k in range(n)
        ),
        batch_size=2000,
    )
    store = SessionStore()
    store[SESSION_KEY] = str(lecturer.pk)
    store[BACKEND_SESSION_KEY] = "accounts.backends.UsernameOrPhoneBackend"
    store[HASH_SESSION_KEY] = lecturer.get_session_auth_hash()
    store.create()
    return live.code, [str(p.token) for p in people], f"sessionid={store.session_key}"


def show(number: int) -> str:
    data = {"activity": "qa" if number % 2 == 0 else ""}
    client_id = f"s{number}-{uuid.uuid4().hex[:8]}"
    return json.dumps({"type": "session.show", "id": client_id, "data": data})


async def project(args, folder: Path, redis_url: str) -> dict:
    import websockets

    env = {
        "DATABASE_URL": f"{PG_URL}/{DATABASE}",
        "REDIS_URL": redis_url,
        "DJANGO_SETTINGS_MODULE": "elearning.settings.dev",
        "DJANGO_DEBUG": "false",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_LOG_LEVEL": "WARNING",
        "PYTHONPATH": str(ROOT),
    }
    fresh_database(env, DATABASE)
    os.environ.update(env)
    import django

    django.setup()
    code, tokens, cookie = await asyncio.to_thread(seed, args.participants)
    (folder / "layout").mkdir()
    layout = Layout(
        workers=2,
        folder=folder / "layout",
        media_root=folder / "media",
        env=env,
        connections=args.participants * 2 + 200,
        # Two descriptors per phone in nginx: one process could not hold 10,000
        # under a 20,000 open-file limit; each of two holds half.
        nginx_processes=2,
        log=(folder / "servers.log").open("ab"),
    )
    try:
        layout.start()  # stopped below even when this fails halfway
        workers = [p.pid for p in layout.workers]
        base = f"ws://127.0.0.1:{layout.port}"
        lecturer = await websockets.connect(
            f"{base}/ws/live/{code}/",
            origin=layout.url,
            ping_interval=None,
            additional_headers={"Cookie": cookie},
            max_queue=None,
        )
        await lecturer.recv()
        reader = asyncio.create_task(_drain(lecturer))
        proxies = nginx_pids(layout.nginx.pid)
        before = {pid: rss_kb(pid) for pid in [*workers, *proxies]}
        began = time.monotonic()
        paths = [f"/ws/live/{code}/?token={t}" for t in tokens]
        phones = Phones(layout.port, paths, args.clients)
        connected = await asyncio.to_thread(phones.wait_open, len(paths), 600)
        connect_s = time.monotonic() - began
        log(f"project: {connected} phones connected in {connect_s:.0f} s")
        await asyncio.sleep(3)  # the joins' people tallies go out, then quiet
        phones.report()  # what came before the rounds
        after = {pid: rss_kb(pid) for pid in before}
        kb = sum(after[p] - before[p] for p in workers) / max(1, connected)
        nginx_kb = sum(after[p] - before[p] for p in proxies) / max(1, connected)

        async def send(number):
            await lecturer.send(show(number))

        await rounds(send, phones, connected, 3, workers)  # warm up
        phones.report()
        nginx_cpu = sum(map(cpu_seconds, proxies))
        sent, cpu, phones_cpu, wall = await rounds(
            send, phones, connected, args.rounds, workers
        )
        nginx_cpu = sum(map(cpu_seconds, proxies)) - nginx_cpu
        marks, failures, closed = phones.report()
        per_worker = {str(i): rss_kb(pid) // 1024 for i, pid in enumerate(workers)}
        phones.stop()
        reader.cancel()
        await lecturer.close()
        return figures(
            "project-2-workers-nginx",
            args.participants,
            connected,
            sent,
            marks,
            cpu,
            phones_cpu,
            wall,
            kb,
            {
                "nginx_kb_per_connection": round(nginx_kb, 2),
                "nginx_cpu_us_per_message": round(
                    nginx_cpu * 1e6 / max(1, len(marks)), 2
                ),
                "worker_rss_mb": per_worker,
                "connect_seconds": round(connect_s, 1),
                "connect_failures": failures,
                "closed_during": closed,
                "client_processes": args.clients,
            },
        )
    finally:
        layout.stop()


def nginx_pids(master: int) -> list[int]:
    """nginx's master and its worker processes (the workers do the proxying)."""
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    return [master, *map(int, children)]


async def _drain(ws):
    try:
        async for _message in ws:
            pass
    except Exception:  # noqa: BLE001 - the end of the run closes it
        pass


async def reference(args) -> dict:
    import websockets

    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-c", REFERENCE, str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_port(port, server)
        lecturer = await websockets.connect(
            f"ws://127.0.0.1:{port}/", ping_interval=None, max_queue=None
        )
        before = rss_kb(server.pid)
        began = time.monotonic()
        phones = Phones(port, ["/"] * args.participants, args.clients)
        connected = await asyncio.to_thread(phones.wait_open, args.participants, 600)
        log(f"reference: {connected} phones in {time.monotonic() - began:.0f} s")
        await asyncio.sleep(1)
        kb = (rss_kb(server.pid) - before) / max(1, connected)

        async def send(number):
            body = json.dumps(
                {"code": "000000", "activity": "qa" if number % 2 else ""}
            )
            await lecturer.send(MARK.decode() + ', "session": ' + body + "}")

        await rounds(send, phones, connected, 3, [server.pid])
        phones.report()
        sent, cpu, phones_cpu, wall = await rounds(
            send, phones, connected, args.rounds, [server.pid]
        )
        marks, failures, _closed = phones.report()
        phones.stop()
        await lecturer.close()
        return figures(
            "reference-websockets-broadcast",
            args.participants,
            connected,
            sent,
            marks,
            cpu,
            phones_cpu,
            wall,
            kb,
            {"connect_failures": failures},
        )
    finally:
        server.terminate()
        server.wait()


# -- the model ---------------------------------------------------------------------


def model(line: dict, halls=(10_000, 100_000)) -> list[dict]:
    """From the measured costs: a lecturer's event to a hall of `people` costs
    people x cpu_us_per_message of CPU spread over the workers (one per core); to
    reach the last phone within TARGET_MS each worker may spend TARGET_MS on it, at
    most 70 % busy; nginx's workers likewise with nginx's cost. Memory: people x kb
    per connection (workers and nginx) plus each worker's own size."""
    per_message_us = line["cpu_us_per_message"]
    nginx_us = line.get("nginx_cpu_us_per_message", 0)
    per_conn_kb = line["kb_per_connection"] + line.get("nginx_kb_per_connection", 0)
    base_mb = max(line.get("worker_rss_mb", {"0": 150}).values()) - (
        line["kb_per_connection"] * line["connected"] / 2 / 1024
    )
    rows = []
    for people in halls:
        cpu_ms = people * per_message_us / 1000
        workers = max(1, math.ceil(cpu_ms / (TARGET_MS * 0.7)))
        nginx_cores = max(1, math.ceil(people * nginx_us / 1000 / (TARGET_MS * 0.7)))
        memory_mb = people * per_conn_kb / 1024 + workers * max(base_mb, 100)
        rows.append(
            {
                "model": "capacity",
                "hall": people,
                "cpu_ms_per_event": round(cpu_ms, 1),
                "workers_for_p99_250ms": workers,
                "nginx_cores": nginx_cores,
                "cores": workers + nginx_cores,
                "memory_mb": round(memory_mb),
                "per_message_us": per_message_us,
                "per_connection_kb": round(per_conn_kb, 2),
                "worker_base_mb": round(base_mb),
            }
        )
    return rows


async def main(args) -> None:
    folder = Path(tempfile.mkdtemp(prefix="elearning-scale-"))
    redis_port = free_port()
    redis = subprocess.Popen(
        [
            "redis-server",
            "--port",
            str(redis_port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(folder),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_port(redis_port, redis)
        ours = await project(args, folder, f"redis://127.0.0.1:{redis_port}/0")
        theirs = await reference(args)
    finally:
        redis.terminate()
        redis.wait()
        shutil.rmtree(folder, ignore_errors=True)
    base = theirs["cpu_us_per_message"] or 1
    ours["cpu_ratio_to_reference"] = round(ours["cpu_us_per_message"] / base, 2)
    theirs["cpu_ratio_to_reference"] = 1.0
    for line in [ours, theirs, *model(ours)]:
        print(json.dumps(line, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--clients", type=int, default=3)
    arguments = parser.parse_args()
    limit = raise_file_limit(arguments.participants * 3 + 1000)
    log(f"open files limit: {limit}")
    asyncio.run(main(arguments))
