"""A trainee's attendance figures: plain values in, plain values out.

Only sessions already held count: a session is held once its day has passed, or on
its day once the roll has been taken (someone's attendance is recorded). A held
session without a record for the trainee is "not yet recorded", never an absence;
later sessions are only in the timetable's total.
"""

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

ATTENDED = frozenset({"present", "late"})
ABSENT = frozenset({"absent", "excused"})


@dataclass(frozen=True)
class SessionMark:
    """One session as the figures need it: its periods, day, whether the roll was
    taken, and the trainee's status there (None: no record)."""

    periods: int
    date: datetime.date
    roll_taken: bool = False
    status: str | None = None


@dataclass(frozen=True)
class AttendanceFigures:
    total: int = 0
    held: int = 0
    attended: int = 0
    absent: int = 0
    unrecorded: int = 0


def is_held(mark: SessionMark, today: datetime.date) -> bool:
    return mark.date < today or (mark.date == today and mark.roll_taken)


def attendance_figures(
    marks: Iterable[SessionMark], today: datetime.date
) -> AttendanceFigures:
    """Periods timetabled, held, attended, absent and held but not recorded.

    attended + absent + unrecorded == held, always.
    """
    total = held = attended = absent = 0
    for mark in marks:
        total += mark.periods
        if not is_held(mark, today):
            continue
        held += mark.periods
        if mark.status in ATTENDED:
            attended += mark.periods
        elif mark.status in ABSENT:
            absent += mark.periods
    return AttendanceFigures(total, held, attended, absent, held - attended - absent)
