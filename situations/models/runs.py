"""What trainees did: runs through a situation, their decisions and reflections."""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from situations.models.authoring import Audience, Choice, Situation, Step
from situations.scoring import verdict


class RunQuerySet(models.QuerySet):
    def finished(self):
        return self.filter(finished_at__isnull=False)

    def in_progress(self):
        return self.filter(finished_at__isnull=True)


class Run(models.Model):
    """One trainee's way through a situation, from the start to an ending."""

    situation = models.ForeignKey(
        Situation, on_delete=models.PROTECT, related_name="runs"
    )
    trainee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="situation_runs",
        verbose_name=_("trainee"),
    )
    training_class = models.ForeignKey(
        "classes.TrainingClass",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="situation_runs",
        verbose_name=_("class"),
    )
    audience = models.ForeignKey(
        Audience, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    current_step = models.ForeignKey(
        Step, on_delete=models.PROTECT, related_name="+", verbose_name=_("current step")
    )
    started_at = models.DateTimeField(_("started at"), default=timezone.now)
    finished_at = models.DateTimeField(
        pgettext_lazy("situation", "finished at"), null=True, blank=True
    )
    points = models.JSONField(_("points per competency"), default=dict, blank=True)
    score = models.DecimalField(
        _("score (of 10)"), max_digits=4, decimal_places=2, null=True, blank=True
    )

    objects = RunQuerySet.as_manager()

    class Meta:
        verbose_name = _("run")
        verbose_name_plural = _("runs")
        ordering = ["-started_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["situation", "trainee"],
                condition=Q(finished_at__isnull=True),
                name="one_open_run_per_situation",
            )
        ]

    def __str__(self):
        return f"{self.trainee} — {self.situation}"

    @property
    def is_finished(self) -> bool:
        return self.finished_at is not None

    @property
    def verdict(self) -> Step.Outcome:
        """What the score earns (``situations.scoring.verdict``)."""
        return Step.Outcome(verdict(self.score))

    def active_decisions(self):
        return self.decisions.filter(undone_at__isnull=True).order_by("position")

    def answer_count(self) -> int:
        """Answers so far (choices not taken back, and reflections): the position a
        client must name with its next answer."""
        return self.active_decisions().count() + self.reflections.count()


class Decision(models.Model):
    """A choice made at a step; ``client_id`` makes a repeated submission harmless."""

    run = models.ForeignKey(Run, on_delete=models.CASCADE, related_name="decisions")
    position = models.PositiveSmallIntegerField(_("position"))
    step = models.ForeignKey(Step, on_delete=models.PROTECT, related_name="decisions")
    choice = models.ForeignKey(
        Choice, on_delete=models.PROTECT, related_name="decisions"
    )
    client_id = models.UUIDField(default=uuid.uuid4)
    chosen_at = models.DateTimeField(_("chosen at"), default=timezone.now)
    undone_at = models.DateTimeField(_("taken back at"), null=True, blank=True)

    class Meta:
        verbose_name = _("decision")
        verbose_name_plural = _("decisions")
        ordering = ["run", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["run", "client_id"], name="decision_client_id_once"
            ),
            models.UniqueConstraint(
                fields=["run", "position"],
                condition=Q(undone_at__isnull=True),
                name="one_decision_per_position",
            ),
        ]

    def __str__(self):
        return f"{self.step.key} → {self.choice}"


class Reflection(models.Model):
    """A written answer in the structure of DOMAIN.md §5.1, reviewed with a rubric."""

    SECTIONS = ("description", "analysis", "options", "plan", "recommendations")

    run = models.ForeignKey(Run, on_delete=models.CASCADE, related_name="reflections")
    step = models.ForeignKey(Step, on_delete=models.PROTECT, related_name="reflections")
    client_id = models.UUIDField(default=uuid.uuid4)
    description = models.TextField(_("describe the situation"))
    analysis = models.TextField(_("analyse it"))
    options = models.TextField(_("options and the one you choose"))
    plan = models.TextField(_("implementation plan"))
    recommendations = models.TextField(_("recommendations"), blank=True)
    submitted_at = models.DateTimeField(_("submitted at"), default=timezone.now)
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    rubric_marks = models.JSONField(_("marks per criterion"), default=dict, blank=True)
    review_score = models.DecimalField(
        _("review score (of 10)"),
        max_digits=4,
        decimal_places=2,
        null=True,
        blank=True,
    )
    review_comment = models.TextField(_("comment"), blank=True)

    class Meta:
        verbose_name = _("reflection")
        verbose_name_plural = _("reflections")
        ordering = ["-submitted_at"]
        constraints = [
            models.UniqueConstraint(fields=["run", "step"], name="reflection_once"),
        ]

    def __str__(self):
        return f"{self.run.trainee} — {self.step.key}"


class ClassRelease(models.Model):
    """The lecturer lets a class see what the class chose."""

    situation = models.ForeignKey(
        Situation, on_delete=models.CASCADE, related_name="releases"
    )
    training_class = models.ForeignKey(
        "classes.TrainingClass", on_delete=models.CASCADE, related_name="+"
    )
    released_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    released_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("release of class choices")
        verbose_name_plural = _("releases of class choices")
        constraints = [
            models.UniqueConstraint(
                fields=["situation", "training_class"], name="release_once"
            ),
        ]

    def __str__(self):
        return f"{self.situation} — {self.training_class}"
