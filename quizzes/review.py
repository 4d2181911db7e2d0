"""Context for the attempt and review pages, and what Moodle's review matrix allows."""

from datetime import timedelta

from django.utils import timezone
from django.utils.translation import gettext as _

from quizzes.models import Quiz, Sitting, terms_for
from quizzes.models.quizzes import ReviewItem, ReviewPhase
from quizzes.presenters import QuestionView
from quizzes.services.availability import (
    availability,
    availability_for,
    class_starts,
    needs_confirmation,
)
from quizzes.services.grading import specs_for
from quizzes.services.late import issue_token

IMMEDIATELY = timedelta(minutes=2)  # Moodle's "immediately after the attempt"


def phase(sitting: Sitting, now=None) -> str:
    now = now or timezone.now()
    if sitting.is_open:
        return ReviewPhase.DURING
    if sitting.finished_at and now < sitting.finished_at + IMMEDIATELY:
        return ReviewPhase.IMMEDIATELY
    close_at = sitting.terms.close_at  # the trainee's own, overrides applied
    if close_at and now >= close_at:
        return ReviewPhase.CLOSED
    return ReviewPhase.OPEN


def attempts_remain(sitting: Sitting) -> bool:
    """Whether the trainee may still start another attempt at the quiz."""
    quiz = sitting.quiz
    allowed = sitting.terms.max_attempts
    if allowed == 0:
        return True
    used = quiz.sittings.filter(user_id=sitting.user_id, mode=Sitting.Mode.ATTEMPT)
    return used.count() < allowed


def allowed(sitting: Sitting, now=None) -> set[str]:
    """The review items (ReviewItem values) the trainee may see now.

    Right answers of a quiz with attempts left wait for the last attempt or the
    close, unless the editor chose to show them between attempts."""
    quiz = sitting.quiz
    when = phase(sitting, now)
    items = set((quiz.review or {}).get(when, []))
    if quiz.answers_at_end and sitting.is_open:
        items.discard(ReviewItem.RIGHT_ANSWER)
    if (
        ReviewItem.RIGHT_ANSWER in items
        and when != ReviewPhase.CLOSED
        and not quiz.right_answers_between_attempts
        and attempts_remain(sitting)
    ):
        items.discard(ReviewItem.RIGHT_ANSWER)
    return items


def question_views(sitting: Sitting, *, locked: bool) -> list[QuestionView]:
    answers = list(
        sitting.answers.select_related("question").prefetch_related("question__choices")
    )
    specs = specs_for([a.question_id for a in answers])
    return [
        QuestionView(
            question=a.question,
            spec=specs[a.question_id],
            number=i,
            response=a.response or {},
            seq=a.seq,
            mark=a.mark,
            max_mark=a.max_mark,
            fraction=a.fraction,
            comment=a.comment,
            locked=locked or a.checked_at is not None,
            seed=sitting.pk,
            checked=a.checked_at is not None,
        )
        for i, a in enumerate(answers, start=1)
    ]


def seconds_left(sitting: Sitting, now=None) -> int | None:
    """Seconds until the attempt's deadline as it is now (None: no deadline)."""
    due = sitting.due_at
    if due is None:
        return None
    return max(0, int((due - (now or timezone.now())).total_seconds()))


def attempt_context(sitting: Sitting) -> dict:
    remaining = seconds_left(sitting)
    during = allowed(sitting)
    return {
        "clock": issue_token(sitting),
        "sitting": sitting,
        "quiz": sitting.quiz,
        "questions": question_views(sitting, locked=False),
        "remaining": remaining,
        "checkable": bool(during),
        "during": {item: item in during for item in ReviewItem.values},
    }


def late_rows(sitting: Sitting) -> list[dict]:
    """The answers that arrived after the attempt closed, with what became of
    each: the trainee sees them whatever the review options (nothing is dropped
    without a word)."""
    numbers = dict(sitting.answers.values_list("question_id", "order"))
    return [
        {
            "number": numbers.get(late.question_id, 0) + 1,
            "late": late,
            "counted": late.counted,
            "outcome": late.get_outcome_display(),
        }
        for late in sitting.late_answers.order_by("question_id", "seq")
    ]


def review_context(sitting: Sitting) -> dict:
    show = allowed(sitting)
    quiz = sitting.quiz
    overall = ""
    if ReviewItem.OVERALL_FEEDBACK in show and sitting.passed is not None:
        overall = quiz.success_text if sitting.passed else quiz.fail_text
    return {
        "sitting": sitting,
        "quiz": quiz,
        "show": show,
        "overall": overall,
        "marks_shown": ReviewItem.MARKS in show,
        "state_shown": ReviewItem.CORRECTNESS in show,
        "feedback_shown": ReviewItem.SPECIFIC_FEEDBACK in show,
        "general_shown": ReviewItem.GENERAL_FEEDBACK in show,
        "right_shown": ReviewItem.RIGHT_ANSWER in show,
        "late": late_rows(sitting),
        "questions": question_views(sitting, locked=True)
        if ReviewItem.ATTEMPT in show
        else [],
    }


def rules(quiz: Quiz, user=None) -> list[str]:
    """The quiz's rules in plain words, for the quiz page (the user's overrides
    applied)."""
    terms = terms_for(quiz, user.pk if user else None)
    out = []
    if terms.time_limit:
        minutes = int(terms.time_limit.total_seconds() // 60)
        out.append(_("Time limit: %(n)s minutes.") % {"n": minutes})
    if terms.max_attempts:
        out.append(_("Attempts allowed: %(n)s.") % {"n": terms.max_attempts})
    if terms.close_at:
        close = timezone.localtime(terms.close_at)
        out.append(_("Closes at %(when)s.") % {"when": f"{close:%H:%M %d/%m/%Y}"})
    out.append(
        _("Pass mark: %(mark)s/10.") % {"mark": f"{quiz.pass_mark.normalize():f}"}
    )
    if quiz.max_attempts != 1 and not quiz.right_answers_between_attempts:
        after = _(
            "Right answers are shown after your last attempt or once the quiz closes."
        )
        out.append(after)
    out.append(_("Answers are saved as you give them, even without a connection."))
    return out


def start_context(quiz: Quiz, user, sittings) -> dict:
    """What the quiz page offers: open dates, attempts left, the confirmation."""
    sittings = list(sittings)
    allowed = terms_for(quiz, user.pk).max_attempts
    left = not allowed or len(sittings) < allowed
    confirm = []
    if needs_confirmation(quiz):
        if quiz.time_limit:
            minutes = int(quiz.time_limit.total_seconds() // 60)
            confirm.append(
                _("Time limit %(n)s minutes, counted from when you start.")
                % {"n": minutes}
            )
        if quiz.max_attempts == 1:
            confirm.append(_("This quiz can be taken only once."))
        elif quiz.max_attempts:
            confirm.append(
                _("You can take it %(n)s times; this will be attempt %(k)s.")
                % {"n": quiz.max_attempts, "k": len(sittings) + 1}
            )
        else:
            confirm.append(_("The number of attempts is not limited."))
    return {
        "availability": availability_for(quiz, user),
        "attempts_left": left,
        "confirm": confirm,
    }


def attempt_summary(user, quizzes) -> list[dict]:
    """Each quiz with the user's best grade, whether an attempt is open, and when
    it opens or that it has closed."""
    sittings = Sitting.objects.filter(
        user=user, quiz__in=quizzes, mode=Sitting.Mode.ATTEMPT
    )
    best, open_ = {}, set()
    for s in sittings:
        if s.is_open:
            open_.add(s.quiz_id)
        elif s.grade is not None:
            best[s.quiz_id] = max(best.get(s.quiz_id, s.grade), s.grade)
    now, starts = timezone.now(), class_starts(user)
    return [
        {
            "quiz": q,
            "best": best.get(q.pk),
            "open": q.pk in open_,
            "availability": availability(
                q, now, starts.get(q.programme_id), terms_for(q, user.pk).close_at
            ),
        }
        for q in quizzes
    ]
