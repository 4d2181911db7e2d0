from training.models.classes import (
    Attendance,
    ClassSession,
    Enrolment,
    TrainingClass,
)
from training.models.programmes import Programme, ProgrammeModule, ProgrammeVersion
from training.models.units import AdminUnit, ServiceArea, TrainingUnit

__all__ = [
    "AdminUnit",
    "Attendance",
    "ClassSession",
    "Enrolment",
    "Programme",
    "ProgrammeModule",
    "ProgrammeVersion",
    "ServiceArea",
    "TrainingClass",
    "TrainingUnit",
]
