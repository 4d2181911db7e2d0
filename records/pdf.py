"""The credential PDF in the standard form of its type, with the project's font.

The printed words are those of the official forms, so they are Vietnamese whatever
the interface language; everything about the holder and issuer is the stored
snapshot. The font (Be Vietnam Pro, SIL OFL 1.1) is the ground's (elearning/pdf.py).
"""

import io

from django.utils import timezone
from fpdf.enums import XPos, YPos

from elearning.pdf import FAMILY, document, nfc
from elearning.qr import qr_png
from records.models import Classification, Credential, CredentialType

RED = (155, 28, 28)
MARGIN = 14  # inside the inner border (11 mm)
MIN_SIZE = 6
SIGNING_FORMS = {"KT": "KT.", "Q": "Q.", "TL": "TL."}
TITLES = {
    CredentialType.DIPLOMA: "BẰNG TỐT NGHIỆP",
    CredentialType.CERTIFICATE: "GIẤY CHỨNG NHẬN",
    CredentialType.STATE_CERTIFICATE: "CHỨNG CHỈ",
    CredentialType.REPLACEMENT: "GIẤY CHỨNG NHẬN HOÀN THÀNH KHÓA HỌC",
}
CLASSIFICATIONS = {
    Classification.EXCELLENT: "Xuất sắc",
    Classification.VERY_GOOD: "Giỏi",
    Classification.GOOD: "Khá",
    Classification.AVERAGE: "Trung bình",
    Classification.FAIL: "Không đạt",
}


def _document():
    pdf = document("L")
    pdf.add_page()
    pdf.set_draw_color(*RED)
    pdf.set_line_width(1.2)
    pdf.rect(8, 8, 281, 194)
    pdf.set_line_width(0.3)
    pdf.rect(11, 11, 275, 188)
    pdf.set_margins(MARGIN, MARGIN, MARGIN)
    return pdf


def _fit(pdf, text: str, style: str, size: float, width: float) -> None:
    """Set the font at ``size``, or smaller until ``text`` fits ``width``."""
    pdf.set_font(FAMILY, style, size)
    while size > MIN_SIZE and pdf.get_string_width(text) > width - 2 * pdf.c_margin:
        size -= 0.5
        pdf.set_font(FAMILY, style, size)


def _line(pdf, text, *, size=13, style="", x=None, w=0, align="C", h=7.5, link=""):
    """One line of text in a cell; a text too long for it is set smaller."""
    if x is not None:
        pdf.set_x(x)
    text = nfc(text)
    _fit(pdf, text, style, size, w or pdf.w - pdf.r_margin - pdf.get_x())
    pdf.cell(w, h, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT, link=link)


def _header(pdf, c: Credential) -> None:
    pdf.set_y(16)
    _line(pdf, c.issuer_committee.upper(), size=11, x=14, w=120)
    _line(pdf, c.issuer_name.upper(), size=11, style="B", x=14, w=120)
    _line(pdf, "*", size=11, x=14, w=120)
    pdf.set_y(16)
    _line(pdf, "ĐẢNG CỘNG SẢN VIỆT NAM", size=12, style="BU", x=150, w=130)
    day = timezone.localtime(c.issued_at).date() if c.issued_at else None
    when = f"{c.place_name}, ngày {day:%d} tháng {day:%m} năm {day:%Y}" if day else ""
    _line(pdf, when, size=11, style="I", x=150, w=130)


def _body(pdf, c: Credential) -> None:
    pdf.set_y(48)
    pdf.set_text_color(*RED)
    _line(pdf, TITLES[CredentialType(c.credential_type)], size=28, style="B", h=14)
    pdf.set_text_color(0, 0, 0)
    _line(pdf, f"{c.issuer_head_title} {c.issuer_name}".upper(), size=12, style="B")
    _line(pdf, "chứng nhận", size=12, style="I")
    pdf.ln(2)
    _line(pdf, f"Đồng chí: {c.holder_name}", size=18, style="B", h=10)
    if c.holder_birth_date:
        _line(pdf, f"Ngày sinh: {c.holder_birth_date:%d/%m/%Y}")
    _line(pdf, f"Đã hoàn thành chương trình: {c.programme_name}")
    _line(
        pdf,
        f"Lớp {c.class_code}, từ ngày {c.starts_on:%d/%m/%Y} "
        f"đến ngày {c.ends_on:%d/%m/%Y}",
    )
    score = f" (điểm {c.final_score:.1f})".replace(".", ",") if c.final_score else ""
    _line(
        pdf,
        f"Xếp loại: {CLASSIFICATIONS[Classification(c.classification)]}{score}",
        style="B",
    )


def _footer(pdf, c: Credential, url: str) -> None:
    pdf.image(io.BytesIO(qr_png(url)), x=20, y=150, w=38, h=38, link=url)
    pdf.set_y(150)
    _line(pdf, f"Số hiệu: {c.serial_no}", size=11, x=62, w=90, align="L", h=6)
    _line(
        pdf,
        f"Số vào sổ cấp: {c.register_no}/{c.year}",
        size=11,
        x=62,
        w=90,
        align="L",
        h=6,
    )
    _line(pdf, "Tra cứu văn bằng tại:", size=9, x=62, w=90, align="L", h=5)
    _line(pdf, url, size=8, x=62, w=90, align="L", h=5, link=url)
    _signature(pdf, c)
    pdf.set_y(182)
    _line(pdf, c.signer_name, size=13, style="B", x=170, w=110)
    if not c.is_valid:
        pdf.set_text_color(*RED)
        pdf.set_y(132)
        _line(pdf, "ĐÃ THU HỒI — văn bằng này không còn giá trị", size=14, style="B")
        pdf.set_text_color(0, 0, 0)


def _signature(pdf, c: Credential) -> None:
    """The head's title, or the signing form and the head's title with the
    signer's own title below ("KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC"), then the name."""
    pdf.set_y(146)
    form = SIGNING_FORMS.get(c.signing_form)
    if form:
        head = f"{form} {c.issuer_head_title.upper()}"
        _line(pdf, head, size=12, style="B", x=170, w=110, h=6)
    _line(pdf, c.signer_title.upper(), size=12, style="B", x=170, w=110, h=6)


def credential_pdf(credential: Credential, verify_url: str) -> bytes:
    pdf = _document()
    pdf.set_title(
        nfc(
            f"{TITLES[CredentialType(credential.credential_type)]} "
            f"{credential.serial_no}"
        )
    )
    _header(pdf, credential)
    _body(pdf, credential)
    _footer(pdf, credential, verify_url)
    return bytes(pdf.output())
