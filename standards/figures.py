"""The figures the computed criteria are worked out from: counts over a centre's
data for one calendar year (reads only).

Each figure is a function of (unit, year, today) returning a number or a small dict
of numbers; `FIGURES` names them for the registry (`computations.py`). "Held" means
on or before today: a session planned for next month is not a session held.
"""

import datetime

from django.db.models import Exists, OuterRef, Q

from classes.models import Attendance, ClassSession, Enrolment, TrainingClass
from classes.policy import ATTENDED
from lecturers import services as lecturer_services
from live.models import LiveSession
from quizzes.models import Sitting
from records.models import Credential
from records.reports import class_passes
from units.roles import Employment


def day_of_count(year: int, today) -> datetime.date:
    """The day a year's roster is read on: the year's last day, or today while
    the year is still running."""
    return min(datetime.date(year, 12, 31), today)


def lecturers(unit, year: int, today) -> dict:
    """Lecturers on the unit's roster (their profiles), by employment, and those
    of each who meet the province's lecturer standard (`lecturers`' check)."""
    return lecturer_services.lecturer_counts(unit, day_of_count(year, today))


def load(unit, year: int, today) -> dict:
    """From the teaching load of the year (held sessions only): full-time
    lecturers, those who reached their norm, and part-time lecturers who taught."""
    rows = lecturer_services.teaching_load(unit, year, today)
    full_time = [r for r in rows if r.employment == Employment.FULL_TIME]
    return {
        "full_time": len(full_time),
        "at_norm": sum(1 for r in full_time if r.load.norm and not r.load.below_norm),
        "part_time_taught": sum(
            1 for r in rows if r.employment == Employment.PART_TIME and r.load.total
        ),
    }


def uncovered_modules(unit, year: int, today) -> int:
    """Modules of the year's classes that no qualified lecturer may teach."""
    return len(
        lecturer_services.uncovered_modules(unit, year, day_of_count(year, today))
    )


def held_sessions(unit, year: int, today):
    return ClassSession.objects.filter(
        training_class__training_unit=unit, date__year=year, date__lte=today
    )


def classes_opened(unit, year: int, today):
    return TrainingClass.objects.filter(
        training_unit=unit, starts_on__year=year, starts_on__lte=today
    )


def classes(unit, year: int, today) -> int:
    """Classes that opened in the year (by today)."""
    return classes_opened(unit, year, today).count()


def programmes(unit, year: int, today) -> int:
    """Different programmes among the classes that opened in the year."""
    return (
        classes_opened(unit, year, today)
        .values("version__programme")
        .distinct()
        .count()
    )


def trainees(unit, year: int, today) -> int:
    """Different people enrolled (and not withdrawn) in the year's classes."""
    return (
        Enrolment.objects.filter(
            training_class__in=classes_opened(unit, year, today),
            status=Enrolment.Status.ACTIVE,
        )
        .values("trainee")
        .distinct()
        .count()
    )


def sessions(unit, year: int, today) -> dict:
    """Sessions held in the year, and those that used IT: a live session opened
    for it (questions, polls, live quizzes), an online quiz taken by the class's
    trainees that day, or a class taught online."""
    held = held_sessions(unit, year, today)
    live = LiveSession.objects.filter(class_session=OuterRef("pk"))
    quiz = Sitting.objects.filter(
        user__enrolments__training_class=OuterRef("training_class"),
        user__enrolments__status=Enrolment.Status.ACTIVE,
        started_at__date=OuterRef("date"),
    )
    with_it = held.filter(
        Q(Exists(live))
        | Q(Exists(quiz))
        | Q(training_class__mode=TrainingClass.Mode.ONLINE)
    )
    return {"held": held.count(), "with_it": with_it.count()}


def attendance(unit, year: int, today) -> dict:
    """Periods recorded at the roll calls of the year, and those attended."""
    marks = Attendance.objects.filter(
        session__in=held_sessions(unit, year, today)
    ).values_list("status", "session__periods")
    recorded = attended = 0
    for status, periods in marks:
        recorded += periods
        if status in ATTENDED:
            attended += periods
    return {"recorded": recorded, "attended": attended}


def passes(unit, year: int, today) -> dict:
    """Trainees of the classes that ended in the year (before today) who met the
    programme's rule, out of those assessed (`records`' standings)."""
    ended = TrainingClass.objects.filter(
        training_unit=unit, ends_on__year=year, ends_on__lt=today
    ).select_related("version")
    eligible = assessed = 0
    for training_class in ended:
        passed, counted = class_passes(training_class)
        eligible += passed
        assessed += counted
    return {"eligible": eligible, "assessed": assessed}


def credentials(unit, year: int, today) -> int:
    """Credentials in force issued by the unit for the year."""
    return Credential.objects.filter(
        training_unit=unit, year=year, status=Credential.Status.VALID
    ).count()


FIGURES = {
    "lecturers": lecturers,
    "load": load,
    "uncovered_modules": uncovered_modules,
    "classes": classes,
    "programmes": programmes,
    "trainees": trainees,
    "sessions": sessions,
    "attendance": attendance,
    "passes": passes,
    "credentials": credentials,
}
