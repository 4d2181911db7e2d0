from classes.models.checkins import CheckIn
from classes.models.classes import Attendance, ClassSession, Enrolment, TrainingClass
from classes.models.notices import Notice

__all__ = [
    "Attendance",
    "CheckIn",
    "ClassSession",
    "Enrolment",
    "Notice",
    "TrainingClass",
]
