"""The authorisation policy's building blocks: who a person is in the units.

The policy is written with django-rules: these predicates say what a person is (an
administrator, a lecturer, the manager of a unit); each app's `rules.py` combines them
into the permissions its views ask for with `user.has_perm("app.action", obj)`, so no
view checks a role by hand. Roles count only while their grant is valid.
"""

import rules

from units.models import TrainingUnit
from units.roles import Role, has_role

is_admin = rules.is_superuser


@rules.predicate
def is_lecturer(user) -> bool:
    return user.is_authenticated and has_role(user, Role.LECTURER)


@rules.predicate
def is_province_manager(user) -> bool:
    return user.is_authenticated and has_role(user, Role.PROVINCE_MANAGER)


def manages_unit(user, unit_id: int) -> bool:
    """The user manages the unit: its centre manager, or the province's manager
    (who reads it; `runs_unit` says who changes it)."""
    return TrainingUnit.objects.managed_by(user).filter(pk=unit_id).exists()


def runs_unit(user, unit_id: int) -> bool:
    """The user may change the unit's classes and people: its centre manager."""
    return TrainingUnit.objects.run_by(user).filter(pk=unit_id).exists()


def holds(permission: str):
    """A predicate: the user's admin groups carry this model permission
    ("app.codename"), as `units.roles.GROUP_PERMISSIONS` gives them by role."""

    @rules.predicate(name=f"holds:{permission}")
    def held(user) -> bool:
        return user.is_active and permission in user.get_all_permissions()

    return held
