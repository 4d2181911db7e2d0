"""Giving a class or one of its trainees another close date, time limit or number
of attempts (Moodle's group and user overrides). Open attempts follow at once:
``Sitting.due_at`` reads the terms whenever the attempt is touched."""

from datetime import datetime, timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from classes.models import TrainingClass
from quizzes.models import Quiz, QuizOverride
from units.models import TrainingUnit


def classes_for_overrides(user):
    """The classes whose quiz terms the user may change: those they teach and
    those of the centres they run (others are not told of: 404)."""
    if user.is_superuser:
        return TrainingClass.objects.all()
    if not user.is_authenticated:
        return TrainingClass.objects.none()
    return TrainingClass.objects.filter(
        Q(training_unit__in=TrainingUnit.objects.run_by(user))
        | Q(pk__in=TrainingClass.objects.taught_by(user).values("pk"))
    ).distinct()


def may_override_somewhere(user) -> bool:
    """Lecturers, centre managers and administrators have the extensions page."""
    from units.roles import Role, has_role

    if user.is_superuser:
        return True
    if not user.is_authenticated:
        return False
    return has_role(user, Role.LECTURER) or TrainingUnit.objects.run_by(user).exists()


def class_trainees(training_class):
    from accounts.models import User

    return User.objects.filter(
        enrolments__training_class=training_class, enrolments__status="active"
    ).order_by("full_name", "pk")


def class_overrides(training_class):
    """The overrides of the class and of its trainees."""
    trainees = class_trainees(training_class).values("pk")
    return (
        QuizOverride.objects.filter(
            Q(training_class=training_class)
            | Q(
                user__in=trainees,
                quiz__programme_id=training_class.version.programme_id,
            )
        )
        .select_related("quiz", "user", "training_class")
        .order_by("quiz__title", "user__full_name")
    )


@transaction.atomic
def set_override(
    quiz: Quiz,
    *,
    training_class,
    by,
    trainee=None,
    close_at: datetime | None = None,
    time_limit: timedelta | None = None,
    attempts_allowed: int | None = None,
) -> QuizOverride:
    """Create or replace the override of ``quiz`` for the class (or, with
    ``trainee``, for that trainee of the class). Raises PermissionDenied when
    ``by`` may not change the class's quiz terms, ValidationError for a quiz not
    of the class's programme, a person not in the class, or nothing overridden."""
    if not by.has_perm("quizzes.override_quiz", training_class):
        raise PermissionDenied
    if quiz.programme_id != training_class.version.programme_id:
        raise ValidationError(_("This quiz is not part of the class's programme."))
    if (
        trainee is not None
        and not class_trainees(training_class).filter(pk=trainee.pk).exists()
    ):
        raise ValidationError(_("This person is not a trainee of the class."))
    override = QuizOverride(
        quiz=quiz,
        user=trainee,
        training_class=None if trainee else training_class,
        close_at=close_at,
        time_limit=time_limit,
        attempts_allowed=attempts_allowed,
        created_by=by,
    )
    override.clean()
    target = {"user": trainee} if trainee else {"training_class": training_class}
    QuizOverride.objects.filter(quiz=quiz, **target).delete()
    override.save()
    return override


def remove_override(override: QuizOverride, *, training_class, by) -> None:
    """Remove an override of the class or of one of its trainees."""
    if not by.has_perm("quizzes.override_quiz", training_class):
        raise PermissionDenied
    if not class_overrides(training_class).filter(pk=override.pk).exists():
        raise PermissionDenied
    override.delete()
