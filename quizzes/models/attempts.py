"""Attempts (Sitting, as in django-quiz-app) and their answers, one row per question."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from quizzes.models.bank import Question
from quizzes.models.overrides import terms_for
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
    def terms(self):
        """The quiz's terms for this trainee as they are now, overrides applied."""
        return terms_for(self.quiz, self.user_id)

    @property
    def due_at(self):
        """The deadline now: the earlier of the time limit and the close date as
        they are now, overrides included (a close date changed or extra time given
        during the attempt applies at once)."""
        terms = self.terms
        limit_ends = self.deadline
        if terms.time_limit_overridden and self.started_at:
            limit_ends = self.started_at + terms.time_limit
        ends = [end for end in (limit_ends, terms.close_at) if end]
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


class LateAnswer(models.Model):
    """An answer that reached the server after its attempt closed, kept whatever
    became of it: nothing a phone sends is dropped without a trace.

    ``given_at`` is when the phone says it was given: the time its attempt token
    was issued plus the monotonic time the page counted since (see the README's
    design notes for what a tampered phone can claim). ``counted``: it was given
    before the deadline and arrived within the quiz's grace period, so it replaced
    the stored answer and was scored.
    """

    class Outcome(models.TextChoices):
        COUNTED = "counted", _("Sent late because of a lost connection")
        AFTER_GRACE = "after_grace", _("Not counted: it arrived after the grace period")
        AFTER_DEADLINE = (
            "after_deadline",
            _("Not counted: it was given after the time was up"),
        )
        AFTER_SUBMIT = (
            "after_submit",
            _("Not counted: it was given after the attempt was submitted"),
        )
        NOT_GRADED = (
            "not_graded",
            _("Not counted: the attempt was not submitted in time and is not graded"),
        )
        SUPERSEDED = (
            "superseded",
            _("Not counted: a later answer to this question was already kept"),
        )
        LOCKED = "locked", _("Not counted: the answer had been checked and locked")

    sitting = models.ForeignKey(
        Sitting, on_delete=models.CASCADE, related_name="late_answers"
    )
    question = models.ForeignKey(
        Question, on_delete=models.PROTECT, related_name="late_answers"
    )
    response = models.JSONField(_("response"), null=True, blank=True)
    seq = models.PositiveIntegerField(_("save sequence"))
    given_at = models.DateTimeField(_("given at (as the phone counted)"))
    received_at = models.DateTimeField(_("received at"))
    outcome = models.CharField(_("outcome"), max_length=16, choices=Outcome.choices)

    class Meta:
        verbose_name = _("late answer")
        verbose_name_plural = _("late answers")
        ordering = ["sitting", "question", "seq"]
        constraints = [
            models.UniqueConstraint(
                fields=["sitting", "question", "seq"], name="lateanswer_once"
            ),
        ]

    def __str__(self):
        return f"{self.sitting} — {self.question} #{self.seq}"

    @property
    def counted(self) -> bool:
        return self.outcome == self.Outcome.COUNTED
