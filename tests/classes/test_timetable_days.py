"""The timetable on a phone: a list of days, each with its sessions, no wide table."""

from classes.models import ClassSession
from tests.factories.classes import SessionFactory


def test_the_timetable_is_a_list_of_days(client, course):
    SessionFactory(
        training_class=course.training_class,
        date=course.training_class.starts_on,
        part=ClassSession.Part.AFTERNOON,
        topic="Thảo luận tổ",
        periods=4,
    )
    client.force_login(course.trainees[0])

    page = client.get(
        f"/classes/{course.training_class.pk}/timetable/"
    ).content.decode()

    assert "<table" not in page
    assert page.count('<li class="timetable-day">') == 5
    first_day = page.split('<li class="timetable-day">')[1]
    assert first_day.startswith("<h2>Thứ hai, 02/03/2026</h2>")
    assert first_day.index("<strong>Sáng</strong> · 5 tiết") < first_day.index(
        "<strong>Chiều</strong> · 4 tiết"
    )
    assert '<p class="topic">Thảo luận tổ</p>' in first_day
    assert "Giảng viên: Ma Thị Hồng · Phòng học hoặc đường dẫn trực tuyến: Phòng 1" in (
        first_day
    )
