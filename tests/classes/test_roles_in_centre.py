"""Roles inside a centre: a lecturer of one session takes that session's attendance
and sees its trainees, nothing more; the head lecturer and the manager run the class;
another centre's people stay out of reach."""

import io

import pytest
from openpyxl import load_workbook

from classes.models import Attendance, Enrolment
from records.models import Assessment
from tests.factories import TrainingUnitFactory, UserFactory
from units.roles import Employment, Role
from units.services import grant_role

NEW_ASSESSMENT = {"kind": "test", "title": "Thi viết", "weight": "5"}


@pytest.fixture
def part_timer(course):
    """Lý Văn Sơn, a part-time lecturer who teaches the course's last session."""
    person = UserFactory(username="giangvien_kn", full_name="Lý Văn Sơn")
    grant_role(
        person,
        Role.LECTURER,
        training_unit=course.unit,
        employment=Employment.PART_TIME,
    )
    last = course.sessions[-1]
    last.lecturer = person
    last.save()
    return person


def test_a_lecturer_of_one_session_cannot_add_an_assessment(client, course, part_timer):
    client.force_login(part_timer)
    url = f"/classes/{course.training_class.pk}/assessments/new/"

    refused = client.post(url, NEW_ASSESSMENT)

    assert refused.status_code == 403
    assert "Không được phép" in refused.content.decode()
    assert not Assessment.objects.filter(title="Thi viết").exists()


def test_the_head_lecturer_adds_an_assessment(client, course):
    client.force_login(course.lecturer)

    response = client.post(
        f"/classes/{course.training_class.pk}/assessments/new/", NEW_ASSESSMENT
    )

    assert response.status_code == 302
    assert Assessment.objects.get(title="Thi viết").weight == 5


def test_a_lecturer_takes_attendance_only_for_their_own_session(
    client, course, part_timer
):
    client.force_login(part_timer)
    theirs, others = course.sessions[-1], course.sessions[0]
    absent = {f"status-{course.trainees[0].pk}": "absent"}

    refused = client.post(f"/sessions/{others.pk}/attendance/", absent)
    saved = client.post(f"/sessions/{theirs.pk}/attendance/", absent)

    assert refused.status_code == 403
    assert not Attendance.objects.filter(session=others).exists()
    assert saved.status_code == 302
    assert Attendance.objects.get(
        session=theirs, trainee=course.trainees[0]
    ).status == ("absent")


def results_header(client, user, course) -> tuple:
    client.force_login(user)
    response = client.get(f"/classes/{course.training_class.pk}/results.xlsx")
    assert response.status_code == 200
    return next(load_workbook(io.BytesIO(response.content)).active.values)


def test_the_results_export_has_personal_data_only_for_those_who_run_the_class(
    client, course, part_timer
):
    for_part_timer = results_header(client, part_timer, course)
    for_head = results_header(client, course.lecturer, course)

    assert "Ngày sinh" not in for_part_timer
    assert "Số điện thoại" not in for_part_timer
    assert {"Ngày sinh", "Số điện thoại"} <= set(for_head)


def test_another_centres_person_cannot_be_enrolled_by_their_phone(client, course):
    elsewhere = TrainingUnitFactory(name="Trung tâm Chính trị Hàm Yên")
    stranger = UserFactory(full_name="Vương Thị Mai", phone="+84987654321")
    grant_role(stranger, Role.TRAINEE, training_unit=elsewhere)
    client.force_login(course.manager)

    page = client.post(
        f"/classes/{course.training_class.pk}/enrol/",
        {"full_name": "Ai đó", "phone": "0987 654 321"},
    ).content.decode()

    assert "không do đơn vị của đồng chí quản lý" in page
    assert "Vương Thị Mai" not in page
    assert not Enrolment.objects.filter(trainee=stranger).exists()


def test_a_person_of_the_centre_is_enrolled_by_their_phone(client, course):
    known = UserFactory(full_name="Hà Văn Tâm", phone="+84987000111")
    grant_role(known, Role.TRAINEE, training_unit=course.unit)
    client.force_login(course.manager)

    response = client.post(
        f"/classes/{course.training_class.pk}/enrol/",
        {"full_name": "Hà Văn Tâm", "phone": "0987000111"},
    )

    assert response.status_code == 302
    assert Enrolment.objects.filter(
        training_class=course.training_class, trainee=known
    ).exists()


def test_the_gradebook_offers_new_graded_work_only_to_those_who_run_the_class(
    client, course, part_timer
):
    url = f"/classes/{course.training_class.pk}/gradebook/"
    client.force_login(part_timer)
    for_part_timer = client.get(url).content.decode()
    client.force_login(course.lecturer)
    for_head = client.get(url).content.decode()

    assert "Thêm bài đánh giá" not in for_part_timer
    assert "Thêm bài đánh giá" in for_head
