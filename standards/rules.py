"""Who may do what with the centre standards (django-rules).

A centre's self-assessment is read by those who manage the centre (its manager,
its province's manager) and filled by its manager; it is reviewed by the
province's manager (or an administrator) who had no hand in it: nobody reviews a
self-assessment they started, filled or submitted, and a manager of the centre
never reviews it, whatever else they hold. A province's criteria are written by
its province managers; centre managers of the province read the published ones.
Views look things up within `standards/access.py` (others get 404) and ask these
before every change (403).
"""

import rules

from units.models import TrainingUnit
from units.predicates import is_admin, is_province_manager, manages_unit, runs_unit
from units.roles import Role


def _current_grants(user, **scope):
    return user.is_authenticated and user.grants.current().filter(**scope).exists()


def oversees_province(user, province_id) -> bool:
    """A province manager of that province (or an administrator)."""
    return user.is_superuser or bool(
        _current_grants(user, role=Role.PROVINCE_MANAGER, province_id=province_id)
    )


@rules.predicate
def manages_assessed_unit(user, assessment) -> bool:
    return manages_unit(user, assessment.training_unit_id)


@rules.predicate
def runs_assessed_unit(user, assessment) -> bool:
    return runs_unit(user, assessment.training_unit_id)


@rules.predicate
def oversees_assessed_unit(user, assessment) -> bool:
    return oversees_province(user, assessment.training_unit.province_id)


@rules.predicate
def is_centre_manager_of_assessed_unit(user, assessment) -> bool:
    return bool(
        _current_grants(
            user,
            role=Role.CENTRE_MANAGER,
            training_unit_id=assessment.training_unit_id,
        )
    )


@rules.predicate
def had_a_hand_in(user, assessment) -> bool:
    """Started, submitted, answered a criterion of, or attached evidence to it."""
    if not user.is_authenticated:
        return False
    if user.pk in (assessment.created_by_id, assessment.submitted_by_id):
        return True
    return (
        assessment.answers.filter(updated_by=user).exists()
        or assessment.answers.filter(evidence__uploaded_by=user).exists()
    )


@rules.predicate
def runs_a_unit_of(user, unit) -> bool:
    return isinstance(unit, TrainingUnit) and runs_unit(user, unit.pk)


@rules.predicate
def oversees_set_province(user, criteria_set) -> bool:
    return oversees_province(user, criteria_set.province_id)


@rules.predicate
def reads_published_set(user, criteria_set) -> bool:
    """A centre manager of the province reads its published criteria."""
    return (
        not criteria_set.is_draft
        and TrainingUnit.objects.run_by(user)
        .filter(province_id=criteria_set.province_id)
        .exists()
    )


def may_review(user, assessment) -> bool:
    """The review permission, with its exclusions applied to superusers too:
    Django answers every `has_perm` of an active superuser with yes, so an
    administrator who had a hand in a self-assessment would pass it."""
    return (
        user.has_perm("standards.review_assessment", assessment)
        and not is_centre_manager_of_assessed_unit(user, assessment)
        and not had_a_hand_in(user, assessment)
    )


# A self-assessment.
rules.add_perm("standards.view_assessment", is_admin | manages_assessed_unit)
rules.add_perm("standards.fill_assessment", is_admin | runs_assessed_unit)
rules.add_perm(
    "standards.review_assessment",
    (is_admin | oversees_assessed_unit)
    & ~is_centre_manager_of_assessed_unit
    & ~had_a_hand_in,
)
# Starting one for a unit (the object is the TrainingUnit).
rules.add_perm("standards.start_assessment", runs_a_unit_of)
# The province's side-by-side view and the criteria sets.
rules.add_perm("standards.view_province", is_admin | is_province_manager)
rules.add_perm("standards.add_criteria_set", is_admin | is_province_manager)
rules.add_perm(
    "standards.view_criteria_set",
    is_admin | oversees_set_province | reads_published_set,
)
rules.add_perm("standards.change_criteria_set", is_admin | oversees_set_province)
