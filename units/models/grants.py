"""Roles people hold, each scoped to a training unit or to a province, with dates."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from units.roles import Employment, Role


class GrantQuerySet(models.QuerySet):
    def current(self, on=None):
        day = on or timezone.localdate()
        return self.filter(Q(valid_from__lte=day) | Q(valid_from__isnull=True)).filter(
            Q(valid_to__gte=day) | Q(valid_to__isnull=True)
        )


class Grant(models.Model):
    """A role a person holds, scoped to a training unit or to a province."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="grants",
        verbose_name=_("person"),
    )
    role = models.CharField(_("role"), max_length=32, choices=Role.choices)
    training_unit = models.ForeignKey(
        "units.TrainingUnit",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="grants",
        verbose_name=_("training unit"),
    )
    province = models.ForeignKey(
        "units.AdminUnit",
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
        # A person's position, not a page's title (Wagtail's "title" is "tiêu đề").
        pgettext_lazy("job title", "title"),
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
