"""The jobs' part of `/healthz` (named in settings.HEALTH_CHECKS)."""

import datetime

from django.utils import timezone

from .models import SchedulerBeat

# The scheduler of some process must have looked within this long.
BEAT_MAX_AGE = datetime.timedelta(minutes=2)


def scheduler_ran_recently() -> bool:
    return SchedulerBeat.objects.filter(at__gte=timezone.now() - BEAT_MAX_AGE).exists()
