"""The fault suite's real processes: the production layout (deploy/serve_local.py),
a private redis-server, a private PostgreSQL, a TCP proxy the test controls, and
the database counts every fault ends with.

Every process is started here on 127.0.0.1 and ended by its pid (the fixtures'
finalizers); nothing else on the machine is touched.
"""

import asyncio
import contextlib
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import psycopg

from deploy.serve_local import ROOT, Layout, free_port, wait_port

SETTINGS = "tests.faults.server_settings"


def require(program: str) -> str:
    """The lane fails (it does not skip) without the programs it runs."""
    places = (f"/usr/sbin/{program}", f"/usr/bin/{program}")
    path = shutil.which(program) or next(
        (p for p in places if os.access(p, os.X_OK)), None
    )
    assert path, f"{program} is missing: run `make deploy-deps` (lane d needs it)"
    return path


def postgres_bin(name: str) -> str:
    found = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"))
    assert found, f"PostgreSQL's {name} is missing under /usr/lib/postgresql/*/bin"
    return str(found[-1])


def stop(process: subprocess.Popen | None, sig=signal.SIGTERM) -> None:
    if process is None or process.poll() is not None:
        return
    process.send_signal(sig)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


class Redis:
    """A private redis-server; `persist` keeps its data in an append-only file."""

    def __init__(self, folder: Path, *, persist: bool):
        self.folder, self.persist = folder, persist
        self.port = free_port()
        self.process = None
        require("redis-server")

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self, *, empty_folder: Path | None = None) -> "Redis":
        folder = empty_folder or self.folder
        folder.mkdir(parents=True, exist_ok=True)
        persistence = (
            ["--appendonly", "yes", "--appendfsync", "always", "--save", ""]
            if self.persist and empty_folder is None
            else ["--appendonly", "no", "--save", ""]
        )
        self.process = subprocess.Popen(
            [require("redis-server"), "--port", str(self.port), "--bind", "127.0.0.1",
             "--dir", str(folder), *persistence],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        wait_port(self.port, self.process)
        return self

    def kill9(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def stop(self) -> None:
        stop(self.process)


class Postgres:
    """A private PostgreSQL cluster in a temporary folder (run as the `postgres`
    user when the test runs as root: the server refuses root)."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.port = free_port()
        self.process = None
        self.user = "postgres" if os.geteuid() == 0 else None
        folder.mkdir(parents=True, exist_ok=True)
        if self.user:
            shutil.chown(folder, self.user, self.user)
        self._run(
            postgres_bin("initdb"), "-D", str(folder / "data"), "-A", "trust",
            "-U", "postgres", "--no-sync", "-E", "UTF8", "--locale", "C.UTF-8",
        )  # fmt: skip

    def _run(self, *command) -> None:
        subprocess.run(
            command, check=True, user=self.user, cwd=self.folder,
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )  # fmt: skip

    def url(self, name: str) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{name}"

    def start(self) -> "Postgres":
        self.process = subprocess.Popen(
            [postgres_bin("postgres"), "-D", str(self.folder / "data"),
             "-p", str(self.port), "-c", "listen_addresses=127.0.0.1",
             "-c", f"unix_socket_directories={self.folder}", "-c", "fsync=off",
             "-c", "max_connections=60"],
            user=self.user, cwd=self.folder,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        wait_port(self.port, self.process)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with contextlib.suppress(psycopg.OperationalError):
                psycopg.connect(self.url("postgres"), connect_timeout=2).close()
                return self
            time.sleep(0.1)
        raise AssertionError("the private PostgreSQL does not accept connections")

    def copy_of(self, source_url: str, name: str) -> str:
        """A copy of a database of the machine's PostgreSQL (schema and rows)."""
        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        dump = subprocess.run(
            [postgres_bin("pg_dump"), "--no-owner", "--no-privileges", source_url],
            check=True, capture_output=True,
        )  # fmt: skip
        subprocess.run(
            [postgres_bin("psql"), "-q", "-v", "ON_ERROR_STOP=1", self.url(name)],
            input=dump.stdout, check=True, capture_output=True,
        )  # fmt: skip
        return self.url(name)

    def crash(self) -> None:
        """Immediate shutdown (SIGQUIT, `pg_ctl stop -m immediate`): every backend
        ends at once, nothing is checkpointed, the next start runs crash
        recovery: an outage as a crash or a restart by the operator makes it."""
        self.process.send_signal(signal.SIGQUIT)
        self.process.wait(timeout=30)

    def stop(self) -> None:
        stop(self.process, signal.SIGINT)


def servers(tmp_path: Path, *, database_url: str, redis_url: str, workers=2,
            media_root=None, preexec=None, env=None) -> Layout:  # fmt: skip
    """The production layout (nginx and `workers` uvicorn processes) on these
    services; worker output goes to tmp_path/servers.log."""
    require("nginx")
    media = media_root or tmp_path / "media"
    media.mkdir(parents=True, exist_ok=True)
    layout = Layout(
        workers=workers,
        folder=tmp_path / "layout",
        media_root=media,
        env={
            "DJANGO_SETTINGS_MODULE": SETTINGS,
            "DATABASE_URL": database_url,
            "REDIS_URL": redis_url,
            "MEDIA_ROOT": str(media),
            "PYTHONPATH": str(ROOT),
            **(env or {}),
        },
        log=(tmp_path / "servers.log").open("ab"),
        preexec_fn=preexec,
    )
    layout.folder.mkdir(parents=True, exist_ok=True)
    return layout.start()


def database_url(connection) -> str:
    db = connection.settings_dict
    return (
        f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:"
        f"{db['PORT'] or 5432}/{db['NAME']}"
    )


def rows(url: str, sql: str, *params) -> list[tuple]:
    """Read the truth from the database (a connection of its own, closed after)."""
    with psycopg.connect(url, autocommit=True) as conn:
        return conn.execute(sql, params).fetchall()


def report(name: str, **counts) -> None:
    """Each fault prints its counts (pytest -s, or the lane's output with -rA)."""
    text = " ".join(f"{key}={value}" for key, value in counts.items())
    print(f"\n[{name}] {text}", flush=True)


class TcpProxy:
    """A proxy on 127.0.0.1 the test controls: `up`, `refuse` (nothing listens:
    connection refused), `slow` (replies held `delay` seconds, so the client gives
    up while the server has carried the request out)."""

    def __init__(self, target_port: int):
        self.target_port = target_port
        self.port = free_port()
        self.mode = "up"
        self.delay = 0.0
        self.server = None
        self.tasks: set = set()

    async def start(self) -> None:
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", self.port)

    async def refuse(self) -> None:
        self.mode = "refuse"
        self.server.close()
        await self.server.wait_closed()
        for task in list(self.tasks):
            task.cancel()

    async def slow(self, delay: float) -> None:
        self.mode, self.delay = "slow", delay
        if not self.server.is_serving():
            await self.start()

    async def up(self) -> None:
        self.mode, self.delay = "up", 0.0
        if not self.server.is_serving():
            await self.start()

    async def close(self) -> None:
        self.server.close()
        for task in list(self.tasks):
            task.cancel()

    async def _serve(self, reader, writer) -> None:
        task = asyncio.current_task()
        self.tasks.add(task)
        try:
            upstream_reader, upstream_writer = await asyncio.open_connection(
                "127.0.0.1", self.target_port
            )
            await asyncio.gather(
                self._pipe(reader, upstream_writer, hold=False),
                self._pipe(upstream_reader, writer, hold=True),
            )
        except (OSError, asyncio.CancelledError):
            pass
        finally:
            self.tasks.discard(task)
            writer.close()

    async def _pipe(self, reader, writer, *, hold: bool) -> None:
        try:
            while chunk := await reader.read(65536):
                if hold and self.mode == "slow":
                    await asyncio.sleep(self.delay)
                writer.write(chunk)
                await writer.drain()
        finally:
            with contextlib.suppress(OSError):
                writer.close()


async def until(condition, timeout=20, what="not seen in time") -> None:
    """Wait for what the clients receive (bounded: a fault that never recovers
    fails the test instead of hanging it)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        assert loop.time() < deadline, what
        await asyncio.sleep(0.05)


class Laps:
    """How long each phase of a fault took (printed with its counts)."""

    def __init__(self):
        self.start = self.last = time.monotonic()
        self.laps: dict[str, float] = {}

    def __call__(self, name: str) -> None:
        now = time.monotonic()
        self.laps[name] = round(now - self.last, 1)
        self.last = now

    def __str__(self) -> str:
        return ",".join(f"{k}:{v}s" for k, v in self.laps.items())
