"""Reading a class roster (XLSX or CSV) into checked rows: pure, no ORM.

Columns, in any order, matched without accents or case: họ và tên, ngày sinh,
điện thoại, chi bộ/đơn vị, chức vụ, and optionally xã/phường.
"""

import csv
import datetime
import io
import zipfile
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from accounts.phones import InvalidPhone, normalize_phone
from elearning.archives import TooLarge, check_zip
from elearning.vietnamese import fold

COLUMNS = {
    "full_name": ["ho va ten", "ho ten", "full name"],
    "date_of_birth": ["ngay sinh", "date of birth"],
    "phone": ["dien thoai", "so dien thoai", "sdt", "phone"],
    "party_cell": ["chi bo/don vi", "chi bo / don vi", "chi bo", "don vi"],
    "position": ["chuc vu", "position"],
    "commune": ["xa/phuong", "xa / phuong", "xa, phuong", "xa", "phuong"],
}
REQUIRED = ["full_name", "date_of_birth", "phone", "party_cell", "position"]
MAX_ROWS = 2000
# A roster of 2,000 people is a few MB once its XML is inflated.
MAX_XLSX_INFLATED = 50 * 1024 * 1024


class RosterError(ValueError):
    """The file as a whole cannot be read; the message says why."""


@dataclass
class Row:
    number: int
    full_name: str = ""
    date_of_birth: datetime.date | None = None
    phone: str = ""
    party_cell: str = ""
    position: str = ""
    commune: str = ""
    errors: list[str] = field(default_factory=list)


def read_table(name: str, content: bytes) -> list[list]:
    """The cells of the first sheet (XLSX) or of the CSV file."""
    if name.lower().endswith(".xlsx"):
        from openpyxl import load_workbook

        try:
            check_zip(content, max_bytes=MAX_XLSX_INFLATED)
        except TooLarge as error:
            raise RosterError(
                _("This XLSX file is too large once opened (at most %(mb)s MB).")
                % {"mb": MAX_XLSX_INFLATED // (1024 * 1024)}
            ) from error
        except zipfile.BadZipFile as error:
            raise RosterError(_("This XLSX file cannot be read.")) from error
        try:
            sheet = load_workbook(io.BytesIO(content), read_only=True).active
            return [list(row) for row in sheet.iter_rows(values_only=True)]
        except Exception as error:
            raise RosterError(_("This XLSX file cannot be read.")) from error
    if name.lower().endswith(".csv"):
        try:
            text = content.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise RosterError(_("The CSV file must be saved as UTF-8.")) from error
        dialect = csv.Sniffer().sniff(text[:2048], delimiters=",;\t") if text else None
        return list(csv.reader(io.StringIO(text), dialect or csv.excel))
    raise RosterError(_("Please upload an XLSX or CSV file."))


def map_columns(header: list) -> dict[str, int]:
    """{field: column index}; raises RosterError naming the missing columns."""
    folded = [fold(str(cell or "")).strip() for cell in header]
    found = {}
    for key, names in COLUMNS.items():
        for index, cell in enumerate(folded):
            if cell in names and key not in found:
                found[key] = index
    missing = [COLUMNS[key][0] for key in REQUIRED if key not in found]
    if missing:
        raise RosterError(
            _("Missing columns: %(columns)s. The first row must name the columns.")
            % {
                "columns": ", ".join(
                    _column_label(key) for key in REQUIRED if key not in found
                )
            }
        )
    return found


def _column_label(key: str) -> str:
    return {
        "full_name": "Họ và tên",
        "date_of_birth": "Ngày sinh",
        "phone": "Điện thoại",
        "party_cell": "Chi bộ/đơn vị",
        "position": "Chức vụ",
    }[key]


def parse_date(value) -> datetime.date:
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = str(value or "").strip()
    for pattern in ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d"):
        try:
            return datetime.datetime.strptime(text, pattern).date()  # noqa: DTZ007
        except ValueError:
            continue
    raise ValueError(text)


def read_row(number: int, cells: list, columns: dict[str, int], today) -> Row:
    def cell(key):
        index = columns.get(key)
        value = cells[index] if index is not None and index < len(cells) else None
        return value if isinstance(value, datetime.date) else str(value or "").strip()

    row = Row(number=number, full_name=" ".join(str(cell("full_name")).split()))
    row.party_cell, row.position = cell("party_cell"), cell("position")
    row.commune = cell("commune")
    if not row.full_name:
        row.errors.append(_("The full name is empty."))
    try:
        row.date_of_birth = parse_date(cell("date_of_birth"))
        if not (row.date_of_birth.year > 1900 and row.date_of_birth < today):
            raise ValueError
    except ValueError:
        row.errors.append(_("The date of birth must be written dd/mm/yyyy."))
    try:
        row.phone = normalize_phone(str(cell("phone")))
    except InvalidPhone:
        row.errors.append(
            _("“%(phone)s” is not a valid Vietnamese phone number.")
            % {"phone": cell("phone")}
        )
    return row


def parse_roster(name: str, content: bytes, today: datetime.date) -> list[Row]:
    """Rows with their own errors; duplicates within the file are errors too."""
    table = [
        r for r in read_table(name, content) if any(str(c or "").strip() for c in r)
    ]
    if not table:
        raise RosterError(_("The file is empty."))
    if len(table) > MAX_ROWS + 1:
        raise RosterError(_("At most %(n)d people per file.") % {"n": MAX_ROWS})
    columns = map_columns(table[0])
    rows = [read_row(n, cells, columns, today) for n, cells in enumerate(table[1:], 2)]
    seen = {}
    for row in rows:
        if row.phone and row.phone in seen:
            row.errors.append(
                _("The same phone number as row %(row)d.") % {"row": seen[row.phone]}
            )
        seen.setdefault(row.phone, row.number)
    if not rows:
        raise RosterError(_("The file has no one in it."))
    return rows
