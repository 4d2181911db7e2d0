"""Absence warnings as notices: once per recipient, by email too, on /me/ and home.

The `course` class has 5 sessions of 5 periods (25) and needs 80%: 5 periods may be
missed, so one missed session is within the threshold and two are past it.
"""

import datetime
import threading

import pytest
from django.core import mail
from django.db import connection, connections
from django.utils import timezone

from classes import checkin_codes
from classes.models import Attendance, Notice
from classes.services import (
    check_in,
    mark_attendance,
    record_attendance,
    warn_about_absences,
    withdraw_trainee,
)
from classes.services import notices as notices_service
from programmes import assessment
from tests.factories import UserFactory
from tests.factories.lessons import home_page

TRAINEE_TEXT = (
    "Đồng chí đã vắng 10/25 tiết của lớp {code} — vượt quá mức cho phép (20%)."
)


def miss_two_sessions(course, trainee=None):
    trainee = trainee or course.trainees[0]
    for session in course.sessions[:2]:
        mark_attendance(session, {trainee.pk: "absent"})
    return trainee


def sent(course):
    return sorted(
        Notice.objects.filter(training_class=course.training_class).values_list(
            "recipient__username", "trainee__username"
        )
    )


# The rule (programmes/assessment.py, no database)


@pytest.mark.parametrize(
    ("missed", "total", "min_percent", "expected"),
    [
        (5, 25, 80, False),  # exactly the 5 periods allowed
        (6, 25, 80, True),
        (0, 0, 80, False),  # no timetable yet
        (2, 10, 79, False),  # 79% of 10 needs 8 periods (7.9 rounds up): 2 allowed
        (3, 10, 79, True),
        (0, 10, 100, False),
        (1, 10, 100, True),  # 100% allows no absence at all
        (10, 10, 0, False),  # no minimum: never past it
    ],
)
def test_too_many_absences_at_its_boundaries(missed, total, min_percent, expected):
    assert assessment.too_many_absences(missed, total, min_percent) is expected


def test_the_threshold_agrees_with_periods_short():
    # Past the threshold exactly when attending every other period is not enough.
    for total in range(0, 31):
        for min_percent in (0, 50, 79, 80, 100):
            for missed in range(total + 1):
                reachable = (
                    assessment.periods_short(total - missed, total, min_percent) == 0
                )
                assert assessment.too_many_absences(missed, total, min_percent) is (
                    not reachable
                )


# Who gets a notice, and once


def test_crossing_the_threshold_notifies_the_trainee_and_head_lecturer_once(
    client, course
):
    trainee = course.trainees[0]
    mark_attendance(course.sessions[0], {trainee.pk: "absent"})
    assert sent(course) == []
    client.force_login(course.lecturer)
    client.post(
        f"/sessions/{course.sessions[1].pk}/attendance/",
        {f"status-{trainee.pk}": "absent"},
    )
    assert sent(course) == [("giangvien_tt", "hv_tt0"), ("hv_tt0", "hv_tt0")]
    # The same roll call saved again, and a third absence: still one each.
    client.post(
        f"/sessions/{course.sessions[1].pk}/attendance/",
        {f"status-{trainee.pk}": "absent"},
    )
    mark_attendance(course.sessions[2], {trainee.pk: "excused"})
    assert warn_about_absences(course.training_class) == []
    assert sent(course) == [("giangvien_tt", "hv_tt0"), ("hv_tt0", "hv_tt0")]
    notice = Notice.objects.get(recipient=trainee)
    assert notice.args == {"missed": 10, "total": 25, "allowed_percent": 20}
    assert notice.read_at is None


def test_absences_within_the_threshold_send_nothing(course):
    mark_attendance(course.sessions[0], {course.trainees[0].pk: "absent"})
    mark_attendance(course.sessions[1], {course.trainees[1].pk: "excused"})
    mark_attendance(course.sessions[2], {course.trainees[1].pk: "late"})
    assert sent(course) == []


def test_excused_absences_count_as_missed(course):
    trainee = course.trainees[0]
    mark_attendance(course.sessions[0], {trainee.pk: "excused"})
    mark_attendance(course.sessions[1], {trainee.pk: "excused"})
    assert ("hv_tt0", "hv_tt0") in sent(course)


def test_the_class_policy_override_decides(course):
    course.training_class.min_attendance_percent = 60  # 10 periods may be missed
    course.training_class.save()
    miss_two_sessions(course)
    assert sent(course) == []
    mark_attendance(course.sessions[2], {course.trainees[0].pk: "absent"})
    assert len(sent(course)) == 2
    assert Notice.objects.filter(recipient=course.trainees[0]).get().args == {
        "missed": 15,
        "total": 25,
        "allowed_percent": 40,
    }


def test_a_class_without_head_lecturer_warns_the_trainee_only(course):
    course.training_class.head_lecturer = None
    course.training_class.save()
    miss_two_sessions(course)
    assert sent(course) == [("hv_tt0", "hv_tt0")]


def test_a_withdrawn_trainee_is_not_warned(course):
    trainee = course.trainees[0]
    for session in course.sessions[:2]:
        record_attendance(session, trainee, status="absent", source="lecturer")
    withdraw_trainee(trainee.enrolments.get(), reason="Chuyển công tác")
    assert warn_about_absences(course.training_class) == []


def test_check_in_catches_up_a_warning_not_yet_sent(course, settings):
    """Absences stored without the roll call (as the demo does): the next
    check-in of the trainee sends the warning."""
    trainee = course.trainees[0]
    for session in course.sessions[:2]:
        record_attendance(session, trainee, status="absent", source="lecturer")
    assert sent(course) == []
    held = course.sessions[2]  # scanned in the room, on the session's own day
    now = timezone.make_aware(
        datetime.datetime.combine(held.date, datetime.time(8))
    ).timestamp()
    code = checkin_codes.make_code(held.pk, now, settings.SECRET_KEY)
    check_in(code, trainee, device="phone-a", now=now)
    assert sent(course) == [("giangvien_tt", "hv_tt0"), ("hv_tt0", "hv_tt0")]
    attendance = Attendance.objects.get(session=course.sessions[2], trainee=trainee)
    assert attendance.status == "present"
    check_in(code, trainee, device="phone-a", now=now)
    assert len(sent(course)) == 2


# Email


def test_recipients_with_an_email_address_get_one_email(
    course, django_capture_on_commit_callbacks
):
    trainee = course.trainees[0]
    trainee.email = "an@example.vn"
    trainee.save()
    course.lecturer.email = "hong@example.vn"
    course.lecturer.save()
    with django_capture_on_commit_callbacks(execute=True):
        miss_two_sessions(course)
        assert mail.outbox == []  # nothing before the commit
    assert sorted(m.to[0] for m in mail.outbox) == ["an@example.vn", "hong@example.vn"]
    code = course.training_class.code
    to_trainee = next(m for m in mail.outbox if m.to == ["an@example.vn"])
    assert to_trainee.subject == f"Cảnh báo vắng học: lớp {code}"
    assert TRAINEE_TEXT.format(code=code) in to_trainee.body
    assert "/notices/" in to_trainee.body
    to_lecturer = next(m for m in mail.outbox if m.to == ["hong@example.vn"])
    assert f"Học viên Nguyễn Văn An đã vắng 10/25 tiết của lớp {code}" in (
        to_lecturer.body
    )
    with django_capture_on_commit_callbacks(execute=True):
        mark_attendance(course.sessions[1], {trainee.pk: "absent"})
    assert len(mail.outbox) == 2


def test_no_email_without_an_address(course, django_capture_on_commit_callbacks):
    course.lecturer.email = "hong@example.vn"
    course.lecturer.save()
    with django_capture_on_commit_callbacks(execute=True):
        miss_two_sessions(course)
    assert [m.to for m in mail.outbox] == [["hong@example.vn"]]
    assert len(sent(course)) == 2


def test_a_failing_mail_server_loses_no_notice(
    course, django_capture_on_commit_callbacks, monkeypatch, caplog
):
    course.lecturer.email = "hong@example.vn"
    course.lecturer.save()

    def refuse(*args, **kwargs):
        raise ConnectionRefusedError("no mail server")

    monkeypatch.setattr("classes.services.notices.send_mail", refuse)
    with django_capture_on_commit_callbacks(execute=True):
        miss_two_sessions(course)
    assert len(sent(course)) == 2
    assert "hong@example.vn" in caplog.text


# Pages


def test_the_trainee_sees_the_warning_on_me_and_marks_it_read(client, course):
    trainee = miss_two_sessions(course)
    text = TRAINEE_TEXT.format(code=course.training_class.code)
    client.force_login(trainee)
    me = client.get("/me/").content.decode()
    assert 'id="notices"' in me
    assert text in me
    listing = client.get("/notices/").content.decode()
    assert text in listing
    assert "Đánh dấu đã đọc" in listing
    notice = Notice.objects.get(recipient=trainee)
    response = client.post(f"/notices/{notice.pk}/read/")
    assert response.status_code == 302
    notice.refresh_from_db()
    assert notice.read_at is not None
    assert text not in client.get("/me/").content.decode()
    listing = client.get("/notices/").content.decode()
    assert text in listing  # still listed, no longer new
    assert "Đánh dấu đã đọc" not in listing


def test_the_head_lecturer_sees_it_on_the_home_page(client, course):
    home_page()
    miss_two_sessions(course)
    client.force_login(course.lecturer)
    page = client.get("/").content.decode()
    assert "1 thông báo chưa đọc" in page
    assert (
        f"Học viên Nguyễn Văn An đã vắng 10/25 tiết của lớp "
        f"{course.training_class.code} — vượt quá mức cho phép (20%)."
    ) in page
    assert 'href="/notices/"' in page
    listing = client.get("/notices/").content.decode()
    trainee = course.trainees[0]
    assert f'href="/classes/{course.training_class.pk}/trainees/{trainee.pk}/"' in (
        listing
    )
    response = client.post("/notices/read/", follow=True)
    assert "Đã đánh dấu 1 thông báo là đã đọc." in response.content.decode()
    assert "thông báo chưa đọc" not in client.get("/").content.decode()
    # The trainee's own notice is untouched by the lecturer's "read all".
    assert Notice.objects.get(recipient=trainee).read_at is None


def test_nobody_else_can_mark_a_notice_read(client, course):
    miss_two_sessions(course)
    notice = Notice.objects.get(recipient=course.trainees[0])
    for other in (course.trainees[1], course.lecturer, UserFactory()):
        client.force_login(other)
        assert client.post(f"/notices/{notice.pk}/read/").status_code == 404
        assert "Đồng chí đã vắng" not in client.get("/notices/").content.decode()
    assert client.post("/notices/999999/read/").status_code == 404
    notice.refresh_from_db()
    assert notice.read_at is None


def test_marking_read_needs_post_and_login(client, course):
    miss_two_sessions(course)
    notice = Notice.objects.get(recipient=course.trainees[0])
    assert client.get("/notices/").status_code == 302
    assert client.post(f"/notices/{notice.pk}/read/").status_code == 302
    client.force_login(course.trainees[0])
    assert client.get(f"/notices/{notice.pk}/read/").status_code == 405
    notice.refresh_from_db()
    assert notice.read_at is None


def test_no_notices_page(client, course):
    client.force_login(course.trainees[0])
    page = client.get("/notices/").content.decode()
    assert "Đồng chí chưa có thông báo nào." in page
    assert 'id="notices"' not in client.get("/me/").content.decode()


# Two roll calls saved at the same moment (PostgreSQL services lane)


def run_together(*calls):
    barrier, errors = threading.Barrier(len(calls)), []

    def worker(call):
        try:
            barrier.wait()
            call()
        except Exception as error:  # noqa: BLE001 - reported to the test below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=(c,)) for c in calls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors


@pytest.mark.services
@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="row locks across connections need PostgreSQL (set DATABASE_URL)",
)
@pytest.mark.parametrize("already_missed", [0, 1])
def test_two_roll_calls_at_once_send_each_warning_once(
    transactional_db, request, monkeypatch, already_missed
):
    """Neither roll call alone crosses the threshold (0), or both do (1): the
    second to count sees the first's absence, and there is one notice each."""
    course = request.getfixturevalue("course")
    trainee = course.trainees[0]
    for session in course.sessions[:already_missed]:
        mark_attendance(session, {trainee.pk: "absent"})
    first, second = course.sessions[already_missed : already_missed + 2]
    # Both roll calls have written their marks before either counts absences.
    both_written = threading.Barrier(2, timeout=20)
    warn = notices_service.warn_about_absences

    def warn_when_both_written(*args, **kwargs):
        both_written.wait()
        return warn(*args, **kwargs)

    monkeypatch.setattr(
        "classes.services.attendance.warn_about_absences", warn_when_both_written
    )
    run_together(
        lambda: mark_attendance(first, {trainee.pk: "absent"}),
        lambda: mark_attendance(second, {trainee.pk: "absent"}),
    )
    assert sent(course) == [("giangvien_tt", "hv_tt0"), ("hv_tt0", "hv_tt0")]
    # The notice tells the count at the crossing, whichever roll call it was.
    assert Notice.objects.get(recipient=trainee).args["missed"] == 10
