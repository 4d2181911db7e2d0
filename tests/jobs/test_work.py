"""Each job calls the service that owns its work."""

import datetime

import pytest
from django.utils import timezone

from jobs import work
from jobs.tasks import run_job
from lessons.models import LessonPage
from tests.factories.classes import TrainingClassFactory
from tests.factories.lessons import BODY, lesson_tree

pytestmark = pytest.mark.django_db


def test_the_publish_job_publishes_a_lesson_whose_time_has_come():
    tree = lesson_tree(titles=("Bài một",))
    lesson = tree.module.add_child(
        instance=LessonPage(
            title="Bài hẹn giờ",
            body=BODY,
            live=False,
            go_live_at=timezone.now() + datetime.timedelta(hours=1),
        )
    )
    lesson.save_revision().publish()  # scheduled in an hour
    lesson.refresh_from_db()
    assert not lesson.live
    # An hour later: the revision's time has come.
    revision = lesson.scheduled_revision
    past = timezone.now() - datetime.timedelta(seconds=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save(update_fields=["content", "approved_go_live_at"])

    run_job.call("publish_scheduled")

    lesson.refresh_from_db()
    assert lesson.live


def test_the_quiz_job_closes_expired_attempts_through_the_quiz_service(monkeypatch):
    monkeypatch.setattr(work, "close_expired_attempts", lambda: 3)

    assert run_job.call("close_expired_attempts") == 3


def test_absence_warnings_are_asked_for_running_and_just_ended_classes(monkeypatch):
    today = timezone.localdate()
    day = datetime.timedelta(days=1)
    running = TrainingClassFactory(starts_on=today - 2 * day, ends_on=today + 2 * day)
    just_ended = TrainingClassFactory(
        starts_on=today - 9 * day, ends_on=today - 3 * day
    )
    TrainingClassFactory(starts_on=today - 40 * day, ends_on=today - 30 * day)
    TrainingClassFactory(starts_on=today + day, ends_on=today + 5 * day)
    asked = []
    monkeypatch.setattr(
        work, "warn_about_absences", lambda c: asked.append(c) or ["notice"]
    )

    assert run_job.call("warn_about_absences") == 2
    assert sorted(c.pk for c in asked) == [running.pk, just_ended.pk]
