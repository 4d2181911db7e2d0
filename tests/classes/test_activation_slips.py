"""Activation slips: the centre prints codes for the people a roster brought in,
and each can set a password with the code of their slip."""

import io
import re

import pytest
from django.test import Client
from openpyxl import load_workbook
from pypdf import PdfReader

from accounts.models import ActivationCode
from classes.services import import_roster
from tests.classes.test_roster import GOOD, HEADER, xlsx
from tests.course import login
from tests.factories import TrainingUnitFactory, UserFactory
from tests.factories.people import PASSWORD
from units.roles import Role
from units.services import grant_role

CODE = re.compile(r"\b([A-Z2-9]{4})-([A-Z2-9]{4})\b")
NEW_PASSWORD = "Hoc-tap-suot-doi-2026"


def slips_url(course):
    return f"/classes/{course.training_class.pk}/activation-slips/"


@pytest.fixture
def imported(course):
    """The class with two people brought in by a roster: no password yet."""
    import_roster(course.training_class, "ds.xlsx", xlsx([HEADER, *GOOD]))
    return course


def pdf_text(content: bytes) -> str:
    return "\n".join(
        page.extract_text() for page in PdfReader(io.BytesIO(content)).pages
    )


def test_the_slips_pdf_holds_a_code_for_each_person_without_a_password(
    vi_client, imported
):
    client = login(vi_client, imported.manager)
    page = client.get(slips_url(imported)).content.decode()
    waiting = page.split('id="waiting"')[1].split("</ul>")[0]
    assert "Lớp có 2 học viên chưa đặt mật khẩu." in page
    assert "Vũ Thị Hằng" in waiting
    assert "Nguyễn Văn An" not in waiting  # has a password already
    response = client.post(slips_url(imported), {"format": "pdf"})
    assert response["Content-Type"] == "application/pdf"
    text = pdf_text(response.content)
    assert "Vũ Thị Hằng" in text
    assert "Đào Văn Khoa" in text
    assert "Nguyễn Văn An" not in text
    assert len(CODE.findall(text)) == 2
    assert "PHIẾU KÍCH HOẠT" in text
    assert ActivationCode.objects.filter(replaced_at=None).count() == 2


def test_a_code_from_the_slips_lets_the_person_in(client, imported):
    login(client, imported.manager)
    response = client.post(slips_url(imported), {"format": "xlsx"})
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    name, phone, code = next(r[1:4] for r in rows if r[1] == "Vũ Thị Hằng")
    assert rows[0][5].endswith(f"/activate/?code={rows[0][3].replace('-', '')}")
    assert sheet.cell(2, 5).number_format == "DD/MM/YYYY"
    trainee = Client()
    assert trainee.post("/activate/", {"phone": phone, "code": code}).status_code == 302
    trainee.post(
        "/activate/password/",
        {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    assert trainee.get("/me/").status_code == 200
    assert name in trainee.get("/me/").content.decode()


def test_printing_again_replaces_the_earlier_codes(client, imported):
    login(client, imported.manager)
    first = CODE.findall(
        pdf_text(client.post(slips_url(imported), {"format": "pdf"}).content)
    )
    client.post(slips_url(imported), {"format": "pdf"})
    code = "".join(first[0])
    page = Client(HTTP_ACCEPT_LANGUAGE="vi").post(
        "/activate/", {"phone": "0913 111 222", "code": code}
    )
    assert "Mã này đã hết hạn" in page.content.decode()
    assert ActivationCode.objects.filter(replaced_at=None).count() == 2


def test_one_person_again_keeps_or_stops_their_password(client, imported):
    login(client, imported.manager)
    an = imported.trainees[0]
    enrolment = imported.training_class.enrolments.get(trainee=an)
    response = client.post(
        slips_url(imported), {"format": "pdf", "enrolment": enrolment.pk}
    )
    assert "Nguyễn Văn An" in pdf_text(response.content)
    an.refresh_from_db()
    assert an.check_password(PASSWORD)  # until she sets the new one
    client.post(
        slips_url(imported),
        {"format": "pdf", "enrolment": enrolment.pk, "compromised": "on"},
    )
    an.refresh_from_db()
    assert not an.has_usable_password()
    assert ActivationCode.objects.filter(user=an).first().issued_by == imported.manager
    # The centre reads every code given: who, by whom, what became of it.
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "vi"
    page = client.get(slips_url(imported)).content.decode()
    history = page.split('id="code-history"')[1].split("</table>")[0]
    assert history.count("Nguyễn Văn An") == 2
    assert "Đã được thay bằng mã mới hơn" in history
    assert "đã dừng mật khẩu cũ" in history
    assert "Hoàng Văn Thắng" in history


def test_nobody_waiting_says_so(vi_client, course):
    login(vi_client, course.manager)
    page = vi_client.post(slips_url(course), {"format": "pdf"}).content.decode()
    assert "Mọi học viên của lớp đã đặt mật khẩu" in page


def test_only_the_centre_gives_codes(imported):
    # Not the head lecturer, as for enrolment; another centre's manager is not
    # told the class exists either; the province manager reads, gives nothing.
    head = login(Client(), imported.lecturer)
    assert head.post(slips_url(imported), {"format": "pdf"}).status_code == 404
    other = UserFactory()
    grant_role(other, Role.CENTRE_MANAGER, training_unit=TrainingUnitFactory())
    stranger = login(Client(), other)
    assert stranger.post(slips_url(imported), {"format": "pdf"}).status_code == 404
    assert not ActivationCode.objects.exists()


def test_a_bad_choice_is_refused_in_vietnamese(vi_client, imported):
    login(vi_client, imported.manager)
    page = vi_client.post(
        slips_url(imported), {"format": "exe", "enrolment": 99999}
    ).content.decode()
    assert page.count("Hãy chọn một lựa chọn hợp lệ.") == 2  # the file and the person
    assert not ActivationCode.objects.exists()
