"""A class's credentials in one PDF for printing, and its register book (PDF and
XLSX), as the manager downloads them from the class's credentials page."""

import io

from django.urls import reverse
from openpyxl import load_workbook
from pypdf import PdfReader

from records.models import Credential
from records.services import correct_credential, reissue_credential, revoke_credential
from tests.course import issue_all, login


def _history(graded):
    """Three issued; the first revoked and re-issued, the second corrected."""
    first, second, _third = issue_all(graded)
    revoke_credential(first, by=graded.manager, reason="Mất bản gốc")
    reissued = reissue_credential(first, by=graded.manager, reason="Cấp lại")
    corrected = correct_credential(
        second, by=graded.manager, reason="Sai họ tên", holder_name="Trần Thị Bính"
    )
    return first, second, reissued, corrected


def test_one_pdf_holds_the_class_credentials_in_force_in_register_order(graded, client):
    _history(graded)
    login(client, graded.manager)
    page = client.get(reverse("issue", args=[graded.training_class.pk]))
    url = reverse("class_credentials_pdf", args=[graded.training_class.pk])
    assert url in page.content.decode()
    response = client.get(url)
    assert response["Content-Type"] == "application/pdf"
    pages = PdfReader(io.BytesIO(response.content)).pages
    in_force = Credential.objects.filter(
        training_class=graded.training_class, status="valid"
    ).order_by("year", "register_no")
    assert len(pages) == in_force.count() == 3
    for pdf_page, credential in zip(pages, in_force, strict=True):
        text = " ".join(pdf_page.extract_text().split())
        assert credential.serial_no in text
        assert credential.holder_name.upper() in text.upper()


def test_the_register_book_lists_every_entry_with_its_notes(graded, client):
    first, second, reissued, corrected = _history(graded)
    login(client, graded.manager)
    pk = graded.training_class.pk
    page = client.get(reverse("issue", args=[pk])).content.decode()
    assert reverse("class_register_pdf", args=[pk]) in page
    assert reverse("class_register_xlsx", args=[pk]) in page
    book = load_workbook(
        io.BytesIO(client.get(reverse("class_register_xlsx", args=[pk])).content)
    )
    rows = [[c.value for c in row] for row in book.active.iter_rows()]
    header = rows.index(
        [
            "Số vào sổ",
            "Họ và tên",
            "Ngày sinh",
            "Chi bộ, đơn vị",
            "Xếp loại",
            "Số hiệu",
            "Ngày cấp",
            "Người ký",
            "Ghi chú (thu hồi, thay thế)",
        ]
    )
    entries = rows[header + 1 :]
    assert [r[0] for r in entries] == [
        f"{n}/{first.year}" for n in range(1, 6)
    ]  # five entries: three issued, one re-issue, one correction
    by_serial = {r[5]: r for r in entries}
    assert (
        f"Đã được thay thế bởi số {reissued.serial_no}" in by_serial[first.serial_no][8]
    )
    assert f"Cấp lại thay số {second.serial_no}" in by_serial[corrected.serial_no][8]
    assert by_serial[corrected.serial_no][1] == "Trần Thị Bính"
    pdf = client.get(reverse("class_register_pdf", args=[pk]))
    text = " ".join(
        " ".join(p.extract_text().split())
        for p in PdfReader(io.BytesIO(pdf.content)).pages
    )
    assert "SỔ CẤP VĂN BẰNG, CHỨNG CHỈ" in text
    assert "Người nhận ký" in text
    assert corrected.serial_no in text
    assert "Đã được thay thế bởi số" in text
