"""In-app notices (thông báo): a warning sent once to each person concerned."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from classes.models.classes import TrainingClass


class Notice(models.Model):
    """One warning about one trainee of one class, for one recipient.

    The text is rendered when shown, from `args`, so it follows the reader's language.
    """

    class Kind(models.TextChoices):
        TOO_MANY_ABSENCES = "too_many_absences", _("Too many absences")

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notices",
        verbose_name=_("recipient"),
    )
    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices)
    training_class = models.ForeignKey(
        TrainingClass,
        on_delete=models.CASCADE,
        related_name="notices",
        verbose_name=_("class"),
    )
    trainee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("trainee"),
    )
    args = models.JSONField(_("details"), default=dict, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    read_at = models.DateTimeField(_("read at"), null=True, blank=True)

    class Meta:
        verbose_name = _("notice")
        verbose_name_plural = _("notices")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "training_class", "trainee", "recipient"],
                name="notice_once",
            ),
        ]
        indexes = [
            models.Index(fields=["recipient", "read_at"], name="notice_unread"),
        ]

    def __str__(self):
        return f"{self.recipient} — {self.text}"

    @property
    def target_url(self) -> str:
        """Where the details are: the trainee's standing in the class."""
        if self.recipient_id == self.trainee_id:
            return reverse("standing", args=[self.training_class_id])
        return reverse(
            "trainee_standing", args=[self.training_class_id, self.trainee_id]
        )

    @property
    def text(self) -> str:
        values = {
            "missed": self.args.get("missed", 0),
            "total": self.args.get("total", 0),
            "allowed": self.args.get("allowed_percent", 0),
            "class": self.training_class.code,
            "trainee": self.trainee.full_name,
        }
        if self.recipient_id == self.trainee_id:
            return (
                gettext(
                    "You have missed %(missed)d of %(total)d periods of class "
                    "%(class)s — more than allowed (%(allowed)d%%)."
                )
                % values
            )
        return (
            gettext(
                "Trainee %(trainee)s has missed %(missed)d of %(total)d periods of "
                "class %(class)s — more than allowed (%(allowed)d%%)."
            )
            % values
        )
