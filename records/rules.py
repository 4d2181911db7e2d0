"""Who may do what with a class's results (django-rules; see classes/rules.py)."""

import rules

from classes.rules import runs_class

# The graded pieces of a class (and their weights) are decided by those who run it.
rules.add_perm("records.manage_assessments", runs_class)
