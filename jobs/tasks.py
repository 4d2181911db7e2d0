"""One task of Django's Tasks framework runs every job: the database backend
(django-tasks-db) keeps it, any process's worker takes it once, and a job that raises
is logged, kept as failed (Django admin, "Database tasks") and tried again later."""

import datetime
import logging

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from .models import JobLock
from .schedule import JOBS

logger = logging.getLogger("jobs")

# A job that keeps failing is tried this many times for one due time; the next due
# time starts again from the first try.
MAX_ATTEMPTS = 5
MAX_BACKOFF = datetime.timedelta(hours=1)


def backoff(attempt: int) -> datetime.timedelta:
    """How long to wait after the given failed attempt: doubling, capped."""
    seconds = settings.JOBS_RETRY_SECONDS * 2 ** (attempt - 1)
    return min(datetime.timedelta(seconds=seconds), MAX_BACKOFF)


@task(backend="jobs")
def run_job(name: str, attempt: int = 1):
    job = JOBS.get(name)
    if job is None:
        logger.warning("Job %s is no longer known; dropped", name)
        return None
    try:
        return _run(job)
    except Exception:
        retry_later(run_job, [name], attempt, what=f"Job {name}")
        raise


def retry_later(task_, args: list, attempt: int, *, what: str) -> None:
    """Log the exception being handled, and enqueue the task again (with
    `attempt + 1` after `args`) once its back-off has passed, unless that was the
    last attempt."""
    if attempt >= MAX_ATTEMPTS:
        logger.exception("%s failed (attempt %d); giving up", what, attempt)
        return
    delay = backoff(attempt)
    logger.exception(
        "%s failed (attempt %d); trying again in %d s",
        what,
        attempt,
        delay.total_seconds(),
    )
    task_.using(run_after=timezone.now() + delay).enqueue(*args, attempt + 1)


def _run(job):
    if not job.exclusive:
        return job.function()
    with transaction.atomic():
        JobLock.objects.select_for_update().get_or_create(name=job.name)
        return job.function()
