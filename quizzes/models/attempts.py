"""Attempts (Sitting, as in django-quiz-app) and their answers, one row per question."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from quizzes.models.bank import Question
from quizzes.models.quizzes import Quiz


class SittingQuerySet(models.QuerySet):
    def finished(self):
        return self.filter(state=Sitting.State.FINISHED)

    def graded(self):
        return self.finished().filter(needs_marking=False)


class Sitting(models.Model):
    """One attempt at a quiz; the server's deadline is the only clock that counts."""

    class State(models.TextChoices):
        IN_PROGRESS = "in_progress", _("In progress")
        OVERDUE = "overdue", _("Overdue: submit within the grace period")
        FINISHED = "finished", _("Finished")
        ABANDONED = "abandoned", _("Never submitted")

    class Mode(models.TextChoices):
        ATTEMPT = "attempt", _("Quiz attempt")
        INLINE = "inline", _("Played inside a lesson")

    quiz = models.ForeignKey(Quiz, on_delete=models.PROTECT, related_name="sittings")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="sittings"
    )
    number = models.PositiveIntegerField(_("attempt"))
    mode = models.CharField(
        _("mode"), max_length=16, choices=Mode.choices, default=Mode.ATTEMPT
    )
    state = models.CharField(
        _("state"), max_length=16, choices=State.choices, default=State.IN_PROGRESS
    )
    started_at = models.DateTimeField(_("started at"), auto_now_add=True)
    # When the time limit runs out (none without one). The deadline that counts is
    # ``due_at``: this or the quiz's close date as it is now, whichever comes first.
    deadline = models.DateTimeField(_("time limit ends"), null=True, blank=True)
    finished_at = models.DateTimeField(
        pgettext_lazy("attempt", "finished at"), null=True, blank=True
    )
    score = models.DecimalField(
        _("marks"), max_digits=8, decimal_places=3, null=True, blank=True
    )
    max_score = models.DecimalField(
        _("maximum marks"), max_digits=8, decimal_places=3, default=0
    )
    grade = models.DecimalField(
        _("grade (out of 10)"), max_digits=5, decimal_places=2, null=True, blank=True
    )
    passed = models.BooleanField(_("passed"), null=True)
    needs_marking = models.BooleanField(_("awaiting marking"), default=False)

    objects = SittingQuerySet.as_manager()

    class Meta:
        verbose_name = _("attempt")
        verbose_name_plural = _("attempts")
        ordering = ["-started_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["quiz", "user", "number"], name="sitting_number_once"
            ),
            models.UniqueConstraint(
                fields=["quiz", "user"],
                condition=Q(state="in_progress") | Q(state="overdue"),
                name="sitting_one_open",
            ),
        ]

    def __str__(self):
        return f"{self.user} — {self.quiz} #{self.number}"

    @property
    def is_open(self) -> bool:
        return self.state in (self.State.IN_PROGRESS, self.State.OVERDUE)

    @property
    def due_at(self):
        """The deadline now: the earlier of the time limit and the quiz's close date
        as it is now (a close date changed during the attempt applies at once)."""
        ends = [end for end in (self.deadline, self.quiz.close_at) if end]
        return min(ends, default=None)


class Answer(models.Model):
    """The trainee's answer to one question of one attempt, kept as its own row.

    ``seq`` is the highest save sequence number accepted from the phone: a save with
    a lower or equal number is stale or a repeat and changes nothing.
    """

    sitting = models.ForeignKey(
        Sitting, on_delete=models.CASCADE, related_name="answers"
    )
    question = models.ForeignKey(
        Question, on_delete=models.PROTECT, related_name="answers"
    )
    order = models.PositiveSmallIntegerField(_("order"))
    max_mark = models.DecimalField(_("maximum mark"), max_digits=6, decimal_places=2)
    response = models.JSONField(_("response"), null=True, blank=True)
    seq = models.PositiveIntegerField(_("save sequence"), default=0)
    saved_at = models.DateTimeField(_("saved at"), null=True, blank=True)
    fraction = models.DecimalField(
        _("credit"), max_digits=8, decimal_places=5, null=True, blank=True
    )
    mark = models.DecimalField(
        _("mark"), max_digits=8, decimal_places=3, null=True, blank=True
    )
    comment = models.TextField(_("marker's comment"), blank=True)
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="marked_answers",
    )
    marked_at = models.DateTimeField(_("marked at"), null=True, blank=True)
    # Moodle's immediate feedback: "Kiểm tra" scored the answer during the attempt,
    # and it can no longer change.
    checked_at = models.DateTimeField(_("checked at"), null=True, blank=True)

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        ordering = ["sitting", "order"]
        constraints = [
            models.UniqueConstraint(
                fields=["sitting", "question"], name="answer_once_per_question"
            ),
        ]

    def __str__(self):
        return f"{self.sitting} — {self.question}"
