"""Questions from the floor and their upvotes."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from live.models.sessions import LiveSession, Participant


class Question(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for approval")
        APPROVED = "approved", _("Shown")
        HIDDEN = "hidden", _("Hidden")
        ARCHIVED = "archived", _("Archived")

    session = models.ForeignKey(
        LiveSession, on_delete=models.CASCADE, related_name="questions"
    )
    author = models.ForeignKey(
        Participant, on_delete=models.CASCADE, related_name="questions"
    )
    anonymous = models.BooleanField(_("anonymous"), default=False)
    text = models.CharField(_("question"), max_length=500)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.APPROVED
    )
    reply = models.CharField(_("lecturer's reply"), max_length=1000, blank=True)
    edited = models.BooleanField(_("edited by the lecturer"), default=False)
    pinned = models.BooleanField(_("pinned"), default=False)
    answered = models.BooleanField(_("answered"), default=False)
    votes = models.PositiveIntegerField(_("votes"), default=0)
    created_at = models.DateTimeField(_("asked at"), auto_now_add=True)

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["-pinned", "-votes", "created_at"]

    def __str__(self):
        return self.text

    @property
    def author_name(self) -> str:
        return "" if self.anonymous else self.author.display_name


class QuestionVote(models.Model):
    question = models.ForeignKey(
        Question, on_delete=models.CASCADE, related_name="upvotes"
    )
    participant = models.ForeignKey(
        Participant, on_delete=models.CASCADE, related_name="upvotes"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["question", "participant"], name="live_upvote_once"
            ),
        ]

    def __str__(self):
        return f"{self.participant} ↑ {self.question_id}"
