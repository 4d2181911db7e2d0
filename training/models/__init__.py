from training.models.assessments import Assessment, AssessmentResult
from training.models.checkins import CheckIn
from training.models.classes import (
    Attendance,
    ClassSession,
    Enrolment,
    TrainingClass,
)
from training.models.credentials import (
    Classification,
    Credential,
    CredentialEvent,
    CredentialType,
    RegisterCounter,
)
from training.models.notices import Notice
from training.models.programmes import Programme, ProgrammeModule, ProgrammeVersion
from training.models.units import AdminUnit, ServiceArea, TrainingUnit

__all__ = [
    "AdminUnit",
    "Assessment",
    "AssessmentResult",
    "Attendance",
    "CheckIn",
    "ClassSession",
    "Classification",
    "Credential",
    "CredentialEvent",
    "CredentialType",
    "Enrolment",
    "Notice",
    "Programme",
    "ProgrammeModule",
    "ProgrammeVersion",
    "RegisterCounter",
    "ServiceArea",
    "TrainingClass",
    "TrainingUnit",
]
