"""Writes with rules for results and credentials, re-exported here."""

from records.services.credentials import (
    issue_credentials,
    reissue_credential,
    revoke_credential,
)
from records.services.grading import create_assessment, grade_result, submit_work

__all__ = [
    "create_assessment",
    "grade_result",
    "issue_credentials",
    "reissue_credential",
    "revoke_credential",
    "submit_work",
]
