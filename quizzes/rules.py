"""Who may do what with quizzes and the question bank (django-rules).

Writing the bank stays with the roles whose admin group may add and change
questions (editors and centre managers, `units/roles.py`); lecturers read it.
"""

import rules

from classes.rules import heads_class, runs_centre_of, teaches_in_class
from units.predicates import holds, is_admin, is_lecturer

# The marking pages show the rubric: lecturers only, never the trainees sitting it.
rules.add_perm("quizzes.mark_essays", is_admin | is_lecturer)
rules.add_perm("quizzes.import_questions", is_admin | holds("quizzes.add_question"))
# A regrade changes stored scores: for those who may correct a question.
rules.add_perm("quizzes.regrade_question", is_admin | holds("quizzes.change_question"))

# Overrides of a quiz's close date, time limit and attempts for a class or one of its
# trainees: those who teach the class and its centre's manager (the province's
# manager reads classes but changes none).
rules.add_perm(
    "quizzes.override_quiz",
    is_admin | runs_centre_of | heads_class | teaches_in_class,
)
