"""Changing and deleting timetable sessions on the site: same form and clash checks
as adding one; a session with attendance stays; only the class's managers, else 404."""

import datetime

import pytest

from classes.models import CheckIn, ClassSession
from classes.services import mark_attendance
from tests.factories import TrainingUnitFactory, UserFactory
from tests.factories.classes import SessionFactory, TrainingClassFactory
from units.roles import Role
from units.services import grant_role

CLASH = "Giảng viên Ma Thị Hồng đã có lịch ngày 02/03/2026"
CONFIRM_FORM = '<form method="post" class="form narrow">'
REFUSAL = "Buổi học này đã có điểm danh hoặc lượt tự điểm danh nên không thể xóa."


def edit_url(session):
    return f"/classes/{session.training_class_id}/sessions/{session.pk}/edit/"


def delete_url(session):
    return f"/classes/{session.training_class_id}/sessions/{session.pk}/delete/"


def form_data(**changes):
    data = {
        "date": "03/03/2026",
        "part": "morning",
        "periods": "5",
        "topic": "Khái quát lịch sử Đảng Cộng sản Việt Nam",
        "lecturer": "",
        "room": "Phòng 1",
    }
    data.update(changes)
    return data


def stored(session):
    """What the database holds for the session, to compare before and after."""
    row = ClassSession.objects.get(pk=session.pk)
    return (row.date, row.part, row.periods, row.topic, row.lecturer_id, row.room)


@pytest.fixture
def other_class(course):
    """A second class of the same centre and week, its one session in the afternoon."""
    training_class = TrainingClassFactory(
        training_unit=course.unit,
        starts_on=course.training_class.starts_on,
        ends_on=course.training_class.ends_on,
    )
    SessionFactory(
        training_class=training_class,
        part=ClassSession.Part.AFTERNOON,
        topic="Đường lối đối ngoại",
        lecturer=course.lecturer,
        room="Phòng 2",
    )
    return training_class


def test_the_edit_form_is_prefilled_and_saves_the_change(client, course):
    session = course.sessions[1]
    client.force_login(course.manager)
    page = client.get(edit_url(session)).content.decode()
    assert "Sửa buổi học" in page
    assert 'value="03/03/2026"' in page
    assert 'value="Khái quát lịch sử Đảng Cộng sản Việt Nam"' in page
    assert f'<option value="{course.lecturer.pk}" selected>' in page
    response = client.post(
        edit_url(session),
        form_data(
            part="afternoon",
            periods="4",
            topic="Tư tưởng Hồ Chí Minh",
            lecturer=course.lecturer.pk,
            room="Hội trường",
        ),
        follow=True,
    )
    assert "Đã lưu thay đổi của buổi học." in response.content.decode()
    assert stored(session) == (
        datetime.date(2026, 3, 3),
        "afternoon",
        4,
        "Tư tưởng Hồ Chí Minh",
        course.lecturer.pk,
        "Hội trường",
    )
    assert course.training_class.sessions.count() == 5


def test_the_session_itself_is_no_clash(client, course):
    """Same lecturer, room and time as before: only the topic changes."""
    session = course.sessions[0]
    client.force_login(course.manager)
    response = client.post(
        edit_url(session),
        form_data(date="02/03/2026", topic="Chủ đề mới", lecturer=course.lecturer.pk),
    )
    assert response.status_code == 302
    assert ClassSession.objects.get(pk=session.pk).topic == "Chủ đề mới"


def test_editing_into_a_clash_is_refused_and_nothing_changes(
    client, course, other_class
):
    session = other_class.sessions.get()
    before = stored(session)
    client.force_login(course.manager)
    response = client.post(
        edit_url(session),
        form_data(
            date="02/03/2026",
            topic="Đường lối đối ngoại (sáng)",
            lecturer=course.lecturer.pk,
            room="Phòng 2",
        ),
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert CLASH in page
    assert str(course.training_class) in page
    assert 'value="Đường lối đối ngoại (sáng)"' in page  # the input is kept
    assert stored(session) == before


def test_moving_into_the_same_room_at_the_same_time_is_refused(
    client, course, other_class
):
    session = other_class.sessions.get()
    before = stored(session)
    client.force_login(course.manager)
    page = client.post(
        edit_url(session),
        form_data(date="02/03/2026", part="morning", room=" phòng 1 "),
    ).content.decode()
    assert "Phòng học “Phòng 1” đã có lịch ngày 02/03/2026" in page
    assert stored(session) == before


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"date": "09/03/2026"}, "phải nằm trong thời gian của lớp"),
        ({"date": "31/02/2026"}, "Nhập một ngày hợp lệ."),
        ({"topic": ""}, "Trường này là bắt buộc."),
        ({"periods": "0"}, "lớn hơn hoặc bằng với 1"),
    ],
)
def test_bad_input_is_refused_with_a_message(client, course, changes, message):
    session = course.sessions[1]
    before = stored(session)
    client.force_login(course.manager)
    page = client.post(edit_url(session), form_data(**changes)).content.decode()
    assert message in page
    assert stored(session) == before


def test_two_sessions_of_one_class_cannot_share_a_half_day(client, course):
    session = course.sessions[1]
    before = stored(session)
    client.force_login(course.manager)
    page = client.post(
        edit_url(session), form_data(date="02/03/2026", room="")
    ).content.decode()
    assert "đã tồn tại" in page
    assert stored(session) == before


def test_a_session_without_attendance_is_deleted_after_confirming(client, course):
    session = course.sessions[4]
    client.force_login(course.manager)
    page = client.get(delete_url(session)).content.decode()
    assert "Xóa buổi học" in page
    assert "06/03/2026" in page
    assert "Buổi học sẽ bị xóa khỏi lịch học" in page
    assert CONFIRM_FORM in page
    assert ClassSession.objects.filter(pk=session.pk).exists()  # GET changes nothing
    response = client.post(delete_url(session), follow=True)
    assert "Đã xóa buổi học khỏi lịch học." in response.content.decode()
    assert not ClassSession.objects.filter(pk=session.pk).exists()
    assert course.training_class.sessions.count() == 4


def test_a_session_with_attendance_is_not_deleted(client, course):
    session = course.sessions[0]
    mark_attendance(session, {})
    client.force_login(course.manager)
    page = client.get(delete_url(session)).content.decode()
    assert REFUSAL in page
    assert CONFIRM_FORM not in page
    assert f'href="{edit_url(session)}"' in page  # but a way to change it
    response = client.post(delete_url(session))
    assert response.status_code == 409
    assert REFUSAL in response.content.decode()
    assert ClassSession.objects.filter(pk=session.pk).exists()
    assert session.attendance.count() == 4


def test_a_session_with_a_check_in_is_not_deleted(client, course):
    session = course.sessions[0]
    CheckIn.objects.create(session=session, trainee=course.trainees[0], device="a")
    client.force_login(course.manager)
    response = client.post(delete_url(session))
    assert response.status_code == 409
    assert REFUSAL in response.content.decode()
    assert ClassSession.objects.filter(pk=session.pk).exists()


@pytest.fixture
def outsider(db):
    """The manager of another centre."""
    unit = TrainingUnitFactory(name="Trung tâm Chính trị khác")
    manager = UserFactory(full_name="Quản Lý Khác")
    grant_role(manager, Role.CENTRE_MANAGER, training_unit=unit)
    return manager


@pytest.mark.parametrize("who", ["outsider", "trainee", "lecturer"])
def test_only_the_class_managers_may_edit_or_delete(client, course, outsider, who):
    person = {
        "outsider": outsider,
        "trainee": course.trainees[0],
        "lecturer": course.lecturer,
    }[who]
    session = course.sessions[1]
    before = stored(session)
    client.force_login(person)
    assert client.get(edit_url(session)).status_code == 404
    assert client.post(edit_url(session), form_data(topic="Sửa trộm")).status_code == (
        404
    )
    assert client.get(delete_url(session)).status_code == 404
    assert client.post(delete_url(session)).status_code == 404
    assert stored(session) == before


def test_bad_ids_get_404(client, course, other_class):
    client.force_login(course.manager)
    mine = course.training_class.pk
    theirs = other_class.sessions.get()
    for url in (
        f"/classes/{mine}/sessions/{theirs.pk}/edit/",  # a session of another class
        f"/classes/{mine}/sessions/{theirs.pk}/delete/",
        f"/classes/{mine}/sessions/999999/edit/",
        f"/classes/999999/sessions/{course.sessions[0].pk}/edit/",
    ):
        assert client.get(url).status_code == 404, url
    assert client.post(f"/classes/{mine}/sessions/{theirs.pk}/delete/").status_code == (
        404
    )
    assert ClassSession.objects.filter(pk=theirs.pk).exists()


def test_managers_see_edit_and_delete_links_others_do_not(client, course):
    session = course.sessions[0]
    client.force_login(course.manager)
    for page in (
        client.get(f"/classes/{course.training_class.pk}/").content.decode(),
        client.get(f"/classes/{course.training_class.pk}/timetable/").content.decode(),
    ):
        assert f'href="{edit_url(session)}"' in page
        assert f'href="{delete_url(session)}"' in page
    client.force_login(course.lecturer)
    page = client.get(f"/classes/{course.training_class.pk}/").content.decode()
    assert "Khái quát lịch sử Đảng" in page
    assert edit_url(session) not in page
    client.force_login(course.trainees[0])
    page = client.get(
        f"/classes/{course.training_class.pk}/timetable/"
    ).content.decode()
    assert "Khái quát lịch sử Đảng" in page
    assert edit_url(session) not in page
