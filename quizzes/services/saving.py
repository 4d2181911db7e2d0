"""Saving one answer as it is given: idempotent, ordered by a per-question sequence."""

from dataclasses import dataclass
from datetime import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from quizzes.models import Answer, Sitting
from quizzes.responses import BadResponse, parse_response
from quizzes.services.attempts import close_if_expired
from quizzes.services.grading import score_answer, specs_for
from quizzes.services.late import given_at, late_message, store_late


@dataclass(frozen=True)
class SaveResult:
    """``saved``: this save changed the row; ``seq``: the row's sequence now."""

    saved: bool
    seq: int
    state: str
    message: str = ""


def _closed_message(sitting: Sitting) -> str:
    if sitting.state == Sitting.State.OVERDUE:
        return _("Time is up: you can only submit the attempt now.")
    return _("This attempt is closed; the answer was not changed.")


def _clean(question_id: int, seq, raw, spec) -> dict:
    if isinstance(seq, bool) or not isinstance(seq, int) or not 0 < seq < 2**31:
        raise BadResponse(_("The save has no valid sequence number."))
    if spec is None:
        spec = specs_for([question_id]).get(question_id)
    if spec is None:
        raise BadResponse(_("This question is not part of the attempt."))
    return parse_response(spec, raw)


def save_answer(
    sitting: Sitting,
    *,
    question_id: int,
    seq: int,
    raw,
    spec=None,
    now: datetime | None = None,
) -> SaveResult:
    """Store the response if ``seq`` is newer than the stored one.

    A stale or repeated ``seq`` changes nothing and reports the stored sequence, so
    the phone can drop it from its queue. Raises BadResponse for a malformed answer
    or a question not in the attempt. ``spec`` (the question's QuestionSpec) saves
    two queries when the caller has it. Side effect: may close an expired attempt.
    """
    response = _clean(question_id, seq, raw, spec)
    now = now or timezone.now()
    with transaction.atomic():
        sitting = _locked(Sitting.objects.filter(pk=sitting.pk), now)
        return _store(sitting, question_id, seq, response, now)


def save_answers(
    sitting_id: int, user, saves: list, *, now: datetime | None = None
) -> tuple[Sitting, list]:
    """Store a batch of (question id, seq, raw, spec, clock) under one lock of the
    attempt. ``clock`` is None or (attempt token, milliseconds the page counted
    since it got the token when the answer was given): with it, an answer that
    arrives after the attempt closed is kept and judged by ``late.store_late``;
    a token not the server's for this attempt refuses the answer.

    Each result is a SaveResult, or the BadResponse that refused that one answer
    (the others are still stored). Raises Sitting.DoesNotExist when the attempt is
    not the user's. Side effect: may close an expired attempt.
    """
    now = now or timezone.now()
    cleaned = []
    for question_id, seq, raw, spec, *clock in saves:
        clock = clock[0] if clock else None
        try:
            response = _clean(question_id, seq, raw, spec)
            given = given_at(sitting_id, *clock, now) if clock else None
            cleaned.append((question_id, seq, response, given))
        except BadResponse as error:
            cleaned.append((question_id, seq, error, None))
    with transaction.atomic():
        sitting = _locked(Sitting.objects.filter(pk=sitting_id, user=user), now)
        results = []
        for question_id, seq, response, given in cleaned:
            if isinstance(response, BadResponse):
                results.append(response)
                continue
            try:
                results.append(_store(sitting, question_id, seq, response, now, given))
            except BadResponse as error:
                results.append(error)
    return sitting, results


def _locked(sittings, now: datetime) -> Sitting:
    sitting = sittings.select_for_update(of=("self",)).select_related("quiz").get()
    return close_if_expired(sitting, now=now)


def _store(
    sitting: Sitting, question_id: int, seq: int, response, now, given=None
) -> SaveResult:
    """One conditional UPDATE: only a newer sequence replaces an unchecked answer.

    ``given``: when the phone's clock says the answer was given (it carried a valid
    token); after the attempt closed such an answer is kept as a late answer."""
    answer = Answer.objects.filter(sitting_id=sitting.pk, question_id=question_id)
    is_open = sitting.state == Sitting.State.IN_PROGRESS
    if not is_open and given is not None:
        late, _new = store_late(sitting, question_id, seq, response, given, now)
        return SaveResult(late.counted, late.seq, sitting.state, late_message(late))
    if is_open and answer.filter(seq__lt=seq, checked_at__isnull=True).update(
        response=response, seq=seq, saved_at=now
    ):
        return SaveResult(True, seq, sitting.state)
    current = answer.values_list("seq", "checked_at", "response").first()
    if current is None:
        raise BadResponse(_("This question is not part of the attempt."))
    if not is_open:
        return SaveResult(False, current[0], sitting.state, _closed_message(sitting))
    if current[1] is not None:
        message = _("This answer was checked and can no longer be changed.")
        return SaveResult(False, current[0], sitting.state, message)
    if current[0] > seq or current[2] != response:
        # Not a resend of what is stored: another tab or device of the same attempt
        # saved this question later in its own count. Say so, or this screen
        # would show an answer that is not the one kept.
        message = _(
            "This answer was changed in another tab or on another device; "
            "reload the page to see the answer that is kept."
        )
        return SaveResult(False, current[0], sitting.state, message)
    return SaveResult(False, current[0], sitting.state)


def check_answer(sitting: Sitting, *, question_id: int, now=None) -> Answer:
    """Moodle's immediate feedback ("Kiểm tra"): score one saved answer during the
    attempt and lock it. Only where the quiz shows something during the attempt;
    essays wait for the lecturer. Checking twice changes nothing."""
    now = now or timezone.now()
    with transaction.atomic():
        sitting = _locked(Sitting.objects.filter(pk=sitting.pk), now)
        if not sitting.is_open:
            raise BadResponse(_closed_message(sitting))
        from quizzes.review import allowed

        if not allowed(sitting, now):
            raise BadResponse(_("This quiz does not check answers during the attempt."))
        answer = (
            Answer.objects.select_for_update()
            .filter(sitting=sitting, question_id=question_id)
            .first()
        )
        if answer is None:
            raise BadResponse(_("This question is not part of the attempt."))
        if answer.checked_at is not None:
            return answer
        spec = specs_for([question_id])[question_id]
        if spec.qtype == "essay":
            raise BadResponse(_("Essays are marked by the lecturer."))
        score_answer(answer, spec, now=now)
        answer.checked_at = now
        answer.save(update_fields=["fraction", "mark", "checked_at"])
    return answer
