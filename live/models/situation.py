"""Live situation: decision points put to the class, and the votes."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from live.models.sessions import LiveSession, Participant


class SituationStep(models.Model):
    """One decision point, copied from the situation as it was put to the class."""

    class State(models.TextChoices):
        DRAFT = "draft", _("Draft")
        OPEN = "open", _("Voting")
        REVEALED = "revealed", _("Consequence shown")

    session = models.ForeignKey(
        LiveSession, on_delete=models.CASCADE, related_name="situation_steps"
    )
    source_situation_id = models.PositiveBigIntegerField(null=True, blank=True)
    source_step_id = models.PositiveBigIntegerField(null=True, blank=True)
    title = models.CharField(_("situation"), max_length=300, blank=True)
    prompt = models.TextField(_("decision point"))
    choices = models.JSONField(_("choices"), default=list)
    state = models.CharField(
        _("state"), max_length=8, choices=State.choices, default=State.DRAFT
    )
    chosen = models.PositiveSmallIntegerField(null=True, blank=True)
    position = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("live situation step")
        verbose_name_plural = _("live situation steps")
        ordering = ["position", "pk"]

    def __str__(self):
        return self.prompt[:80]


class SituationVote(models.Model):
    step = models.ForeignKey(
        SituationStep, on_delete=models.CASCADE, related_name="votes"
    )
    participant = models.ForeignKey(
        Participant, on_delete=models.CASCADE, related_name="situation_votes"
    )
    choice = models.PositiveSmallIntegerField()
    voted_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["step", "participant"], name="live_situation_vote_once"
            ),
        ]

    def __str__(self):
        return f"{self.participant}: {self.choice}"
