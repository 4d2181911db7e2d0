"""The teaching load as XLSX for the province: one row per lecturer of each unit."""

import io

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font

from elearning.spreadsheets import append_row
from lecturers.load import month_totals
from units.roles import Employment


def _employment(row) -> str:
    if not row.profile:
        return _("Not on the roster")
    return str(Employment(row.profile.employment).label)


def load_xlsx(rows, year: int) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = _("Teaching load %(year)s") % {"year": year}
    months = [_("Month %(month)s") % {"month": m} for m in range(1, 13)]
    append_row(
        sheet,
        [
            _("No."),
            _("Training unit"),
            _("Full name"),
            _("Employment"),
            _("Works at"),
            *months,
            _("Periods taught"),
            _("Norm"),
            _("% of norm"),
            _("Periods not confirmed"),
            _("Periods planned"),
        ],
    )
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "D2"
    for number, row in enumerate(rows, start=1):
        load = row.load
        workplace = row.profile.workplace if row.profile else None
        append_row(
            sheet,
            [
                number,
                row.unit.name,
                row.user.full_name or row.user.username,
                _employment(row),
                workplace.name if workplace else "",
                *(load.months[m] for m in range(1, 13)),
                load.total,
                load.norm,
                load.percent_of_norm,
                load.unconfirmed,
                load.planned,
            ],
        )
    totals = month_totals(row.load for row in rows)
    append_row(
        sheet,
        [
            "",
            _("Total"),
            "",
            "",
            "",
            *(totals[m] for m in range(1, 13)),
            sum(totals.values()),
            "",
            "",
            sum(row.load.unconfirmed for row in rows),
            sum(row.load.planned for row in rows),
        ],
    )
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
