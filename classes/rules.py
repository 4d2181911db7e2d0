"""Who may do what with a class and its sessions (django-rules).

Reading and changing differ. The province manager reads every class of the
province; the centre manager changes the centre's classes; the head lecturer runs
their class (its assessments, results and check-in); a lecturer who teaches only
some sessions (a part-time lecturer, often) takes attendance for those sessions,
shows their check-in and sees the trainees without their personal data.

Views ask these through `classes/access.py`: every lookup of a class by id reads
within `managed_classes`/`staff_classes` (others get 404) and every request that
changes something asks the write permission (403).
"""

import rules

from units.predicates import is_admin, manages_unit, runs_unit


@rules.predicate
def manages_class(user, training_class) -> bool:
    """Reads it as a manager: the centre's manager or the province's."""
    return manages_unit(user, training_class.training_unit_id)


@rules.predicate
def runs_centre_of(user, training_class) -> bool:
    """Changes it as a manager: the centre's manager."""
    return runs_unit(user, training_class.training_unit_id)


@rules.predicate
def heads_class(user, training_class) -> bool:
    return user.is_authenticated and training_class.head_lecturer_id == user.pk


@rules.predicate
def teaches_in_class(user, training_class) -> bool:
    return (
        user.is_authenticated
        and training_class.sessions.filter(lecturer_id=user.pk).exists()
    )


@rules.predicate
def teaches_session(user, session) -> bool:
    return user.is_authenticated and session.lecturer_id == user.pk


@rules.predicate
def runs_class_of_session(user, session) -> bool:
    training_class = session.training_class
    return heads_class(user, training_class) or runs_centre_of(user, training_class)


runs_class = is_admin | runs_centre_of | heads_class
teaches_class = runs_class | teaches_in_class

# Its details, timetable and enrolment: the centre's manager.
rules.add_perm("classes.change_class", is_admin | runs_centre_of)
# Showing the check-in QR, releasing a situation's class choices, reviewing
# reflections: those who teach the class.
rules.add_perm("classes.teach_class", teaches_class)
# Cheapest first: a session's own lecturer needs no query.
rules.add_perm(
    "classes.take_attendance", teaches_session | is_admin | runs_class_of_session
)
# Phones and dates of birth: those who run the class, never a lecturer of one session.
rules.add_perm("classes.see_personal_data", runs_class)
# New activation codes (slips, resets): the centre's manager.
rules.add_perm("classes.give_activation_codes", is_admin | runs_centre_of)
