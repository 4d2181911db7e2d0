"""Administrative units and training units, kept as dated data (DOMAIN.md §6).

The pre-2025 tree (provinces, districts, communes) and the post-2025 tree (provinces,
communes, wards, special zones) live side by side; nothing assumes a fixed hierarchy.
"""

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from units.roles import MANAGING_ROLES, Role


def valid_on(day):
    return (Q(valid_from__lte=day) | Q(valid_from__isnull=True)) & (
        Q(valid_to__gte=day) | Q(valid_to__isnull=True)
    )


def dates_ordered(name):
    return models.CheckConstraint(
        name=name,
        condition=Q(valid_to__isnull=True)
        | Q(valid_from__isnull=True)
        | Q(valid_to__gte=models.F("valid_from")),
        violation_error_message=_("The end date cannot be before the start date."),
    )


class AdminUnitQuerySet(models.QuerySet):
    def current(self, on=None):
        return self.filter(valid_on(on or timezone.localdate()))

    def provinces(self):
        return self.filter(level=AdminUnit.Level.PROVINCE)

    def within(self, provinces):
        """The provinces given and every unit below them (at most four levels:
        province, district before 2025, commune, village)."""
        return self.filter(
            Q(pk__in=provinces)
            | Q(parent__in=provinces)
            | Q(parent__parent__in=provinces)
            | Q(parent__parent__parent__in=provinces)
        )

    def editable_by(self, user):
        """What the user may change: everything for an administrator, the units of
        their provinces for a province manager, nothing for anyone else."""
        if user.is_superuser:
            return self.all()
        if not user.is_authenticated:
            return self.none()
        provinces = user.grants.current().filter(role=Role.PROVINCE_MANAGER)
        return self.within(provinces.values("province"))


class AdminUnit(models.Model):
    """A province, a (legacy) district, a commune, ward or special zone, a village."""

    class Level(models.TextChoices):
        PROVINCE = "province", _("Province")
        DISTRICT_LEGACY = "district_legacy", _("District (before 2025)")
        COMMUNE = "commune", _("Commune")
        WARD = "ward", _("Ward")
        SPECIAL_ZONE = "special_zone", _("Special zone")
        VILLAGE = "village", _("Village")
        RESIDENTIAL_GROUP = "residential_group", _("Residential group")

    name = models.CharField(_("name"), max_length=200)
    level = models.CharField(_("level"), max_length=32, choices=Level.choices)
    code = models.CharField(
        _("code"),
        max_length=20,
        blank=True,
        help_text=_("The official administrative code, where there is one."),
    )
    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("belongs to"),
    )
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_to = models.DateField(_("valid to"), null=True, blank=True)
    successors = models.ManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="predecessors",
        verbose_name=_("succeeded by"),
    )

    objects = AdminUnitQuerySet.as_manager()

    class Meta:
        verbose_name = _("administrative unit")
        verbose_name_plural = _("administrative units")
        ordering = ["name"]
        constraints = [
            dates_ordered("adminunit_dates_ordered"),
            models.CheckConstraint(
                name="adminunit_not_own_parent", condition=~Q(parent=models.F("pk"))
            ),
        ]

    def __str__(self):
        return self.name

    def province(self):
        unit = self
        while unit.parent_id and unit.level != self.Level.PROVINCE:
            unit = unit.parent
        return unit if unit.level == self.Level.PROVINCE else None


class TrainingUnitQuerySet(models.QuerySet):
    def current(self, on=None):
        return self.filter(valid_on(on or timezone.localdate()))

    def managed_by(self, user):
        """Units whose people and classes the user manages."""
        if user.is_superuser:
            return self.all()
        if not user.is_authenticated:
            return self.none()
        grants = user.grants.current()
        return self.filter(
            Q(grants__in=grants.filter(role=Role.CENTRE_MANAGER))
            | Q(
                province__in=grants.filter(role=Role.PROVINCE_MANAGER).values(
                    "province"
                )
            )
        ).distinct()

    def run_by(self, user):
        """Units whose classes and people the user may change: their centre
        manager's (a province manager reads the province's units, changes none)."""
        if user.is_superuser:
            return self.all()
        if not user.is_authenticated:
            return self.none()
        return self.filter(
            grants__in=user.grants.current().filter(role=Role.CENTRE_MANAGER)
        ).distinct()

    def visible_to(self, user):
        """Units the user manages or works in."""
        if user.is_superuser:
            return self.all()
        if not user.is_authenticated:
            return self.none()
        return self.filter(
            Q(pk__in=self.managed_by(user).values("pk"))
            | Q(grants__in=user.grants.current().exclude(role__in=MANAGING_ROLES))
        ).distinct()


class TrainingUnit(ClusterableModel):
    """A unit that runs classes: a political centre, a provincial school, a bloc…"""

    class Type(models.TextChoices):
        DISTRICT_CENTRE = (
            "district_centre",
            _("District political centre (before 2025)"),
        )
        COMMUNE_CENTRE = "commune_centre", _("Commune-level political centre")
        PROVINCIAL_SCHOOL = "provincial_school", _("Provincial political school")
        BLOC_COMMITTEE = "bloc_committee", _("Bloc party committee")
        ACADEMY = "academy", _("Academy")
        OTHER = "other", _("Other")

    name = models.CharField(_("name"), max_length=200)
    type = models.CharField(_("type"), max_length=32, choices=Type.choices)
    governing_party_committee = models.CharField(
        _("governing party committee"),
        max_length=200,
        help_text=_(
            'The party committee the unit sits under, e.g. "Đảng ủy xã Chiêm Hóa".'
        ),
    )
    province = models.ForeignKey(
        AdminUnit,
        on_delete=models.PROTECT,
        related_name="training_units",
        limit_choices_to={"level": AdminUnit.Level.PROVINCE},
        verbose_name=_("province"),
    )
    seat = models.ForeignKey(
        AdminUnit,
        on_delete=models.PROTECT,
        related_name="seated_training_units",
        verbose_name=_("seat"),
        help_text=_("The administrative unit where the unit has its seat."),
    )
    predecessor = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="successors",
        verbose_name=_("predecessor"),
    )
    address = models.CharField(_("address"), max_length=300, blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    email = models.EmailField(_("email"), blank=True)
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_to = models.DateField(_("valid to"), null=True, blank=True)
    service_area = models.ManyToManyField(
        AdminUnit,
        through="ServiceArea",
        related_name="served_by",
        blank=True,
        verbose_name=_("service area"),
    )

    objects = TrainingUnitQuerySet.as_manager()

    class Meta:
        verbose_name = _("training unit")
        verbose_name_plural = _("training units")
        ordering = ["name"]
        constraints = [
            dates_ordered("trainingunit_dates_ordered"),
            models.CheckConstraint(
                name="trainingunit_not_own_predecessor",
                condition=~Q(predecessor=models.F("pk")),
            ),
        ]

    def __str__(self):
        return self.name

    def communes_served(self, on=None):
        day = on or timezone.localdate()
        return AdminUnit.objects.filter(
            pk__in=self.service_areas.filter(valid_on(day)).values("admin_unit")
        )


class ServiceArea(models.Model):
    """A commune a training unit serves, for a period (QĐ 360: several communes)."""

    training_unit = ParentalKey(
        TrainingUnit, on_delete=models.CASCADE, related_name="service_areas"
    )
    admin_unit = models.ForeignKey(
        AdminUnit,
        on_delete=models.PROTECT,
        related_name="service_areas",
        verbose_name=_("commune, ward or special zone"),
    )
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_to = models.DateField(_("valid to"), null=True, blank=True)

    class Meta:
        verbose_name = _("service area")
        verbose_name_plural = _("service areas")
        constraints = [dates_ordered("servicearea_dates_ordered")]

    def __str__(self):
        return f"{self.training_unit} — {self.admin_unit}"
