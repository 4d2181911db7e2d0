"""Roster import: a preview with per-row errors, then all or nothing."""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook

from accounts.models import User
from classes.models import Enrolment
from classes.roster import RosterError
from classes.services import check_roster, import_roster
from tests.factories import AdminUnitFactory
from units.models import ServiceArea
from units.roles import has_role

HEADER = ["Họ và tên", "Ngày sinh", "Điện thoại", "Chi bộ/đơn vị", "Chức vụ"]
GOOD = [
    ["Vũ Thị Hằng", "12/05/1990", "0913 111 222", "Chi bộ thôn 1", "Đảng viên"],
    ["Đào Văn Khoa", "03/11/1985", "0913 111 333", "Chi bộ thôn 2", "Trưởng thôn"],
]


def xlsx(rows) -> bytes:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def csv_bytes(rows, sep=",") -> bytes:
    return "\n".join(sep.join(row) for row in rows).encode("utf-8-sig")


def counts():
    return User.objects.count(), Enrolment.objects.count()


def test_a_good_xlsx_roster_enrols_everyone(course):
    before_people, before_enrolments = counts()
    assert import_roster(course.training_class, "ds.xlsx", xlsx([HEADER, *GOOD])) == 2
    assert counts() == (before_people + 2, before_enrolments + 2)
    person = User.objects.get(phone="+84913111222")
    assert (person.full_name, f"{person.date_of_birth:%d/%m/%Y}") == (
        "Vũ Thị Hằng",
        "12/05/1990",
    )
    assert has_role(person, "trainee")


def test_a_csv_roster_with_semicolons_and_columns_in_another_order(course):
    order = [4, 2, 0, 1, 3]
    rows = [[row[i] for i in order] for row in [HEADER, *GOOD]]
    assert import_roster(course.training_class, "ds.csv", csv_bytes(rows, ";")) == 2


def test_an_existing_person_is_matched_by_phone_not_duplicated(course):
    known = course.trainees[0]
    rows = [HEADER, [known.full_name, "01/01/1980", "0912 000 000", "Chi bộ 3", ""]]
    people = User.objects.count()
    import_roster(course.training_class, "ds.xlsx", xlsx(rows))
    assert User.objects.count() == people


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        (
            [HEADER, *GOOD, ["Lê Văn Sai", "01/01/1990", "12345", "Chi bộ", ""]],
            "không phải số điện thoại Việt Nam hợp lệ",
        ),
        (
            [HEADER, *GOOD, ["Lê Văn Trùng", "01/01/1990", "0913111222", "Chi bộ", ""]],
            "Trùng số điện thoại với dòng 2",
        ),
        (
            [HEADER, *GOOD, ["Lê Văn Ngày", "31/02/1990", "0913111444", "Chi bộ", ""]],
            "Ngày sinh phải viết",
        ),
        (
            [HEADER, *GOOD, ["", "01/01/1990", "0913111555", "Chi bộ", ""]],
            "Chưa có họ và tên",
        ),
    ],
)
def test_a_bad_row_is_reported_and_nothing_is_saved(course, rows, message):
    before = counts()
    checked = check_roster(course.training_class, "ds.xlsx", xlsx(rows))
    errors = {row.number: row.errors for row in checked if row.errors}
    assert list(errors) == [4]
    assert message in errors[4][0]
    with pytest.raises(ValidationError):
        import_roster(course.training_class, "ds.xlsx", xlsx(rows))
    assert counts() == before


def test_a_phone_that_belongs_to_someone_else_is_an_error(course):
    rows = [HEADER, ["Người Khác Tên", "01/01/1990", "0912000000", "Chi bộ", ""]]
    checked = check_roster(course.training_class, "ds.xlsx", xlsx(rows))
    assert "là của Nguyễn Văn An" in checked[0].errors[0]


def test_an_unknown_commune_is_an_error_and_a_served_one_is_stored(course):
    commune = AdminUnitFactory(name="Xã Kim Bình")
    ServiceArea.objects.create(training_unit=course.unit, admin_unit=commune)
    header = [*HEADER, "Xã/phường"]
    rows = [header, [*GOOD[0], "Kim Bình"], [*GOOD[1], "Xã Không Có"]]
    checked = check_roster(course.training_class, "ds.xlsx", xlsx(rows))
    assert checked[0].errors == []
    assert "không phải xã, phường mà trung tâm phụ trách" in checked[1].errors[0]
    import_roster(course.training_class, "ds.xlsx", xlsx(rows[:2]))
    assert Enrolment.objects.get(trainee__phone="+84913111222").commune == commune


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("ds.xlsx", xlsx([["Tên", "Số"], ["A", "1"]]), "Thiếu cột: Họ và tên"),
        ("ds.xlsx", b"not a workbook", "Không đọc được tệp XLSX"),
        ("ds.csv", "Họ và tên".encode("utf-16"), "UTF-8"),
        ("ds.pdf", b"%PDF", "XLSX hoặc CSV"),
        ("ds.csv", b"", "không có dữ liệu"),
    ],
)
def test_a_wrong_file_is_refused_as_a_whole(course, name, content, message):
    before = counts()
    with pytest.raises(RosterError, match=message):
        check_roster(course.training_class, name, content)
    assert counts() == before


def test_the_page_previews_then_enrols_on_confirmation(client, course):
    client.force_login(course.manager)
    url = f"/classes/{course.training_class.pk}/roster/"
    upload = SimpleUploadedFile("ds.xlsx", xlsx([HEADER, *GOOD]))
    before = counts()
    page = client.post(url, {"file": upload}).content.decode()
    assert "2 người sẵn sàng để ghi danh." in page
    assert "Vũ Thị Hằng" in page
    assert counts() == before
    response = client.post(url, {"confirm": "1"})
    assert response.status_code == 302
    assert counts()[1] == before[1] + 2


def test_the_page_shows_row_errors_and_offers_only_the_correct_rows(client, course):
    client.force_login(course.manager)
    rows = [HEADER, *GOOD, ["Lê Văn Sai", "01/01/1990", "12345", "Chi bộ", ""]]
    page = client.post(
        f"/classes/{course.training_class.pk}/roster/",
        {"file": SimpleUploadedFile("ds.xlsx", xlsx(rows))},
    ).content.decode()
    assert "Một số dòng có lỗi" in page
    assert "“12345” không phải số điện thoại Việt Nam hợp lệ." in page
    # Not "enrol them all": only the correct rows, if the manager chooses so.
    assert 'name="confirm" value="1"' not in page
    assert 'name="confirm" value="good"' in page


def test_a_lecturer_cannot_import_a_roster(client, course):
    client.force_login(course.lecturer)
    assert client.get(f"/classes/{course.training_class.pk}/roster/").status_code == 404


def test_an_xlsx_that_inflates_to_gigabytes_is_refused_unopened(course):
    # A few hundred KB on disk; its sheet would inflate to 200 MB in openpyxl.
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("xl/worksheets/sheet1.xml", b" " * 200_000_000)
    assert len(buffer.getvalue()) < 400_000
    before = counts()

    with pytest.raises(RosterError, match="quá lớn khi mở ra"):
        check_roster(course.training_class, "ds.xlsx", buffer.getvalue())
    assert counts() == before
