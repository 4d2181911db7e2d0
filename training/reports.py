"""Figures for the centre dashboard and the province view."""

from dataclasses import dataclass

from django.db.models import Count, Q, Sum
from django.db.models.functions import ExtractMonth
from django.utils import timezone

from training.gradebook import class_standings
from training.models import Attendance, Credential, Enrolment, TrainingClass

ATTENDED = [Attendance.Status.PRESENT, Attendance.Status.LATE]


@dataclass
class Figures:
    classes_running: int
    trainees: int
    attendance_rate: float | None
    pass_rate: float | None
    credentials: int


def _rate(part, whole) -> float | None:
    return round(100 * part / whole, 1) if whole else None


def attendance_rate(classes) -> float | None:
    totals = Attendance.objects.filter(session__training_class__in=classes).aggregate(
        all=Sum("session__periods"),
        attended=Sum("session__periods", filter=Q(status__in=ATTENDED)),
    )
    return _rate(totals["attended"] or 0, totals["all"] or 0)


def pass_counts(classes) -> tuple[int, int]:
    """(eligible, assessed) over the finished classes."""
    passed = assessed = 0
    for training_class in classes.filter(ends_on__lt=timezone.localdate()):
        standings = class_standings(training_class)
        assessed += len(standings)
        passed += sum(1 for s in standings if s.outcome.eligible)
    return passed, assessed


def figures(units, year: int) -> Figures:
    classes = TrainingClass.objects.filter(
        training_unit__in=units, starts_on__year=year
    )
    passed, assessed = pass_counts(classes)
    return Figures(
        classes_running=TrainingClass.objects.filter(training_unit__in=units)
        .running()
        .count(),
        trainees=Enrolment.objects.filter(training_class__in=classes)
        .values("trainee")
        .distinct()
        .count(),
        attendance_rate=attendance_rate(classes),
        pass_rate=_rate(passed, assessed),
        credentials=Credential.objects.filter(
            training_unit__in=units, year=year
        ).count(),
    )


def by_programme(units, year: int) -> list[dict]:
    rows = (
        TrainingClass.objects.filter(training_unit__in=units, starts_on__year=year)
        .values("version__programme__name")
        .annotate(
            classes=Count("pk", distinct=True),
            trainees=Count("enrolments", distinct=True),
            credentials=Count("credentials", distinct=True),
        )
        .order_by("version__programme__name")
    )
    return [{"programme": r.pop("version__programme__name"), **r} for r in rows]


def by_month(units, year: int) -> list[dict]:
    """Trainees starting and credentials issued, month by month."""
    starting = dict(
        Enrolment.objects.filter(
            training_class__training_unit__in=units,
            training_class__starts_on__year=year,
        )
        .annotate(month=ExtractMonth("training_class__starts_on"))
        .values_list("month")
        .annotate(n=Count("pk"))
    )
    issued = dict(
        Credential.objects.filter(training_unit__in=units, year=year)
        .annotate(month=ExtractMonth("issued_at"))
        .values_list("month")
        .annotate(n=Count("pk"))
    )
    return [
        {"month": m, "trainees": starting.get(m, 0), "credentials": issued.get(m, 0)}
        for m in range(1, 13)
    ]
