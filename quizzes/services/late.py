"""Answers given offline within the time and delivered after it.

The page holds an attempt token the server signed (the attempt and the moment it
was issued) and, for each answer, the time its monotonic clock counted since it got
that token. The server reads when the answer was given as issue + elapsed; the
phone's wall clock plays no part. An answer given before the attempt closed that
arrives within the quiz's grace period is counted and marked as sent late; any
other is kept, not counted, with the reason (README, design notes: the limits).
"""

from datetime import UTC, datetime, timedelta

from django.core import signing
from django.utils import timezone
from django.utils.translation import gettext as _

from quizzes.models import Answer, LateAnswer, Sitting
from quizzes.responses import BadResponse
from quizzes.services.grading import grade_sitting

TOKEN_SALT = "quizzes.attempt-clock"
# A phone counts from when the token reached it, after the server issued it: a
# claim of up to this much later than the server's now is the network, not a lie.
CLOCK_SLACK = timedelta(seconds=5)
MAX_ELAPSED_MS = 7 * 24 * 3600 * 1000


def issue_token(sitting: Sitting, now: datetime | None = None) -> dict:
    """The token for the page and the moment it was issued (epoch milliseconds),
    which the page compares to tell its newest token from a cached page's."""
    issued = int((now or timezone.now()).timestamp() * 1000)
    token = signing.dumps({"s": sitting.pk, "t": issued}, salt=TOKEN_SALT)
    return {"token": token, "issued": issued}


def given_at(sitting_id: int, token, elapsed, now: datetime) -> datetime:
    """When the answer was given, by the token and the phone's count since it.

    Raises BadResponse for a token not signed by the server for this attempt, or
    a count that is not a number, negative, or later than now."""
    try:
        data = signing.loads(token, salt=TOKEN_SALT) if isinstance(token, str) else None
    except signing.BadSignature:
        data = None
    if (
        not isinstance(data, dict)
        or data.get("s") != sitting_id
        or not isinstance(data.get("t"), int)
    ):
        raise BadResponse(
            _("This answer carries no valid attempt token; it was not accepted.")
        )
    if (
        isinstance(elapsed, bool)
        or not isinstance(elapsed, int | float)
        or not 0 <= elapsed <= MAX_ELAPSED_MS
    ):
        raise BadResponse(_("The time counted on the phone is not valid."))
    issued = datetime.fromtimestamp(data["t"] / 1000, tz=UTC)
    given = issued + timedelta(milliseconds=elapsed)
    if given > now + CLOCK_SLACK:
        raise BadResponse(_("The time counted on the phone is not valid."))
    return given


def _cutoff(sitting: Sitting) -> tuple[datetime | None, bool]:
    """When the attempt stopped taking answers, and whether the trainee submitted
    it before its deadline (rather than the time running out)."""
    due = sitting.due_at
    if sitting.state == Sitting.State.FINISHED and sitting.finished_at:
        submitted = due is None or sitting.finished_at < due
        return sitting.finished_at, submitted
    return due, False


def _outcome(sitting: Sitting, given: datetime, now: datetime) -> str:
    if sitting.state == Sitting.State.ABANDONED:
        return LateAnswer.Outcome.NOT_GRADED
    cutoff, submitted = _cutoff(sitting)
    if cutoff is None:
        return LateAnswer.Outcome.NOT_GRADED
    if given > cutoff:
        if submitted:
            return LateAnswer.Outcome.AFTER_SUBMIT
        return LateAnswer.Outcome.AFTER_DEADLINE
    if now > cutoff + sitting.quiz.grace_period:
        return LateAnswer.Outcome.AFTER_GRACE
    return LateAnswer.Outcome.COUNTED


def store_late(
    sitting: Sitting, question_id: int, seq: int, response, given: datetime, now
) -> tuple[LateAnswer, bool]:
    """Keep an answer that arrived after the attempt closed; count it when the
    rule allows (the caller holds the attempt's lock). Returns the record and
    whether it is new (a resend changes nothing)."""
    kept = LateAnswer.objects.filter(
        sitting=sitting, question_id=question_id, seq=seq
    ).first()
    if kept is not None:
        return kept, False
    answers = Answer.objects.filter(sitting_id=sitting.pk, question_id=question_id)
    if not answers.exists():
        raise BadResponse(_("This question is not part of the attempt."))
    outcome = _outcome(sitting, given, now)
    if outcome == LateAnswer.Outcome.COUNTED:
        replaced = answers.filter(seq__lt=seq, checked_at__isnull=True).update(
            response=response,
            seq=seq,
            saved_at=now,
            fraction=None,
            mark=None,
            marked_at=None,
        )
        if not replaced:
            locked = answers.filter(checked_at__isnull=False).exists()
            outcome = (
                LateAnswer.Outcome.LOCKED if locked else LateAnswer.Outcome.SUPERSEDED
            )
        elif sitting.state == Sitting.State.FINISHED:
            grade_sitting(sitting, now=now)
    late = LateAnswer.objects.create(
        sitting=sitting,
        question_id=question_id,
        seq=seq,
        response=response,
        given_at=given,
        received_at=now,
        outcome=outcome,
    )
    return late, True


def late_message(late: LateAnswer) -> str:
    if late.counted:
        return _(
            "This answer, given in time, arrived late because the connection was "
            "lost: it is counted."
        )
    return late.get_outcome_display()
