"""Figures for the centre dashboard and the province view."""

from dataclasses import dataclass

from django.db.models import Count, Q, Sum
from django.db.models.functions import ExtractMonth
from django.utils import timezone

from classes.models import Attendance, ClassSession, Enrolment, TrainingClass
from classes.policy import ATTENDED
from records.gradebook import class_standings
from records.models import Credential


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


def class_passes(training_class, memo: dict | None = None) -> tuple[int, int]:
    """(eligible, assessed) in one class; ``memo`` keeps them for one request."""
    if memo is not None and training_class.pk in memo:
        return memo[training_class.pk]
    standings = class_standings(training_class)
    counts = (sum(1 for s in standings if s.outcome.eligible), len(standings))
    if memo is not None:
        memo[training_class.pk] = counts
    return counts


def pass_counts(classes, memo: dict | None = None) -> tuple[int, int]:
    """(eligible, assessed) over the finished classes."""
    passed = assessed = 0
    for training_class in classes.filter(ends_on__lt=timezone.localdate()):
        eligible, counted = class_passes(training_class, memo)
        passed += eligible
        assessed += counted
    return passed, assessed


def figures(units, year: int, memo: dict | None = None) -> Figures:
    classes = TrainingClass.objects.filter(
        training_unit__in=units, starts_on__year=year
    )
    passed, assessed = pass_counts(classes, memo)
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
            training_unit__in=units, year=year, status=Credential.Status.VALID
        ).count(),
    )


def by_programme(units, year: int) -> list[dict]:
    rows = (
        TrainingClass.objects.filter(training_unit__in=units, starts_on__year=year)
        .values("version__programme__name")
        .annotate(
            classes=Count("pk", distinct=True),
            trainees=Count("enrolments", distinct=True),
            credentials=Count(
                "credentials",
                filter=Q(credentials__status=Credential.Status.VALID),
                distinct=True,
            ),
        )
        .order_by("version__programme__name")
    )
    return [{"programme": r.pop("version__programme__name"), **r} for r in rows]


def month_label(year: int, month: int) -> str:
    """ "11/2026": month and year as on the register (mm/yyyy)."""
    return f"{month:02d}/{year}"


def month_rows(
    year: int,
    *,
    sessions: dict[int, int],
    attendance: dict[int, tuple[int, int]],
    passes: dict[int, tuple[int, int]],
    credentials: dict[int, int],
    trainees: dict[int, int],
) -> list[dict]:
    """Twelve rows, January to December, with the rates worked out (no database).

    ``attendance`` maps a month to (attended periods, recorded periods) and
    ``passes`` to (eligible, assessed); the other maps are counts. A rate with
    nothing to divide by is None ("—"), not 0.
    """
    rows = []
    for month in range(1, 13):
        attended, expected = attendance.get(month, (0, 0))
        passed, assessed = passes.get(month, (0, 0))
        rows.append(
            {
                "month": month,
                "label": month_label(year, month),
                "sessions": sessions.get(month, 0),
                "attendance_rate": _rate(attended, expected),
                "assessed": assessed,
                "passed": passed,
                "pass_rate": _rate(passed, assessed),
                "credentials": credentials.get(month, 0),
                "trainees": trainees.get(month, 0),
            }
        )
    return rows


def _per_month(queryset, field: str, **sums) -> dict[int, dict]:
    """{month: {name: value}} grouped in the database by the month of ``field``."""
    rows = (
        queryset.annotate(month=ExtractMonth(field))
        .values("month")
        .annotate(**sums)
        .order_by("month")
    )
    return {row.pop("month"): row for row in rows}


def by_month(units, year: int, memo: dict | None = None) -> list[dict]:
    """Month by month: sessions held, attendance rate (present or late over the
    periods recorded, as the yearly figure), pass rate of the classes that ended
    that month, credentials issued and trainees whose class started."""
    today = timezone.localdate()
    return month_rows(
        year,
        sessions=_sessions_by_month(units, year, today),
        attendance=_attendance_by_month(units, year),
        trainees=_trainees_by_month(units, year),
        credentials=_credentials_by_month(units, year),
        passes=_passes_by_month(units, year, today, memo),
    )


def _sessions_by_month(units, year: int, today) -> dict[int, int]:
    """{month: sessions held by ``today``} in the year."""
    sessions = _per_month(
        ClassSession.objects.filter(
            training_class__training_unit__in=units, date__year=year, date__lte=today
        ),
        "date",
        n=Count("pk"),
    )
    return {m: r["n"] for m, r in sessions.items()}


def _attendance_by_month(units, year: int) -> dict[int, tuple[int, int]]:
    """{month: (attended periods, recorded periods)} by the date of the session."""
    attendance = _per_month(
        Attendance.objects.filter(
            session__training_class__training_unit__in=units,
            session__date__year=year,
        ),
        "session__date",
        expected=Sum("session__periods"),
        attended=Sum("session__periods", filter=Q(status__in=ATTENDED)),
    )
    return {m: (r["attended"] or 0, r["expected"] or 0) for m, r in attendance.items()}


def _trainees_by_month(units, year: int) -> dict[int, int]:
    """{month: enrolments} by the month their class starts."""
    starting = _per_month(
        Enrolment.objects.filter(
            training_class__training_unit__in=units,
            training_class__starts_on__year=year,
        ),
        "training_class__starts_on",
        n=Count("pk"),
    )
    return {m: r["n"] for m, r in starting.items()}


def _credentials_by_month(units, year: int) -> dict[int, int]:
    """{month: credentials} by the month they were issued."""
    issued = _per_month(
        Credential.objects.filter(
            training_unit__in=units, year=year, status=Credential.Status.VALID
        ),
        "issued_at",
        n=Count("pk"),
    )
    return {m: r["n"] for m, r in issued.items()}


def _passes_by_month(
    units, year: int, today, memo: dict | None = None
) -> dict[int, tuple[int, int]]:
    """{month: (eligible, assessed)} over the classes that ended that month, before
    ``today``."""
    passes: dict[int, tuple[int, int]] = {}
    ended = TrainingClass.objects.filter(
        training_unit__in=units, ends_on__year=year, ends_on__lt=today
    ).select_related("version")
    for training_class in ended:
        month = training_class.ends_on.month
        eligible, counted = class_passes(training_class, memo)
        before = passes.get(month, (0, 0))
        passes[month] = (before[0] + eligible, before[1] + counted)
    return passes
