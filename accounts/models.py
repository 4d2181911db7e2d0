from django.contrib.auth.models import AbstractUser, UserManager
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.phones import InvalidPhone, display_phone, normalize_phone
from accounts.roles import Employment, Role
from elearning.vietnamese import given_name, name_sort_key


class PersonQuerySet(models.QuerySet):
    def visible_to(self, viewer):
        """People the viewer may see: managers see those of their units, others self."""
        from training.models import TrainingUnit

        if viewer.is_superuser:
            return self.all()
        units = TrainingUnit.objects.managed_by(viewer)
        return self.filter(
            Q(pk=viewer.pk) | Q(grants__training_unit__in=units)
        ).distinct()


class PersonManager(UserManager.from_queryset(PersonQuerySet)):
    pass


class User(AbstractUser):
    """A person: one "họ và tên" field, sorted by the given name (its last word)."""

    first_name = None
    last_name = None
    full_name = models.CharField(_("full name"), max_length=150)
    sort_key = models.CharField(max_length=255, editable=False, db_index=True)
    phone = models.CharField(
        _("phone"),
        max_length=16,
        unique=True,
        null=True,
        blank=True,
        help_text=_("Stored as +84…; any usual spelling is accepted."),
    )
    date_of_birth = models.DateField(_("date of birth"), null=True, blank=True)
    party_cell = models.CharField(_("party cell or unit"), max_length=200, blank=True)
    position = models.CharField(_("position"), max_length=200, blank=True)

    objects = PersonManager()

    REQUIRED_FIELDS = ["full_name"]

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["sort_key"]

    def __str__(self):
        return self.full_name or self.username

    def clean(self):
        super().clean()
        self.normalize()

    def save(self, *args, **kwargs):
        self.normalize()
        super().save(*args, **kwargs)

    def normalize(self):
        """One spelling for names and phones, whichever way they were typed."""
        self.full_name = " ".join(self.full_name.split())
        self.sort_key = name_sort_key(self.full_name)
        if not self.phone:
            self.phone = None
            return
        try:
            self.phone = normalize_phone(self.phone)
        except InvalidPhone:
            raise ValidationError(
                {"phone": _("This is not a valid Vietnamese phone number.")}
            ) from None

    def get_full_name(self):
        return self.full_name

    def get_short_name(self):
        return given_name(self.full_name) or self.username

    @property
    def phone_display(self) -> str:
        return display_phone(self.phone) if self.phone else ""

    def roles(self) -> set[str]:
        return set(self.grants.current().values_list("role", flat=True))

    def has_role(self, role: Role) -> bool:
        return self.is_superuser or role in self.roles()


class GrantQuerySet(models.QuerySet):
    def current(self, on=None):
        day = on or timezone.localdate()
        return self.filter(Q(valid_from__lte=day) | Q(valid_from__isnull=True)).filter(
            Q(valid_to__gte=day) | Q(valid_to__isnull=True)
        )


class Grant(models.Model):
    """A role a person holds, scoped to a training unit or to a province."""

    user = models.ForeignKey(
        User, on_delete=models.CASCADE, related_name="grants", verbose_name=_("person")
    )
    role = models.CharField(_("role"), max_length=32, choices=Role.choices)
    training_unit = models.ForeignKey(
        "training.TrainingUnit",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="grants",
        verbose_name=_("training unit"),
    )
    province = models.ForeignKey(
        "training.AdminUnit",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="grants",
        verbose_name=_("province"),
    )
    employment = models.CharField(
        _("employment"), max_length=16, choices=Employment.choices, blank=True
    )
    title = models.CharField(
        _("title"),
        max_length=200,
        blank=True,
        help_text=_('As printed, e.g. "Giám đốc Trung tâm Chính trị".'),
    )
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_to = models.DateField(_("valid to"), null=True, blank=True)

    objects = GrantQuerySet.as_manager()

    class Meta:
        verbose_name = _("role grant")
        verbose_name_plural = _("role grants")
        constraints = [
            models.CheckConstraint(
                name="grant_scope_matches_role",
                condition=(
                    Q(
                        role__in=["trainee", "lecturer", "editor", "centre_manager"],
                        training_unit__isnull=False,
                        province__isnull=True,
                    )
                    | Q(
                        role="province_manager",
                        province__isnull=False,
                        training_unit__isnull=True,
                    )
                    | Q(role="admin", province__isnull=True, training_unit__isnull=True)
                ),
            ),
            models.CheckConstraint(
                name="grant_dates_ordered",
                condition=Q(valid_to__isnull=True)
                | Q(valid_from__isnull=True)
                | Q(valid_to__gte=models.F("valid_from")),
            ),
            models.UniqueConstraint(
                fields=["user", "role", "training_unit"],
                condition=Q(training_unit__isnull=False),
                name="grant_once_per_unit",
            ),
            models.UniqueConstraint(
                fields=["user", "role", "province"],
                condition=Q(province__isnull=False),
                name="grant_once_per_province",
            ),
            models.UniqueConstraint(
                fields=["user", "role"],
                condition=Q(role="admin"),
                name="grant_admin_once",
            ),
        ]

    def __str__(self):
        scope = self.training_unit or self.province or ""
        return f"{self.user} — {self.get_role_display()} {scope}".strip()
