"""What a process's worker does, in the test's thread."""

from django_tasks_db.management.commands import db_worker


def run_ready_tasks(monkeypatch):
    """What a process's worker does: run every ready task, then stop."""
    # The worker closes connections it thinks are stale, the test's among them.
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)
    db_worker.Worker(
        queue_names=["default"], interval=0, batch=True, backend_name="jobs",
        startup_delay=False, max_tasks=None, worker_id="test", excluded_queue_names=[],
    ).run()  # fmt: skip
