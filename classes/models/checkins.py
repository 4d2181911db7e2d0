"""Self check-in by scanning the presenter's rotating QR code."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from classes.models.classes import ClassSession


class CheckIn(models.Model):
    """One phone checked one trainee in to one session."""

    session = models.ForeignKey(
        ClassSession, on_delete=models.CASCADE, related_name="check_ins"
    )
    trainee = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="check_ins"
    )
    device = models.CharField(_("device"), max_length=64)
    checked_in_at = models.DateTimeField(_("checked in at"), auto_now_add=True)

    class Meta:
        verbose_name = _("check-in")
        verbose_name_plural = _("check-ins")
        constraints = [
            models.UniqueConstraint(
                fields=["session", "device"], name="checkin_one_person_per_phone"
            ),
            models.UniqueConstraint(fields=["session", "trainee"], name="checkin_once"),
        ]

    def __str__(self):
        return f"{self.trainee} — {self.session}"
