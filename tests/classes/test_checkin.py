"""Self check-in with the rotating QR code: expiry, reuse, one phone for two people."""

import time

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone

from classes import checkin_codes
from classes.models import Attendance, CheckIn
from classes.services import check_in, record_attendance

SECRET = "secret-for-tests"


def test_a_code_is_accepted_in_its_window_and_the_next():
    shown = 1_000_000.0 - 1_000_000.0 % 15  # the start of a window
    code = checkin_codes.make_code(42, shown, SECRET)
    assert checkin_codes.read_code(code, shown, SECRET) == 42
    assert checkin_codes.read_code(code, shown + 29.9, SECRET) == 42


def test_a_screenshot_older_than_two_windows_is_refused():
    shown = 1_000_000.0 - 1_000_000.0 % 15
    code = checkin_codes.make_code(42, shown, SECRET)
    with pytest.raises(checkin_codes.ExpiredCode):
        checkin_codes.read_code(code, shown + 30, SECRET)


def test_the_code_changes_every_15_seconds():
    start = 1_000_000.0 - 1_000_000.0 % 15
    assert checkin_codes.make_code(1, start, SECRET) == checkin_codes.make_code(
        1, start + 14.9, SECRET
    )
    assert checkin_codes.make_code(1, start, SECRET) != checkin_codes.make_code(
        1, start + 15, SECRET
    )


@pytest.mark.parametrize(
    "code", ["", "abc", "1-2", "1-x-abc", "42-66666-aaaaaaaaaaaaaaaa"]
)
def test_forged_codes_are_refused(code):
    with pytest.raises(checkin_codes.InvalidCode):
        checkin_codes.read_code(code, time.time(), SECRET)


def test_a_code_for_another_session_cannot_be_made_by_editing_it():
    now = time.time()
    _session, window, signature = checkin_codes.make_code(7, now, SECRET).split("-")
    with pytest.raises(checkin_codes.InvalidCode):
        checkin_codes.read_code(f"8-{window}-{signature}", now, SECRET)


@pytest.fixture
def course(course):
    """The shared class with its first session held today: a code counts only on
    its session's day."""
    first = course.sessions[0]
    first.date = timezone.localdate()
    first.save()
    return course


def fresh(session, at=None):
    return checkin_codes.make_code(session.pk, at or time.time(), settings.SECRET_KEY)


def test_check_in_marks_present_and_twice_is_harmless(course):
    session, trainee = course.sessions[0], course.trainees[0]
    code = fresh(session)
    check_in(code, trainee, device="phone-a")
    check_in(code, trainee, device="phone-a")
    record = Attendance.objects.get(session=session, trainee=trainee)
    assert (record.status, record.source) == ("present", "check_in")
    assert CheckIn.objects.filter(session=session).count() == 1


def test_a_code_for_a_session_of_another_day_is_refused(course):
    # The presenter screen can show a fresh code for any session of the class.
    another_day = course.sessions[1]
    with pytest.raises(ValidationError, match="không phải hôm nay"):
        check_in(fresh(another_day), course.trainees[0], device="phone-a")
    assert not Attendance.objects.filter(session=another_day).exists()


def test_one_phone_cannot_check_in_two_people(course):
    session = course.sessions[0]
    check_in(fresh(session), course.trainees[0], device="phone-a")
    with pytest.raises(ValidationError, match="người khác"):
        check_in(fresh(session), course.trainees[1], device="phone-a")
    assert not Attendance.objects.filter(
        session=session, trainee=course.trainees[1]
    ).exists()


def test_an_expired_screenshot_is_refused(course):
    session = course.sessions[0]
    code = fresh(session, at=time.time() - 45)
    with pytest.raises(ValidationError, match="hết hạn"):
        check_in(code, course.trainees[0], device="phone-a")
    assert not Attendance.objects.filter(session=session).exists()


def test_someone_outside_the_class_cannot_check_in(course, django_user_model):
    stranger = django_user_model.objects.create(username="la", full_name="Người Lạ")
    with pytest.raises(ValidationError, match="không có trong danh sách lớp"):
        check_in(fresh(course.sessions[0]), stranger, device="phone-z")
    assert not CheckIn.objects.exists()


def test_check_in_never_overrides_the_lecturer(course):
    session, trainee = course.sessions[0], course.trainees[0]
    record_attendance(session, trainee, status="absent", source="lecturer")
    check_in(fresh(session), trainee, device="phone-a")
    assert Attendance.objects.get(session=session, trainee=trainee).status == "absent"


def test_scanning_the_qr_checks_in_and_remembers_the_phone(client, course):
    session = course.sessions[0]
    client.force_login(course.trainees[0])
    response = client.get(f"/check-in/{fresh(session)}/")
    assert response.status_code == 200
    assert "Đồng chí đã được điểm danh có mặt" in response.content.decode()
    device = response.cookies["device"].value
    client.force_login(course.trainees[1])
    response = client.get(f"/check-in/{fresh(session)}/")
    assert response.status_code == 400
    assert "Điện thoại này đã được dùng" in response.content.decode()
    assert client.cookies["device"].value == device
    assert list(Attendance.objects.values_list("trainee__username", flat=True)) == [
        "hv_tt0"
    ]


def test_a_garbled_code_gets_a_clear_message(client, course):
    client.force_login(course.trainees[0])
    response = client.get("/check-in/not-a-code/")
    assert response.status_code == 400
    assert "Mã điểm danh không hợp lệ" in response.content.decode()


def test_the_presenter_screen_shows_a_qr_of_the_check_in_url(client, course):
    client.force_login(course.lecturer)
    session = course.sessions[0]
    response = client.get(
        f"/classes/{course.training_class.pk}/check-in/?session={session.pk}"
    )
    page = response.content.decode()
    assert "<svg" in page
    assert (
        f'hx-get="/classes/{course.training_class.pk}/check-in/{session.pk}/qr/"'
        in page
    )
    fragment = client.get(
        f"/classes/{course.training_class.pk}/check-in/{session.pk}/qr/"
    )
    code = fragment.content.decode().split('data-code="')[1].split('"')[0]
    assert checkin_codes.read_code(code, time.time(), settings.SECRET_KEY) == session.pk


def test_a_trainee_cannot_open_the_presenter_screen(client, course):
    client.force_login(course.trainees[0])
    assert (
        client.get(f"/classes/{course.training_class.pk}/check-in/").status_code == 404
    )


def test_scanning_while_logged_out_leads_to_the_login_page(client, course):
    code = fresh(course.sessions[0])
    response = client.get(f"/check-in/{code}/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=/check-in/")
    assert not Attendance.objects.exists()
