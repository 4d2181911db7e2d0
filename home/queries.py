"""Reads across models used by several pages."""

from classes.models import Notice, TrainingClass
from quizzes.models import Quiz
from quizzes.review import attempt_summary
from records.gradebook import trainee_standing
from records.models import Credential
from situations.models import Run
from units.roles import Role


def trainee_overview(user) -> dict:
    grants = user.grants.current().select_related("training_unit", "province")
    classes = TrainingClass.objects.for_trainee(user).select_related(
        "version__programme", "training_unit"
    )
    return {
        "person": user,
        "grants": grants,
        "study_units": [g.training_unit for g in grants if g.role == Role.TRAINEE],
        "classes": [(c, trainee_standing(c, user)) for c in classes],
        "credentials": Credential.objects.filter(trainee=user).order_by("-issued_at"),
        "notices": list(unread_notices(user)),
        "quiz_results": quiz_results(user),
        "situation_results": situation_results(user),
    }


def quiz_results(user) -> list[dict]:
    """The quizzes the user has attempted: best grade, or an attempt still open."""
    quizzes = Quiz.objects.filter(
        sittings__user=user, sittings__mode="attempt"
    ).distinct()
    rows = attempt_summary(user, quizzes.order_by("title", "pk"))
    return [row for row in rows if row["open"] or row["best"] is not None]


def situation_results(user) -> list[Run]:
    """The user's latest finished run of each situation, newest first."""
    latest = {}
    runs = Run.objects.finished().filter(trainee=user).order_by("-finished_at", "-pk")
    for run in runs.select_related("situation", "current_step"):
        latest.setdefault(run.situation_id, run)
    return list(latest.values())


def notices_for(user):
    """The user's notices, newest first, ready for their text."""
    return Notice.objects.filter(recipient=user).select_related(
        "training_class", "trainee"
    )


def unread_notices(user):
    return notices_for(user).filter(read_at__isnull=True)
