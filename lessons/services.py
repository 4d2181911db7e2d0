"""Writes with rules: a trainee's reading progress, online or synced from offline."""

import datetime
import uuid

from django.db import IntegrityError, transaction
from django.utils import timezone

from lessons.models import LessonPage, LessonProgress, ProgressReceipt


def record_reading(
    trainee,
    lesson: LessonPage,
    *,
    percent: int,
    finished: bool = False,
    client_id: uuid.UUID | None = None,
    at: datetime.datetime | None = None,
    position: int | None = None,
) -> LessonProgress:
    """Store how far the trainee read; a report already received changes nothing.

    Progress only grows: the furthest point is kept, and the first finish stays.
    The position (the block last in view) is where the trainee stopped, forward
    or back; of reports arriving out of order (queued offline), the latest made
    wins. Side effects: one ProgressReceipt per client id; the lesson counts as
    the one last opened ("continue where I stopped").
    """
    try:
        with transaction.atomic():
            if client_id is not None:
                ProgressReceipt.objects.create(trainee=trainee, client_id=client_id)
            progress = _advance(trainee, lesson, percent, finished, at)
            if position is not None:
                _stop_at(progress, position, at)
            return progress
    except IntegrityError:
        # The same report again (a retry after a lost answer): already applied.
        return LessonProgress.objects.get(trainee=trainee, lesson=lesson)


def _advance(trainee, lesson, percent, finished, at) -> LessonProgress:
    progress, _ = LessonProgress.objects.select_for_update().get_or_create(
        trainee=trainee, lesson=lesson
    )
    percent = 100 if finished else max(0, min(100, int(percent)))
    progress.furthest_percent = max(progress.furthest_percent, percent)
    progress.opened_at = timezone.now()
    if finished and progress.read_at is None:
        now = timezone.now()
        progress.read_at = min(at, now) if at else now
    progress.full_clean()
    progress.save()
    return progress


def _stop_at(progress: LessonProgress, position: int, at) -> None:
    at = min(at, timezone.now()) if at else timezone.now()
    if progress.position_at is not None and at < progress.position_at:
        return
    progress.position, progress.position_at = max(0, position), at
    progress.save(update_fields=["position", "position_at"])
