"""XLSX exports: a class's results and the credential register (sổ cấp)."""

import io

from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font

from elearning.spreadsheets import append_row
from records.gradebook import class_gradebook


def _workbook(title: str, header: list[str]):
    book = Workbook()
    sheet = book.active
    sheet.title = title[:31]
    append_row(sheet, header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    return book, sheet


def _bytes(book) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _column_title(column) -> str:
    return f"{column.kind}: {column.label}" if column.kind else column.label


def class_results_xlsx(training_class, *, personal_data: bool = False) -> bytes:
    """One row per trainee: the gradebook's columns, each quiz and situation too.

    Dates of birth and phones only with `personal_data` (for those who run the
    class, never for a lecturer of one session)."""
    gradebook = class_gradebook(training_class)
    columns = [_column_title(c) for c in gradebook.columns]
    book, sheet = _workbook(_("Results"), _results_header(columns, personal_data))
    for number, row in enumerate(gradebook.rows, start=1):
        append_row(sheet, _results_row(number, row, personal_data))
    if personal_data:
        for row in sheet.iter_rows(min_row=2, min_col=3, max_col=3):
            row[0].number_format = "DD/MM/YYYY"
    return _bytes(book)


def _results_header(items: list[str], personal_data: bool) -> list[str]:
    """The results sheet's header, with a title per gradebook column."""
    personal = [_("Date of birth"), _("Phone")] if personal_data else []
    return [
        _("No."),
        _("Full name"),
        *personal,
        _("Attended periods"),
        _("Total periods"),
        *items,
        _("Final score"),
        _("Classification"),
        _("Eligible"),
    ]


def _score(value) -> float | None:
    return float(value) if value is not None else None


def _results_row(number: int, row, personal_data: bool) -> list:
    """A trainee's line in the results sheet, from their gradebook row."""
    s = row.standing
    person = s.trainee
    personal = [person.date_of_birth, person.phone_display] if personal_data else []
    return [
        number,
        person.full_name,
        *personal,
        s.attended,
        s.total_periods,
        *[_score(c.score) for c in row.cells],
        _score(s.outcome.final_score),
        str(s.classification_label),
        _("Yes") if s.outcome.eligible else _("No"),
    ]


def register_xlsx(credentials) -> bytes:
    book, sheet = _workbook(
        _("Register"),
        [
            _("Register entry number"),
            _("Year"),
            _("Serial number"),
            _("Holder"),
            _("Date of birth"),
            _("Programme"),
            _("Class"),
            _("Classification"),
            _("Issued at"),
            _("Signed by"),
            _("Status"),
            _("Verification code"),
        ],
    )
    for c in credentials:
        append_row(
            sheet,
            [
                c.register_no,
                c.year,
                c.serial_no,
                c.holder_name,
                c.holder_birth_date,
                c.programme_name,
                c.class_code,
                str(c.get_classification_display()),
                timezone.localtime(c.issued_at).replace(tzinfo=None),
                f"{c.signer_title} {c.signer_name}",
                str(c.get_status_display()),
                c.code,
            ],
        )
    for row in sheet.iter_rows(min_row=2):
        row[4].number_format = "DD/MM/YYYY"
        row[8].number_format = "DD/MM/YYYY HH:MM"
    return _bytes(book)
