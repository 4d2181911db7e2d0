"""The lecturer's roll call and the absence warning."""

from classes.models import Attendance
from classes.services import mark_attendance


def test_roll_call_marks_everyone_present_but_the_exceptions(client, course):
    session = course.sessions[0]
    client.force_login(course.lecturer)
    page = client.get(f"/sessions/{session.pk}/attendance/").content.decode()
    assert page.count('value="present" checked') == 4
    absent, late = course.trainees[1], course.trainees[2]
    response = client.post(
        f"/sessions/{session.pk}/attendance/",
        {f"status-{absent.pk}": "absent", f"status-{late.pk}": "late"},
    )
    assert response.status_code == 302
    statuses = dict(
        Attendance.objects.filter(session=session).values_list(
            "trainee__username", "status"
        )
    )
    assert statuses == {
        "hv_tt0": "present",
        "hv_tt1": "absent",
        "hv_tt2": "late",
        "hv_tt3": "present",
    }


def test_a_bad_status_is_refused_and_nothing_is_saved(client, course):
    session = course.sessions[0]
    client.force_login(course.lecturer)
    response = client.post(
        f"/sessions/{session.pk}/attendance/",
        {f"status-{course.trainees[0].pk}": "asleep"},
        follow=True,
    )
    assert "Trạng thái điểm danh không hợp lệ." in response.content.decode()
    assert not Attendance.objects.exists()


def test_absences_past_the_threshold_warn_the_trainee_and_the_lecturer(client, course):
    trainee = course.trainees[0]
    for session in course.sessions[:2]:  # 10 of 25 periods; 5 are allowed
        mark_attendance(session, {trainee.pk: "absent"})
    for session in course.sessions[2:]:
        mark_attendance(session, {})
    client.force_login(trainee)
    mine = client.get(f"/classes/{course.training_class.pk}/me/").content.decode()
    assert "Số tiết vắng của đồng chí đã vượt mức cho phép" in mine
    assert "dự học thêm 5 tiết" in mine
    client.force_login(course.lecturer)
    page = client.get(f"/classes/{course.training_class.pk}/").content.decode()
    warnings = page.split('id="warnings"')[1].split("</section>")[0]
    assert "Nguyễn Văn An" in warnings
    assert "vắng 10 tiết" in warnings
    assert "Trần Thị Bình" not in warnings


def test_one_absence_within_the_threshold_gives_no_warning(client, course):
    mark_attendance(course.sessions[0], {course.trainees[0].pk: "excused"})
    client.force_login(course.trainees[0])
    mine = client.get(f"/classes/{course.training_class.pk}/me/").content.decode()
    assert "vượt mức cho phép" not in mine
