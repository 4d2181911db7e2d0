"""Runs the jobs in this process: a scheduler thread that ticks, and a worker thread
(django-tasks-db's Worker) that takes the tasks any process enqueued.

`make run` starts one from the ASGI entry point (JOBS_IN_PROCESS, on by default);
`manage.py run_jobs` runs one in its own process instead. Several at once are fine:
each due time is taken once (jobs/scheduler.py) and each task runs once."""

import atexit
import logging
import threading

from django.conf import settings
from django.db import close_old_connections, connections
from django_tasks_db.management.commands.db_worker import Worker

from .scheduler import runner_id, tick

logger = logging.getLogger("jobs")

STOP_TIMEOUT_SECONDS = 10


class Runner:
    def __init__(self, tick_seconds: float | None = None):
        self.id = runner_id()
        self.tick_seconds = tick_seconds or settings.JOBS_TICK_SECONDS
        self._stopping = threading.Event()
        self._wake = threading.Event()
        self._worker: Worker | None = None
        self._threads = [
            threading.Thread(target=self._schedule, name="jobs-scheduler", daemon=True),
            threading.Thread(target=self._work, name="jobs-worker", daemon=True),
        ]

    def start(self) -> "Runner":
        for thread in self._threads:
            thread.start()
        logger.info("Jobs runner %s started", self.id)
        return self

    def request_stop(self) -> None:
        self._stopping.set()
        self._wake.set()

    def stop(self) -> None:
        """Stop after the task being run, if any (waits at most 10 s per thread)."""
        self.request_stop()
        if self._worker is not None:
            self._worker.running = False
        for thread in self._threads:
            if thread.is_alive():
                thread.join(STOP_TIMEOUT_SECONDS)

    def wait(self) -> None:
        self._stopping.wait()

    def _schedule(self) -> None:
        while not self._stopping.is_set():
            try:
                if tick(self.id):
                    self._wake.set()  # something to run: no need to wait for the poll
            except Exception:
                logger.exception("The jobs scheduler could not tick")
            close_old_connections()
            self._stopping.wait(self.tick_seconds)
        connections.close_all()

    def _work(self) -> None:
        while not self._stopping.is_set():
            self._wake.clear()
            self._worker = Worker(
                queue_names=["default"],
                interval=self.tick_seconds,
                batch=True,  # run what is ready, then come back here to wait
                backend_name="jobs",
                startup_delay=False,
                max_tasks=None,
                worker_id=self.id,
                excluded_queue_names=[],
            )
            try:
                self._worker.run()
            except Exception:
                logger.exception("The jobs worker failed; it goes on")
            close_old_connections()
            self._wake.wait(self.tick_seconds)
        connections.close_all()


_runner: Runner | None = None


def start_in_process() -> Runner | None:
    """Start this process's runner once, unless JOBS_IN_PROCESS is off; it stops when
    the process exits."""
    global _runner  # one runner per process
    if not settings.JOBS_IN_PROCESS or _runner is not None:
        return None
    _runner = Runner().start()
    atexit.register(_runner.stop)
    return _runner
