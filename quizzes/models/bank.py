"""The question bank: categories, questions and their choices.

How to read a question
----------------------
A ``Question`` has a ``qtype`` and a list of ``Choice`` rows (``question.choices``,
ordered by ``order``). What a choice means depends on the type:

- single, multiple, true_false: one row per option; ``text`` is shown, ``fraction``
  (-1..1) is the credit for picking it, ``feedback`` is shown when it is picked.
- fill_blanks, drag_words: the text holds gaps written ``[[1]]``, ``[[2]]``…; each row
  with ``gap=n`` is an accepted answer for gap n (``fraction`` is its credit). For
  drag_words, rows with ``gap=None`` are distractor words.
- ordering: rows in their correct order (``order``); the player shuffles them.
- matching: ``text`` is the left item, ``match_text`` its right partner; rows with an
  empty ``text`` are extra (distractor) right items.
- numeric: ``number`` ± ``tolerance`` earns ``fraction``; the first matching row wins.
- essay: no rows; a lecturer marks it (``rubric``, ``min_words``, ``max_words``).

How to score an answer
----------------------
``quizzes.scoring.score(question.spec(), response)`` returns the fraction earned
(``Decimal``, or ``None`` for an essay awaiting marking). ``response`` is a dict whose
shape depends on the type (see ``quizzes/scoring.py``); build it from untrusted input
with ``quizzes.responses.parse_response(spec, raw)``, which raises ``ValueError`` with a
Vietnamese message on bad input. ``spec()`` gives plain values, so scoring needs no ORM.
"""

from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from programmes.models import Programme, ProgrammeModule
from quizzes import scoring


class Category(models.Model):
    """A folder of the question bank, usually one per programme module."""

    name = models.CharField(_("name"), max_length=255, unique=True)
    programme = models.ForeignKey(
        Programme,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="question_categories",
        verbose_name=_("programme"),
    )
    module = models.ForeignKey(
        ProgrammeModule,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="question_categories",
        verbose_name=_("module"),
    )
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("question category")
        verbose_name_plural = _("question categories")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Question(ClusterableModel):
    """A reusable question; see the module docstring for its choices and scoring."""

    class Type(models.TextChoices):
        SINGLE = "single", _("Single choice")
        MULTIPLE = "multiple", _("Multiple choice")
        TRUE_FALSE = "true_false", _("True/false")
        FILL_BLANKS = "fill_blanks", _("Fill in the blanks")
        DRAG_WORDS = "drag_words", _("Drag the words")
        ORDERING = "ordering", _("Ordering")
        MATCHING = "matching", _("Matching")
        NUMERIC = "numeric", _("Numeric")
        ESSAY = "essay", _("Essay")

    class Format(models.TextChoices):
        PLAIN = "plain", _("Plain text")
        HTML = "html", _("HTML")
        MARKDOWN = "markdown", _("Markdown")
        MOODLE = "moodle", _("Moodle auto-format")

    category = models.ForeignKey(
        Category,
        on_delete=models.PROTECT,
        related_name="questions",
        verbose_name=_("category"),
    )
    qtype = models.CharField(_("type"), max_length=16, choices=Type.choices)
    title = models.CharField(_("title"), max_length=255)
    text = models.TextField(
        _("question text"), help_text=_("Write gaps as [[1]], [[2]]… where needed.")
    )
    text_format = models.CharField(
        _("text format"), max_length=16, choices=Format.choices, default=Format.PLAIN
    )
    general_feedback = models.TextField(_("general feedback"), blank=True)
    explanation = models.TextField(_("explanation"), blank=True)
    default_mark = models.DecimalField(
        _("default mark"), max_digits=6, decimal_places=2, default=Decimal("1")
    )
    shuffle_choices = models.BooleanField(_("shuffle choices"), default=True)
    negative_marks = models.BooleanField(
        _("allow a negative total"),
        default=False,
        help_text=_("Wrong picks with negative weights may take the mark below zero."),
    )
    case_sensitive = models.BooleanField(_("case sensitive"), default=False)
    ignore_diacritics = models.BooleanField(
        _("accept answers without diacritics"),
        default=False,
        help_text=_('"dang vien" then matches "đảng viên".'),
    )
    rubric = models.TextField(_("marking rubric"), blank=True)
    min_words = models.PositiveIntegerField(_("minimum words"), null=True, blank=True)
    max_words = models.PositiveIntegerField(_("maximum words"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["category", "id"]

    def __str__(self):
        return self.title

    def spec(self) -> scoring.QuestionSpec:
        """The question as plain values for quizzes.scoring."""
        return scoring.QuestionSpec(
            qtype=self.qtype,
            choices=tuple(c.spec() for c in self.choices.all()),
            case_sensitive=self.case_sensitive,
            ignore_diacritics=self.ignore_diacritics,
            negative_marks=self.negative_marks,
        )


class Choice(models.Model):
    """An option, accepted answer, pair or item of a question (see the module doc)."""

    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="choices")
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    gap = models.PositiveSmallIntegerField(_("gap"), null=True, blank=True)
    text = models.TextField(_("text"), blank=True)
    match_text = models.CharField(_("matching item"), max_length=500, blank=True)
    number = models.DecimalField(
        _("number"), max_digits=30, decimal_places=10, null=True, blank=True
    )
    tolerance = models.DecimalField(
        _("tolerance"), max_digits=30, decimal_places=10, default=Decimal("0")
    )
    fraction = models.DecimalField(
        _("credit"),
        max_digits=8,
        decimal_places=5,
        default=Decimal("0"),
        validators=[MinValueValidator(-1), MaxValueValidator(1)],
        help_text=_("From -1 to 1; 1 is full credit."),
    )
    feedback = models.TextField(_("feedback"), blank=True)

    class Meta:
        verbose_name = _("choice")
        verbose_name_plural = pgettext_lazy("question", "choices")
        ordering = ["question", "order", "id"]

    def __str__(self):
        return self.text or self.match_text or str(self.number)

    def spec(self) -> scoring.ChoiceSpec:
        return scoring.ChoiceSpec(
            id=self.pk,
            text=self.text,
            fraction=self.fraction,
            order=self.order,
            gap=self.gap,
            match_text=self.match_text,
            number=self.number,
            tolerance=self.tolerance,
        )
