"""Fixtures: a small class: a centre with its manager and lecturer, four trainees, five
sessions of 5 periods (25 periods, so 80% is 20 periods) and one bài thu hoạch."""

import datetime
from types import SimpleNamespace

import pytest

from classes.models import ClassSession
from classes.services import enrol_trainee
from records.models import Assessment
from tests.factories import TrainingUnitFactory, UserFactory
from tests.factories.classes import SessionFactory, TrainingClassFactory
from units.roles import Role
from units.services import grant_role

NAMES = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung"]


@pytest.fixture
def centre(db):
    unit = TrainingUnitFactory()
    manager = UserFactory(username="quanly_tt", full_name="Hoàng Văn Thắng")
    grant_role(manager, Role.CENTRE_MANAGER, training_unit=unit, title="Giám đốc")
    lecturer = UserFactory(username="giangvien_tt", full_name="Ma Thị Hồng")
    grant_role(lecturer, Role.LECTURER, training_unit=unit)
    return SimpleNamespace(unit=unit, manager=manager, lecturer=lecturer)


@pytest.fixture
def course(centre):
    """The class with its people; `course.trainees` in roster order."""
    training_class = TrainingClassFactory(
        training_unit=centre.unit, head_lecturer=centre.lecturer
    )
    trainees = []
    for number, name in enumerate(NAMES):
        person = UserFactory(
            username=f"hv_tt{number}", full_name=name, phone=f"+8491200000{number}"
        )
        grant_role(person, Role.TRAINEE, training_unit=centre.unit)
        enrol_trainee(training_class, person)
        trainees.append(person)
    sessions = [
        SessionFactory(
            training_class=training_class,
            date=training_class.starts_on + datetime.timedelta(days=day),
            part=ClassSession.Part.MORNING,
            lecturer=centre.lecturer,
            room="Phòng 1",
        )
        for day in range(5)
    ]
    essay = Assessment.objects.create(
        training_class=training_class,
        kind=Assessment.Kind.ASSIGNMENT,
        title="Bài thu hoạch",
        rubric="Nội dung | 6\nLiên hệ thực tiễn | 4",
    )
    return SimpleNamespace(
        training_class=training_class,
        trainees=trainees,
        sessions=sessions,
        essay=essay,
        **vars(centre),
    )


def login(client, user):
    client.force_login(user)
    return client


def make_eligible(course, scores=None):
    """Everyone present at every session and graded (by default 8, 7, 6, 4.5)."""
    from classes.services import mark_attendance
    from records.services import grade_result

    for session in course.sessions:
        mark_attendance(session, {})
    scores = scores or ["8", "7", "6", "4.5"]
    for trainee, score in zip(course.trainees, scores, strict=True):
        grade_result(course.essay, trainee, grader=course.lecturer, score=score)


@pytest.fixture
def graded(course):
    make_eligible(course)
    return course


def issue_all(course, by=None):
    from records.services import issue_credentials

    return issue_credentials(
        course.training_class,
        trainee_ids=[t.pk for t in course.trainees],
        issued_by=by or course.manager,
        signer_name="Hoàng Văn Thắng",
        signer_title="Giám đốc",
        place_name="Chiêm Hóa",
    )
