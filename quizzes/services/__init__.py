"""Every write with a rule: attempts, saving answers, grading, marking, regrading."""

from quizzes.services.attempts import (
    AttemptRefused,
    close_expired_attempts,
    close_if_expired,
    start_attempt,
    submit_attempt,
)
from quizzes.services.grading import grade_sitting
from quizzes.services.inline import check_inline
from quizzes.services.marking import mark_answer
from quizzes.services.regrade import RegradeChange, regrade_question
from quizzes.services.saving import (
    SaveResult,
    check_answer,
    save_answer,
    save_answers,
)

__all__ = [
    "AttemptRefused",
    "RegradeChange",
    "SaveResult",
    "check_answer",
    "check_inline",
    "close_expired_attempts",
    "close_if_expired",
    "grade_sitting",
    "mark_answer",
    "regrade_question",
    "save_answer",
    "save_answers",
    "start_attempt",
    "submit_attempt",
]
