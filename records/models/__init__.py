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

__all__ = [
    "Assessment",
    "AssessmentResult",
    "Classification",
    "Credential",
    "CredentialEvent",
    "CredentialType",
    "RegisterCounter",
    "SigningForm",
    "head_title",
]
