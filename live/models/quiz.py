"""Live quiz: questions copied from the bank as they were asked, and the answers."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from live.models.sessions import LiveSession, Participant


class QuizItem(models.Model):
    class State(models.TextChoices):
        DRAFT = "draft", _("Draft")
        OPEN = "open", _("Answering")
        CLOSED = "closed", _("Closed")
        REVEALED = "revealed", _("Answer shown")

    session = models.ForeignKey(
        LiveSession, on_delete=models.CASCADE, related_name="quiz_items"
    )
    source_question_id = models.PositiveBigIntegerField(null=True, blank=True)
    prompt = models.TextField(_("question"))
    options = models.JSONField(_("options"), default=list)
    correct = models.JSONField(_("correct options"), default=list)
    multiple = models.BooleanField(default=False)
    seconds = models.PositiveSmallIntegerField(_("seconds to answer"), default=30)
    state = models.CharField(
        _("state"), max_length=8, choices=State.choices, default=State.DRAFT
    )
    opened_at = models.DateTimeField(null=True, blank=True)
    position = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("live quiz question")
        verbose_name_plural = _("live quiz questions")
        ordering = ["position", "pk"]

    def __str__(self):
        return self.prompt[:80]


class QuizAnswer(models.Model):
    item = models.ForeignKey(QuizItem, on_delete=models.CASCADE, related_name="answers")
    participant = models.ForeignKey(
        Participant, on_delete=models.CASCADE, related_name="quiz_answers"
    )
    choices = models.JSONField(default=list)
    correct = models.BooleanField(default=False)
    points = models.PositiveIntegerField(default=0)
    elapsed_ms = models.PositiveIntegerField(default=0)
    answered_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["item", "participant"], name="live_quiz_answer_once"
            ),
        ]

    def __str__(self):
        return f"{self.participant}: {self.choices}"
