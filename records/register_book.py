"""The register book (sổ cấp văn bằng, chứng chỉ) of a class: PDF and XLSX.

One row per register entry, in register order, with the columns a register has:
số vào sổ, họ và tên, ngày sinh, đơn vị, chương trình / lớp, xếp loại, số hiệu, ngày
cấp, người ký, and a note for a revoked, replaced or re-issued entry; the PDF adds
the column the holder signs in on receipt. Both read the credentials as issued.
"""

import io

from django.utils import timezone
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from elearning.pdf import FAMILY, document, nfc
from elearning.spreadsheets import append_row
from records.models import Credential
from records.pdf import CLASSIFICATIONS, SIGNING_FORMS

COLUMNS = [
    ("Số vào sổ", 16),
    ("Họ và tên", 40),
    ("Ngày sinh", 20),
    ("Chi bộ, đơn vị", 36),
    ("Xếp loại", 18),
    ("Số hiệu", 30),
    ("Ngày cấp", 20),
    ("Người ký", 36),
    ("Ghi chú (thu hồi, thay thế)", 46),
]
SIGNED = ("Người nhận ký", 25)


def _day(value) -> str:
    return f"{value:%d/%m/%Y}" if value else ""


def note(c: Credential) -> str:
    """What happened to the entry: revoked, replaced by / re-issue of another."""
    parts = []
    if c.reissue_of_id:
        parts.append(f"Cấp lại thay số {c.reissue_of.serial_no}")
    if c.status == Credential.Status.REPLACED:
        new = getattr(c, "reissued_as", None)
        parts.append(
            f"Đã được thay thế bởi số {new.serial_no}" if new else "Đã được thay thế"
        )
        if c.revocation_reason:
            parts.append(f"Lý do: {c.revocation_reason}")
    elif c.status == Credential.Status.REVOKED:
        when = timezone.localtime(c.revoked_at).date() if c.revoked_at else None
        parts.append(f"Thu hồi ngày {_day(when)}: {c.revocation_reason}")
    return "; ".join(parts)


def _signer(c: Credential) -> str:
    form = SIGNING_FORMS.get(c.signing_form)
    head = f"{form} {c.issuer_head_title}, " if form else ""
    return f"{c.signer_name} ({head}{c.signer_title})"


def rows(credentials) -> list[list[str]]:
    """The register's rows as printed, in register order."""
    return [
        [
            f"{c.register_no}/{c.year}",
            c.holder_name,
            _day(c.holder_birth_date),
            c.holder_unit,
            CLASSIFICATIONS.get(c.classification, ""),
            c.serial_no,
            _day(timezone.localtime(c.issued_at).date()),
            _signer(c),
            note(c),
        ]
        for c in credentials
    ]


def in_register_order(training_class):
    return (
        Credential.objects.filter(training_class=training_class)
        .select_related("reissue_of", "reissued_as")
        .order_by("year", "register_no")
    )


def _heading(training_class) -> list[str]:
    unit = training_class.training_unit
    return [
        unit.name.upper(),
        "SỔ CẤP VĂN BẰNG, CHỨNG CHỈ",
        f"Lớp {training_class.code} — {training_class.programme.name}",
        f"Từ ngày {_day(training_class.starts_on)} đến ngày "
        f"{_day(training_class.ends_on)}",
    ]


def register_pdf(training_class) -> bytes:
    """A4 landscape; the header row repeats on every page."""
    pdf = document("L")
    pdf.set_auto_page_break(True, margin=12)
    pdf.set_margins(10, 10, 10)
    pdf.add_page()
    for index, line in enumerate(_heading(training_class)):
        pdf.set_font(FAMILY, "B" if index < 2 else "", 13 if index == 1 else 10)
        pdf.cell(0, 6, nfc(line), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font(FAMILY, "", 8)
    columns = [*COLUMNS, SIGNED]
    with pdf.table(
        col_widths=[width for _, width in columns],
        line_height=4.2,
        text_align="LEFT",
    ) as table:
        heading = table.row()
        for title, _width in columns:
            heading.cell(nfc(title))
        for values in rows(in_register_order(training_class)):
            row = table.row()
            for value in [*values, ""]:
                row.cell(nfc(value))
    return bytes(pdf.output())


def register_xlsx(training_class) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "Sổ cấp"
    for line in _heading(training_class):
        append_row(sheet, [line])
    append_row(sheet, [title for title, _ in COLUMNS])
    header = sheet.max_row
    for cell in sheet[header]:
        cell.font = Font(bold=True)
    for values in rows(in_register_order(training_class)):
        append_row(sheet, values)
    for index, (_title, width) in enumerate(COLUMNS):
        sheet.column_dimensions[chr(ord("A") + index)].width = width * 0.6
    for row in sheet.iter_rows(min_row=header + 1):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = sheet.cell(row=header + 1, column=1)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
