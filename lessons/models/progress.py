"""What each trainee has read, and which offline reports have been received."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class LessonProgress(models.Model):
    """One trainee's reading of one lesson: opened, how far, finished."""

    trainee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="lesson_progress",
        verbose_name=_("trainee"),
    )
    lesson = models.ForeignKey(
        "lessons.LessonPage",
        on_delete=models.CASCADE,
        related_name="progress",
        verbose_name=_("lesson"),
    )
    furthest_percent = models.PositiveSmallIntegerField(_("read up to (%)"), default=0)
    read_at = models.DateTimeField(_("finished reading at"), null=True, blank=True)
    opened_at = models.DateTimeField(_("last opened at"), default=timezone.now)
    # Where the trainee stopped reading: the number of the lesson's block last in
    # view (the page marks each block "doan-N"); 0 is the top.
    position = models.PositiveSmallIntegerField(_("stopped at block"), default=0)
    position_at = models.DateTimeField(_("stopped there at"), null=True, blank=True)

    class Meta:
        verbose_name = _("lesson progress")
        verbose_name_plural = _("lesson progress")
        constraints = [
            models.UniqueConstraint(
                fields=["trainee", "lesson"], name="lessonprogress_once"
            ),
            models.CheckConstraint(
                name="lessonprogress_percent_range",
                condition=models.Q(furthest_percent__lte=100),
            ),
        ]

    def __str__(self):
        return f"{self.trainee} — {self.lesson_id}: {self.furthest_percent}%"

    @property
    def is_read(self) -> bool:
        return self.read_at is not None


class ProgressReceipt(models.Model):
    """A progress report the phone sent under its own id: a repeat is a no-op."""

    trainee = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    client_id = models.UUIDField(_("id given by the phone"))
    received_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["trainee", "client_id"], name="progressreceipt_once"
            ),
        ]

    def __str__(self):
        return str(self.client_id)
