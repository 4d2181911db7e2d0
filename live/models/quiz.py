"""Live quiz: questions copied from the bank as they were asked, and the answers."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from live.models.sessions import LiveSession, Participant


class QuizItem(models.Model):
    """One question of the live quiz. What `options`, `correct` and `answer_spec`
    hold depends on its kind:

    - choice, true_false: the options as shown; `correct` their right indexes;
    - ordering: the items as shown (shuffled); `correct` their indexes in the right
      order;
    - typed: no options; `answer_spec` {"accepted": [texts], "ignore_diacritics"};
    - numeric (a slider): `answer_spec` {"min", "max", "step", "answer",
      "tolerance"}.
    """

    class Kind(models.TextChoices):
        CHOICE = "choice", _("Multiple choice")
        TRUE_FALSE = "true_false", _("True/false")
        TYPED = "typed", _("Typed answer")
        ORDERING = "ordering", _("Ordering")
        NUMERIC = "numeric", _("Slider (a number)")

    class State(models.TextChoices):
        DRAFT = "draft", _("Draft")
        OPEN = "open", _("Answering")
        CLOSED = "closed", _("Closed")
        REVEALED = "revealed", _("Answer shown")

    session = models.ForeignKey(
        LiveSession, on_delete=models.CASCADE, related_name="quiz_items"
    )
    source_question_id = models.PositiveBigIntegerField(null=True, blank=True)
    kind = models.CharField(
        _("kind"), max_length=16, choices=Kind.choices, default=Kind.CHOICE
    )
    prompt = models.TextField(_("question"))
    image = models.CharField(_("image"), max_length=500, blank=True)
    answer_spec = models.JSONField(default=dict, blank=True)
    options = models.JSONField(_("options"), default=list, blank=True)
    correct = models.JSONField(_("correct options"), default=list, blank=True)
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
    text = models.CharField(max_length=300, blank=True)
    number = models.FloatField(null=True, blank=True)
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
