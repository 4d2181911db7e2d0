"""The jobs that run on their own, and how often each is due."""

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings

from . import work


@dataclass(frozen=True)
class Job:
    name: str
    function: Callable[[], object]
    # Due once in every period of this many seconds (JOBS_PERIODS may override it).
    every: int
    # Never run twice at once (two processes' workers): its run holds a lock row.
    exclusive: bool = False


JOBS = {
    job.name: job
    for job in [
        # Pages go live (and expire) within a minute of the time an editor set.
        Job("publish_scheduled", work.publish_scheduled, 30, exclusive=True),
        Job("close_expired_attempts", work.close_attempts, 60),
        Job("warn_about_absences", work.warn_absences, 3600),
        Job("prune_history", work.prune_history, 24 * 3600),
    ]
}


def period(job: Job) -> int:
    return max(1, int(getattr(settings, "JOBS_PERIODS", {}).get(job.name, job.every)))
