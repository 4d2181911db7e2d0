"""Rosters as Vietnamese offices really make them, and a manager who keeps the
good rows of a file with bad ones."""

import csv
import datetime
import io
import unicodedata

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook, load_workbook

from accounts.models import User
from classes.models import Enrolment
from classes.roster import RosterError
from classes.services import check_roster, import_roster
from tests.classes.test_roster import GOOD, HEADER, counts, xlsx
from tests.factories import TrainingUnitFactory, UserFactory
from units.roles import Role
from units.services import grant_role

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def cp1258(text: str) -> bytes:
    """Text as Excel saves "CSV" on a Vietnamese Windows: letters with their own
    code (ơ, ư, â, đ…) and the tone as a separate mark after them."""
    out = []
    for char in unicodedata.normalize("NFC", text):
        try:
            out.append(char.encode("cp1258"))
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", char)
            base = unicodedata.normalize(
                "NFC", "".join(c for c in parts if c not in TONES)
            )
            out.append(
                (base + "".join(c for c in parts if c in TONES)).encode("cp1258")
            )
    return b"".join(out)


def office_workbook() -> bytes:
    """Title rows (merged), a header on row 4 in capitals and other spellings, a
    phone typed as a number, a date of birth as an Excel date."""
    book = Workbook()
    sheet = book.active
    sheet.append(["DANH SÁCH HỌC VIÊN LỚP BỒI DƯỠNG ĐẢNG VIÊN MỚI"])
    sheet.merge_cells("A1:F1")
    sheet.append(["Trung tâm Chính trị Chiêm Hóa"])
    sheet.append([])
    sheet.append(["STT", "HỌ VÀ TÊN", "Ngày sinh", "SĐT", "Đơn vị công tác", "Chức vụ"])
    sheet.append(
        [
            1,
            "Vũ Thị Hằng",
            datetime.datetime(1990, 5, 12),
            913111222,
            "Chi bộ thôn 1",
            "Đảng viên",
        ]
    )
    sheet.append([2, "Đào Văn Khoa", "03/11/1985", "0913 111 333", "UBND xã", ""])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_a_workbook_as_offices_make_it(course):
    rows = check_roster(course.training_class, "ds.xlsx", office_workbook())
    assert [(r.number, r.errors) for r in rows] == [(5, []), (6, [])]
    import_roster(course.training_class, "ds.xlsx", office_workbook())
    hang = User.objects.get(phone="+84913111222")
    assert hang.full_name == "Vũ Thị Hằng"
    assert hang.date_of_birth == datetime.date(1990, 5, 12)
    assert not hang.has_usable_password()  # she activates with a slip's code
    khoa = User.objects.get(phone="+84913111333")
    assert (khoa.party_cell, khoa.position) == ("UBND xã", "")


@pytest.mark.parametrize("bom", [b"", "\ufeff".encode()])
def test_a_csv_in_utf8_with_or_without_bom(course, bom):
    text = "\n".join(",".join(row) for row in [HEADER, *GOOD])
    assert import_roster(course.training_class, "ds.csv", bom + text.encode()) == 2


def test_a_csv_saved_by_vietnamese_windows(course):
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";").writerows([HEADER, *GOOD])
    content = cp1258(buffer.getvalue())
    with pytest.raises(UnicodeDecodeError):
        content.decode("utf-8")
    assert import_roster(course.training_class, "ds.csv", content) == 2
    assert User.objects.filter(full_name="Đào Văn Khoa").exists()


def test_a_formula_is_never_read_as_a_name(course):
    formula = '=HYPERLINK("http://x";"Bấm")'
    buffer = io.StringIO()
    rows = [HEADER, GOOD[0], [formula, "01/01/1990", "0913111444", "Chi bộ", ""]]
    csv.writer(buffer).writerows(rows)
    checked = check_roster(course.training_class, "ds.csv", buffer.getvalue().encode())
    assert checked[1].errors == [
        "Có ô chứa công thức; vui lòng dán giá trị thay cho công thức."
    ]


def test_too_many_rows_is_refused_whole(course):
    rows = [HEADER] + [
        [f"Người {n}", "01/01/1990", f"091{n:07d}", "", ""] for n in range(2001)
    ]
    before = counts()
    with pytest.raises(RosterError, match="Mỗi tệp tối đa 2000 người"):
        import_roster(course.training_class, "ds.xlsx", xlsx(rows))
    assert counts() == before


def test_a_known_person_is_found_by_name_and_date_of_birth(course):
    known = course.trainees[0]
    known.date_of_birth = datetime.date(1980, 1, 1)
    known.save()
    rows = [HEADER, [known.full_name.upper(), "01/01/1980", "0988 000 111", "", ""]]
    checked = check_roster(
        course.training_class, "ds.xlsx", xlsx(rows), by=course.manager
    )
    assert (checked[0].person, checked[0].matched_by) == (known, "name_dob")
    people = User.objects.count()
    import_roster(course.training_class, "ds.xlsx", xlsx(rows), by=course.manager)
    assert User.objects.count() == people


def test_another_centres_person_is_not_pulled_in_by_her_phone(course):
    stranger = UserFactory(full_name="Lò Thị Xuân", phone="0977 123 456")
    grant_role(stranger, Role.TRAINEE, training_unit=TrainingUnitFactory())
    rows = [HEADER, ["Lò Thị Xuân", "01/01/1990", "0977123456", "", ""]]
    checked = check_roster(
        course.training_class, "ds.xlsx", xlsx(rows), by=course.manager
    )
    assert "không do đơn vị của đồng chí quản lý" in checked[0].errors[0]
    with pytest.raises(ValidationError):
        import_roster(course.training_class, "ds.xlsx", xlsx(rows), by=course.manager)
    assert not Enrolment.objects.filter(trainee=stranger).exists()


BAD = [
    ["Lê Văn Sai", "01/01/1990", "12345", "Chi bộ", ""],
    ["", "01/01/1990", "0913111555", "Chi bộ", ""],
    ["Lê Văn Ngày", "31/02/1990", "0913111666", "Chi bộ", ""],
]


def test_the_manager_keeps_the_good_rows_and_gets_the_bad_ones_back(vi_client, course):
    vi_client.force_login(course.manager)
    url = f"/classes/{course.training_class.pk}/roster/"
    upload = SimpleUploadedFile("ds.xlsx", xlsx([HEADER, *GOOD, *BAD]))
    before = counts()
    page = vi_client.post(url, {"file": upload}).content.decode()
    assert "Chỉ ghi danh 2 dòng đúng" in page
    assert counts() == before  # nothing before the manager chooses

    rejected = vi_client.post(url, {"rejected": "1"})
    sheet = load_workbook(io.BytesIO(rejected.content)).active
    table = list(sheet.iter_rows(values_only=True))
    assert table[0] == (*HEADER, "Dòng trong tệp", "Lý do")
    assert [row[5] for row in table[1:]] == [4, 5, 6]
    assert table[1][0] == "Lê Văn Sai"
    assert "không phải số điện thoại Việt Nam hợp lệ" in table[1][6]
    assert "Chưa có họ và tên" in table[2][6]

    response = vi_client.post(url, {"confirm": "good"})
    assert response.status_code == 302
    assert counts() == (before[0] + 2, before[1] + 2)
    assert not User.objects.filter(full_name="Lê Văn Ngày").exists()
