"""Two centres of one province and a centre of another, with their people: what
the lecturers' and partners' tests share."""

import datetime
from types import SimpleNamespace

from lecturers.models import LecturerProfile, Qualification
from tests.factories import TrainingUnitFactory, UserFactory
from tests.factories.units import ProvinceFactory
from units.roles import Employment, Role
from units.services import grant_role


def person(role, full_name=None, **scope):
    user = UserFactory(**({"full_name": full_name} if full_name else {}))
    grant_role(user, role, **scope)
    return user


def profile(user, unit, employment=Employment.FULL_TIME, **fields):
    return LecturerProfile.objects.create(
        user=user, training_unit=unit, employment=employment, **fields
    )


def qualify(profile, kind, level="", on=datetime.date(2015, 6, 1)):
    return Qualification.objects.create(
        profile=profile,
        kind=kind,
        theory_level=level if kind == Qualification.Kind.THEORY else "",
        degree_level=level if kind == Qualification.Kind.DEGREE else "",
        issued_on=on,
    )


def fully_qualified(profile):
    qualify(profile, Qualification.Kind.THEORY, "advanced")
    qualify(profile, Qualification.Kind.DEGREE, "bachelor")
    qualify(profile, Qualification.Kind.PEDAGOGY)
    return profile


def build() -> SimpleNamespace:
    centre = TrainingUnitFactory()
    other = TrainingUnitFactory(province=centre.province)
    far = TrainingUnitFactory(province=ProvinceFactory())
    lecturer = person(Role.LECTURER, "Ma Thị Hồng", training_unit=centre)
    other_lecturer = person(Role.LECTURER, training_unit=other)
    return SimpleNamespace(
        centre=centre,
        other=other,
        far=far,
        lecturer=lecturer,
        other_lecturer=other_lecturer,
        profile=profile(lecturer, centre),
        other_profile=profile(other_lecturer, other),
        manager=person(Role.CENTRE_MANAGER, training_unit=centre),
        other_manager=person(Role.CENTRE_MANAGER, training_unit=other),
        province=person(Role.PROVINCE_MANAGER, province=centre.province),
        far_province=person(Role.PROVINCE_MANAGER, province=far.province),
        trainee=person(Role.TRAINEE, training_unit=centre),
    )
