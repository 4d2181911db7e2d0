from situations.services.reviews import release_class_choices, review_reflection
from situations.services.runs import (
    Refused,
    record_choice,
    start_run,
    submit_reflection,
    take_back,
)

__all__ = [
    "Refused",
    "record_choice",
    "release_class_choices",
    "review_reflection",
    "start_run",
    "submit_reflection",
    "take_back",
]
