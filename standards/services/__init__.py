from standards.services.assessments import (
    add_evidence,
    conclude,
    remove_evidence,
    return_for_evidence,
    review_answer,
    save_answer,
    start_self_assessment,
    submit,
)
from standards.services.criteria import (
    create_version,
    delete_criterion,
    publish_criteria_set,
    save_criterion,
    update_criteria_set,
)

__all__ = [
    "add_evidence",
    "conclude",
    "create_version",
    "delete_criterion",
    "publish_criteria_set",
    "remove_evidence",
    "return_for_evidence",
    "review_answer",
    "save_answer",
    "save_criterion",
    "start_self_assessment",
    "submit",
    "update_criteria_set",
]
