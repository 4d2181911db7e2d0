"""The scheduler's tick: note this process's beat, then take each job's current due
time and enqueue it. A due time is taken by inserting it (unique per job): with many
processes ticking, exactly one of them enqueues the job for that time."""

import datetime
import logging
import os
import socket

from django.db import DatabaseError, IntegrityError, transaction
from django.utils import timezone

from .models import ScheduledRun, SchedulerBeat
from .schedule import JOBS, Job, period
from .tasks import run_job

logger = logging.getLogger("jobs")


def runner_id() -> str:
    """This process: host and pid (the worker id of django-tasks-db too)."""
    return f"{socket.gethostname()[:40]}:{os.getpid()}"


def due_time(every: int, now: datetime.datetime) -> datetime.datetime:
    """The start of the period of `every` seconds that holds `now`."""
    seconds = int(now.timestamp()) // every * every
    return datetime.datetime.fromtimestamp(seconds, tz=datetime.UTC)


def tick(runner: str, now: datetime.datetime | None = None) -> list[str]:
    """One look: the beat, then every job due and not yet taken is taken and
    enqueued; returns the names of the jobs this call enqueued."""
    now = now or timezone.now()
    SchedulerBeat.objects.update_or_create(runner=runner, defaults={"at": now})
    taken = []
    for job in JOBS.values():
        try:
            if take(job, runner, now):
                taken.append(job.name)
        except DatabaseError:  # one job's trouble never stops the others'
            logger.exception("Could not schedule job %s", job.name)
    return taken


def take(job: Job, runner: str, now: datetime.datetime) -> bool:
    due = due_time(period(job), now)
    if ScheduledRun.objects.filter(job=job.name, due_at=due).exists():
        return False
    try:
        with transaction.atomic():
            ScheduledRun.objects.create(job=job.name, due_at=due, taken_by=runner)
            run_job.enqueue(job.name)
    except IntegrityError:  # another process took it first
        return False
    return True
