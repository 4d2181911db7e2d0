"""Credentials (bằng, giấy chứng nhận, chứng chỉ), their register and audit trail.

Everything printed on a credential is stored as printed: unit names, signers and
titles change, and a 2024 certificate keeps its 2024 issuer (DOMAIN.md §6).
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from classes.models.classes import TrainingClass
from units.models.units import TrainingUnit


class Classification(models.TextChoices):
    EXCELLENT = "excellent", _("Excellent")
    VERY_GOOD = "very_good", _("Very good")
    GOOD = "good", _("Good")
    AVERAGE = "average", _("Average")
    FAIL = "fail", _("Fail")


class CredentialType(models.TextChoices):
    DIPLOMA = "diploma", _("Diploma (bằng)")
    CERTIFICATE = "certificate", _("Certificate of completion (giấy chứng nhận)")
    STATE_CERTIFICATE = "state_certificate", _("Certificate (chứng chỉ)")
    REPLACEMENT = "replacement", _("Certificate of course completion (replacement)")


class SigningForm(models.TextChoices):
    """How the signer signs for the head: in their own right, or KT. (ký thay),
    Q. (quyền) or TL. (thừa lệnh) with their own title on the next line."""

    HEAD = "", _("In their own right")
    ON_BEHALF = "KT", _("KT. (on behalf of the head)")
    ACTING = "Q", _("Q. (acting head)")
    BY_ORDER = "TL", _("TL. (by order of the head)")


HEAD_TITLES = {"provincial_school": "Hiệu trưởng", "academy": "Giám đốc"}


def head_title(unit_type: str) -> str:
    """The title of the head of a unit of this type: HIỆU TRƯỞNG for a school,
    GIÁM ĐỐC for a centre (and the rest)."""
    return HEAD_TITLES.get(unit_type, "Giám đốc")


class RegisterCounter(models.Model):
    """The last register entry number (số vào sổ) of a unit in a year."""

    training_unit = models.ForeignKey(
        TrainingUnit, on_delete=models.PROTECT, related_name="+"
    )
    year = models.PositiveSmallIntegerField()
    last_number = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["training_unit", "year"], name="register_counter_once"
            ),
        ]

    def __str__(self):
        return f"{self.training_unit} {self.year}: {self.last_number}"


class CredentialQuerySet(models.QuerySet):
    def visible_to(self, user):
        """The holder's own, and those of the units the user manages."""
        if user.is_superuser:
            return self.all()
        if not user.is_authenticated:
            return self.none()
        managed = TrainingUnit.objects.managed_by(user)
        return self.filter(Q(trainee=user) | Q(training_unit__in=managed)).distinct()


class Credential(models.Model):
    class Status(models.TextChoices):
        VALID = "valid", _("Valid")
        REVOKED = "revoked", _("Revoked")
        REPLACED = "replaced", _("Replaced")

    code = models.CharField(_("verification code"), max_length=32, unique=True)
    training_class = models.ForeignKey(
        TrainingClass,
        on_delete=models.PROTECT,
        related_name="credentials",
        verbose_name=_("class"),
    )
    trainee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="credentials",
        verbose_name=_("holder"),
    )
    credential_type = models.CharField(
        _("credential"), max_length=32, choices=CredentialType.choices
    )
    training_unit = models.ForeignKey(
        TrainingUnit,
        on_delete=models.PROTECT,
        related_name="credentials",
        verbose_name=_("register of"),
    )
    year = models.PositiveSmallIntegerField(_("year"))
    register_no = models.PositiveIntegerField(_("register entry number"))
    serial_no = models.CharField(_("serial number"), max_length=40)
    # As printed on the day of issue.
    holder_name = models.CharField(_("holder"), max_length=150)
    holder_birth_date = models.DateField(_("date of birth"), null=True, blank=True)
    programme_name = models.CharField(_("programme"), max_length=200)
    class_code = models.CharField(_("class"), max_length=100)
    starts_on = models.DateField(_("from"))
    ends_on = models.DateField(_("to"))
    final_score = models.DecimalField(
        _("final score"), max_digits=4, decimal_places=2, null=True, blank=True
    )
    classification = models.CharField(
        _("classification"), max_length=16, choices=Classification.choices
    )
    issuer_name = models.CharField(_("issued by"), max_length=200)
    issuer_committee = models.CharField(_("governing party committee"), max_length=200)
    place_name = models.CharField(_("place"), max_length=100)
    signer_name = models.CharField(_("signed by"), max_length=150)
    signer_title = models.CharField(_("signer's title"), max_length=200)
    signing_form = models.CharField(
        _("signing form"),
        max_length=2,
        choices=SigningForm.choices,
        default=SigningForm.HEAD,
        blank=True,
    )
    issuer_head_title = models.CharField(
        _("head's title"), max_length=100, default="Giám đốc"
    )
    # The template version it was printed with, and what that version printed.
    template = models.ForeignKey(
        "records.CredentialTemplate",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("template"),
    )
    template_version = models.PositiveIntegerField(
        _("template version"), null=True, blank=True
    )
    title = models.CharField(_("title"), max_length=100, blank=True)
    orientation = models.CharField(
        pgettext_lazy("paper", "page"), max_length=1, default="L"
    )
    emblem = models.CharField(_("emblem"), max_length=255, blank=True)
    seal = models.CharField(_("seal"), max_length=255, blank=True)
    background = models.CharField(_("background"), max_length=255, blank=True)
    holder_unit = models.CharField(_("party cell or unit"), max_length=200, blank=True)
    issued_at = models.DateTimeField(_("issued at"))
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.VALID
    )
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revocation_reason = models.CharField(_("reason"), max_length=300, blank=True)
    reissue_of = models.OneToOneField(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="reissued_as",
        verbose_name=_("re-issue of"),
    )

    objects = CredentialQuerySet.as_manager()

    class Meta:
        verbose_name = _("credential")
        verbose_name_plural = _("credentials")
        ordering = ["training_unit", "year", "register_no"]
        constraints = [
            models.UniqueConstraint(
                fields=["training_unit", "year", "register_no"],
                name="credential_register_no_unique",
            ),
            models.UniqueConstraint(
                fields=["training_unit", "serial_no"],
                name="credential_serial_unique",
            ),
            models.UniqueConstraint(
                fields=["training_class", "trainee"],
                condition=Q(reissue_of__isnull=True),
                name="credential_issued_once",
            ),
            models.UniqueConstraint(
                fields=["training_class", "trainee"],
                condition=Q(status="valid"),
                name="credential_one_valid",
            ),
        ]

    def __str__(self):
        return f"{self.serial_no} — {self.holder_name}"

    @property
    def is_valid(self) -> bool:
        return self.status == self.Status.VALID


class CredentialEvent(models.Model):
    """The audit trail: issue, revocation and re-issue, with who and why."""

    class Action(models.TextChoices):
        ISSUED = "issued", _("Issued")
        REVOKED = "revoked", _("Revoked")
        REISSUED = "reissued", _("Re-issued")
        REPLACED = "replaced", _("Replaced")

    credential = models.ForeignKey(
        Credential, on_delete=models.PROTECT, related_name="events"
    )
    action = models.CharField(_("action"), max_length=16, choices=Action.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    reason = models.CharField(_("reason"), max_length=300, blank=True)
    at = models.DateTimeField(_("at"), auto_now_add=True)

    class Meta:
        verbose_name = _("credential event")
        verbose_name_plural = _("credential events")
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.credential} — {self.get_action_display()}"
