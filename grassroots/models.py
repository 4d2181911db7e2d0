"""The grassroots' questions (hỏi đáp cơ sở): what cadres ask, who answers, what
is published. A question lives in one centre's queue (the centre that serves the
commune it comes from); the centre routes it, a lecturer answers, the centre's
manager reviews and publishes it with references to lessons and documents."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from lessons.search import words_in


class Topic(models.Model):
    """A subject questions are filed under, e.g. "Đất đai, giải phóng mặt bằng"."""

    name = models.CharField(_("name"), max_length=120, unique=True)
    description = models.TextField(_("description"), blank=True)
    lessons = models.ManyToManyField(
        "lessons.LessonPage",
        blank=True,
        related_name="grassroots_topics",
        verbose_name=_("lessons on this topic"),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = pgettext_lazy("grassroots", "topic")
        verbose_name_plural = pgettext_lazy("grassroots", "topics")
        ordering = ["order", "name"]

    def __str__(self):
        return self.name


class QuestionQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Question.Status.PUBLISHED)

    def overdue(self, today=None):
        return self.filter(
            status__in=Question.OPEN, due_on__lt=today or timezone.localdate()
        )


class Question(models.Model):
    class Status(models.TextChoices):
        NEW = "new", _("Waiting to be routed")
        ASSIGNED = "assigned", _("Routed, waiting for the answer")
        ANSWERED = "answered", _("Answered, waiting for review")
        PUBLISHED = "published", pgettext_lazy("announcement", "Published")
        DECLINED = "declined", _("Declined")

    # Still in the centre's hands: these can be overdue.
    OPEN = [Status.NEW, Status.ASSIGNED, Status.ANSWERED]

    class Source(models.TextChoices):
        PHONE = "phone", _("Sent by the asker")
        LIVE = "live", _("Kept from a live session")

    asker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="grassroots_questions",
        verbose_name=_("asked by"),
    )
    anonymous = models.BooleanField(
        _("anonymous"),
        default=False,
        help_text=_("Other people do not see your name; the centre does."),
    )
    topic = models.ForeignKey(
        Topic,
        on_delete=models.PROTECT,
        related_name="questions",
        verbose_name=pgettext_lazy("grassroots", "topic"),
    )
    commune = models.ForeignKey(
        "units.AdminUnit",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="grassroots_questions",
        verbose_name=_("commune"),
    )
    centre = models.ForeignKey(
        "units.TrainingUnit",
        on_delete=models.PROTECT,
        related_name="grassroots_questions",
        verbose_name=_("centre"),
    )
    programme = models.ForeignKey(
        "programmes.Programme",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="grassroots_questions",
        verbose_name=_("programme"),
    )
    text = models.TextField(_("question"), max_length=2000)
    attachment = models.FileField(
        _("photo or document"), upload_to="grassroots/%Y/%m/", blank=True
    )
    source = models.CharField(
        _("source"), max_length=8, choices=Source.choices, default=Source.PHONE
    )
    live_question = models.OneToOneField(
        "live.Question",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="grassroots_question",
        verbose_name=_("live session question"),
    )
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.NEW
    )
    created_at = models.DateTimeField(_("asked at"), default=timezone.now)
    # Routing: to a lecturer; to another unit (the provincial school) whose
    # lecturers may answer; or to a partner body (the Front, a union…), whose
    # answer the centre's manager records.
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="grassroots_assignments",
        verbose_name=_("lecturer"),
    )
    assigned_unit = models.ForeignKey(
        "units.TrainingUnit",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="grassroots_assignments",
        verbose_name=_("unit"),
    )
    assigned_partner = models.ForeignKey(
        "partners.Organisation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="grassroots_questions",
        verbose_name=_("partner body"),
    )
    routed_at = models.DateTimeField(_("routed at"), null=True, blank=True)
    due_on = models.DateField(_("answer due"), null=True, blank=True)
    answer = models.TextField(_("answer"), blank=True, max_length=8000)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("answered by"),
    )
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    review_note = models.TextField(_("note to the lecturer"), blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("published by"),
    )
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    decline_reason = models.TextField(_("reason"), blank=True)
    lessons = models.ManyToManyField(
        "lessons.LessonPage",
        blank=True,
        related_name="grassroots_questions",
        verbose_name=_("lessons referred to"),
    )
    documents = models.ManyToManyField(
        "wagtaildocs.Document",
        blank=True,
        related_name="grassroots_questions",
        verbose_name=_("documents referred to"),
    )
    # Set when the asker opens the question after its answer was published.
    asker_seen_at = models.DateTimeField(null=True, blank=True, editable=False)
    # Folded words of the question and its answer, each after a space (as lessons').
    search_text = models.TextField(default="", editable=False)

    objects = QuestionQuerySet.as_manager()

    class Meta:
        verbose_name = _("grassroots question")
        verbose_name_plural = _("grassroots questions")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["centre", "status"], name="grassroots_queue"),
            models.Index(fields=["asker", "created_at"], name="grassroots_asker_day"),
            models.Index(fields=["status", "published_at"], name="grassroots_bank"),
        ]

    def __str__(self):
        return self.text[:80]

    def save(self, *args, **kwargs):
        self.search_text = folded_words(f"{self.text}\n{self.answer}")
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "search_text"}
        return super().save(*args, **kwargs)

    @property
    def asker_name(self) -> str:
        """The name other people see: none when the asker chose to stay anonymous."""
        if self.anonymous or self.asker is None:
            return ""
        return self.asker.full_name

    @property
    def is_overdue(self) -> bool:
        return (
            self.status in self.OPEN
            and self.due_on is not None
            and self.due_on < timezone.localdate()
        )

    @property
    def is_image(self) -> bool:
        return self.attachment.name.lower().rsplit(".", 1)[-1] in IMAGE_EXTENSIONS

    @property
    def attachment_name(self) -> str:
        return self.attachment.name.rsplit("/", 1)[-1]


IMAGE_EXTENSIONS = {"jpg", "jpeg", "png"}


def folded_words(text: str) -> str:
    return " " + " ".join(words_in(text)) + " "
