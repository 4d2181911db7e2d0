"""Who may do what with a class's results (django-rules; see classes/rules.py)."""

import rules

from classes.rules import runs_centre_of, runs_class
from units.predicates import is_admin

# The graded pieces of a class (their weights) and their marks are decided by those
# who run it: an assessment belongs to the class, not to one of its sessions.
rules.add_perm("records.manage_assessments", runs_class)
rules.add_perm("records.grade", runs_class)
# Credentials are the centre's acts: issue, revoke, reissue.
rules.add_perm("records.issue_credentials", is_admin | runs_centre_of)
