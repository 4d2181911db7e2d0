"""Starting, submitting and closing attempts; the server's clock decides."""

import random
from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from quizzes.models import Answer, Quiz, Sitting, terms_for
from quizzes.responses import word_limit_problem
from quizzes.services.availability import (
    CLOSED,
    NOT_YET,
    availability_for,
    needs_confirmation,
    when_text,
)
from quizzes.services.grading import grade_sitting


class AttemptRefused(ValidationError):
    """The quiz cannot be attempted now; the message says why, in Vietnamese."""


def _check_can_start(quiz: Quiz, user, now: datetime, confirmed: bool) -> None:
    if quiz.draft:
        raise AttemptRefused(_("This quiz is not published yet."))
    available = availability_for(quiz, user, now)
    if available.state == NOT_YET:
        when = when_text(available.opens_at)
        raise AttemptRefused(_("This quiz opens at %(when)s.") % {"when": when})
    if available.state == CLOSED:
        raise AttemptRefused(_("This quiz is closed."))
    done = quiz.sittings.filter(user=user, mode=Sitting.Mode.ATTEMPT).count()
    allowed = terms_for(quiz, user.pk).max_attempts
    if allowed and done >= allowed:
        raise AttemptRefused(_("You have used all your attempts at this quiz."))
    if not confirmed and needs_confirmation(quiz):
        raise AttemptRefused(_("Please confirm that you are ready before starting."))


def draw_slots(quiz: Quiz, rng: random.Random | None = None) -> list:
    """The slots of one attempt: a random subset and/or order, as the quiz says."""
    rng = rng or random.Random()
    slots = list(quiz.slots.all())
    if quiz.max_questions and quiz.max_questions < len(slots):
        slots = sorted(rng.sample(slots, quiz.max_questions), key=lambda s: s.order)
    if quiz.random_order:
        rng.shuffle(slots)
    return slots


def _time_limit_ends(quiz: Quiz, now: datetime) -> datetime | None:
    """Only the time limit is fixed at the start; the close date is read as it is
    whenever the attempt is touched (``Sitting.due_at``)."""
    return now + quiz.time_limit if quiz.time_limit else None


@transaction.atomic
def start_attempt(
    quiz: Quiz, *, user, now: datetime | None = None, confirmed: bool = True
) -> Sitting:
    """The user's open attempt (resumed on any device) or a new one.

    A single-attempt or timed quiz starts only ``confirmed`` (the trainee was told
    the time and the attempts). Side effects: closes an expired open attempt;
    creates the sitting and one empty answer row per drawn question.
    """
    now = now or timezone.now()
    for sitting in quiz.sittings.select_for_update().filter(user=user):
        if sitting.is_open and close_if_expired(sitting, now=now).is_open:
            return sitting
    _check_can_start(quiz, user, now, confirmed)
    number = quiz.sittings.filter(user=user).count() + 1
    sitting = Sitting.objects.create(
        quiz=quiz, user=user, number=number, deadline=_time_limit_ends(quiz, now)
    )
    Answer.objects.bulk_create(
        Answer(sitting=sitting, question_id=s.question_id, order=i, max_mark=s.mark)
        for i, s in enumerate(draw_slots(quiz))
    )
    return sitting


def _finish(sitting: Sitting, *, state: str, at: datetime, now: datetime) -> Sitting:
    sitting.state = state
    sitting.finished_at = at
    sitting.save(update_fields=["state", "finished_at"])
    if state == Sitting.State.FINISHED:
        grade_sitting(sitting, now=now)
    return sitting


def close_if_expired(sitting: Sitting, *, now: datetime | None = None) -> Sitting:
    """Apply the quiz's expiry rule to an open sitting whose deadline has passed.

    Call inside a transaction holding the sitting's row lock.
    """
    now = now or timezone.now()
    due = sitting.due_at
    if not sitting.is_open or due is None or now <= due:
        return sitting
    rule = sitting.quiz.overdue_handling
    if rule == Quiz.Overdue.AUTOSUBMIT:
        return _finish(sitting, state=Sitting.State.FINISHED, at=due, now=now)
    if rule == Quiz.Overdue.GRACE and now <= due + sitting.quiz.grace_period:
        if sitting.state != Sitting.State.OVERDUE:
            sitting.state = Sitting.State.OVERDUE
            sitting.save(update_fields=["state"])
        return sitting
    return _finish(sitting, state=Sitting.State.ABANDONED, at=now, now=now)


def _check_word_limits(sitting: Sitting) -> None:
    """Essays outside their word limits are refused while the trainee can still
    change them (the text stays saved); when time is up the attempt closes anyway."""
    essays = sitting.answers.filter(question__qtype="essay").select_related("question")
    problems = []
    for answer in essays:
        q = answer.question
        problem = word_limit_problem(answer.response, q.min_words, q.max_words)
        if problem:
            problems.append(
                _("Question %(n)s: %(problem)s")
                % {"n": answer.order + 1, "problem": problem}
            )
    if problems:
        raise AttemptRefused(problems)


@transaction.atomic
def submit_attempt(sitting: Sitting, *, now: datetime | None = None) -> Sitting:
    """Finish and grade the attempt; a second submit (another tab) changes nothing.

    Raises AttemptRefused while an essay is outside its word limits."""
    now = now or timezone.now()
    sitting = (
        Sitting.objects.select_for_update(of=("self",))
        .select_related("quiz")
        .get(pk=sitting.pk)
    )
    close_if_expired(sitting, now=now)
    if not sitting.is_open:
        return sitting
    if sitting.state == Sitting.State.IN_PROGRESS:
        _check_word_limits(sitting)
    return _finish(sitting, state=Sitting.State.FINISHED, at=now, now=now)


def close_expired_attempts(
    *, quiz_ids=None, user=None, now: datetime | None = None
) -> int:
    """Close open attempts past their deadline (offline trainees); returns how many."""
    now = now or timezone.now()
    # Overrides move deadlines either way: their quizzes' open attempts are all
    # looked at (close_if_expired decides).
    open_ = Sitting.objects.filter(
        Q(deadline__lt=now)
        | Q(quiz__close_at__lt=now)
        | Q(quiz__overrides__isnull=False),
        state__in=[Sitting.State.IN_PROGRESS, Sitting.State.OVERDUE],
    )
    if quiz_ids is not None:
        open_ = open_.filter(quiz_id__in=quiz_ids)
    if user is not None:
        open_ = open_.filter(user=user)
    closed = 0
    for pk in open_.values_list("pk", flat=True).distinct():
        with transaction.atomic():
            sitting = (
                Sitting.objects.select_for_update(of=("self",))
                .select_related("quiz")
                .get(pk=pk)
            )
            closed += close_if_expired(sitting, now=now).is_open is False
    return closed
