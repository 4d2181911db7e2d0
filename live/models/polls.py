"""Polls: choices, rating scales, word clouds and open text."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from live.models.sessions import LiveSession, Participant


class Poll(models.Model):
    class Kind(models.TextChoices):
        SINGLE = "single", _("Single choice")
        MULTIPLE = "multiple", _("Multiple choice")
        RATING = "rating", _("Rating scale")
        WORDS = "words", _("Word cloud")
        TEXT = "text", _("Open text")

    class State(models.TextChoices):
        DRAFT = "draft", _("Draft")
        OPEN = "open", _("Open")
        CLOSED = "closed", _("Closed")

    session = models.ForeignKey(
        LiveSession, on_delete=models.CASCADE, related_name="polls"
    )
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    prompt = models.CharField(_("question"), max_length=300)
    options = models.JSONField(_("options"), default=list, blank=True)
    scale = models.PositiveSmallIntegerField(_("scale"), default=5)
    results_visible = models.BooleanField(_("show results live"), default=True)
    state = models.CharField(
        _("state"), max_length=8, choices=State.choices, default=State.DRAFT
    )
    position = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("poll")
        verbose_name_plural = _("polls")
        ordering = ["position", "pk"]

    def __str__(self):
        return self.prompt


class PollResponse(models.Model):
    """One person's answer: option indexes, a rating, words or a text."""

    poll = models.ForeignKey(Poll, on_delete=models.CASCADE, related_name="responses")
    participant = models.ForeignKey(
        Participant, on_delete=models.CASCADE, related_name="poll_responses"
    )
    choices = models.JSONField(default=list, blank=True)
    text = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["poll", "participant"], name="live_poll_response_once"
            ),
        ]

    def __str__(self):
        return f"{self.participant}: {self.choices or self.text}"
