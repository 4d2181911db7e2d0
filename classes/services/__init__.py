"""Writes with rules for classes: one module per area, re-exported here."""

from classes.services.attendance import check_in, mark_attendance
from classes.services.classes import (
    enrol_by_phone,
    enrol_trainee,
    record_attendance,
    withdraw_trainee,
)
from classes.services.notices import mark_all_read, mark_read, warn_about_absences
from classes.services.roster import check_roster, import_roster
from classes.services.timetable import schedule_session

__all__ = [
    "check_in",
    "check_roster",
    "enrol_by_phone",
    "enrol_trainee",
    "import_roster",
    "mark_all_read",
    "mark_attendance",
    "mark_read",
    "record_attendance",
    "schedule_session",
    "warn_about_absences",
    "withdraw_trainee",
]
