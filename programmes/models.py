"""Programmes, their dated versions and modules (DOMAIN.md §2)."""

from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from units.models import AdminUnit
from units.models.units import dates_ordered
from units.roles import Role


def managed_provinces(user):
    """The provinces whose programmes the user changes (province manager grants)."""
    return user.grants.current().filter(role=Role.PROVINCE_MANAGER).values("province")


class ProgrammeQuerySet(models.QuerySet):
    def visible_to(self, user):
        """National programmes and those of the provinces the user works in."""
        if user.is_superuser:
            return self.all()
        if not user.is_authenticated:
            return self.none()
        grants = user.grants.current()
        return self.filter(
            Q(province__isnull=True)
            | Q(province__in=grants.values("province"))
            | Q(province__in=grants.values("training_unit__province"))
        )

    def editable_by(self, user):
        """Everything for a superuser; their provinces' for a province manager."""
        if user.is_superuser:
            return self.all()
        if not user.is_authenticated:
            return self.none()
        return self.filter(province__in=managed_provinces(user))


class Programme(models.Model):
    """A national or local programme, e.g. "Bồi dưỡng nhận thức về Đảng"."""

    class Kind(models.TextChoices):
        ELEMENTARY_THEORY = "elementary_theory", _("Elementary political theory")
        PARTY_AWARENESS = "party_awareness", _("Party awareness")
        NEW_MEMBERS = "new_members", _("Political theory for new party members")
        PARTY_WORK = "party_work", _("Party work skills")
        KNOWLEDGE_UPDATE = "knowledge_update", _("Knowledge update")
        RESOLUTION_STUDY = "resolution_study", _("Studying resolutions")
        OTHER = "other", _("Other")

    name = models.CharField(_("name"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices)
    audience = models.TextField(_("audience"), blank=True)
    description = models.TextField(_("description"), blank=True)
    # Who owns it: a province's managers change their province's programmes; a
    # national one (no province) is changed by superusers only.
    province = models.ForeignKey(
        AdminUnit,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="programmes",
        limit_choices_to={"level": AdminUnit.Level.PROVINCE},
        verbose_name=_("province"),
        help_text=_("Empty for a national programme."),
    )

    objects = ProgrammeQuerySet.as_manager()

    class Meta:
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")
        ordering = ["name"]

    def __str__(self):
        return self.name


class ProgrammeVersion(models.Model):
    """A programme as one document sets it: modules, assessment, credential."""

    class Credential(models.TextChoices):
        DIPLOMA = "diploma", _("Diploma (bằng)")
        CERTIFICATE = "certificate", _("Certificate of completion (giấy chứng nhận)")
        STATE_CERTIFICATE = "state_certificate", _("Certificate (chứng chỉ)")

    programme = models.ForeignKey(
        Programme,
        on_delete=models.CASCADE,
        related_name="versions",
        verbose_name=_("programme"),
    )
    name = models.CharField(_("name"), max_length=200)
    legal_basis = models.CharField(
        _("legal basis"),
        max_length=300,
        blank=True,
        help_text=_('e.g. "Hướng dẫn 61-HD/BTGTW ngày 16/6/2022"'),
    )
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_to = models.DateField(_("valid to"), null=True, blank=True)
    total_periods = models.PositiveIntegerField(_("total periods"), default=0)
    credential_type = models.CharField(
        _("credential"),
        max_length=32,
        choices=Credential.choices,
        default=Credential.CERTIFICATE,
    )
    # Assessment policy; a class may override it (TrainingClass.policy_overrides).
    min_attendance_percent = models.PositiveSmallIntegerField(
        _("minimum attendance (%)"),
        default=80,
        validators=[MaxValueValidator(100)],
    )
    pass_score = models.DecimalField(
        _("pass score"),
        max_digits=4,
        decimal_places=2,
        default=Decimal("5.00"),
        validators=[MinValueValidator(0), MaxValueValidator(10)],
    )
    excellent_from = models.DecimalField(
        _("excellent from"), max_digits=4, decimal_places=2, default=Decimal("9.00")
    )
    very_good_from = models.DecimalField(
        _("very good from"), max_digits=4, decimal_places=2, default=Decimal("8.00")
    )
    good_from = models.DecimalField(
        _("good from"), max_digits=4, decimal_places=2, default=Decimal("6.50")
    )
    rounding = models.DecimalField(
        _("round final score to"),
        max_digits=3,
        decimal_places=2,
        default=Decimal("0.10"),
    )

    class Meta:
        verbose_name = _("programme version")
        verbose_name_plural = _("programme versions")
        ordering = ["programme__name", "-valid_from"]
        constraints = [
            dates_ordered("programmeversion_dates_ordered"),
            models.CheckConstraint(
                name="programmeversion_bands_ordered",
                condition=Q(excellent_from__gte=models.F("very_good_from"))
                & Q(very_good_from__gte=models.F("good_from"))
                & Q(good_from__gte=models.F("pass_score")),
                violation_error_message=_(
                    "Classification bands must go down: excellent ≥ very good ≥ "
                    "good ≥ pass score."
                ),
            ),
        ]

    def __str__(self):
        return f"{self.programme} ({self.name})"


class ProgrammeModule(models.Model):
    """A lesson, topic or part of a version, with its teaching periods (tiết)."""

    version = models.ForeignKey(
        ProgrammeVersion,
        on_delete=models.CASCADE,
        related_name="modules",
        verbose_name=_("programme version"),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    title = models.CharField(_("title"), max_length=300)
    periods = models.PositiveSmallIntegerField(_("periods"), default=0)

    class Meta:
        verbose_name = _("module")
        verbose_name_plural = _("modules")
        ordering = ["version", "order"]

    def __str__(self):
        return self.title
