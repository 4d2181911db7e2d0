"""Who may do what with the grassroots' questions (django-rules; see
units/predicates.py). A question is seen by its asker, by the people of the
centre whose queue holds it (its lecturers and managers), by those it is routed
to, and by every logged-in person once published; it is changed by its centre's
manager (routing, review) and answered by the one it is routed to."""

import rules

from units.models import TrainingUnit
from units.predicates import is_admin, is_lecturer, runs_unit
from units.roles import Role


def lecturer_of(user, unit_id) -> bool:
    return (
        unit_id is not None
        and user.is_authenticated
        and user.grants.current()
        .filter(role=Role.LECTURER, training_unit_id=unit_id)
        .exists()
    )


@rules.predicate
def asked(user, question) -> bool:
    return (
        question is not None
        and user.is_authenticated
        and (question.asker_id == user.pk)
    )


@rules.predicate
def published(user, question) -> bool:
    return question is not None and question.status == question.Status.PUBLISHED


@rules.predicate
def of_my_centre(user, question) -> bool:
    """The question is in the queue of a centre the user lectures at or manages."""
    return question is not None and (
        lecturer_of(user, question.centre_id)
        or TrainingUnit.objects.managed_by(user).filter(pk=question.centre_id).exists()
    )


@rules.predicate
def routed_to_me(user, question) -> bool:
    """Routed to the user, or to a unit (the provincial school) they lecture at."""
    return (
        question is not None
        and user.is_authenticated
        and (
            question.assigned_to_id == user.pk
            or lecturer_of(user, question.assigned_unit_id)
        )
    )


@rules.predicate
def runs_its_centre(user, question) -> bool:
    return question is not None and runs_unit(user, question.centre_id)


@rules.predicate
def routed_to_a_partner(user, question) -> bool:
    return question is not None and question.assigned_partner_id is not None


@rules.predicate
def works_a_queue(user) -> bool:
    """A lecturer, or a manager of some unit: they have a queue to look at."""
    return TrainingUnit.objects.managed_by(user).exists()


logged_in = rules.is_authenticated

rules.add_perm("grassroots.ask_question", logged_in)
rules.add_perm(
    "grassroots.view_question",
    logged_in & (is_admin | asked | published | of_my_centre | routed_to_me),
)
rules.add_perm("grassroots.see_queue", is_admin | is_lecturer | works_a_queue)
rules.add_perm("grassroots.route_question", is_admin | runs_its_centre)
rules.add_perm("grassroots.review_question", is_admin | runs_its_centre)
# A partner body's answer is recorded by the centre's manager.
rules.add_perm(
    "grassroots.answer_question",
    is_admin | routed_to_me | (routed_to_a_partner & runs_its_centre),
)
