"""Reading a class roster (XLSX or CSV) into checked rows: pure, no ORM.

Files as Vietnamese offices make them: columns in any order, named in any of their
usual spellings without regard to accents or case (họ và tên / họ tên; số điện
thoại / SĐT / điện thoại; ngày sinh; chi bộ / đơn vị công tác; chức vụ; xã/phường),
the header row below title rows (merged cells or not), dates as dd/mm/yyyy text or
Excel dates, phones as text or as numbers (Excel drops the leading 0), CSV in UTF-8
(with or without BOM) or Windows-1258. Formulas are never read as data.
"""

import csv
import datetime
import io
import unicodedata
import zipfile
from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from openpyxl.utils.datetime import from_excel

from accounts.phones import InvalidPhone, normalize_phone
from elearning.archives import TooLarge, check_zip
from elearning.vietnamese import fold

COLUMNS = {
    "full_name": ["ho va ten", "ho ten", "ho va ten hoc vien", "full name"],
    "date_of_birth": ["ngay sinh", "ngay, thang, nam sinh", "date of birth"],
    "phone": [
        "dien thoai",
        "so dien thoai",
        "sdt",
        "so dt",
        "dt",
        "dien thoai di dong",
        "phone",
    ],
    "party_cell": [
        "chi bo/don vi",
        "chi bo / don vi",
        "chi bo",
        "don vi",
        "don vi cong tac",
        "noi cong tac",
    ],
    "position": ["chuc vu", "chuc danh", "position"],
    "commune": ["xa/phuong", "xa / phuong", "xa, phuong", "xa", "phuong"],
}
REQUIRED = ["full_name", "date_of_birth", "phone"]
MAX_ROWS = 2000
# Title rows ("DANH SÁCH HỌC VIÊN …", the unit, the date) above the header.
HEADER_WITHIN = 15
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
    cells: list = field(default_factory=list)
    header: list = field(default_factory=list)
    person: object = None
    matched_by: str = ""  # "phone" or "name_dob" when an existing person is enrolled


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
            # data_only: a formula cell gives the value it showed, never "=…".
            book = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
            sheet = book.active
            return [list(row) for row in sheet.iter_rows(values_only=True)]
        except Exception as error:
            raise RosterError(_("This XLSX file cannot be read.")) from error
    if name.lower().endswith(".csv"):
        return _csv_rows(_decode_csv(content))
    raise RosterError(_("Please upload an XLSX or CSV file."))


def _decode_csv(content: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1258, as Excel saves "CSV" on a
    Vietnamese Windows; its separate tone marks are composed (NFC)."""
    for encoding in ("utf-8-sig", "cp1258"):
        try:
            text = content.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text:  # UTF-16 read as a one-byte code page
            return unicodedata.normalize("NFC", text)
    raise RosterError(_("The CSV file must be saved as UTF-8 or Windows-1258."))


def _csv_rows(text: str) -> list[list]:
    """The rows split by the separator under which a header is found (",", ";"
    as Excel uses in Vietnamese settings, or a tab)."""
    tables = [
        list(csv.reader(io.StringIO(text), delimiter=sep)) for sep in (",", ";", "\t")
    ]
    for table in tables:
        try:
            find_header(table)
        except RosterError:
            continue
        return table
    return tables[0]


def find_header(table: list[list]) -> tuple[int, dict[str, int]]:
    """(index, columns) of the header row: the first of the top rows that names
    the required columns; RosterError naming what is missing otherwise."""
    for index, cells in enumerate(table[:HEADER_WITHIN]):
        try:
            return index, map_columns(cells)
        except RosterError:
            continue
    return 0, map_columns(table[0] if table else [])  # raises, naming what is missing


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
            _(
                "Missing columns: %(columns)s. A row above the people must name "
                "the columns."
            )
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
    }[key]


def parse_date(value) -> datetime.date:
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, int | float) and 1 <= value < 100_000:
        return from_excel(value).date()  # a date cell formatted as a number
    text = str(value or "").strip()
    for pattern in ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d"):
        try:
            return datetime.datetime.strptime(text, pattern).date()  # noqa: DTZ007
        except ValueError:
            continue
    raise ValueError(text)


def _cell_text(value) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # 912345678.0: a phone typed into a number cell
    return str(value if value is not None else "").strip()


def read_row(number: int, cells: list, columns: dict[str, int], today) -> Row:
    def raw(key):
        index = columns.get(key)
        return cells[index] if index is not None and index < len(cells) else None

    def cell(key):
        value = raw(key)
        return value if isinstance(value, datetime.date) else _cell_text(value)

    row = Row(number=number, full_name=" ".join(str(cell("full_name")).split()))
    row.cells = list(cells)
    formulas = [c for c in cells if isinstance(c, str) and c.strip().startswith("=")]
    if formulas:
        row.errors.append(_("A cell holds a formula; please paste its value."))
    row.party_cell, row.position = cell("party_cell"), cell("position")
    row.commune = cell("commune")
    if not row.full_name:
        row.errors.append(_("The full name is empty."))
    try:
        row.date_of_birth = parse_date(raw("date_of_birth") or cell("date_of_birth"))
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
    """Rows with their own errors (numbered as the spreadsheet shows them);
    duplicates within the file are errors too."""
    numbered = [
        (number, cells)
        for number, cells in enumerate(read_table(name, content), 1)
        if any(str(c if c is not None else "").strip() for c in cells)
    ]
    if not numbered:
        raise RosterError(_("The file is empty."))
    start, columns = find_header([cells for _, cells in numbered])
    people = numbered[start + 1 :]
    if len(people) > MAX_ROWS:
        raise RosterError(_("At most %(n)d people per file.") % {"n": MAX_ROWS})
    rows = [read_row(number, cells, columns, today) for number, cells in people]
    header = list(numbered[start][1])
    seen = {}
    for row in rows:
        if row.phone and row.phone in seen:
            row.errors.append(
                _("The same phone number as row %(row)d.") % {"row": seen[row.phone]}
            )
        seen.setdefault(row.phone, row.number)
        row.header = header
    if not rows:
        raise RosterError(_("The file has no one in it."))
    return rows
