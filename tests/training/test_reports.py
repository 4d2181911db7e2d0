"""Centre dashboard, province view and the register export."""

import io

from openpyxl import load_workbook

from accounts.roles import Role
from accounts.services import grant_role
from tests.factories import UserFactory
from tests.training.conftest import issue_all
from training import charts


def test_a_bar_chart_is_plain_svg_with_escaped_labels():
    svg = charts.bar_chart([("Khóa <1>", 30), ("Đợt 2", 15)], title="Học viên")
    assert svg.startswith('<svg xmlns="http://www.w3.org/2000/svg"')
    assert "Khóa &lt;1&gt;" in svg
    assert 'width="160.0"' in svg  # the largest bar fills the space
    assert 'width="80.0"' in svg
    assert "<script" not in svg


def test_the_dashboard_shows_figures_and_server_drawn_charts(client, graded):
    issue_all(graded)
    client.force_login(graded.manager)
    page = client.get("/reports/?year=2026").content.decode()
    figures = page.split('class="figures"')[1].split("</dl>")[0]
    assert "Văn bằng đã cấp</dt><dd>3" in figures
    assert "Tỷ lệ chuyên cần</dt><dd>100" in figures
    assert "Tỷ lệ đạt</dt><dd>75" in figures
    assert page.count("<svg") == 2
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
