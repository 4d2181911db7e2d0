"""Per-trainee and per-class exceptions to a quiz's dates, time and attempts
(Moodle's user and group overrides), and the terms a person sits under."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from classes.models import TrainingClass
from quizzes.models.quizzes import Quiz


class QuizOverride(models.Model):
    """For one trainee or one class: another close date, time limit or number of
    attempts. A trainee's own override beats their class's, which beats the quiz;
    each field left empty falls back to the next."""

    quiz = models.ForeignKey(
        Quiz, on_delete=models.CASCADE, related_name="overrides", verbose_name=_("quiz")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="quiz_overrides",
        verbose_name=_("trainee"),
    )
    training_class = models.ForeignKey(
        TrainingClass,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="quiz_overrides",
        verbose_name=_("class"),
    )
    close_at = models.DateTimeField(_("closes"), null=True, blank=True)
    time_limit = models.DurationField(_("time limit"), null=True, blank=True)
    attempts_allowed = models.PositiveSmallIntegerField(
        _("attempts allowed"), null=True, blank=True, help_text=_("0 means unlimited.")
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("quiz override")
        verbose_name_plural = _("quiz overrides")
        ordering = ["quiz", "training_class", "user"]
        constraints = [
            models.CheckConstraint(
                name="quizoverride_one_target",
                condition=Q(user__isnull=True, training_class__isnull=False)
                | Q(user__isnull=False, training_class__isnull=True),
            ),
            models.UniqueConstraint(
                fields=["quiz", "user"], name="quizoverride_once_per_user"
            ),
            models.UniqueConstraint(
                fields=["quiz", "training_class"], name="quizoverride_once_per_class"
            ),
        ]

    def __str__(self):
        return f"{self.quiz} — {self.user or self.training_class}"

    def clean(self):
        if not (self.close_at or self.time_limit or self.attempts_allowed is not None):
            raise ValidationError(
                _("Give a close date, a time limit or a number of attempts.")
            )


@dataclass(frozen=True)
class Terms:
    """What a person's attempts at a quiz run under, overrides applied."""

    close_at: datetime | None
    time_limit: timedelta | None
    max_attempts: int
    # The time limit comes from an override (it replaces the one an attempt
    # stored when it started).
    time_limit_overridden: bool = False


def _most_lenient(values, *, unlimited=None):
    values = [v for v in values if v is not None]
    if unlimited is not None and unlimited in values:
        return unlimited
    return max(values, default=None)


def terms_for(quiz: Quiz, user_id: int | None) -> Terms:
    """The user's override, field by field, else the most lenient of their
    classes' overrides (Moodle's rule for groups), else the quiz's own."""
    rows = (
        list(
            QuizOverride.objects.filter(quiz=quiz).filter(
                Q(user_id=user_id)
                | Q(
                    training_class__enrolments__trainee_id=user_id,
                    training_class__enrolments__status="active",
                )
            )
        )
        if user_id and quiz.pk
        else []
    )
    own = next((r for r in rows if r.user_id == user_id), None)
    classes = [r for r in rows if r.training_class_id]

    def pick(field, fallback, unlimited=None):
        if own is not None and getattr(own, field) is not None:
            return getattr(own, field), True
        found = _most_lenient([getattr(r, field) for r in classes], unlimited=unlimited)
        if found is not None:
            return found, True
        return fallback, False

    close_at = pick("close_at", quiz.close_at)[0]
    time_limit, limit_overridden = pick("time_limit", quiz.time_limit)
    attempts = pick("attempts_allowed", quiz.max_attempts, unlimited=0)[0]
    return Terms(close_at, time_limit, attempts, limit_overridden)
