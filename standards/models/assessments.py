"""A centre's self-assessment for a year, each criterion's answer and its review."""

import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from standards.groups import group_order
from standards.models.criteria import CriteriaSet, Criterion
from units.models import TrainingUnit


class SelfAssessment(models.Model):
    """The centre's self-assessment (bản tự đánh giá) against one criteria set."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted, under review")
        RETURNED = "returned", _("Returned for more evidence")
        CONCLUDED = "concluded", _("Concluded")

    class Result(models.TextChoices):
        NONE = "", _("Not decided")
        MET = "met", _("Up to standard")
        NOT_MET = "not_met", _("Not up to standard")

    training_unit = models.ForeignKey(
        TrainingUnit,
        on_delete=models.PROTECT,
        related_name="self_assessments",
        verbose_name=_("training unit"),
    )
    year = models.PositiveSmallIntegerField(_("year"))
    criteria_set = models.ForeignKey(
        CriteriaSet,
        on_delete=models.PROTECT,
        related_name="self_assessments",
        verbose_name=_("criteria set"),
    )
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.DRAFT
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    result = models.CharField(
        _("result"), max_length=16, choices=Result.choices, blank=True
    )
    conclusion = models.TextField(_("conclusion"), blank=True)
    concluded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    concluded_at = models.DateTimeField(_("concluded at"), null=True, blank=True)

    class Meta:
        verbose_name = _("self-assessment")
        verbose_name_plural = _("self-assessments")
        ordering = ["-year", "training_unit__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["training_unit", "year"],
                name="selfassessment_once_a_year",
                violation_error_message=_(
                    "The centre already has a self-assessment for that year."
                ),
            ),
        ]

    def __str__(self):
        return f"{self.training_unit} — {self.year}"

    def get_absolute_url(self):
        return reverse("standards:assessment", args=[self.pk])

    @property
    def centre_may_edit(self) -> bool:
        return self.status in (self.Status.DRAFT, self.Status.RETURNED)

    def answers_in_order(self) -> list["Answer"]:
        answers = self.answers.select_related("criterion").prefetch_related("evidence")
        return sorted(
            answers,
            key=lambda a: (
                group_order(a.criterion.group),
                a.criterion.position,
                a.criterion.code,
            ),
        )


class Answer(models.Model):
    """The centre's answer to one criterion and the province's review of it."""

    class Verdict(models.TextChoices):
        PENDING = "", _("Not reviewed")
        AGREE = "agree", _("Agree")
        NEEDS_EVIDENCE = "needs_evidence", _("More evidence needed")
        DISAGREE = "disagree", _("Disagree")

    self_assessment = models.ForeignKey(
        SelfAssessment, on_delete=models.CASCADE, related_name="answers"
    )
    criterion = models.ForeignKey(
        Criterion, on_delete=models.PROTECT, related_name="answers"
    )
    # A computed criterion's figure as it was when the centre submitted.
    value = models.DecimalField(
        _("figure"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    value_error = models.CharField(_("why not computed"), max_length=300, blank=True)
    computed_at = models.DateTimeField(_("computed at"), null=True, blank=True)
    claimed_met = models.BooleanField(_("met, says the centre"), null=True, blank=True)
    explanation = models.TextField(_("explanation"), blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    updated_at = models.DateTimeField(_("updated at"), null=True, blank=True)
    verdict = models.CharField(
        _("review"), max_length=16, choices=Verdict.choices, blank=True
    )
    review_comment = models.TextField(_("reviewer's comment"), blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("criterion answer")
        verbose_name_plural = _("criterion answers")
        constraints = [
            models.UniqueConstraint(
                fields=["self_assessment", "criterion"], name="answer_once"
            ),
        ]

    def __str__(self):
        return f"{self.self_assessment} — {self.criterion.code}"


def evidence_path(instance, filename: str) -> str:
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    assessment = instance.answer.self_assessment
    return (
        f"standards/evidence/{assessment.training_unit_id}/{assessment.year}/"
        f"{uuid.uuid4().hex}.{extension}"
    )


class Evidence(models.Model):
    """A file attached to an answer as evidence (minh chứng)."""

    answer = models.ForeignKey(
        Answer, on_delete=models.CASCADE, related_name="evidence"
    )
    file = models.FileField(_("file"), upload_to=evidence_path, max_length=300)
    name = models.CharField(_("file name"), max_length=200)
    size = models.PositiveIntegerField(_("size"))
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    uploaded_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)

    class Meta:
        verbose_name = _("evidence")
        verbose_name_plural = _("evidence")
        ordering = ["uploaded_at", "pk"]

    def __str__(self):
        return self.name


class Event(models.Model):
    """What happened to a self-assessment, by whom: its audit trail."""

    class Kind(models.TextChoices):
        CREATED = "created", _("Started")
        SUBMITTED = "submitted", pgettext_lazy("assessment", "Submitted")
        REVIEWED = "reviewed", _("Criterion reviewed")
        RETURNED = "returned", _("Returned for more evidence")
        CONCLUDED = "concluded", _("Concluded")

    self_assessment = models.ForeignKey(
        SelfAssessment, on_delete=models.CASCADE, related_name="events"
    )
    kind = models.CharField(_("what"), max_length=16, choices=Kind.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("by"),
    )
    at = models.DateTimeField(_("when"), auto_now_add=True)
    criterion = models.ForeignKey(
        Criterion, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("self-assessment event")
        verbose_name_plural = _("self-assessment events")
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.get_kind_display()} — {self.self_assessment}"
