"""Who may do what with a class's results (django-rules; see classes/rules.py)."""

import rules

from classes.rules import manages_class, runs_centre_of, runs_class
from units.predicates import is_admin, manages_unit

# The graded pieces of a class (their weights) and their marks are decided by those
# who run it: an assessment belongs to the class, not to one of its sessions.
rules.add_perm("records.manage_assessments", runs_class)
rules.add_perm("records.grade", runs_class)
# Credentials are the centre's acts: issue, revoke, reissue.
rules.add_perm("records.issue_credentials", is_admin | runs_centre_of)


@rules.predicate
def manages_training_unit(user, unit) -> bool:
    """Reads the unit's reports: its centre manager, or the province's manager."""
    return manages_unit(user, unit.pk)


# Reports read; they change nothing. A unit's: those who manage it; a class's:
# those who manage its unit (never a lecturer or trainee of it).
rules.add_perm("records.view_unit_report", is_admin | manages_training_unit)
rules.add_perm("records.view_report", is_admin | manages_class)
