"""The scheduler takes each due time once; a job that raises is logged, kept as
failed, tried again after a back-off, and the others run all the same."""

import datetime
import logging

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from jobs import schedule, scheduler
from jobs.models import ScheduledRun
from jobs.schedule import Job
from jobs.tasks import backoff, run_job
from tests.jobs.worker import run_ready_tasks

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 12, 7, 8, 0, 5, tzinfo=datetime.UTC)


def tasks_of(name):
    return [
        result
        for result in DBTaskResult.objects.order_by("enqueued_at")
        if result.args_kwargs["args"][0] == name
    ]


def test_each_due_time_is_taken_by_one_scheduler_only():
    first = scheduler.tick("host:1", now=NOW)
    second = scheduler.tick("host:2", now=NOW + datetime.timedelta(seconds=3))

    assert first == list(schedule.JOBS)
    assert second == []
    assert DBTaskResult.objects.count() == len(schedule.JOBS)
    assert set(ScheduledRun.objects.values_list("taken_by", flat=True)) == {"host:1"}


def test_a_due_time_taken_between_the_look_and_the_insert_is_left_to_its_taker(
    monkeypatch,
):
    job = schedule.JOBS["publish_scheduled"]
    assert scheduler.take(job, "host:1", NOW)
    # host:2 looked before host:1 inserted: its own insert is what finds out.
    monkeypatch.setattr(
        ScheduledRun.objects, "filter", lambda **_: ScheduledRun.objects.none()
    )

    assert not scheduler.take(job, "host:2", NOW)
    assert DBTaskResult.objects.count() == 1


def test_a_job_is_due_again_after_its_period():
    scheduler.tick("host:1", now=NOW)

    later = scheduler.tick("host:2", now=NOW + datetime.timedelta(seconds=30))

    assert later == ["publish_scheduled"]  # every 30 s; the others are not due yet
    assert scheduler.tick("host:1", now=NOW + datetime.timedelta(seconds=60)) == [
        "publish_scheduled",
        "close_expired_attempts",
    ]


def test_backoff_doubles_up_to_an_hour(settings):
    settings.JOBS_RETRY_SECONDS = 30

    assert [backoff(n).total_seconds() for n in (1, 2, 3)] == [30, 60, 120]
    assert backoff(20) == datetime.timedelta(hours=1)


def test_a_failing_job_is_logged_retried_later_and_blocks_no_other(
    monkeypatch, caplog, settings
):
    settings.JOBS_RETRY_SECONDS = 30
    ran = []

    def flaky():
        ran.append("flaky")
        if ran.count("flaky") == 1:
            raise RuntimeError("the mail server is down")
        return "sent"

    monkeypatch.setitem(schedule.JOBS, "flaky", Job("flaky", flaky, 60))
    monkeypatch.setitem(schedule.JOBS, "fine", Job("fine", lambda: ran.append(1), 60))
    run_job.enqueue("flaky")
    run_job.enqueue("fine")

    with caplog.at_level(logging.ERROR, logger="jobs"):
        run_ready_tasks(monkeypatch)

    failed, retry = tasks_of("flaky")
    assert ran == ["flaky", 1]  # the other job ran all the same
    assert failed.status == "FAILED"
    assert "the mail server is down" in failed.traceback
    assert "Job flaky failed (attempt 1); trying again in 30 s" in caplog.text
    assert retry.args_kwargs["args"] == ["flaky", 2]
    assert retry.status == "READY"
    wait = retry.run_after - timezone.now()
    assert datetime.timedelta(seconds=25) < wait <= datetime.timedelta(seconds=30)

    run_ready_tasks(monkeypatch)  # not due yet: nothing runs
    assert ran == ["flaky", 1]

    DBTaskResult.objects.filter(pk=retry.pk).update(run_after=timezone.now())
    run_ready_tasks(monkeypatch)
    retry.refresh_from_db()
    assert retry.status == "SUCCESSFUL"
    assert retry.return_value == "sent"


def test_a_job_that_keeps_failing_is_given_up(monkeypatch, caplog):
    def broken():
        raise ValueError("always")

    monkeypatch.setitem(schedule.JOBS, "broken", Job("broken", broken, 60))
    run_job.enqueue("broken", 5)

    with caplog.at_level(logging.ERROR, logger="jobs"):
        run_ready_tasks(monkeypatch)

    assert [task.status for task in tasks_of("broken")] == ["FAILED"]
    assert "Job broken failed (attempt 5); giving up" in caplog.text
