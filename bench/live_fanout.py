"""Live fan-out: lecturer action -> last participant, against a plain `websockets`
broadcast server in the same run.

    .venv/bin/python bench/live_fanout.py --participants 1000

Starts, on loopback only, (1) the project on one uvicorn process with the embedded
(in-process) hub, (2) two uvicorn processes with a private Redis, and (3) a minimal
`websockets` broadcast server as the reference. Servers are pinned to CPU 0, the
simulated phones to CPU 1. Each target prints one JSON line (ARCHITECTURE.md keys);
the embedded target also carries the vote-storm and join-storm figures. The
phones and the two storms are in bench/phones.py.
"""

import argparse
import asyncio
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from phones import (
    MARK,
    Phones,
    cpu_seconds,
    join_storm,
    quantile,
    rss_kb,
    settled,
    vote_storm,
)

ROOT = Path(__file__).resolve().parent.parent
SERVER_CPU, CLIENT_CPU = "0", {1}
# As `make run`: permessage-deflate negotiated with the phones, as browsers do.
WS_IMPL = os.environ.get("LIVE_BENCH_WS", "live.ws_protocol:LiveWebSocketProtocol")
LOG = os.environ.get("LIVE_BENCH_LOG", "")  # the servers' output, for debugging
REFERENCE = """
import asyncio, sys
from websockets.asyncio.server import broadcast, serve
clients = set()
async def handler(ws):
    clients.add(ws)
    try:
        async for message in ws:
            broadcast([c for c in clients if c is not ws], message)
    finally:
        clients.discard(ws)
async def main():
    async with serve(handler, "127.0.0.1", int(sys.argv[1]), compression=None,
                     ping_interval=None, max_queue=None):
        await asyncio.Future()
asyncio.run(main())
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_port(port: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise SystemExit(f"port {port} did not open")


def start(command: list[str], env: dict) -> subprocess.Popen:
    log = open(LOG, "ab") if LOG else subprocess.DEVNULL  # noqa: SIM115
    return subprocess.Popen(
        ["taskset", "-c", SERVER_CPU, *command],
        env=env, cwd=ROOT, stdout=log, stderr=log,
    )  # fmt: skip


def uvicorn(port: int, env: dict) -> subprocess.Popen:
    return start(
        [sys.executable, "-m", "uvicorn", "elearning.asgi:application",
         "--host", "127.0.0.1", "--port", str(port), "--lifespan", "off",
         "--no-access-log",
         "--log-level", "warning",
         "--backlog", "4096", "--ws", WS_IMPL],
        env,
    )  # fmt: skip


def prepare(tmp: Path, participants: int) -> tuple[dict, dict]:
    """A migrated SQLite file, a lecturer, and sessions with participants."""
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp / 'bench.sqlite3'}",
        "DJANGO_SETTINGS_MODULE": "elearning.settings.dev",
        "DJANGO_DEBUG": "false",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_LOG_LEVEL": "WARNING",
    }
    env.pop("REDIS_URL", None)
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "-v0"], env=env, cwd=ROOT, check=True
    )
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    return env, seed(participants)


def seed(participants: int) -> dict:
    from django.contrib.auth import get_user_model
    from django.contrib.sessions.backends.db import SessionStore

    from live.models import Participant
    from live.services import create_session

    lecturer = get_user_model().objects.create_user(
        "bench",
        full_name="Giảng Viên",
        is_superuser=True,  # hosts without a grant
    )
    store = SessionStore()
    store["_auth_user_id"] = str(lecturer.pk)
    store["_auth_user_backend"] = "accounts.backends.UsernameOrPhoneBackend"
    store["_auth_user_hash"] = lecturer.get_session_auth_hash()
    store.create()
    sessions = {}
    for target in ("embedded", "redis", "storm"):
        live = create_session(lecturer, title=f"Bench {target}")
        people = [
            Participant(session=live, display_name=f"Học viên {n}", token=uuid.uuid4())
            for n in range(participants)
        ]
        Participant.objects.bulk_create(people, batch_size=500)
        sessions[target] = (live.code, [str(p.token) for p in people], live.pk)
    sessions["cookie"] = f"sessionid={store.session_key}"
    return sessions


async def rounds(lecturer, phones, n, count, payload, pids):
    """`count` lecturer actions; for each, the time until the n-th phone has it."""
    cpu_before = sum(cpu_seconds(pid) for pid in pids)
    lasts, delivered = [], 0
    for number in range(count):
        phones.box = []
        started = time.perf_counter()
        await lecturer.send(payload(number))
        deadline = started + 3
        while len(phones.box) < n and time.perf_counter() < deadline:
            await asyncio.sleep(0.002)
        delivered += len(phones.box)
        if phones.box:
            lasts.append((max(phones.box) - started) * 1000)
        await asyncio.sleep(0.05)
    cpu = sum(cpu_seconds(pid) for pid in pids) - cpu_before
    return lasts, delivered, cpu


def show_action(number: int) -> str:
    """Each call a new message id: a repeated id would (rightly) have no effect."""
    activity = "qa" if number % 2 == 0 else ""
    data = {"activity": activity}
    client_id = f"b{number}-{uuid.uuid4().hex[:8]}"
    return json.dumps({"type": "session.show", "id": client_id, "data": data})


def reference_action(number: int) -> str:
    event = {"session": {"code": "000000", "activity": "qa" if number % 2 else ""}}
    return MARK + ', "session": ' + json.dumps(event["session"]) + "}"


def figures(target, n, count, lasts, delivered, cpu, kb):
    return {
        "target": target,
        "participants": n,
        "delivered": delivered,
        "expected": n * count,
        "p50_ms_to_last": quantile(lasts, 0.5),
        "p95_ms_to_last": quantile(lasts, 0.95),
        "p99_ms_to_last": quantile(lasts, 0.99),
        "cpu_us_per_message": round(cpu * 1e6 / max(1, delivered), 2),
        "kb_per_connection": round(kb, 1),
    }


async def measure_project(ports, pids, code, tokens, cookie, count):
    origin = f"http://127.0.0.1:{ports[0]}"
    lecturer = Phones()
    await lecturer.open(
        [f"ws://127.0.0.1:{ports[0]}/ws/live/{code}/"], origin, {"Cookie": cookie}
    )
    await asyncio.sleep(0.5)
    memory_before = sum(rss_kb(pid) for pid in pids)
    phones = Phones()
    for n, port in enumerate(ports):  # each socket with its own server's Origin
        urls = [
            f"ws://127.0.0.1:{port}/ws/live/{code}/?token={token}"
            for token in tokens[n :: len(ports)]
        ]
        await phones.open(urls, f"http://127.0.0.1:{port}")
    await settled(phones, len(tokens))
    kb = (sum(rss_kb(pid) for pid in pids) - memory_before) / len(tokens)
    await rounds(lecturer.sockets[0], phones, len(tokens), 3, show_action, pids)
    measured = await rounds(
        lecturer.sockets[0], phones, len(tokens), count, show_action, pids
    )
    return lecturer, phones, (*measured, kb)


async def embedded_target(env, sessions, n, count):
    port = free_port()
    server = uvicorn(port, env)
    try:
        wait_port(port)
        code, tokens, _pk = sessions["embedded"]
        lecturer, phones, (lasts, delivered, cpu, kb) = await measure_project(
            [port], [server.pid], code, tokens, sessions["cookie"], count
        )
        line = figures("project-embedded", n, count, lasts, delivered, cpu, kb)
        await phones.close()
        await lecturer.close()
        storm_code, storm_tokens, _pk = sessions["storm"]
        line.update(
            await vote_storm(
                port, server.pid, storm_code, storm_tokens, sessions["cookie"]
            )
        )
        line.update(await join_storm(port, storm_code, people=min(1000, n)))
        return line
    finally:
        server.terminate()
        server.wait()


async def redis_target(env, sessions, n, count, tmp):
    redis_port = free_port()
    redis = subprocess.Popen(
        ["taskset", "-c", "1", "redis-server", "--port", str(redis_port),
         "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", str(tmp)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    ports = [free_port(), free_port()]
    with_redis = {**env, "REDIS_URL": f"redis://127.0.0.1:{redis_port}/0"}
    servers = []
    try:
        wait_port(redis_port)
        servers = [uvicorn(port, with_redis) for port in ports]
        for port in ports:
            wait_port(port)
        code, tokens, _pk = sessions["redis"]
        lecturer, phones, (lasts, delivered, cpu, kb) = await measure_project(
            ports, [s.pid for s in servers], code, tokens, sessions["cookie"], count
        )
        await phones.close()
        await lecturer.close()
        return figures("project-redis-2-processes", n, count, lasts, delivered, cpu, kb)
    finally:
        for process in [*servers, redis]:
            process.terminate()
            process.wait()


async def reference_target(n, count):
    port = free_port()
    server = start([sys.executable, "-c", REFERENCE, str(port)], dict(os.environ))
    try:
        wait_port(port)
        origin = f"http://127.0.0.1:{port}"
        lecturer = Phones()
        await lecturer.open([f"ws://127.0.0.1:{port}/"], origin)
        before = rss_kb(server.pid)
        phones = Phones()
        await phones.open([f"ws://127.0.0.1:{port}/"] * n, origin)
        await asyncio.sleep(1)
        kb = (rss_kb(server.pid) - before) / n
        ws = lecturer.sockets[0]
        await rounds(ws, phones, n, 3, reference_action, [server.pid])
        lasts, delivered, cpu = await rounds(
            ws, phones, n, count, reference_action, [server.pid]
        )
        await phones.close()
        await lecturer.close()
        return figures(
            "reference-websockets-broadcast", n, count, lasts, delivered, cpu, kb
        )
    finally:
        server.terminate()
        server.wait()


async def main(n: int, count: int, tmp: Path, env: dict, sessions: dict) -> None:
    reference = await reference_target(n, count)
    lines = [await embedded_target(env, sessions, n, count)]
    if not os.environ.get("LIVE_BENCH_NO_REDIS"):
        lines.append(await redis_target(env, sessions, n, count, tmp))
    base = reference["cpu_us_per_message"] or 1
    reference["cpu_ratio_to_reference"] = 1.0
    for line in lines:
        line["cpu_ratio_to_reference"] = round(line["cpu_us_per_message"] / base, 2)
    for line in [reference, *lines]:
        print(json.dumps(line, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=40)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="live-bench-"))
    try:
        os.sched_setaffinity(0, CLIENT_CPU)
        prepared = prepare(folder, args.participants)
        asyncio.run(main(args.participants, args.rounds, folder, *prepared))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
