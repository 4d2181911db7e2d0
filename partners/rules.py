"""Who sees and changes partner bodies and co-organised classes (django-rules).

A centre's own bodies are its managers' and lecturers' (a manager of another
centre sees none of them); a body the province records is shared by every centre
of the province. The centre manager changes the centre's bodies and its classes'
partnerships, the province manager the province-wide bodies.
"""

import rules

from partners.models import Organisation
from units.models import TrainingUnit
from units.predicates import holds, is_admin, is_lecturer, runs_unit


@rules.predicate
def sees_organisation(user, organisation) -> bool:
    return Organisation.objects.visible_to(user).filter(pk=organisation.pk).exists()


@rules.predicate
def edits_organisation(user, organisation) -> bool:
    if organisation is None:
        return False
    return Organisation.objects.editable_by(user).filter(pk=organisation.pk).exists()


@rules.predicate
def runs_class_of_partnership(user, partnership) -> bool:
    if partnership is None:
        return False
    return runs_unit(user, partnership.training_class.training_unit_id)


rules.add_perm("partners.view_body", is_admin | sees_organisation)
for action in ("change", "delete"):
    permission = f"partners.{action}_organisation"
    rules.add_perm(permission, is_admin | (holds(permission) & edits_organisation))
    permission = f"partners.{action}_classpartnership"
    rules.add_perm(
        permission, is_admin | (holds(permission) & runs_class_of_partnership)
    )


@rules.predicate
def works_with_partners(user) -> bool:
    """Manages a unit, or lectures in one: they work with partner bodies."""
    return user.is_authenticated and (
        is_lecturer(user) or TrainingUnit.objects.managed_by(user).exists()
    )


rules.add_perm("partners.view_bodies", is_admin | works_with_partners)
