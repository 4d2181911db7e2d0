"""Who may do what with quizzes and the question bank (django-rules).

Writing the bank stays with the roles whose admin group may add and change
questions (editors and centre managers, `units/roles.py`); lecturers read it.
"""

import rules

from units.predicates import holds, is_admin, is_lecturer

# The marking pages show the rubric: lecturers only, never the trainees sitting it.
rules.add_perm("quizzes.mark_essays", is_admin | is_lecturer)
rules.add_perm("quizzes.import_questions", is_admin | holds("quizzes.add_question"))
# A regrade changes stored scores: for those who may correct a question.
rules.add_perm("quizzes.regrade_question", is_admin | holds("quizzes.change_question"))
