"""Reports of a period: the figures against an independent count from the ORM, the
page against its XLSX, the drill-down, and who may see what.

The world is tests/records/report_world.py.
"""

import datetime
from types import SimpleNamespace

import pytest

from classes.models import Attendance, ClassSession, Enrolment, TrainingClass
from records.models import Credential
from tests.records.report_page import (
    figure,
    page_links,
    page_tables,
    xlsx_heading,
    xlsx_tables,
)
from tests.records.report_world import build_world

Q1 = "?period=quarter&year=2026&quarter=1"
Q1_START, Q1_END = datetime.date(2026, 1, 1), datetime.date(2026, 3, 31)


@pytest.fixture
def world(db):
    return build_world()


def orm_count(units):
    """The first quarter's figures counted straight from the rows."""
    classes = TrainingClass.objects.filter(training_unit__in=units)
    opened = classes.filter(starts_on__range=(Q1_START, Q1_END))
    finished = classes.filter(ends_on__range=(Q1_START, Q1_END))
    enrolments = Enrolment.objects.filter(training_class__in=finished)
    present = recorded = 0
    for mark in Attendance.objects.filter(
        session__training_class__in=classes,
        session__date__range=(Q1_START, Q1_END),
    ).select_related("session"):
        recorded += mark.session.periods
        present += mark.session.periods if mark.status in ("present", "late") else 0
    periods: dict[str, int] = {}
    for session in ClassSession.objects.filter(
        training_class__in=classes, date__range=(Q1_START, Q1_END)
    ).select_related("lecturer"):
        name = session.lecturer.full_name
        periods[name] = periods.get(name, 0) + session.periods
    credentials = Credential.objects.filter(
        training_class__in=classes, issued_at__date__range=(Q1_START, Q1_END)
    )
    return SimpleNamespace(
        opened=opened.count(),
        finished=finished.count(),
        trainees=Enrolment.objects.filter(training_class__in=opened).count(),
        stayed=enrolments.filter(status="active").count(),
        enrolled=enrolments.count(),
        attendance=round(100 * present / recorded, 1),
        periods=periods,
        valid=credentials.filter(status="valid").count(),
        revoked=credentials.filter(status="revoked").count(),
    )


def pct(value: float) -> str:
    return f"{value:.1f}".replace(".", ",") + "%"


def test_the_province_figures_equal_a_count_from_the_rows(client, world):
    client.force_login(world.province_manager)
    page = client.get(f"/reports/province/{Q1}").content.decode()
    tables = page_tables(page)
    expected = orm_count([world.centre, world.school])
    assert figure(tables, "Số lớp khai giảng") == str(expected.opened) == "2"
    assert figure(tables, "Số lớp kết thúc") == str(expected.finished) == "2"
    assert figure(tables, "Học viên (các lớp khai giảng)") == "5"
    assert figure(tables, "Hoàn thành khóa học") == str(expected.stayed) == "4"
    assert figure(tables, "Tỷ lệ hoàn thành") == pct(100 * 4 / 5)
    # Eligible: 9.5, 7 and 5.5 of the four who stayed (3 is below the pass score).
    assert figure(tables, "Đủ điều kiện cấp văn bằng") == "3"
    assert figure(tables, "Tỷ lệ đạt") == "75,0%"
    assert figure(tables, "Tỷ lệ chuyên cần") == pct(expected.attendance)
    assert figure(tables, "Văn bằng đã cấp (còn hiệu lực)") == str(expected.valid)
    assert figure(tables, "Văn bằng đã thu hồi") == str(expected.revoked) == "1"
    assert figure(tables, "Văn bằng đã được thay thế") == "0"
    bands = {row[0]: row[1] for row in tables["Xếp loại"][1:]}
    assert bands == {
        "Xuất sắc": "1",
        "Giỏi": "0",
        "Khá": "1",
        "Trung bình": "1",
        "Chưa đủ điều kiện": "1",
        "Tổng cộng": "4",
    }
    lecturers = {row[0]: row[2] for row in tables["Số tiết giảng của giảng viên"][1:-1]}
    assert lecturers == {k: str(v) for k, v in expected.periods.items()}
    assert lecturers == {"Ma Thị Hồng": "8", "Nông Văn Dũng": "8"}
    units = {row[0]: row for row in tables["Theo đơn vị"][1:]}
    assert set(units) == {world.centre.name, world.school.name, "Tổng cộng"}
    assert "Trung tâm Chính trị tỉnh khác" not in page
    assert units[world.school.name][1:4] == ["1", "1", "2"]
    assert units[world.school.name][7:] == ["1", "1", "0"]
    assert "Toàn tỉnh Tuyên Quang" in page


def test_a_unit_row_equals_that_units_own_report(client, world):
    client.force_login(world.province_manager)
    province = page_tables(client.get(f"/reports/province/{Q1}").content.decode())
    centre_row = next(
        row for row in province["Theo đơn vị"] if row[0] == world.centre.name
    )
    page = client.get(f"/reports/{Q1}&unit={world.centre.pk}").content.decode()
    own = page_tables(page)
    expected = orm_count([world.centre])
    assert centre_row[1:4] == [
        figure(own, "Số lớp khai giảng"),
        figure(own, "Số lớp kết thúc"),
        figure(own, "Học viên (các lớp khai giảng)"),
    ]
    assert centre_row[6] == figure(own, "Tỷ lệ chuyên cần") == pct(expected.attendance)
    assert "<h1>Trung tâm Chính trị xã Chiêm Hóa</h1>" in page


def test_every_report_downloads_the_figures_it_shows(client, world):
    client.force_login(world.province_manager)
    for url in (
        f"/reports/province/{Q1}",
        f"/reports/{Q1}&unit={world.centre.pk}",
        f"/classes/{world.school_q1.pk}/report/{Q1}",
    ):
        page = page_tables(client.get(url).content.decode())
        response = client.get(f"{url}&format=xlsx")
        assert response["Content-Type"].startswith("application/vnd.openxmlformats")
        assert xlsx_tables(response.content) == page, url
    heading = xlsx_heading(client.get(f"/reports/province/{Q1}&format=xlsx").content)
    assert heading == "Toàn tỉnh Tuyên Quang — Quý I/2026"


def test_the_drill_down_goes_from_the_province_to_a_centre_to_a_class(client, world):
    client.force_login(world.province_manager)
    page = client.get(f"/reports/province/{Q1}").content.decode()
    to_centre = page_links(page, "Theo đơn vị")[world.centre.name]
    centre_page = client.get(to_centre.replace("&amp;", "&")).content.decode()
    assert "<h1>Trung tâm Chính trị xã Chiêm Hóa</h1>" in centre_page
    classes = page_tables(centre_page)["Lớp học"]
    assert [row[0] for row in classes[1:]] == ["Khóa 1"]
    assert classes[1][4:] == ["3", "1", "1", "50,0%"]
    to_class = page_links(centre_page, "Lớp học")["Khóa 1"]
    class_page = client.get(to_class)
    assert class_page.status_code == 200
    tables = page_tables(class_page.content.decode())
    assert figure(tables, "Đủ điều kiện cấp văn bằng") == "1"
    assert figure(tables, "Tỷ lệ hoàn thành") == pct(100 * 2 / 3)


def test_a_centre_manager_sees_a_report_titled_for_the_centre(client, world):
    client.force_login(world.centre_manager)
    page = client.get(f"/reports/{Q1}").content.decode()
    assert "<h1>Trung tâm Chính trị xã Chiêm Hóa</h1>" in page
    assert "Toàn tỉnh" not in page
    assert world.school.name not in page
    province = client.get(f"/reports/province/{Q1}").content.decode()
    assert "Toàn tỉnh" not in province
    assert world.school.name not in province
    sheet = client.get(f"/reports/{Q1}&format=xlsx").content
    assert xlsx_heading(sheet) == "Trung tâm Chính trị xã Chiêm Hóa — Quý I/2026"


def test_a_centre_manager_cannot_reach_another_centres_report(client, world):
    client.force_login(world.centre_manager)
    school, elsewhere = world.school.pk, world.elsewhere.pk
    for url in (
        f"/reports/?unit={school}",
        f"/reports/?unit={elsewhere}&format=xlsx",
        f"/reports/province/?unit={school}",
        f"/classes/{world.school_q1.pk}/report/",
        f"/classes/{world.school_q1.pk}/report/?format=xlsx",
    ):
        response = client.get(url, follow=True)
        assert response.status_code == 404, url
    assert client.get("/reports/?unit=abc").status_code == 404
    assert client.get(f"/classes/{world.centre_q1.pk}/report/").status_code == 200


def test_a_province_manager_reaches_no_other_province(client, world):
    client.force_login(world.province_manager)
    assert client.get(f"/reports/?unit={world.elsewhere.pk}").status_code == 404
    other = TrainingClass.objects.get(training_unit=world.elsewhere)
    assert client.get(f"/classes/{other.pk}/report/").status_code == 404


def test_lecturers_and_trainees_get_no_class_report(client, world):
    lecturer = world.centre_q1.head_lecturer
    trainee = world.centre_q1.enrolments.first().trainee
    for person in (lecturer, trainee):
        client.force_login(person)
        assert client.get(f"/classes/{world.centre_q1.pk}/report/").status_code == 404


def test_a_twenty_year_range_is_bounded_with_a_message(client, world):
    client.force_login(world.province_manager)
    page = client.get(
        "/reports/province/?period=range&from=01/01/2006&to=31/12/2026"
    ).content.decode()
    assert "Một báo cáo tính tối đa 5 năm" in page
    assert "từ 01/01/2006 đến 31/12/2010" in page
    assert 'value="31/12/2026"' in page  # what was asked stays in the form
    assert figure(page_tables(page), "Số lớp khai giảng") == "0"


def test_bad_period_input_shows_the_current_year_with_a_message(client, world):
    client.force_login(world.centre_manager)
    cases = {
        "?year=abc": "Năm phải từ 2000",
        "?period=month&year=2026&month=13": "Hãy chọn tháng từ 1 đến 12",
        "?period=quarter&year=2026&quarter=5": "Hãy chọn quý từ I đến IV",
        "?period=range&from=31/02/2026&to=01/03/2026": "dd/mm/yyyy",
        "?period=range&from=01/03/2026&to=01/01/2026": "Ngày kết thúc trước",
        "?period=weekly": "Không rõ kỳ báo cáo",
    }
    for query, message in cases.items():
        response = client.get(f"/reports/{query}")
        assert response.status_code == 200, query
        assert message in response.content.decode(), query


def test_the_whole_provinces_classes_name_their_unit(client, world):
    client.force_login(world.province_manager)
    page = client.get(f"/reports/{Q1}").content.decode()
    assert "<h1>Toàn tỉnh Tuyên Quang</h1>" in page
    classes = page_tables(page)["Lớp học"]
    assert classes[0][:3] == ["Lớp", "Đơn vị đào tạo", "Chương trình"]
    assert {(row[0], row[1]) for row in classes[1:]} == {
        ("Khóa 1", world.centre.name),
        ("Khóa 2", world.school.name),
    }


def test_a_year_report_offers_the_twelve_months_and_lists_them(client, world):
    # The picker's months and the by-month table once shared a context name: the
    # picker then printed each month's figures as a Python dict.
    client.force_login(world.centre_manager)
    page = client.get("/reports/?period=year&year=2026").content.decode()

    picker = page.split('id="id_month">', 1)[1].split("</select>", 1)[0]
    assert picker.count("<option") == 12
    assert 'value="12"' in picker
    assert "{'month'" not in page
    assert "01/2026" in page
