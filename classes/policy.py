"""A class's assessment policy: its version's, with the class's own overrides."""

from classes.models import Attendance, TrainingClass
from programmes import assessment

ATTENDED = [Attendance.Status.PRESENT, Attendance.Status.LATE]
MISSED = [Attendance.Status.ABSENT, Attendance.Status.EXCUSED]


def policy_for(training_class: TrainingClass) -> assessment.Policy:
    """The version's assessment policy with the class's overrides."""
    version = training_class.version

    def pick(name):
        value = getattr(training_class, name, None)
        return getattr(version, name) if value is None else value

    return assessment.Policy(
        min_attendance_percent=pick("min_attendance_percent"),
        pass_score=pick("pass_score"),
        excellent_from=version.excellent_from,
        very_good_from=version.very_good_from,
        good_from=version.good_from,
        rounding=pick("rounding"),
    )
