"""Cross-app reads: lesson progress and the class gradebook."""

from decimal import Decimal

from django.db.models import Max, Q

from classes.models import TrainingClass
from quizzes.models import Quiz, Sitting
from quizzes.services import close_expired_attempts
from units.roles import Role, has_role


def passed_quiz_ids(user, quiz_ids) -> set[int]:
    """The quizzes among ``quiz_ids`` the user passed (an attempt or inline play)."""
    if not user.is_authenticated:
        return set()
    passed = Sitting.objects.finished().filter(
        user=user, quiz_id__in=list(quiz_ids), passed=True
    )
    return set(passed.values_list("quiz_id", flat=True).distinct())


def class_results(training_class) -> dict[int, dict[int, Decimal]]:
    """{trainee id: {quiz id: best grade out of 10}} for the class's programme.

    Counts graded quiz attempts (not inline practice) by the class's active trainees
    for the quizzes linked to its programme. Attempts whose time ran out while the
    trainee was offline are closed and graded first, so they are not missing here.
    """
    programme_id = training_class.version.programme_id
    close_expired_attempts(quiz_ids=_programme_quiz_ids(programme_id))
    rows = (
        Sitting.objects.graded()
        .filter(
            mode=Sitting.Mode.ATTEMPT,
            quiz__programme_id=programme_id,
            user__enrolments__training_class=training_class,
            user__enrolments__status="active",
        )
        .values("user_id", "quiz_id")
        .annotate(best=Max("grade"))
    )
    results: dict[int, dict[int, Decimal]] = {}
    for row in rows:
        results.setdefault(row["user_id"], {})[row["quiz_id"]] = row["best"]
    return results


def class_quizzes(training_class, also=()):
    """The quizzes of the class's programme that are not drafts, and those in ``also``
    (ids, e.g. drafts someone in the class has a grade in), by title."""
    return Quiz.objects.filter(
        Q(programme_id=training_class.version.programme_id, draft=False)
        | Q(pk__in=list(also))
    ).order_by("title", "pk")


def _programme_quiz_ids(programme_id: int) -> list[int]:
    return list(
        Quiz.objects.filter(programme_id=programme_id).values_list("pk", flat=True)
    )


def markable_answers(user):
    """Essay answers awaiting a mark that this lecturer may mark.

    Superusers mark everything; lecturers mark the trainees of the classes they
    teach (as head lecturer or for a session).
    """
    from quizzes.models import Answer

    pending = Answer.objects.filter(
        mark__isnull=True,
        question__qtype="essay",
        sitting__state=Sitting.State.FINISHED,
    )
    if user.is_superuser:
        return pending
    if not has_role(user, Role.LECTURER):
        return pending.none()
    classes = TrainingClass.objects.taught_by(user)
    return pending.filter(
        sitting__user__enrolments__training_class__in=classes
    ).distinct()


def late_answers_seen_by(user):
    """Answers that arrived after their attempt closed, of the trainees of the
    classes this lecturer teaches (everyone's for a superuser), newest first."""
    from quizzes.models import LateAnswer

    late = LateAnswer.objects.select_related(
        "sitting__user", "sitting__quiz", "question"
    ).order_by("-received_at")
    if user.is_superuser:
        return late
    if not has_role(user, Role.LECTURER):
        return late.none()
    classes = TrainingClass.objects.taught_by(user)
    return late.filter(sitting__user__enrolments__training_class__in=classes).distinct()
