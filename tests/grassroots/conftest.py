"""A small world for the grassroots' questions: two centres of one province, each
serving its commune, the provincial school, and the people around them."""

import datetime
from types import SimpleNamespace

import pytest
from django.utils import timezone

from grassroots.models import Question, Topic
from tests.factories import AdminUnitFactory, TrainingUnitFactory, UserFactory
from units.models import ServiceArea, TrainingUnit
from units.roles import Role
from units.services import grant_role

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 64
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def _person(name, role=None, **scope):
    user = UserFactory(full_name=name)
    if role:
        grant_role(user, role, **scope)
    return user


@pytest.fixture
def world(db):
    centre = TrainingUnitFactory(name="Trung tâm Chính trị Kim Bình")
    province = centre.province
    commune = AdminUnitFactory(name="Xã Kim Bình", parent=province)
    other_commune = AdminUnitFactory(name="Xã Hòa Phú", parent=province)
    ServiceArea.objects.create(training_unit=centre, admin_unit=commune)
    other_centre = TrainingUnitFactory(
        name="Trung tâm Chính trị Hòa Phú", province=province
    )
    ServiceArea.objects.create(training_unit=other_centre, admin_unit=other_commune)
    school = TrainingUnitFactory(
        name="Trường Chính trị tỉnh",
        province=province,
        type=TrainingUnit.Type.PROVINCIAL_SCHOOL,
    )
    return SimpleNamespace(
        province=province,
        centre=centre,
        commune=commune,
        other_centre=other_centre,
        other_commune=other_commune,
        unserved=AdminUnitFactory(name="Xã Không Ai", parent=province),
        school=school,
        topic=Topic.objects.create(name="Đất đai, giải phóng mặt bằng"),
        other_topic=Topic.objects.create(name="Chuyển đổi số cấp xã"),
        cadre=_person("Triệu Văn Hải"),  # a commune cadre in no class
        trainee=_person("Nguyễn Văn An", Role.TRAINEE, training_unit=centre),
        lecturer=_person("Ma Thị Hồng", Role.LECTURER, training_unit=centre),
        colleague=_person("Lý Văn Sơn", Role.LECTURER, training_unit=centre),
        school_lecturer=_person("Phạm Thu Trang", Role.LECTURER, training_unit=school),
        manager=_person("Hoàng Văn Thắng", Role.CENTRE_MANAGER, training_unit=centre),
        other_manager=_person(
            "Vũ Đình Lâm", Role.CENTRE_MANAGER, training_unit=other_centre
        ),
        other_lecturer=_person(
            "Đặng Thị Nga", Role.LECTURER, training_unit=other_centre
        ),
        province_manager=_person(
            "Đỗ Thị Lan", Role.PROVINCE_MANAGER, province=province
        ),
    )


def make_question(world, **fields) -> Question:
    values = {
        "asker": world.cadre,
        "topic": world.topic,
        "commune": world.commune,
        "centre": world.centre,
        "text": "Nhà nước thu hồi đất nông nghiệp thì được bồi thường thế nào?",
    }
    values.update(fields)
    return Question.objects.create(**values)


def published(world, text, answer, **fields) -> Question:
    return make_question(
        world,
        text=text,
        answer=answer,
        status=Question.Status.PUBLISHED,
        published_at=timezone.now(),
        **fields,
    )


def routed(world, **fields) -> Question:
    values = {
        "status": Question.Status.ASSIGNED,
        "assigned_to": world.lecturer,
        "due_on": timezone.localdate() + datetime.timedelta(days=3),
    }
    values.update(fields)
    return make_question(world, **values)
