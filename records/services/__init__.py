"""Writes with rules for results and credentials, re-exported here."""

from records.services.credentials import (
    correct_credential,
    issue_credentials,
    reissue_credential,
    revoke_credential,
)
from records.services.grading import create_assessment, grade_result, submit_work

__all__ = [
    "correct_credential",
    "create_assessment",
    "grade_result",
    "issue_credentials",
    "reissue_credential",
    "revoke_credential",
    "submit_work",
]
