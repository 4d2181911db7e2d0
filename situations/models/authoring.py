"""A situation (tình huống) as editors write it: steps, choices, scores, briefings.

How to walk the graph (used by play, by the live class vote and by the reports):

* The start step is ``situation.start_step()``: the first step in the editor's order.
* ``step.kind`` says what the step asks: a DECISION offers ``step.choices.all()``
  (2–5, in order); a REFLECTION asks for a written answer and then goes on to
  ``step.next_key``; an ENDING closes the run (``step.outcome``, ``step.debrief``).
* A choice leads to ``choice.next_key``; ``situation.step_by_key(key)`` (or
  ``choice.next_step()``) gives the step. ``choice.consequence`` is shown at once,
  and ``choice.points()`` gives its score per competency code (may be negative).

Steps reference each other by ``key`` (e.g. "B3", "K1") so that an editor can link to a
step written in the same form before it is saved. ``situations.graph`` checks the
whole graph, unique keys included, before it is published (a database constraint on
the key would break an editor swapping two keys in one save).
"""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.fields import RichTextField
from wagtail.models import DraftStateMixin, Orderable, RevisionMixin
from wagtail.search import index

from classes.models import TrainingClass
from elearning.vietnamese import slugify_vi


class Competency(models.Model):
    """A competency the exercises score, e.g. "Dân vận" (kept as data)."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    code = models.SlugField(_("code"), max_length=50, unique=True)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("competency")
        verbose_name_plural = _("competencies")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Audience(models.Model):
    """A role the situation is written for, e.g. "Bí thư chi bộ" (kept as data)."""

    name = models.CharField(_("name"), max_length=150, unique=True)

    class Meta:
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")
        ordering = ["name"]

    def __str__(self):
        return self.name


class SituationQuerySet(models.QuerySet):
    def open_to(self, user):
        """Published situations of the user's programmes, and those open to all."""
        published = self.filter(live=True)
        if user.is_superuser:
            return published
        if not user.is_authenticated:
            return self.none()
        classes = TrainingClass.objects.visible_to(user)
        return published.filter(
            models.Q(programmes__isnull=True)
            | models.Q(programmes__versions__classes__in=classes)
        ).distinct()


class Situation(DraftStateMixin, RevisionMixin, index.Indexed, ClusterableModel):
    """A branching case exercise."""

    class Difficulty(models.TextChoices):
        BASIC = "basic", pgettext_lazy("difficulty", "Basic")
        INTERMEDIATE = "intermediate", pgettext_lazy("difficulty", "Intermediate")
        ADVANCED = "advanced", pgettext_lazy("difficulty", "Advanced")

    title = models.CharField(pgettext_lazy("situation", "title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=100, unique=True, blank=True)
    theme = models.CharField(_("theme"), max_length=200)
    summary = models.TextField(
        _("summary"), help_text=_("Shown on the situation card.")
    )
    audiences = ParentalManyToManyField(
        Audience, blank=True, related_name="situations", verbose_name=_("audiences")
    )
    difficulty = models.CharField(
        _("difficulty"),
        max_length=16,
        choices=Difficulty.choices,
        default=Difficulty.INTERMEDIATE,
    )
    legal_basis = models.TextField(
        _("legal basis"), blank=True, help_text=_("One document per line.")
    )
    competencies = ParentalManyToManyField(
        Competency,
        blank=True,
        related_name="situations",
        verbose_name=_("competencies scored"),
    )
    estimated_minutes = models.PositiveSmallIntegerField(
        _("estimated minutes"), default=15
    )
    allow_back = models.BooleanField(
        _("allow going back"),
        default=False,
        help_text=_("Otherwise every decision is final."),
    )
    programmes = ParentalManyToManyField(
        "programmes.Programme",
        blank=True,
        related_name="situations",
        verbose_name=_("programmes"),
        help_text=_("Classes of these programmes play it; none means open to all."),
    )
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="situation")

    objects = SituationQuerySet.as_manager()

    search_fields = [index.SearchField("title"), index.SearchField("theme")]

    class Meta:
        verbose_name = _("situation")
        verbose_name_plural = _("situations")
        ordering = ["title"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify_vi(self.title)[:100]
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        from django.urls import reverse

        return reverse("situations:detail", args=[self.slug])

    @property
    def revisions(self):
        return self._revisions

    def start_step(self):
        return self.steps.order_by("sort_order", "pk").first()

    def step_by_key(self, key: str):
        return self.steps.filter(key=key).first()

    def legal_basis_lines(self) -> list[str]:
        return [line.strip() for line in self.legal_basis.splitlines() if line.strip()]


class Briefing(Orderable):
    """The opening briefing for one audience (a variant of the case)."""

    situation = ParentalKey(
        Situation, on_delete=models.CASCADE, related_name="briefings"
    )
    audience = models.ForeignKey(
        Audience, on_delete=models.PROTECT, related_name="+", verbose_name=_("audience")
    )
    text = RichTextField(_("briefing"))

    class Meta(Orderable.Meta):
        verbose_name = _("briefing")
        verbose_name_plural = _("briefings")


class RubricCriterion(Orderable):
    """A criterion lecturers use to mark reflections, weighted in percent."""

    situation = ParentalKey(Situation, on_delete=models.CASCADE, related_name="rubric")
    name = models.CharField(_("criterion"), max_length=200)
    weight = models.PositiveSmallIntegerField(_("weight (%)"), default=25)

    class Meta(Orderable.Meta):
        verbose_name = _("rubric criterion")
        verbose_name_plural = _("rubric")

    def __str__(self):
        return f"{self.name} ({self.weight}%)"


class Step(Orderable, ClusterableModel):
    """One screen of the case: narrative, then a decision, a reflection or an end."""

    class Kind(models.TextChoices):
        DECISION = "decision", _("Decision")
        REFLECTION = "reflection", _("Written reflection")
        ENDING = "ending", _("Ending")

    class Outcome(models.TextChoices):
        GOOD = "good", pgettext_lazy("outcome", "Good")
        ACCEPTABLE = "acceptable", pgettext_lazy("outcome", "Acceptable")
        POOR = "poor", pgettext_lazy("outcome", "Not good")

    situation = ParentalKey(Situation, on_delete=models.CASCADE, related_name="steps")
    key = models.CharField(
        _("key"), max_length=20, help_text=_('A short code choices point to, e.g. "B3"')
    )
    kind = models.CharField(
        _("kind"), max_length=16, choices=Kind.choices, default=Kind.DECISION
    )
    title = models.CharField(pgettext_lazy("situation", "title"), max_length=200)
    body = RichTextField(_("narrative"), blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("image"),
    )
    audio = models.ForeignKey(
        "wagtaildocs.Document",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("audio"),
    )
    quote = models.TextField(_("quoted document"), blank=True)
    quote_source = models.CharField(
        _("source of the quote"), max_length=300, blank=True
    )
    next_key = models.CharField(_("next step (reflection)"), max_length=20, blank=True)
    outcome = models.CharField(
        _("outcome (ending)"), max_length=16, choices=Outcome.choices, blank=True
    )
    debrief = RichTextField(_("debrief (ending)"), blank=True)
    recommended_path = models.CharField(
        _("recommended path (ending)"),
        max_length=300,
        blank=True,
        help_text=_('Step keys, e.g. "B1, B2, B4, K1"; empty: the best-scoring path.'),
    )

    class Meta(Orderable.Meta):
        verbose_name = _("step")
        verbose_name_plural = _("steps")

    def __str__(self):
        return f"{self.key}. {self.title}"

    def next_step(self):
        return self.situation.step_by_key(self.next_key) if self.next_key else None

    def runs_here(self) -> bool:
        from situations.models.runs import Run

        return Run.objects.filter(current_step=self).exists()


class Choice(Orderable, ClusterableModel):
    """An option of a decision step."""

    step = ParentalKey(Step, on_delete=models.CASCADE, related_name="choices")
    text = models.CharField(_("choice"), max_length=400)
    next_key = models.CharField(_("next step"), max_length=20)
    consequence = models.TextField(_("immediate consequence"), blank=True)

    class Meta(Orderable.Meta):
        verbose_name = _("choice")
        verbose_name_plural = _("choices")

    def __str__(self):
        return self.text

    def next_step(self):
        return self.step.situation.step_by_key(self.next_key)

    def points(self) -> dict[str, int]:
        return {score.competency.code: score.points for score in self.scores.all()}


class ChoiceScore(models.Model):
    """Points a choice gives one competency (may be negative)."""

    choice = ParentalKey(Choice, on_delete=models.CASCADE, related_name="scores")
    competency = models.ForeignKey(
        Competency, on_delete=models.PROTECT, verbose_name=_("competency")
    )
    points = models.SmallIntegerField(_("points"), default=0)

    class Meta:
        verbose_name = _("score")
        verbose_name_plural = _("scores")
        constraints = [
            models.UniqueConstraint(
                fields=["choice", "competency"], name="choice_score_once"
            )
        ]

    def __str__(self):
        return f"{self.competency}: {self.points:+d}"
