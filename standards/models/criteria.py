"""A province's standard for its centres: versioned sets of criteria.

A set is written as a draft and then published; a published set never changes, so a
self-assessment keeps the criteria it was made against. A change of the standard is
a new version (a copy of the last one, edited, then published for a year on).
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from standards.groups import Group, group_order
from units.models import AdminUnit


class CriteriaSetQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=CriteriaSet.Status.PUBLISHED)

    def in_force(self, province, year: int):
        """The province's published set that applies to the year: the one from
        the latest year not after it, its latest version."""
        return (
            self.published()
            .filter(province=province, applies_from_year__lte=year)
            .order_by("-applies_from_year", "-version")
            .first()
        )


class CriteriaSet(models.Model):
    """One version of a province's standard (bộ tiêu chí)."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", pgettext_lazy("criteria", "Published")

    province = models.ForeignKey(
        AdminUnit,
        on_delete=models.PROTECT,
        related_name="criteria_sets",
        limit_choices_to={"level": AdminUnit.Level.PROVINCE},
        verbose_name=_("province"),
    )
    version = models.PositiveSmallIntegerField(_("version"))
    title = models.CharField(_("title"), max_length=300)
    decision = models.CharField(
        _("issued by"),
        max_length=300,
        blank=True,
        help_text=_('The document that issues it, e.g. "Quyết định số 125-QĐ/TU".'),
    )
    applies_from_year = models.PositiveSmallIntegerField(
        _("applies from the year"),
        validators=[MinValueValidator(2000), MaxValueValidator(2100)],
    )
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.DRAFT
    )
    based_on = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="later_versions",
        verbose_name=_("based on"),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)

    objects = CriteriaSetQuerySet.as_manager()

    class Meta:
        verbose_name = _("criteria set")
        verbose_name_plural = _("criteria sets")
        ordering = ["-applies_from_year", "-version"]
        constraints = [
            models.UniqueConstraint(
                fields=["province", "version"],
                name="criteriaset_version_once",
                violation_error_message=_("The province already has this version."),
            ),
        ]

    def __str__(self):
        return f"{self.title} ({self.version_label})"

    @property
    def version_label(self) -> str:
        return _("version %(number)s") % {"number": self.version}

    @property
    def is_draft(self) -> bool:
        return self.status == self.Status.DRAFT

    def criteria_in_order(self) -> list["Criterion"]:
        return sorted(
            self.criteria.all(),
            key=lambda c: (group_order(c.group), c.position, c.code),
        )


class Criterion(models.Model):
    """One criterion: worked out from the platform's data, or declared by the
    centre with evidence."""

    class Kind(models.TextChoices):
        COMPUTED = "computed", _("Computed from the platform's data")
        DECLARED = "declared", _("Declared by the centre with evidence")

    class Comparison(models.TextChoices):
        AT_LEAST = "at_least", _("at least")
        AT_MOST = "at_most", _("at most")

    criteria_set = models.ForeignKey(
        CriteriaSet,
        on_delete=models.CASCADE,
        related_name="criteria",
        verbose_name=_("criteria set"),
    )
    group = models.CharField(_("group"), max_length=32, choices=Group.choices)
    code = models.CharField(_("number"), max_length=12, help_text=_('e.g. "2.1"'))
    position = models.PositiveSmallIntegerField(_("order"), default=0)
    text = models.TextField(_("criterion"))
    guidance = models.TextField(
        _("evidence asked for"),
        blank=True,
        help_text=_("What the centre attaches or explains."),
    )
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    computation = models.CharField(
        _("computation"),
        max_length=64,
        blank=True,
        help_text=_("The figure worked out from the platform's data."),
    )
    comparison = models.CharField(
        _("requirement"), max_length=16, choices=Comparison.choices, blank=True
    )
    target = models.DecimalField(
        _("target"), max_digits=9, decimal_places=2, null=True, blank=True
    )

    class Meta:
        verbose_name = _("criterion")
        verbose_name_plural = _("criteria")
        ordering = ["criteria_set", "position", "code"]
        constraints = [
            models.UniqueConstraint(
                fields=["criteria_set", "code"],
                name="criterion_code_once_per_set",
                violation_error_message=_(
                    "This set already has a criterion with that number."
                ),
            ),
            models.CheckConstraint(
                name="criterion_computed_has_its_figure",
                condition=Q(kind="declared")
                | (~Q(computation="") & ~Q(comparison="") & Q(target__isnull=False)),
                violation_error_message=_(
                    "A computed criterion needs its computation, requirement and "
                    "target."
                ),
            ),
        ]

    def __str__(self):
        return f"{self.code}. {self.text}"

    @property
    def is_computed(self) -> bool:
        return self.kind == self.Kind.COMPUTED
