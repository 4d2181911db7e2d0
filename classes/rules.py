"""Who may do what with a class and its sessions (django-rules).

The centre manager runs everything of the centre's classes; the head lecturer runs
their class; a lecturer who teaches only some sessions (a part-time lecturer, often)
takes attendance for those sessions and sees the trainees without their personal data.
"""

import rules

from units.predicates import is_admin, manages_unit


@rules.predicate
def manages_class(user, training_class) -> bool:
    return manages_unit(user, training_class.training_unit_id)


@rules.predicate
def heads_class(user, training_class) -> bool:
    return user.is_authenticated and training_class.head_lecturer_id == user.pk


@rules.predicate
def teaches_session(user, session) -> bool:
    return user.is_authenticated and session.lecturer_id == user.pk


@rules.predicate
def runs_class_of_session(user, session) -> bool:
    training_class = session.training_class
    return heads_class(user, training_class) or manages_class(user, training_class)


runs_class = is_admin | manages_class | heads_class

# Cheapest first: a session's own lecturer needs no query.
rules.add_perm(
    "classes.take_attendance", teaches_session | is_admin | runs_class_of_session
)
# Phones and dates of birth: those who run the class, never a lecturer of one session.
rules.add_perm("classes.see_personal_data", runs_class)
