from records.models.assessments import Assessment, AssessmentResult
from records.models.credentials import (
    Classification,
    Credential,
    CredentialEvent,
    CredentialType,
    RegisterCounter,
    SigningForm,
    head_title,
)
from records.models.templates import CredentialTemplate, Orientation, place_of

__all__ = [
    "Assessment",
    "AssessmentResult",
    "Classification",
    "Credential",
    "CredentialEvent",
    "CredentialTemplate",
    "CredentialType",
    "Orientation",
    "RegisterCounter",
    "SigningForm",
    "head_title",
    "place_of",
]
