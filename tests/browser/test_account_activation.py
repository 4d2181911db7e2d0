"""Day one at a centre, at phone size: a roster of 30 with 3 bad rows, the 27
kept, their activation slips printed; a trainee from it activates with the code
of the PDF, logs in by phone, changes the password, and an old session of theirs
is signed out."""

import io
import re

from openpyxl import Workbook
from playwright.sync_api import expect
from pypdf import PdfReader

from classes.models import TrainingClass

PASSWORD = "Hoc-tap-suot-doi-2026"
NEWER = "Doan-ket-thong-nhat-2027"
HEADER = ["Họ và tên", "Ngày sinh", "Điện thoại", "Chi bộ/đơn vị", "Chức vụ"]


def roster() -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.append(["DANH SÁCH HỌC VIÊN"])
    sheet.append(HEADER)
    for n in range(27):
        name = f"Nguyễn Văn Học {chr(65 + n % 26)}{n}"
        sheet.append([name, "12/05/1990", f"09132{n:05d}", "Chi bộ thôn 1", ""])
    sheet.append(["Lê Văn Sai", "01/01/1990", "12345", "Chi bộ", ""])
    sheet.append(["", "01/01/1990", "0913299998", "Chi bộ", ""])
    sheet.append(["Lê Văn Ngày", "31/02/1990", "0913299999", "Chi bộ", ""])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def log_in(page, url, username, password):
    page.goto(f"{url}/accounts/login/")
    page.get_by_label("Tên đăng nhập hoặc số điện thoại").fill(username)
    page.get_by_label("Mật khẩu", exact=True).fill(password)
    page.get_by_role("button", name="Đăng nhập").click()


def slips_of(pdf: bytes) -> dict[str, str]:
    """phone -> code, read from the printed slips."""
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    found = re.findall(
        r"Số điện thoại: ([\d ]+)\s+Mã kích hoạt:\s+([A-Z2-9]{4}-[A-Z2-9]{4})", text
    )
    return {phone.strip(): code for phone, code in found}


def test_a_roster_to_a_trainee_who_sets_and_changes_a_password(
    browser, phone, live_demo
):
    url = live_demo.url
    training_class = TrainingClass.objects.filter(
        training_unit__name="Trung tâm Chính trị Chiêm Hóa"
    ).first()
    log_in(phone, url, "quanly", "demo12345")
    phone.goto(f"{url}/classes/{training_class.pk}/roster/")
    phone.set_input_files(
        "input[type=file]",
        files=[
            {
                "name": "ds.xlsx",
                "mimeType": "application/octet-stream",
                "buffer": roster(),
            }
        ],
    )
    phone.get_by_role("button", name="Kiểm tra tệp").click()
    expect(phone.get_by_text("Một số dòng có lỗi")).to_be_visible()
    phone.get_by_role("button", name="Chỉ ghi danh 27 dòng đúng").click()
    expect(phone.get_by_text("Đã ghi danh 27 người.")).to_be_visible()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360

    phone.get_by_role("link", name="Phiếu kích hoạt").click()
    expect(phone.get_by_text("Lớp có 27 học viên chưa đặt mật khẩu.")).to_be_visible()
    with phone.expect_download() as download:
        phone.get_by_role("button", name="Cấp mã và tải về").click()
    codes = slips_of(download.value.path().read_bytes())
    assert len(codes) == 27
    code = codes["0913 200 005"]

    trainee = browser.new_context(
        viewport={"width": 360, "height": 740},
        locale="vi-VN",
        is_mobile=True,
        has_touch=True,
    )
    page = trainee.new_page()
    page.goto(f"{url}/activate/?code={code.replace('-', '')}")
    page.get_by_label("Số điện thoại").fill("0913 200 005")
    page.get_by_role("button", name="Tiếp tục").click()
    page.get_by_label("Mật khẩu mới", exact=True).fill(PASSWORD)
    page.get_by_label("Xác nhận mật khẩu mới").fill(PASSWORD)
    page.get_by_role("button", name="Đặt mật khẩu").click()
    expect(page.get_by_text("Đã đặt mật khẩu. Chào mừng đồng chí!")).to_be_visible()
    page.get_by_role("button", name="Đăng xuất").click()

    log_in(page, url, "0913200005", PASSWORD)
    expect(page.get_by_role("link", name="Học tập của tôi").first).to_be_visible()
    other = browser.new_context(viewport={"width": 360, "height": 740})
    old_session = other.new_page()
    log_in(old_session, url, "0913 200 005", PASSWORD)
    old_session.goto(f"{url}/me/")
    expect(
        old_session.get_by_role("heading", name=re.compile("Nguyễn Văn Học"))
    ).to_be_visible()

    page.goto(f"{url}/me/")
    page.get_by_role("link", name="Đổi mật khẩu").click()
    page.get_by_label("Mật khẩu cũ").fill(PASSWORD)
    page.get_by_label("Mật khẩu mới", exact=True).fill(NEWER)
    page.get_by_label("Xác nhận mật khẩu mới").fill(NEWER)
    page.get_by_role("button", name="Đổi mật khẩu").click()
    expect(page.get_by_text("Các thiết bị khác đã được đăng xuất.")).to_be_visible()

    old_session.goto(f"{url}/me/")
    expect(old_session).to_have_url(re.compile("/accounts/login/"))
    trainee.close()
    other.close()
