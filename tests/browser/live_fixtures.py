"""A real ASGI server for the live browser test: uvicorn on a migrated, seeded SQLite
file (the demo data of `seed_demo`), in its own process."""

import contextlib
import os
import shutil
import sqlite3
import subprocess
import sys

import pytest

from tests.live import servers


def _manage(env, *args):
    subprocess.run(
        [sys.executable, "manage.py", *args], cwd=servers.ROOT, env=env, check=True,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip


def asgi_application():
    """The project's ASGI application, with static files served from the apps (the
    test settings have no collected static files); WebSockets pass straight on."""
    from django.contrib.staticfiles.handlers import ASGIStaticFilesHandler

    from elearning.asgi import application

    return ASGIStaticFilesHandler(application)


@pytest.fixture(scope="module")
def asgi_demo(tmp_path_factory):
    """(base URL, a function that reads the server's database)."""
    database = tmp_path_factory.mktemp("live-browser") / "live.sqlite3"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "elearning.settings.test",
        "DATABASE_URL": f"sqlite:///{database}",
    }
    env.pop("REDIS_URL", None)
    seeded = os.environ.get("LIVE_BROWSER_SEEDED_DB")  # a copy, to iterate faster
    if seeded:
        shutil.copy(seeded, database)
    _manage(env, "migrate", "-v0")
    _manage(env, "seed_demo")
    port = servers.free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "--factory",
         "tests.browser.live_fixtures:asgi_application",
         "--host", "127.0.0.1", "--port", str(port), "--lifespan", "off",
         "--ws", "live.ws_protocol:LiveWebSocketProtocol"],
        cwd=servers.ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    servers.wait_port(port)

    def query(sql, *params):
        with contextlib.closing(sqlite3.connect(database)) as db:
            return db.execute(sql, params).fetchall()

    yield f"http://127.0.0.1:{port}", query
    servers.stop(process)
