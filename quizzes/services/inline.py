"""Inline play in a lesson: "Kiểm tra" scores and stores a whole question set."""

from datetime import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone

from quizzes.models import Answer, Quiz, Sitting
from quizzes.responses import parse_response
from quizzes.services.grading import grade_sitting, specs_for


def _create(quiz: Quiz, user, now: datetime) -> Sitting:
    number = Sitting.objects.filter(quiz=quiz, user=user).count() + 1
    return Sitting.objects.create(
        quiz=quiz,
        user=user,
        number=number,
        mode=Sitting.Mode.INLINE,
        state=Sitting.State.FINISHED,
        finished_at=now,
    )


def check_inline(
    quiz: Quiz, *, user, responses: dict[int, object], now: datetime | None = None
) -> Sitting:
    """Store the answers of one "Kiểm tra" as a finished inline attempt and grade it.

    ``responses`` maps question id to the raw response; every question of the quiz
    is stored (missing ones as blank). Raises BadResponse on a malformed response.
    """
    now = now or timezone.now()
    slots = list(quiz.slots.all())
    specs = specs_for([s.question_id for s in slots])
    clean = {
        s.question_id: parse_response(
            specs[s.question_id], responses.get(s.question_id) or {}
        )
        for s in slots
    }
    for attempt in range(3):
        try:
            with transaction.atomic():
                sitting = _create(quiz, user, now)
                Answer.objects.bulk_create(
                    Answer(
                        sitting=sitting,
                        question_id=s.question_id,
                        order=i,
                        max_mark=s.mark,
                        response=clean[s.question_id],
                        seq=1,
                        saved_at=now,
                    )
                    for i, s in enumerate(slots)
                )
                return grade_sitting(sitting, now=now)
        except IntegrityError:
            if attempt == 2:
                raise
    raise AssertionError("unreachable")
