"""Who sees lecturers' profiles and figures, and who changes them (django-rules).

A centre's roster, its lecturers' qualifications and their teaching load are read
by the centre's manager and the province's (a manager of another centre sees
nothing of them) and by each lecturer for their own profile; the centre manager
changes the centre's profiles; the province manager sets the province's standard.
"""

import rules

from units.models import TrainingUnit
from units.predicates import holds, is_admin, manages_unit, runs_unit
from units.roles import Role


@rules.predicate
def manages_the_unit(user, unit) -> bool:
    return unit is not None and manages_unit(user, unit.pk)


@rules.predicate
def manages_unit_of_profile(user, profile) -> bool:
    return profile is not None and manages_unit(user, profile.training_unit_id)


@rules.predicate
def runs_unit_of_profile(user, profile) -> bool:
    return profile is not None and runs_unit(user, profile.training_unit_id)


@rules.predicate
def is_the_lecturer(user, profile) -> bool:
    return profile is not None and user.is_authenticated and profile.user_id == user.pk


@rules.predicate
def manages_province_of(user, standard) -> bool:
    if standard is None or not user.is_authenticated:
        return False
    return (
        user.grants.current()
        .filter(role=Role.PROVINCE_MANAGER, province_id=standard.province_id)
        .exists()
    )


rules.add_perm("lecturers.view_unit", is_admin | manages_the_unit)
rules.add_perm(
    "lecturers.view_profile",
    is_admin | manages_unit_of_profile | is_the_lecturer,
)
for action in ("change", "delete"):
    permission = f"lecturers.{action}_lecturerprofile"
    rules.add_perm(permission, is_admin | (holds(permission) & runs_unit_of_profile))
    permission = f"lecturers.{action}_lecturerstandard"
    rules.add_perm(permission, is_admin | (holds(permission) & manages_province_of))


@rules.predicate
def manages_some_unit(user) -> bool:
    return TrainingUnit.objects.managed_by(user).exists()


rules.add_perm("lecturers.view_profile_lists", is_admin | manages_some_unit)
