"""Centre dashboard, province view and the register export."""

import datetime
import io
import re
from types import SimpleNamespace

from django.utils import timezone
from openpyxl import load_workbook

from classes.services import enrol_trainee, mark_attendance
from records import charts, reports
from records.models import Credential
from records.services import create_assessment, grade_result
from tests.course import issue_all
from tests.factories import TrainingUnitFactory, UserFactory
from tests.factories.classes import SessionFactory, TrainingClassFactory
from tests.records.report_page import figure, page_tables
from units.roles import Role
from units.services import grant_role


def test_a_bar_chart_is_plain_svg_with_escaped_labels():
    svg = charts.bar_chart([("Khóa <1>", 30), ("Đợt 2", 15)], title="Học viên")
    assert svg.startswith('<svg xmlns="http://www.w3.org/2000/svg"')
    assert "Khóa &lt;1&gt;" in svg
    assert 'width="290.0"' in svg  # the largest bar fills the space
    assert 'width="145.0"' in svg
    assert "<script" not in svg


def test_the_dashboard_shows_figures_and_server_drawn_charts(client, graded):
    issue_all(graded)
    client.force_login(graded.manager)
    page = client.get("/reports/?year=2026").content.decode()
    tables = page_tables(page)
    assert figure(tables, "Văn bằng đã cấp (còn hiệu lực)") == "3"
    assert figure(tables, "Tỷ lệ chuyên cần") == "100,0%"
    assert figure(tables, "Tỷ lệ đạt") == "75,0%"
    # Classification, programmes, lecturers and the months (the header's bell is
    # an icon, not a chart).
    assert page.count('<svg xmlns="http://www.w3.org/2000/svg"') == 4
    assert "Học viên theo chương trình" in page
    assert "<script src" in page  # only the site's own scripts
    assert "chart.js" not in page.lower()


def test_the_province_manager_sees_each_unit(client, graded):
    issue_all(graded)
    province_manager = UserFactory(username="tinh_tt")
    grant_role(province_manager, Role.PROVINCE_MANAGER, province=graded.unit.province)
    client.force_login(province_manager)
    page = client.get("/reports/province/?year=2026").content.decode()
    assert graded.unit.name in page
    assert "Tỷ lệ đạt theo đơn vị (%)" in page


def test_reports_are_404_for_trainees_and_lecturers(client, graded):
    for person in (graded.trainees[0], graded.lecturer):
        client.force_login(person)
        assert client.get("/reports/").status_code == 404
        assert client.get("/reports/register.xlsx").status_code == 404


def test_the_register_export_lists_every_credential(client, graded):
    issued = issue_all(graded)
    client.force_login(graded.manager)
    response = client.get(f"/reports/register.xlsx?year={issued[0].year}")
    rows = list(load_workbook(io.BytesIO(response.content)).active.values)
    assert rows[0][:3] == ("Số vào sổ", "Năm", "Số hiệu")
    assert [row[0] for row in rows[1:]] == [1, 2, 3]
    assert rows[1][3] == "Nguyễn Văn An"
    assert rows[1][10] == "Còn hiệu lực"


# By month -----------------------------------------------------------------------

MONTHS_TABLE = 'class="table months"'


def month_table(page: str) -> dict[str, list[str]]:
    """{"03/2026": [sessions, attendance, pass rate, credentials]} as shown."""
    table = page.split(MONTHS_TABLE)[1].split("</table>")[0]
    rows = {}
    for label, cells in re.findall(
        r'<tr><th scope="row">([^<]+)</th>(.*?)</tr>', table, re.S
    ):
        texts = re.findall(r"<td>(.*?)</td>", cells, re.S)
        rows[label] = [re.sub(r"<[^>]+>", "", t).strip() for t in texts]
    return rows


def second_class(unit, lecturer):
    """May to June: two trainees, a session in each month, one piece of work.

    May: An present, Bình absent (5 of 10 periods). June: An late, Bình present
    (8 of 8). An attends 9 of 9 periods and passes; Bình 4 of 9 does not.
    """
    training_class = TrainingClassFactory(
        training_unit=unit,
        head_lecturer=lecturer,
        starts_on=datetime.date(2026, 5, 4),
        ends_on=datetime.date(2026, 6, 10),
    )
    an = UserFactory(username="hv_thang5_1", full_name="Vũ Văn An")
    binh = UserFactory(username="hv_thang5_2", full_name="Đặng Thị Bình")
    for person in (an, binh):
        enrol_trainee(training_class, person)
    may = SessionFactory(training_class=training_class, date=datetime.date(2026, 5, 4))
    june = SessionFactory(
        training_class=training_class, date=datetime.date(2026, 6, 1), periods=4
    )
    mark_attendance(may, {binh.pk: "absent"})
    mark_attendance(june, {an.pk: "late"})
    test = create_assessment(training_class, kind="test", title="Kiểm tra")
    grade_result(test, an, grader=lecturer, score="7")
    grade_result(test, binh, grader=lecturer, score="8")
    return training_class


def issued_in(credentials, *moments):
    for credential, moment in zip(credentials, moments, strict=True):
        Credential.objects.filter(pk=credential.pk).update(
            issued_at=timezone.make_aware(moment), year=moment.year
        )


def test_month_rows_work_out_rates_and_leave_empty_months_blank():
    rows = reports.month_rows(
        2026,
        sessions={3: 5},
        attendance={3: (19, 20)},
        passes={3: (2, 3)},
        credentials={4: 2},
        trainees={},
    )
    assert len(rows) == 12
    march, april = rows[2], rows[3]
    assert (march["label"], march["sessions"]) == ("03/2026", 5)
    assert (march["attendance_rate"], march["pass_rate"]) == (95.0, 66.7)
    assert (april["attendance_rate"], april["pass_rate"]) == (None, None)
    assert april["credentials"] == 2
    assert reports.month_label(2026, 11) == "11/2026"


def test_the_dashboard_shows_each_month_from_known_data(client, graded):
    second_class(graded.unit, graded.lecturer)
    credentials = issue_all(graded)  # An, Bình and Cường: 8, 7 and 6
    issued_in(
        credentials,
        datetime.datetime(2026, 3, 20, 9),
        datetime.datetime(2026, 3, 31, 23, 30),  # still March in Hà Nội time
        datetime.datetime(2026, 7, 1, 8),
    )
    client.force_login(graded.manager)
    page = client.get("/reports/?year=2026").content.decode()
    months = month_table(page)
    assert list(months) == [f"{m:02d}/2026" for m in range(1, 13)]
    # Five sessions in March, all present; 3 of the 4 trainees pass the class
    # that ended on 06/03.
    assert months["03/2026"] == ["5", "100,0%", "75,0% (3/4)", "2"]
    assert months["05/2026"] == ["1", "50,0%", "—", "0"]
    assert months["06/2026"] == ["1", "100,0%", "50,0% (1/2)", "0"]
    assert months["07/2026"] == ["0", "—", "—", "1"]
    assert months["01/2026"] == ["0", "—", "—", "0"]
    assert "Tỷ lệ chuyên cần và tỷ lệ đạt theo tháng (%)" in page
    chart = page.split("Tỷ lệ chuyên cần và tỷ lệ đạt theo tháng (%)</title>")[1]
    chart = chart.split("</svg>")[0]
    assert ">03/2026</text>" in chart
    assert ">75%</text>" in chart
    assert ">50%</text>" in chart


def test_a_session_not_yet_held_is_not_counted(client, course):
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    SessionFactory(training_class=course.training_class, date=tomorrow)
    client.force_login(course.manager)
    page = client.get(f"/reports/?year={tomorrow.year}").content.decode()
    months = month_table(page)
    assert months[f"{tomorrow.month:02d}/{tomorrow.year}"][0] == "0"


def other_unit_with_a_session(province=None):
    """A unit with one March session at which its one trainee was absent."""
    kwargs = {"province": province, "seat__parent": province} if province else {}
    unit = TrainingUnitFactory(**kwargs)
    manager = UserFactory()
    grant_role(manager, Role.CENTRE_MANAGER, training_unit=unit)
    training_class = TrainingClassFactory(training_unit=unit)
    trainee = UserFactory()
    enrol_trainee(training_class, trainee)
    session = SessionFactory(training_class=training_class)
    mark_attendance(session, {trainee.pk: "absent"})
    return SimpleNamespace(unit=unit, manager=manager)


def test_the_province_view_adds_up_its_own_units_month_by_month(client, graded):
    neighbour = other_unit_with_a_session(province=graded.unit.province)
    elsewhere = other_unit_with_a_session()
    province_manager = UserFactory(username="tinh_thang")
    grant_role(province_manager, Role.PROVINCE_MANAGER, province=graded.unit.province)
    client.force_login(province_manager)
    page = client.get("/reports/province/?year=2026").content.decode()
    assert graded.unit.name in page
    assert neighbour.unit.name in page
    assert elsewhere.unit.name not in page
    # 4 × 25 periods present here, 5 absent next door (100 of 105); nothing from
    # the other province. The neighbour's class has no graded work: its trainee
    # is assessed and not eligible.
    assert month_table(page)["03/2026"] == ["6", "95,2%", "60,0% (3/5)", "0"]


def test_another_centres_manager_sees_only_their_own_centre(client, graded):
    other = other_unit_with_a_session()
    client.force_login(other.manager)
    page = client.get("/reports/?year=2026").content.decode()
    assert graded.unit.name not in page
    assert other.unit.name in page
    assert month_table(page)["03/2026"] == ["1", "0,0%", "0,0% (0/1)", "0"]
    province = client.get("/reports/province/?year=2026").content.decode()
    assert graded.unit.name not in province


def test_the_month_table_works_with_no_data(client, centre):
    client.force_login(centre.manager)
    response = client.get("/reports/?year=2025")
    assert response.status_code == 200
    months = month_table(response.content.decode())
    assert len(months) == 12
    assert all(cells == ["0", "—", "—", "0"] for cells in months.values())
    page = client.get("/reports/province/?year=2025").content.decode()
    assert len(month_table(page)) == 12


def test_a_grouped_chart_draws_no_bar_for_a_missing_rate():
    svg = charts.grouped_bar_chart(
        [("03/2026", [100, 75]), ("04/2026", [None, None])],
        series=["Chuyên cần", "Đạt"],
        title="Tỷ lệ <theo tháng>",
        suffix="%",
        maximum=100,
    )
    assert svg.startswith('<svg xmlns="http://www.w3.org/2000/svg"')
    assert "Tỷ lệ &lt;theo tháng&gt;" in svg
    assert svg.count('class="chart-bar"') == 2  # one bar and its legend key
    assert svg.count('class="chart-bar-2"') == 2
    assert svg.count(">—</text>") == 2
    assert 'width="230.0"' in svg  # 100% fills the space


def test_revoked_and_replaced_credentials_are_not_counted_as_issued(client, graded):
    from records.services import reissue_credential, revoke_credential

    first, second, _third = issue_all(graded)
    revoke_credential(first, by=graded.manager, reason="Cấp nhầm người")
    reissue_credential(second, by=graded.manager, reason="Sai ngày sinh")
    client.force_login(graded.manager)
    page = client.get("/reports/?year=2026").content.decode()
    tables = page_tables(page)
    # Bình's correction replaces hers: Bình's new one and Cường's are in force;
    # An's is revoked, Bình's first replaced: each counted on its own.
    assert figure(tables, "Văn bằng đã cấp (còn hiệu lực)") == "2"
    assert figure(tables, "Văn bằng đã thu hồi") == "1"
    assert figure(tables, "Văn bằng đã được thay thế") == "1"
    units = [graded.unit]
    assert reports.by_programme(units, 2026)[0]["credentials"] == 2
    assert sum(reports._credentials_by_month(units, 2026).values()) == 2
