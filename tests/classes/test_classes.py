"""Opening and editing classes, for the managers of their unit only."""

from classes.models import TrainingClass


def form_data(course, **changes):
    data = {
        "training_unit": course.unit.pk,
        "version": course.training_class.version.pk,
        "code": "Đợt 3 năm 2026",
        "mode": "blended",
        "starts_on": "06/04/2026",
        "ends_on": "10/04/2026",
        "head_lecturer": course.lecturer.pk,
        "location": "Hội trường",
        "min_attendance_percent": "",
        "pass_score": "",
        "rounding": "",
    }
    return data | changes


def test_the_manager_opens_a_class_with_vietnamese_dates(client, course):
    client.force_login(course.manager)
    response = client.post(
        "/classes/new/", form_data(course, min_attendance_percent="90")
    )
    created = TrainingClass.objects.get(code="Đợt 3 năm 2026")
    assert response["Location"] == f"/classes/{created.pk}/"
    assert f"{created.starts_on:%d/%m/%Y}" == "06/04/2026"
    assert created.min_attendance_percent == 90
    assert created.pass_score is None


def test_an_end_before_the_start_is_refused_with_a_message(client, course):
    client.force_login(course.manager)
    page = client.post(
        "/classes/new/", form_data(course, ends_on="01/04/2026")
    ).content.decode()
    assert "Ngày kết thúc không được trước ngày bắt đầu." in page
    assert not TrainingClass.objects.filter(code="Đợt 3 năm 2026").exists()


def test_a_lecturer_or_trainee_cannot_open_or_edit_a_class(client, course):
    for person in (course.lecturer, course.trainees[0]):
        client.force_login(person)
        assert client.get("/classes/new/").status_code == 404
        edit = f"/classes/{course.training_class.pk}/edit/"
        assert client.get(edit).status_code == 404


def test_the_class_list_shows_my_classes(client, course):
    client.force_login(course.lecturer)
    page = client.get("/classes/").content.decode()
    assert str(course.training_class) in page
    client.force_login(course.trainees[0])
    page = client.get("/classes/").content.decode()
    assert f"/classes/{course.training_class.pk}/me/" in page
