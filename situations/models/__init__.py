from situations.models.authoring import (
    Audience,
    Briefing,
    Choice,
    ChoiceScore,
    Competency,
    RubricCriterion,
    Situation,
    Step,
)
from situations.models.runs import ClassRelease, Decision, Reflection, Run

__all__ = [
    "Audience",
    "Briefing",
    "Choice",
    "ChoiceScore",
    "ClassRelease",
    "Competency",
    "Decision",
    "Reflection",
    "RubricCriterion",
    "Run",
    "Situation",
    "Step",
]
