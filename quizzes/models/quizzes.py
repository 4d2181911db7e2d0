"""Quizzes: the rules of django-quiz-app plus Moodle's timing, attempts and review."""

from datetime import timedelta
from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from classes.models import TrainingClass
from programmes.models import Programme, ProgrammeModule
from quizzes.models.bank import Question


class ReviewItem(models.TextChoices):
    """What a trainee may see when reviewing an attempt (Moodle's rows)."""

    ATTEMPT = "attempt", _("The attempt (own answers)")
    CORRECTNESS = "correctness", _("Whether correct")
    MARKS = "marks", _("Marks")
    SPECIFIC_FEEDBACK = "specific_feedback", _("Specific feedback")
    GENERAL_FEEDBACK = "general_feedback", _("General feedback")
    RIGHT_ANSWER = "right_answer", _("Right answer")
    OVERALL_FEEDBACK = "overall_feedback", _("Overall feedback")


class ReviewPhase(models.TextChoices):
    """When (Moodle's columns)."""

    DURING = "during", _("During the attempt")
    IMMEDIATELY = "immediately", _("Immediately after the attempt")
    OPEN = "open", _("Later, while the quiz is still open")
    CLOSED = "closed", _("After the quiz is closed")


ALL_REVIEW = [item.value for item in ReviewItem]


def default_review():
    return {
        ReviewPhase.DURING: [],
        ReviewPhase.IMMEDIATELY: ALL_REVIEW,
        ReviewPhase.OPEN: ALL_REVIEW,
        ReviewPhase.CLOSED: ALL_REVIEW,
    }


class QuizQuerySet(models.QuerySet):
    def published(self):
        return self.filter(draft=False)

    def visible_to(self, user):
        """Published quizzes of the programmes the user studies (or of none)."""
        if not user.is_authenticated:
            return self.none()
        if user.is_superuser or user.is_staff:
            return self.published()
        programmes = TrainingClass.objects.for_trainee(user).values(
            "version__programme"
        )
        return self.published().filter(
            Q(programme__isnull=True) | Q(programme__in=programmes)
        )

    def open_now(self, now=None):
        now = now or timezone.now()
        return self.published().filter(
            Q(open_at__isnull=True) | Q(open_at__lte=now),
            Q(close_at__isnull=True) | Q(close_at__gt=now),
        )


class Quiz(ClusterableModel):
    """A quiz or exam: which questions, and the rules of an attempt (a Sitting)."""

    class Overdue(models.TextChoices):
        AUTOSUBMIT = "autosubmit", _("Submit automatically with the saved answers")
        GRACE = "grace", _("Allow a grace period to submit, but not to change answers")
        ABANDON = "abandon", _("Attempts must be submitted before time expires")

    title = models.CharField(_("title"), max_length=255)
    slug = models.SlugField(_("slug"), max_length=255, unique=True, allow_unicode=False)
    description = models.TextField(_("description"), blank=True)
    programme = models.ForeignKey(
        Programme,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="quizzes",
        verbose_name=_("programme"),
    )
    module = models.ForeignKey(
        ProgrammeModule,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="quizzes",
        verbose_name=_("module"),
    )
    questions = models.ManyToManyField(
        Question, through="QuizQuestion", related_name="quizzes"
    )
    random_order = models.BooleanField(_("random order"), default=False)
    max_questions = models.PositiveIntegerField(
        _("maximum questions"),
        null=True,
        blank=True,
        help_text=_("Draw this many questions at random for each attempt."),
    )
    answers_at_end = models.BooleanField(
        _("answers at end"),
        default=False,
        help_text=_("Show right answers only after the whole quiz is submitted."),
    )
    right_answers_between_attempts = models.BooleanField(
        _("show right answers while attempts remain"),
        default=False,
        help_text=_(
            "Left unticked (Moodle's default), a quiz with more than one attempt shows "
            "the right answers only after the trainee's last attempt or once the quiz "
            "has closed, whatever the review options say. Do not tick it for a final "
            "test: a trainee could copy the answers into the next attempt."
        ),
    )
    exam_paper = models.BooleanField(
        _("exam paper"),
        default=False,
        help_text=_("Keep every attempt for the record; attempts cannot be deleted."),
    )
    single_attempt = models.BooleanField(_("single attempt"), default=False)
    attempts_allowed = models.PositiveSmallIntegerField(
        _("attempts allowed"), default=0, help_text=_("0 means unlimited.")
    )
    pass_mark = models.DecimalField(
        _("pass mark (out of 10)"),
        max_digits=4,
        decimal_places=2,
        default=Decimal("5"),
        validators=[MinValueValidator(0), MaxValueValidator(10)],
    )
    success_text = models.TextField(_("success text"), blank=True)
    fail_text = models.TextField(_("fail text"), blank=True)
    draft = models.BooleanField(_("draft"), default=False)
    time_limit = models.DurationField(_("time limit"), null=True, blank=True)
    overdue_handling = models.CharField(
        _("when time expires"),
        max_length=16,
        choices=Overdue.choices,
        default=Overdue.AUTOSUBMIT,
    )
    grace_period = models.DurationField(_("grace period"), default=timedelta(minutes=5))
    open_at = models.DateTimeField(_("opens"), null=True, blank=True)
    close_at = models.DateTimeField(_("closes"), null=True, blank=True)
    review = models.JSONField(_("review options"), default=default_review)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    objects = QuizQuerySet.as_manager()

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")
        ordering = ["title"]
        constraints = [
            models.CheckConstraint(
                name="quiz_dates_ordered",
                condition=Q(open_at__isnull=True)
                | Q(close_at__isnull=True)
                | Q(close_at__gt=models.F("open_at")),
                violation_error_message=_("The quiz must close after it opens."),
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        from django.urls import reverse

        return reverse("quizzes:quiz", args=[self.slug])

    @property
    def max_attempts(self) -> int:
        """0 means unlimited; single_attempt (django-quiz-app) means 1."""
        return 1 if self.single_attempt else self.attempts_allowed

    @property
    def gives_away_answers(self) -> bool:
        """Right answers shown while a trainee may still try again."""
        return self.right_answers_between_attempts and self.max_attempts != 1

    def review_allows(self, item: str, phase: str) -> bool:
        return item in (self.review or {}).get(phase, [])


class QuizQuestion(models.Model):
    """A question's slot in a quiz, with its order and mark."""

    quiz = ParentalKey(Quiz, on_delete=models.CASCADE, related_name="slots")
    question = models.ForeignKey(
        Question,
        on_delete=models.PROTECT,
        related_name="slots",
        verbose_name=_("question"),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    mark = models.DecimalField(
        _("mark"), max_digits=6, decimal_places=2, default=Decimal("1")
    )

    class Meta:
        verbose_name = _("quiz question")
        verbose_name_plural = _("quiz questions")
        ordering = ["quiz", "order", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["quiz", "question"], name="quizquestion_once"
            ),
        ]

    def __str__(self):
        return f"{self.quiz} — {self.question}"
