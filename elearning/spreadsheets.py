"""Rows of user text written to XLSX safely: the one way every export appends a row.

A cell whose text starts with "=" would be stored as a formula (openpyxl does so for
any string that starts with it) and run in the spreadsheet of whoever opens the
export: a trainee named "=HYPERLINK(…)" must stay text. Characters that XML cannot
hold (control characters such as "\\x07" or "\\x00") would make openpyxl refuse the
whole file; they are dropped.
"""

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

# What Excel and LibreOffice read as the start of a formula when a cell is edited.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def clean(value):
    """The value as a cell holds it: text without characters XML cannot hold."""
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)
    return value


def append_row(sheet, values) -> None:
    """Append one row; text that looks like a formula is stored as text."""
    sheet.append([clean(value) for value in values])
    for cell in sheet[sheet.max_row]:
        if isinstance(cell.value, str) and cell.value.startswith(FORMULA_START):
            cell.data_type = "s"
            cell.quotePrefix = True
