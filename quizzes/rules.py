"""Who may do what with quizzes (django-rules; see units/predicates.py)."""

import rules

from units.predicates import is_admin, is_lecturer

# The marking pages show the rubric: lecturers only, never the trainees sitting it.
rules.add_perm("quizzes.mark_essays", is_admin | is_lecturer)
