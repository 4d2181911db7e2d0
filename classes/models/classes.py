"""Classes (lớp), their enrolments, timetable sessions (buổi) and attendance."""

from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from programmes.models import ProgrammeVersion
from units.models.units import TrainingUnit


class TrainingClassQuerySet(models.QuerySet):
    def for_trainee(self, user):
        """Classes the user is enrolled in (and has not withdrawn from)."""
        return self.filter(
            enrolments__trainee=user, enrolments__status=Enrolment.Status.ACTIVE
        ).distinct()

    def taught_by(self, user):
        return self.filter(
            Q(head_lecturer=user) | Q(sessions__lecturer=user)
        ).distinct()

    def visible_to(self, user):
        """Classes of the units the user manages, teaches or studies in."""
        if user.is_superuser:
            return self.all()
        if not user.is_authenticated:
            return self.none()
        managed = TrainingUnit.objects.managed_by(user)
        return self.filter(
            Q(training_unit__in=managed)
            | Q(pk__in=self.taught_by(user).values("pk"))
            | Q(pk__in=self.for_trainee(user).values("pk"))
        ).distinct()

    def running(self, on=None):
        day = on or timezone.localdate()
        return self.filter(starts_on__lte=day, ends_on__gte=day)


class TrainingClass(models.Model):
    """A class (lớp) of one programme version, run by one training unit."""

    class Mode(models.TextChoices):
        FULL_TIME = "full_time", _("Full-time (tập trung)")
        PART_TIME = "part_time", _("Part-time (không tập trung)")
        ONLINE = "online", _("Online (trực tuyến)")
        BLENDED = "blended", _("Blended (kết hợp)")

    training_unit = models.ForeignKey(
        TrainingUnit,
        on_delete=models.PROTECT,
        related_name="classes",
        verbose_name=_("training unit"),
    )
    version = models.ForeignKey(
        ProgrammeVersion,
        on_delete=models.PROTECT,
        related_name="classes",
        verbose_name=_("programme version"),
    )
    code = models.CharField(
        _("code"), max_length=100, help_text=_('e.g. "Khóa 86" or "Đợt 1 năm 2026"')
    )
    mode = models.CharField(
        _("mode"), max_length=16, choices=Mode.choices, default=Mode.FULL_TIME
    )
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))
    head_lecturer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="headed_classes",
        verbose_name=_("head lecturer"),
    )
    location = models.CharField(_("location"), max_length=300, blank=True)
    # Overrides of the version's assessment policy; empty means "as the version".
    min_attendance_percent = models.PositiveSmallIntegerField(
        _("minimum attendance (%)"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(100)],
    )
    pass_score = models.DecimalField(
        _("pass score"),
        max_digits=4,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(10)],
    )
    rounding = models.DecimalField(
        _("round final score to"),
        max_digits=3,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0.01"))],
    )

    objects = TrainingClassQuerySet.as_manager()

    class Meta:
        verbose_name = _("class")
        verbose_name_plural = _("classes")
        ordering = ["-starts_on", "code"]
        constraints = [
            models.UniqueConstraint(
                fields=["training_unit", "version", "code"], name="class_code_unique"
            ),
            models.CheckConstraint(
                name="class_dates_ordered",
                condition=Q(ends_on__gte=models.F("starts_on")),
                violation_error_message=_(
                    "The end date cannot be before the start date."
                ),
            ),
        ]

    def __str__(self):
        return f"{self.version.programme} — {self.code}"

    @property
    def programme(self):
        return self.version.programme


class Enrolment(models.Model):
    """A trainee in a class; withdrawal keeps the row and its history."""

    class Status(models.TextChoices):
        ACTIVE = "active", _("Studying")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    training_class = models.ForeignKey(
        TrainingClass,
        on_delete=models.CASCADE,
        related_name="enrolments",
        verbose_name=_("class"),
    )
    trainee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="enrolments",
        verbose_name=_("trainee"),
    )
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.ACTIVE
    )
    class_role = models.CharField(
        _("class committee role"),
        max_length=100,
        blank=True,
        help_text=_('e.g. "Lớp trưởng"'),
    )
    enrolled_at = models.DateTimeField(_("enrolled at"), default=timezone.now)
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)
    withdrawal_reason = models.CharField(_("reason"), max_length=300, blank=True)
    commune = models.ForeignKey(
        "units.AdminUnit",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("commune or ward"),
    )

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        ordering = ["training_class", "trainee__sort_key"]
        constraints = [
            models.UniqueConstraint(
                fields=["training_class", "trainee"], name="enrolment_once"
            ),
        ]

    def __str__(self):
        return f"{self.trainee} — {self.training_class}"


class ClassSession(models.Model):
    """A half-day session (buổi) of the timetable."""

    class Part(models.TextChoices):
        MORNING = "morning", _("Morning")
        AFTERNOON = "afternoon", _("Afternoon")
        EVENING = "evening", _("Evening")

    training_class = models.ForeignKey(
        TrainingClass,
        on_delete=models.CASCADE,
        related_name="sessions",
        verbose_name=_("class"),
    )
    date = models.DateField(_("date"))
    part = models.CharField(_("part of day"), max_length=16, choices=Part.choices)
    periods = models.PositiveSmallIntegerField(_("periods"), default=5)
    topic = models.CharField(_("topic"), max_length=300)
    lecturer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="taught_sessions",
        verbose_name=_("lecturer"),
    )
    room = models.CharField(_("room or online link"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        ordering = ["date", "part"]
        constraints = [
            models.UniqueConstraint(
                fields=["training_class", "date", "part"], name="session_once_per_part"
            ),
        ]

    def __str__(self):
        day = f"{self.date:%d/%m/%Y}"
        return f"{self.training_class.code} — {day} {self.get_part_display()}"


class Attendance(models.Model):
    """Whether a trainee was at a session, and how that was recorded."""

    class Status(models.TextChoices):
        PRESENT = "present", _("Present")
        LATE = "late", _("Late")
        EXCUSED = "excused", _("Excused absence")
        ABSENT = "absent", _("Absent")

    class Source(models.TextChoices):
        LECTURER = "lecturer", _("Marked by the lecturer")
        CHECK_IN = "check_in", _("Self check-in")
        LIVE = "live", _("Joined the live session")

    session = models.ForeignKey(
        ClassSession, on_delete=models.CASCADE, related_name="attendance"
    )
    trainee = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="attendance"
    )
    status = models.CharField(_("status"), max_length=16, choices=Status.choices)
    source = models.CharField(_("source"), max_length=16, choices=Source.choices)
    recorded_at = models.DateTimeField(_("recorded at"), auto_now=True)
    note = models.CharField(_("note"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [
            models.UniqueConstraint(
                fields=["session", "trainee"], name="attendance_once"
            ),
        ]

    def __str__(self):
        return f"{self.trainee} — {self.session}: {self.get_status_display()}"
