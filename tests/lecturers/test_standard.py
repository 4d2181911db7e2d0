"""The qualification check: the pure rule, then a centre's gaps and modules."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from lecturers import services
from lecturers.models import LecturerStandard, Qualification, TeachingPermit
from lecturers.standard import (
    DEFAULT_REQUIREMENTS,
    DEGREE,
    PEDAGOGY,
    THEORY,
    Gap,
    Held,
    Requirements,
    gaps,
    module_cover,
)
from tests.factories.classes import TrainingClassFactory
from tests.lecturers import world as w
from units.roles import Employment

DAY = datetime.date(2026, 6, 1)
COMPLETE = [Held(THEORY, "advanced"), Held(DEGREE, "bachelor"), Held(PEDAGOGY)]


def test_a_full_time_lecturer_with_everything_meets_the_standard():
    assert gaps(True, COMPLETE, DEFAULT_REQUIREMENTS, DAY) == []


def test_intermediate_theory_falls_short_for_a_full_time_lecturer_only():
    held = [Held(THEORY, "intermediate"), *COMPLETE[1:]]

    assert gaps(True, held, DEFAULT_REQUIREMENTS, DAY) == [
        Gap(THEORY, "advanced", "intermediate")
    ]
    assert gaps(False, held, DEFAULT_REQUIREMENTS, DAY) == []


def test_a_bachelor_of_political_science_counts_as_advanced():
    held = [Held(THEORY, "bachelor"), *COMPLETE[1:]]

    assert gaps(True, held, DEFAULT_REQUIREMENTS, DAY) == []


def test_the_best_of_several_diplomas_counts():
    held = [Held(THEORY, "elementary"), Held(THEORY, "advanced"), *COMPLETE[1:]]

    assert gaps(True, held, DEFAULT_REQUIREMENTS, DAY) == []


def test_a_diploma_issued_after_the_day_does_not_count_yet():
    held = [Held(THEORY, "advanced", DAY + datetime.timedelta(days=1)), *COMPLETE[1:]]

    assert gaps(True, held, DEFAULT_REQUIREMENTS, DAY) == [Gap(THEORY, "advanced", "")]


def test_nothing_held_lacks_all_three():
    assert [g.kind for g in gaps(False, [], DEFAULT_REQUIREMENTS, DAY)] == [
        THEORY,
        DEGREE,
        PEDAGOGY,
    ]


def test_a_province_may_not_ask_part_time_lecturers_for_pedagogy():
    lenient = Requirements(pedagogy_part_time=False)
    held = COMPLETE[:2]

    assert gaps(False, held, lenient, DAY) == []
    assert gaps(True, held, lenient, DAY) == [Gap(PEDAGOGY)]


def test_a_module_taught_only_by_lecturers_lacking_something_is_not_covered():
    cover = module_cover(
        [1, 2, 3],
        [(1, "ok"), (2, "lacking"), (9, "ok")],
        {"lacking": [Gap(PEDAGOGY)]},
    )

    assert cover[1].covered
    assert cover[1].qualified == ["ok"]
    assert not cover[2].covered
    assert cover[2].unqualified == ["lacking"]
    assert not cover[3].covered
    assert 9 not in cover


@pytest.mark.django_db
def test_the_centre_check_names_who_lacks_what_and_the_uncovered_modules():
    world = w.build()
    w.fully_qualified(world.profile)
    part = w.profile(
        w.person("lecturer", "Lý Văn Sơn", training_unit=world.centre),
        world.centre,
        Employment.PART_TIME,
    )
    w.qualify(part, Qualification.Kind.THEORY, "advanced")
    w.qualify(part, Qualification.Kind.DEGREE, "bachelor")
    training_class = TrainingClassFactory(
        training_unit=world.centre,
        starts_on=datetime.date(2026, 3, 2),
        ends_on=datetime.date(2026, 3, 6),
    )
    first, second, third = (
        training_class.version.modules.create(order=n, title=f"Bài {n}", periods=5)
        for n in (1, 2, 3)
    )
    TeachingPermit.objects.create(profile=world.profile, module=first)
    TeachingPermit.objects.create(profile=part, module=second)
    # A permit that ended before the day is no permit.
    TeachingPermit.objects.create(
        profile=world.profile,
        module=third,
        valid_to=datetime.date(2026, 1, 31),
    )

    checks = {c.profile: c for c in services.qualification_gaps(world.centre, DAY)}
    uncovered = services.uncovered_modules(world.centre, 2026, DAY)

    assert checks[world.profile].gaps == []
    assert checks[part].gaps == [Gap(PEDAGOGY)]
    assert checks[part].gap_texts == ["Chưa có chứng chỉ nghiệp vụ sư phạm"]
    assert uncovered == [second, third]
    # The other centre's roster is not this centre's.
    assert world.other_profile not in checks


@pytest.mark.django_db
def test_the_province_standard_of_an_earlier_year_applies_until_a_new_one():
    world = w.build()
    province = world.centre.province
    LecturerStandard.objects.create(
        province=province,
        year=2024,
        norm_periods=300,
        full_time_theory="intermediate",
        part_time_theory="elementary",
        degree="college",
    )
    w.qualify(world.profile, Qualification.Kind.THEORY, "intermediate")
    w.qualify(world.profile, Qualification.Kind.DEGREE, "college")

    assert services.requirements_for(province.pk, 2023) == DEFAULT_REQUIREMENTS
    assert services.requirements_for(province.pk, 2026).norm_periods == 300
    assert [c.gaps for c in services.qualification_gaps(world.centre, DAY)] == [
        [Gap(PEDAGOGY)]
    ]


@pytest.mark.django_db
def test_a_theory_diploma_without_its_level_is_refused():
    world = w.build()
    qualification = Qualification(
        profile=world.profile,
        kind=Qualification.Kind.THEORY,
        degree_level="master",
        issued_on=datetime.date(2030, 1, 1),
    )

    with pytest.raises(ValidationError) as refused:
        qualification.full_clean()

    errors = refused.value.message_dict
    assert errors["theory_level"] == ["Hãy chọn trình độ lý luận chính trị."]
    assert errors["degree_level"] == ["Chỉ văn bằng chuyên môn có trường này."]
    assert errors["issued_on"] == ["Ngày cấp không thể ở tương lai."]
