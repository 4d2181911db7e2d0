"""Lecturers (đội ngũ giảng viên, KL 66 §2.4): who teaches for a centre, with what
qualifications and which modules, and the standard their centre holds them to.

A profile is a person on one centre's roster (a lecturer who teaches for two
centres has two), full-time or part-time; a part-time lecturer's workplace is an
organisation (a commune's party committee, a department: partner bodies' data).
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from partners.models import Organisation
from programmes.models import ProgrammeModule
from units.models import AdminUnit, TrainingUnit
from units.models.units import dates_ordered, valid_on
from units.roles import Employment


class TheoryLevel(models.TextChoices):
    """Political theory (lý luận chính trị), lowest first (QĐ 57-QĐ/TW)."""

    ELEMENTARY = "elementary", _("Elementary (sơ cấp)")
    INTERMEDIATE = "intermediate", _("Intermediate (trung cấp)")
    ADVANCED = "advanced", _("Advanced (cao cấp)")
    BACHELOR = "bachelor", _("Bachelor of political science (cử nhân)")


class DegreeLevel(models.TextChoices):
    """A professional degree (trình độ chuyên môn), lowest first."""

    COLLEGE = "college", _("College (cao đẳng)")
    BACHELOR = "bachelor", _("University (đại học)")
    MASTER = "master", _("Master (thạc sĩ)")
    DOCTOR = "doctor", _("Doctor (tiến sĩ)")


THEORY_ORDER = [level.value for level in TheoryLevel]
DEGREE_ORDER = [level.value for level in DegreeLevel]


class LecturerProfileQuerySet(models.QuerySet):
    def current(self, on=None):
        return self.filter(valid_on(on or timezone.localdate()))

    def during(self, start, end):
        """On the roster at some time between the two days."""
        return self.filter(
            Q(valid_from__lte=end) | Q(valid_from__isnull=True),
            Q(valid_to__gte=start) | Q(valid_to__isnull=True),
        )

    def of_units(self, units):
        return self.filter(training_unit__in=units)


class LecturerProfile(ClusterableModel):
    """A person on a centre's roster of lecturers."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="lecturer_profiles",
        verbose_name=_("lecturer"),
    )
    training_unit = models.ForeignKey(
        TrainingUnit,
        on_delete=models.PROTECT,
        related_name="lecturer_profiles",
        verbose_name=_("teaches for"),
    )
    employment = models.CharField(
        _("employment"), max_length=16, choices=Employment.choices
    )
    workplace = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="lecturers",
        verbose_name=_("works at"),
        help_text=_(
            "Where a part-time lecturer works: a party committee, a board, a "
            "department (a partner body)."
        ),
    )
    position = models.CharField(
        _("position"),
        max_length=200,
        blank=True,
        help_text=_('e.g. "Phó Bí thư Thường trực Đảng ủy xã".'),
    )
    valid_from = models.DateField(_("on the roster from"), null=True, blank=True)
    valid_to = models.DateField(_("on the roster until"), null=True, blank=True)
    note = models.TextField(_("note"), blank=True)

    objects = LecturerProfileQuerySet.as_manager()

    class Meta:
        verbose_name = _("lecturer profile")
        verbose_name_plural = _("lecturer profiles")
        ordering = ["training_unit__name", "user__sort_key"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "training_unit"], name="lecturerprofile_once"
            ),
            dates_ordered("lecturerprofile_dates_ordered"),
        ]

    def __str__(self):
        return f"{self.user} — {self.training_unit}"

    @property
    def is_full_time(self) -> bool:
        return self.employment == Employment.FULL_TIME

    def clean(self):
        super().clean()
        if (
            self.workplace_id
            and self.training_unit_id
            and self.workplace.province_id != self.training_unit.province_id
        ):
            raise ValidationError(
                {"workplace": _("The workplace is in another province.")}
            )


class Qualification(models.Model):
    """A diploma or certificate the standard asks for, with its date."""

    class Kind(models.TextChoices):
        THEORY = "theory", _("Political theory")
        DEGREE = "degree", _("Professional degree")
        PEDAGOGY = "pedagogy", _("Pedagogy certificate (nghiệp vụ sư phạm)")

    profile = ParentalKey(
        LecturerProfile, on_delete=models.CASCADE, related_name="qualifications"
    )
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    theory_level = models.CharField(
        _("political theory level"),
        max_length=16,
        choices=TheoryLevel.choices,
        blank=True,
    )
    degree_level = models.CharField(
        _("degree level"), max_length=16, choices=DegreeLevel.choices, blank=True
    )
    field = models.CharField(
        _("field"),
        max_length=200,
        blank=True,
        help_text=_('e.g. "Xây dựng Đảng và chính quyền nhà nước".'),
    )
    issued_by = models.CharField(_("issued by"), max_length=200, blank=True)
    number = models.CharField(_("number"), max_length=100, blank=True)
    issued_on = models.DateField(_("issued on"))

    class Meta:
        verbose_name = _("qualification")
        verbose_name_plural = _("qualifications")
        ordering = ["kind", "issued_on"]

    def __str__(self):
        level = self.get_theory_level_display() or self.get_degree_level_display()
        return " — ".join(part for part in [self.get_kind_display(), level] if part)

    def clean(self):
        super().clean()
        errors = {}
        if self.kind == self.Kind.THEORY and not self.theory_level:
            errors["theory_level"] = _("Give the political theory level.")
        if self.kind == self.Kind.DEGREE and not self.degree_level:
            errors["degree_level"] = _("Give the degree level.")
        if self.kind != self.Kind.THEORY and self.theory_level:
            errors["theory_level"] = _("Only a political theory diploma has this.")
        if self.kind != self.Kind.DEGREE and self.degree_level:
            errors["degree_level"] = _("Only a professional degree has this.")
        if self.issued_on and self.issued_on > timezone.localdate():
            errors["issued_on"] = _("The date of issue cannot be in the future.")
        if errors:
            raise ValidationError(errors)


class TeachingPermit(models.Model):
    """A module the lecturer may teach, for a period (phân công giảng dạy)."""

    profile = ParentalKey(
        LecturerProfile, on_delete=models.CASCADE, related_name="permits"
    )
    module = models.ForeignKey(
        ProgrammeModule,
        on_delete=models.CASCADE,
        related_name="permits",
        verbose_name=_("module"),
    )
    valid_from = models.DateField(_("from"), null=True, blank=True)
    valid_to = models.DateField(_("until"), null=True, blank=True)

    class Meta:
        verbose_name = _("module they may teach")
        verbose_name_plural = _("modules they may teach")
        ordering = ["module__version", "module__order"]
        constraints = [dates_ordered("teachingpermit_dates_ordered")]

    def __str__(self):
        return str(self.module)


class LecturerStandard(models.Model):
    """What a province asks of its centres' lecturers in a year: the teaching norm
    of a full-time lecturer and the lowest qualifications each must hold. A year
    without its own row follows the latest earlier one, or the defaults."""

    province = models.ForeignKey(
        AdminUnit,
        on_delete=models.PROTECT,
        related_name="lecturer_standards",
        limit_choices_to={"level": AdminUnit.Level.PROVINCE},
        verbose_name=_("province"),
    )
    year = models.PositiveSmallIntegerField(_("from the year"))
    norm_periods = models.PositiveIntegerField(
        _("teaching norm (periods a year)"),
        help_text=_("Periods a full-time lecturer teaches in a year."),
    )
    full_time_theory = models.CharField(
        _("political theory of a full-time lecturer"),
        max_length=16,
        choices=TheoryLevel.choices,
    )
    part_time_theory = models.CharField(
        _("political theory of a part-time lecturer"),
        max_length=16,
        choices=TheoryLevel.choices,
    )
    degree = models.CharField(
        _("professional degree"), max_length=16, choices=DegreeLevel.choices
    )
    pedagogy_full_time = models.BooleanField(
        _("full-time lecturers need a pedagogy certificate"), default=True
    )
    pedagogy_part_time = models.BooleanField(
        _("part-time lecturers need a pedagogy certificate"), default=True
    )
    basis = models.CharField(
        _("basis"),
        max_length=300,
        blank=True,
        help_text=_("The document that sets it."),
    )

    class Meta:
        verbose_name = _("lecturer standard")
        verbose_name_plural = _("lecturer standards")
        ordering = ["province__name", "-year"]
        constraints = [
            models.UniqueConstraint(
                fields=["province", "year"], name="lecturerstandard_once_a_year"
            ),
            models.CheckConstraint(
                name="lecturerstandard_norm_positive", condition=Q(norm_periods__gt=0)
            ),
        ]

    def __str__(self):
        return f"{self.province} — {self.year}"
