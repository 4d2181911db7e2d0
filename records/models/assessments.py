"""Graded work besides quizzes and situations: the bài thu hoạch and tests."""

import uuid
from pathlib import Path

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from classes.models.classes import TrainingClass


def submission_path(instance, filename: str) -> str:
    """An unguessable name: uploads are only served through an access check."""
    return f"submissions/{uuid.uuid4().hex}{Path(filename).suffix.lower()[:10]}"


class Assessment(models.Model):
    """A piece of graded work of a class, on the 10-point scale."""

    class Kind(models.TextChoices):
        ASSIGNMENT = "assignment", _("Written assignment (bài thu hoạch)")
        TEST = "test", _("Test")

    training_class = models.ForeignKey(
        TrainingClass,
        on_delete=models.CASCADE,
        related_name="assessments",
        verbose_name=_("class"),
    )
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=200)
    instructions = models.TextField(_("instructions"), blank=True)
    rubric = models.TextField(
        pgettext_lazy("assessment", "rubric"),
        blank=True,
        help_text=_(
            'One criterion per line as "criterion | points"; the points add up to 10.'
        ),
    )
    due_on = models.DateField(_("due on"), null=True, blank=True)
    weight = models.PositiveSmallIntegerField(
        _("weight"), default=1, validators=[MinValueValidator(1)]
    )

    class Meta:
        verbose_name = _("graded work")
        verbose_name_plural = _("graded work")
        ordering = ["training_class", "kind", "pk"]

    def __str__(self):
        return self.title


class AssessmentResult(models.Model):
    """A trainee's submission (for an assignment) and grade."""

    assessment = models.ForeignKey(
        Assessment, on_delete=models.CASCADE, related_name="results"
    )
    trainee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="assessment_results",
    )
    text = models.TextField(_("text"), blank=True)
    file = models.FileField(_("file"), upload_to=submission_path, blank=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    score = models.DecimalField(
        _("score"),
        max_digits=4,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(10)],
    )
    rubric_points = models.JSONField(
        _("points per criterion"), default=list, blank=True
    )
    comment = models.TextField(_("comment"), blank=True)
    graded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    graded_at = models.DateTimeField(_("graded at"), null=True, blank=True)

    class Meta:
        verbose_name = _("result")
        verbose_name_plural = _("results")
        constraints = [
            models.UniqueConstraint(
                fields=["assessment", "trainee"], name="assessment_result_once"
            ),
        ]

    def __str__(self):
        return f"{self.trainee} — {self.assessment}"
