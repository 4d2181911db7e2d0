"""The rows of a roster that could not be enrolled, as a spreadsheet to correct
and upload again: the file's own columns as they were, and the reason."""

import io

from django.utils.translation import gettext as _
from openpyxl import Workbook

from classes.roster import Row
from elearning.spreadsheets import append_row


def rejected_xlsx(rows: list[Row]) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = _("Rows to correct")[:31]
    header = [str(c) if c is not None else "" for c in (rows[0].header if rows else [])]
    append_row(sheet, [*header, _("Row in the file"), _("Reason")])
    for row in rows:
        cells = [*row.cells, *[None] * (len(header) - len(row.cells))]
        append_row(sheet, [*cells[: len(header)], row.number, " ".join(row.errors)])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
