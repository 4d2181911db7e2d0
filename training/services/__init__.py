"""Writes with rules for training: one module per area, re-exported here."""

from training.services.attendance import check_in, mark_attendance
from training.services.classes import enrol_trainee, record_attendance, withdraw_trainee
from training.services.credentials import (
    issue_credentials,
    reissue_credential,
    revoke_credential,
)
from training.services.grading import create_assessment, grade_result, submit_work
from training.services.notices import (
    mark_all_read,
    mark_read,
    warn_about_absences,
)
from training.services.roster import check_roster, import_roster
from training.services.timetable import schedule_session

__all__ = [
    "check_in",
    "check_roster",
    "create_assessment",
    "enrol_trainee",
    "grade_result",
    "import_roster",
    "issue_credentials",
    "mark_all_read",
    "mark_attendance",
    "mark_read",
    "record_attendance",
    "reissue_credential",
    "revoke_credential",
    "schedule_session",
    "submit_work",
    "warn_about_absences",
    "withdraw_trainee",
]
