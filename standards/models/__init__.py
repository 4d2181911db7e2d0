from standards.models.assessments import (
    Answer,
    Event,
    Evidence,
    SelfAssessment,
    evidence_path,
)
from standards.models.criteria import CriteriaSet, Criterion

__all__ = [
    "Answer",
    "CriteriaSet",
    "Criterion",
    "Event",
    "Evidence",
    "SelfAssessment",
    "evidence_path",
]
