"""Jobs run on their own under real servers: a lesson scheduled two seconds ahead is
published with nobody calling a command, and two servers on one database publish it
once. SQLite (lane a) gets a file copy of the test database; PostgreSQL (lane b) the
test database itself."""

import contextlib
import datetime
import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from django.db import connection
from django.utils import timezone

from lessons.models import LessonPage
from tests.factories.lessons import BODY, lesson_tree
from tests.live import servers

pytestmark = pytest.mark.django_db(transaction=True)

DEADLINE_SECONDS = 40


class Cluster:
    """uvicorn processes running the jobs (tests/jobs/server_settings.py) on one
    database, and a way to read that database."""

    def __init__(self, tmp_path, count: int):
        self.file = None
        # The servers' output, for a failure's report.
        self.log = (tmp_path / "servers.log").open("ab")
        if connection.vendor == "sqlite":
            self.file = tmp_path / "jobs.sqlite3"
            with contextlib.closing(sqlite3.connect(self.file)) as copy:
                connection.ensure_connection()
                connection.connection.backup(copy)
            database_url = f"sqlite:///{self.file}"
        else:
            db = connection.settings_dict
            database_url = (
                f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:"
                f"{db['PORT'] or 5432}/{db['NAME']}"
            )
        self.ports, self.processes = [], []
        for _ in range(count):
            self._start(database_url)

    def _start(self, database_url: str) -> None:
        """One server on a socket bound here and handed over, so no other process
        can take its port between a look for a free one and the server's bind."""
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.jobs.server_settings",
            "DATABASE_URL": database_url,
        }
        env.pop("REDIS_URL", None)  # the jobs need no Redis; leave the shared one be
        with socket.socket() as listener:
            listener.bind(("127.0.0.1", 0))
            listener.listen(64)
            fd = listener.fileno()
            self.processes.append(
                subprocess.Popen(
                    [
                        sys.executable,
                        "-m",
                        "uvicorn",
                        "elearning.asgi:application",
                        "--fd",
                        str(fd),
                        "--lifespan",
                        "off",
                    ],
                    cwd=servers.ROOT,
                    env=env,
                    pass_fds=(fd,),
                    stdout=subprocess.DEVNULL,
                    stderr=self.log,
                )
            )
            self.ports.append(listener.getsockname()[1])

    def stop(self) -> None:
        for process in self.processes:  # only the processes this cluster started
            servers.stop(process)
        self.log.close()

    def output(self) -> str:
        self.log.flush()
        return Path(self.log.name).read_text(errors="replace")[-3000:]

    def read(self, sql: str, *params):
        if self.file is None:
            with connection.cursor() as cursor:
                cursor.execute(sql, params)
                return cursor.fetchall()
        with contextlib.closing(sqlite3.connect(self.file)) as db:
            return db.execute(sql.replace("%s", "?"), params).fetchall()

    def published(self, page_id: int) -> tuple[bool, int]:
        """(is the page live, how many times the schedule published it)."""
        [(live,)] = self.read(
            "SELECT live FROM wagtailcore_page WHERE id = %s", page_id
        )
        [(count,)] = self.read(
            "SELECT COUNT(*) FROM wagtailcore_pagelogentry"
            " WHERE page_id = %s AND action = 'wagtail.publish.scheduled'",
            page_id,
        )
        return bool(live), count

    def healthz(self, port: int) -> dict:
        url = f"http://127.0.0.1:{port}/healthz"
        try:
            with urllib.request.urlopen(url, timeout=60) as response:
                body = response.read()
        except urllib.error.HTTPError as error:
            body = error.read()
        try:
            return json.loads(body)
        except ValueError:
            return {"body": body[:2000]}


@pytest.fixture
def cluster(tmp_path):
    started = []

    def start(count):
        started.append(Cluster(tmp_path, count))
        return started[-1]

    yield start
    for each in started:
        each.stop()


def wait_for(condition, what: str):
    deadline = time.monotonic() + DEADLINE_SECONDS
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.25)
    raise AssertionError(f"not within {DEADLINE_SECONDS} s: {what}")


def scheduled_lesson(seconds: float) -> LessonPage:
    """A lesson never published, its draft approved to go live `seconds` ahead."""
    tree = lesson_tree(titles=("Bài một",))
    lesson = tree.module.add_child(
        instance=LessonPage(
            title="Bài hẹn giờ",
            summary="Xuất bản theo lịch.",
            body=BODY,
            live=False,
            go_live_at=timezone.now() + datetime.timedelta(seconds=seconds),
        )
    )
    lesson.save_revision().publish()  # scheduled: not live yet
    lesson.refresh_from_db()
    assert not lesson.live
    assert lesson.scheduled_revision is not None
    return lesson


def test_a_running_server_publishes_a_scheduled_lesson_on_its_own(cluster):
    lesson = scheduled_lesson(seconds=2)
    servers_ = cluster(1)

    wait_for(lambda: servers_.published(lesson.pk)[0], "the lesson is published")

    assert servers_.published(lesson.pk) == (True, 1)
    health = servers_.healthz(servers_.ports[0])
    assert health.get("jobs") == "ok", (health, servers_.output())


def test_two_servers_publish_a_scheduled_lesson_once(cluster):
    lesson = scheduled_lesson(seconds=2)
    servers_ = cluster(2)

    wait_for(lambda: servers_.published(lesson.pk)[0], "the lesson is published")
    # Both schedulers look again after the publishing, more than once each.
    since = timezone.now()
    wait_for(
        lambda: len(servers_.read(
            "SELECT runner FROM jobs_schedulerbeat WHERE at > %s",
            since + datetime.timedelta(seconds=2),
        )) == 2,
        "both schedulers looked again",
    )  # fmt: skip

    assert servers_.published(lesson.pk) == (True, 1)
