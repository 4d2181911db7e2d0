"""Activation slips as printed: an A4 PDF of 8 slips a page, and a spreadsheet.

The printed words are Vietnamese whatever the interface language (they go to
trainees on paper); each slip has the person's name, class, phone, code, a QR to
/activate/?code=… and the three steps.
"""

import io

from django.utils import timezone
from openpyxl import Workbook

from accounts.activation import readable
from classes.services.activation import Slip
from elearning.pdf import FAMILY, document, nfc
from elearning.qr import qr_png
from elearning.spreadsheets import append_row

COLUMNS, ROWS = 2, 4
WIDTH, HEIGHT = 210 / COLUMNS, 297 / ROWS
MARGIN = 6
QR_SIZE = 30


def _date(moment) -> str:
    return timezone.localtime(moment).strftime("%d/%m/%Y")


def _text(pdf, x, y, text, *, size=9, style="", width=WIDTH - 2 * MARGIN):
    pdf.set_font(FAMILY, style, size)
    pdf.set_xy(x, y)
    pdf.multi_cell(width, size * 0.45, nfc(text))


def _slip(pdf, x, y, slip: Slip, *, class_name: str, unit: str, link: str):
    pdf.set_draw_color(150, 150, 150)
    pdf.set_dash_pattern(dash=1.5, gap=1.5)
    pdf.rect(x, y, WIDTH, HEIGHT)
    pdf.set_dash_pattern()
    left, top = x + MARGIN, y + MARGIN
    _text(pdf, left, top, unit.upper(), size=7)
    _text(pdf, left, top + 5, "PHIẾU KÍCH HOẠT TÀI KHOẢN HỌC TẬP", size=9, style="B")
    narrow = WIDTH - 2 * MARGIN - QR_SIZE - 2
    _text(pdf, left, top + 11, slip.full_name, size=11, style="B", width=narrow)
    if class_name:
        _text(pdf, left, top + 20, f"Lớp: {class_name}", size=7.5, width=narrow)
    _text(pdf, left, top + 28, f"Số điện thoại: {slip.phone or '—'}", width=narrow)
    _text(pdf, left, top + 34, "Mã kích hoạt:", size=8, width=narrow)
    _text(pdf, left, top + 38, readable(slip.code), size=16, style="B", width=narrow)
    qr = io.BytesIO(qr_png(f"{link}?code={slip.code}"))
    pdf.image(qr, x=x + WIDTH - MARGIN - QR_SIZE, y=top + 11, w=QR_SIZE, h=QR_SIZE)
    steps = (
        f"1. Quét mã QR, hoặc mở {link} và nhập số điện thoại cùng mã trên. "
        "2. Tự đặt mật khẩu của mình. 3. Từ đó đăng nhập bằng số điện thoại và "
        f"mật khẩu. Mã chỉ dùng một lần, hết hạn ngày {_date(slip.expires_at)}."
    )
    _text(pdf, left, top + 48, steps, size=7)


def slips_pdf(slips: list[Slip], *, class_name: str, unit: str, link: str) -> bytes:
    pdf = document("P")
    for index, slip in enumerate(slips):
        place = index % (COLUMNS * ROWS)
        if place == 0:
            pdf.add_page()
        x, y = (place % COLUMNS) * WIDTH, (place // COLUMNS) * HEIGHT
        _slip(pdf, x, y, slip, class_name=class_name, unit=unit, link=link)
    return bytes(pdf.output())


def slips_xlsx(slips: list[Slip], *, link: str) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "Phiếu kích hoạt"
    append_row(
        sheet,
        ["STT", "Họ và tên", "Số điện thoại", "Mã kích hoạt", "Hết hạn", "Đường dẫn"],
    )
    for number, slip in enumerate(slips, start=1):
        expires = timezone.localtime(slip.expires_at).date()
        row = [number, slip.full_name, slip.phone, readable(slip.code), expires]
        append_row(sheet, [*row, f"{link}?code={slip.code}"])
        sheet.cell(sheet.max_row, 5).number_format = "DD/MM/YYYY"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
