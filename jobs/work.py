"""The jobs themselves: each calls the service that owns the work."""

import datetime
import io

from django.core.management import call_command
from django.utils import timezone

from classes.models import TrainingClass
from classes.services.notices import warn_about_absences
from quizzes.services.attempts import close_expired_attempts

from .models import ScheduledRun, SchedulerBeat

# Classes are still warned about this long after their last day (a roll call
# entered late).
WARN_AFTER_END = datetime.timedelta(days=7)
# Taken due times and the beats of stopped processes are kept this long.
KEEP_SCHEDULE = datetime.timedelta(days=2)
# Finished tasks (django-tasks-db's rows): failures are kept longer, to be read.
KEEP_SUCCEEDED = datetime.timedelta(days=7)
KEEP_FAILED = datetime.timedelta(days=30)


def publish_scheduled() -> str:
    """Wagtail's scheduled publishing and unpublishing, as `manage.py
    publish_scheduled` does it."""
    output = io.StringIO()
    call_command("publish_scheduled", stdout=output)
    return output.getvalue()[-500:]


def close_attempts() -> int:
    """Close the quiz attempts whose time ran out; how many."""
    return close_expired_attempts()


def warn_absences() -> int:
    """The absence warnings of every class running or just ended; how many."""
    today = timezone.localdate()
    classes = TrainingClass.objects.filter(
        starts_on__lte=today, ends_on__gte=today - WARN_AFTER_END
    )
    return sum(len(warn_about_absences(training_class)) for training_class in classes)


def prune_history() -> int:
    """Forget old due times, beats and finished tasks; how many rows."""
    from django_tasks_db.models import DBTaskResult

    now = timezone.now()
    deleted = [
        ScheduledRun.objects.filter(due_at__lt=now - KEEP_SCHEDULE).delete()[0],
        SchedulerBeat.objects.filter(at__lt=now - KEEP_SCHEDULE).delete()[0],
        DBTaskResult.objects.successful()
        .filter(finished_at__lt=now - KEEP_SUCCEEDED)
        .delete()[0],
        DBTaskResult.objects.failed()
        .filter(finished_at__lt=now - KEEP_FAILED)
        .delete()[0],
    ]
    return sum(deleted)
