"""The timetable: clashes refused with a clear message, the printable page, my week."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from classes.models import ClassSession
from classes.services import schedule_session
from tests.factories.classes import TrainingClassFactory


@pytest.fixture
def other_class(course):
    return TrainingClassFactory(
        training_unit=course.unit,
        starts_on=course.training_class.starts_on,
        ends_on=course.training_class.ends_on,
    )


def test_a_lecturer_booked_twice_at_once_is_refused(course, other_class):
    with pytest.raises(ValidationError) as caught:
        schedule_session(
            other_class,
            date=course.training_class.starts_on,
            part="morning",
            topic="Chuyên đề khác",
            lecturer=course.lecturer,
            room="Phòng 2",
        )
    message = caught.value.messages[0]
    assert message.startswith("Giảng viên Ma Thị Hồng đã có lịch ngày 02/03/2026")
    assert str(course.training_class) in message
    assert ClassSession.objects.filter(training_class=other_class).count() == 0


def test_a_room_booked_twice_at_once_is_refused(course, other_class):
    with pytest.raises(ValidationError, match="Phòng học “Phòng 1” đã có lịch"):
        schedule_session(
            other_class,
            date=course.training_class.starts_on,
            part="morning",
            topic="Chuyên đề khác",
            room=" phòng 1 ",
        )


def test_the_afternoon_or_an_online_link_is_no_clash(course, other_class):
    day = course.training_class.starts_on
    schedule_session(
        other_class,
        date=day,
        part="afternoon",
        topic="Chiều",
        lecturer=course.lecturer,
        room="Phòng 1",
    )
    link = "https://meet.example.vn/lop"
    course.sessions[0].room = link
    course.sessions[0].save()
    schedule_session(other_class, date=day, part="morning", topic="Sáng", room=link)
    assert other_class.sessions.count() == 2


def test_a_date_outside_the_class_is_refused(course):
    with pytest.raises(ValidationError, match="phải nằm trong thời gian của lớp"):
        schedule_session(
            course.training_class,
            date=course.training_class.ends_on + datetime.timedelta(days=1),
            part="morning",
            topic="Quá hạn",
        )


def test_the_form_shows_the_clash_and_keeps_the_input(client, course, other_class):
    client.force_login(course.manager)
    page = client.post(
        f"/classes/{other_class.pk}/sessions/new/",
        {
            "date": "02/03/2026",
            "part": "morning",
            "periods": "5",
            "topic": "Chuyên đề mới",
            "lecturer": course.lecturer.pk,
            "room": "",
        },
    ).content.decode()
    assert "Giảng viên Ma Thị Hồng đã có lịch ngày 02/03/2026" in page
    assert 'value="Chuyên đề mới"' in page
    response = client.post(
        f"/classes/{other_class.pk}/sessions/new/",
        {
            "date": "02/03/2026",
            "part": "afternoon",
            "periods": "5",
            "topic": "Chuyên đề mới",
            "lecturer": course.lecturer.pk,
            "room": "",
        },
    )
    assert response.status_code == 302
    assert other_class.sessions.get().get_part_display() == "Chiều"


def test_the_printable_timetable_lists_every_session(client, course):
    client.force_login(course.trainees[0])
    page = client.get(
        f"/classes/{course.training_class.pk}/timetable/"
    ).content.decode()
    assert page.count("Khái quát lịch sử Đảng") == 5
    assert "02/03/2026" in page
    assert "06/03/2026" in page
    assert "Ma Thị Hồng" in page


def test_the_lecturer_sees_their_own_schedule(client, course):
    future = TrainingClassFactory(
        training_unit=course.unit,
        starts_on=datetime.date.today() + datetime.timedelta(days=2),
        ends_on=datetime.date.today() + datetime.timedelta(days=4),
    )
    schedule_session(
        future,
        date=future.starts_on,
        part="afternoon",
        topic="Đường lối đối ngoại",
        lecturer=course.lecturer,
    )
    client.force_login(course.lecturer)
    page = client.get("/teaching/").content.decode()
    assert "Đường lối đối ngoại" in page
    assert "Khái quát lịch sử Đảng" not in page  # in the past
