"""Partner bodies (phối hợp, KL 66 §2.3): the organisations a centre works with.

The Fatherland Front, the mass organisations, the party committees' boards and the
state's departments are data, not choices in code: each is recorded by a centre (its
own partners) or by the province (a body every centre of the province works with).
A class they co-organise links to them with their trainees, a contact and a lecturer
they lend; questions from the grassroots can be routed to them (the questions app
points here). A part-time lecturer's workplace is such an organisation too.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from classes.models import Enrolment, TrainingClass
from units.models import AdminUnit, TrainingUnit
from units.roles import Role


class OrganisationQuerySet(models.QuerySet):
    def visible_to(self, user):
        """A centre's own bodies and its province's shared ones, for the centre's
        managers and lecturers (not its trainees); all of a province's for its
        province manager."""
        if user.is_superuser:
            return self.all()
        if not user.is_authenticated:
            return self.none()
        grants = user.grants.current()
        units = TrainingUnit.objects.filter(
            Q(pk__in=TrainingUnit.objects.managed_by(user).values("pk"))
            | Q(grants__in=grants.filter(role=Role.LECTURER))
        )
        provinces = grants.filter(role=Role.PROVINCE_MANAGER).values("province")
        return self.filter(
            Q(training_unit__in=units)
            | Q(training_unit__isnull=True, province__in=units.values("province"))
            | Q(province__in=provinces)
        ).distinct()

    def editable_by(self, user):
        """A centre manager's own bodies; a province manager's province-wide ones."""
        if user.is_superuser:
            return self.all()
        if not user.is_authenticated:
            return self.none()
        provinces = user.grants.current().filter(role=Role.PROVINCE_MANAGER)
        return self.filter(
            Q(training_unit__in=TrainingUnit.objects.run_by(user))
            | Q(training_unit__isnull=True, province__in=provinces.values("province"))
        ).distinct()

    def active(self):
        return self.filter(active=True)


class Organisation(models.Model):
    """A body the centre works with: the Front, a union, a board, a department…"""

    class Kind(models.TextChoices):
        FATHERLAND_FRONT = "fatherland_front", _("Fatherland Front")
        WOMEN_UNION = "women_union", _("Women's Union")
        YOUTH_UNION = "youth_union", _("Ho Chi Minh Communist Youth Union")
        FARMERS_ASSOCIATION = "farmers_association", _("Farmers' Association")
        VETERANS_ASSOCIATION = "veterans_association", _("Veterans' Association")
        TRADE_UNION = "trade_union", _("Trade union")
        PARTY_COMMITTEE = "party_committee", _("Party committee")
        PARTY_BOARD = "party_board", _("Board of a party committee")
        GOVERNMENT = "government", _("People's committee or council")
        DEPARTMENT = "department", _("Department or state agency")
        SCHOOL = "school", _("School or academy")
        OTHER = "other", _("Other")

    name = models.CharField(
        _("name"),
        max_length=200,
        help_text=_('As it signs, e.g. "Ủy ban MTTQ Việt Nam xã Kim Bình".'),
    )
    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices)
    province = models.ForeignKey(
        AdminUnit,
        on_delete=models.PROTECT,
        related_name="organisations",
        limit_choices_to={"level": AdminUnit.Level.PROVINCE},
        verbose_name=_("province"),
    )
    training_unit = models.ForeignKey(
        TrainingUnit,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="organisations",
        verbose_name=_("recorded by the centre"),
        help_text=_(
            "The centre that works with it; empty for a body every centre of the "
            "province works with (recorded by the province)."
        ),
    )
    seat = models.ForeignKey(
        AdminUnit,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="seated_organisations",
        verbose_name=_("seat"),
        help_text=_("The commune, ward or province where it sits."),
    )
    address = models.CharField(_("address"), max_length=300, blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    email = models.EmailField(_("email"), blank=True)
    contact_name = models.CharField(_("contact person"), max_length=200, blank=True)
    contact_title = models.CharField(
        _("contact's position"), max_length=200, blank=True
    )
    contact_phone = models.CharField(_("contact's phone"), max_length=30, blank=True)
    agreement = models.CharField(
        _("coordination rules"),
        max_length=300,
        blank=True,
        help_text=_(
            'The signed rules of coordination (quy chế phối hợp), e.g. "Quy chế '
            'phối hợp số 02-QC/TTCT-MTTQ".'
        ),
    )
    agreement_signed_on = models.DateField(_("signed on"), null=True, blank=True)
    active = models.BooleanField(_("working with it"), default=True)

    objects = OrganisationQuerySet.as_manager()

    class Meta:
        verbose_name = _("partner body")
        verbose_name_plural = _("partner bodies")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["province", "training_unit", "name"],
                name="organisation_name_once",
            ),
        ]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if (
            self.training_unit_id
            and self.province_id
            and self.training_unit.province_id != self.province_id
        ):
            raise ValidationError(
                {"training_unit": _("The centre is in another province.")}
            )


class ClassPartnership(models.Model):
    """A body co-organising a class: the trainees it sends, its contact for the
    class and a lecturer it lends."""

    training_class = models.ForeignKey(
        TrainingClass,
        on_delete=models.CASCADE,
        related_name="partnerships",
        verbose_name=_("class"),
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="partnerships",
        verbose_name=_("partner body"),
    )
    role = models.CharField(
        _("what it does"),
        max_length=300,
        blank=True,
        help_text=_('e.g. "Cử hội viên đi học, cử báo cáo viên chuyên đề".'),
    )
    contact_name = models.CharField(_("contact person"), max_length=200, blank=True)
    contact_phone = models.CharField(_("contact's phone"), max_length=30, blank=True)
    lent_lecturer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="lent_to_classes",
        verbose_name=_("lecturer it lends"),
    )
    trainees = models.ManyToManyField(
        Enrolment,
        blank=True,
        related_name="sent_by",
        verbose_name=_("trainees it sends"),
    )

    class Meta:
        verbose_name = _("co-organised class")
        verbose_name_plural = _("co-organised classes")
        ordering = ["-training_class__starts_on", "organisation__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["training_class", "organisation"], name="partnership_once"
            ),
        ]

    def __str__(self):
        return f"{self.organisation} — {self.training_class}"

    def clean(self):
        super().clean()
        if not (self.training_class_id and self.organisation_id):
            return
        organisation = self.organisation
        unit = self.training_class.training_unit
        if organisation.province_id != unit.province_id or (
            organisation.training_unit_id and organisation.training_unit_id != unit.pk
        ):
            raise ValidationError(
                {"organisation": _("This body does not work with the class's centre.")}
            )
