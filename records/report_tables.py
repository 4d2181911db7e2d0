"""A report as tables: the page shows them and the XLSX writes them, cell for cell.

Each table is a title, its columns and rows of cells; a cell is a value and how it
reads (a count, a rate in %, a date, text) with an optional link (the drill-down
to a centre or a class). The page and the export take the very same tables, so
their figures cannot drift apart.
"""

import datetime
import io
from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from openpyxl import Workbook
from openpyxl.styles import Font

from elearning.spreadsheets import append_row
from records.figures import BANDS, Figures, rate
from records.gradebook import result_label
from records.models import Classification

TEXT, COUNT, RATE, DATE = "text", "count", "rate", "date"
NONE = "—"
FORMATS = {DATE: "DD/MM/YYYY", RATE: '0.0"%"'}


@dataclass(frozen=True)
class Cell:
    value: object
    kind: str = COUNT
    link: str = ""


@dataclass
class Table:
    key: str
    title: str
    columns: list[str]
    rows: list[list[Cell]]
    total: list[Cell] | None = None
    hint: str = ""
    chart: str = field(default="", repr=False)


def shown(cell: Cell) -> str:
    """The text of a cell as the page shows it (and the XLSX's text for a rate)."""
    if cell.value is None:
        return NONE
    if cell.kind == RATE:
        return f"{cell.value:.1f}".replace(".", ",") + "%"
    if cell.kind == DATE:
        return f"{cell.value:%d/%m/%Y}"
    return str(cell.value)


def summary(figures: Figures) -> Table:
    c = figures.credentials
    rows = [
        (_("Classes opened"), figures.classes_opened, COUNT),
        (_("Classes finished"), figures.classes_finished, COUNT),
        (_("Trainees (classes opened)"), figures.trainees, COUNT),
        (_("Trainees of the finished classes"), figures.finishing, COUNT),
        (_("Completed the course"), figures.completed, COUNT),
        (_("Completion rate"), figures.completion_rate, RATE),
        (_("Eligible for a credential"), figures.passed, COUNT),
        (_("Pass rate"), figures.pass_rate, RATE),
        (_("Attendance rate"), figures.attendance_rate, RATE),
        (_("Credentials issued (in force)"), c.issued, COUNT),
        (_("Credentials revoked"), c.revoked, COUNT),
        (_("Credentials replaced"), c.replaced, COUNT),
    ]
    return Table(
        "summary",
        _("Summary of the period"),
        [_("Figure"), _("Value")],
        [[Cell(label, TEXT), Cell(value, kind)] for label, value, kind in rows],
        hint=_(
            "Completion: trainees who stayed to the end (not withdrawn) of those "
            "enrolled in the classes finished in the period; pass rate: those "
            "eligible for a credential of those who stayed. Attendance: periods "
            "present or late over the periods recorded, at sessions held in the "
            "period. Credentials: register entries issued in the period, by their "
            "status today."
        ),
    )


def bands(figures: Figures) -> Table:
    total = sum(figures.bands.get(b, 0) for b in BANDS)
    rows = [
        [
            Cell(result_label(band), TEXT),
            Cell(figures.bands.get(band, 0)),
            Cell(rate(figures.bands.get(band, 0), total), RATE),
        ]
        for band in BANDS
    ]
    return Table(
        "bands",
        _("Classification"),
        [_("Classification"), _("Trainees"), _("Share")],
        rows,
        total=[
            Cell(pgettext("report", "Total"), TEXT),
            Cell(total),
            Cell(rate(total, total), RATE),
        ],
        hint=_("Trainees who stayed to the end of the classes finished in the period."),
    )


def programmes(rows) -> Table:
    return Table(
        "programmes",
        _("By programme"),
        [
            _("Programme"),
            _("Classes opened"),
            _("Trainees"),
            _("Classes finished"),
            _("Completed the course"),
            _("Eligible for a credential"),
            _("Pass rate"),
        ],
        [
            [
                Cell(r.programme, TEXT),
                Cell(r.classes_opened),
                Cell(r.trainees),
                Cell(r.classes_finished),
                Cell(r.completed),
                Cell(r.passed),
                Cell(r.pass_rate, RATE),
            ]
            for r in rows
        ],
    )


def lecturers(rows: list[dict]) -> Table:
    return Table(
        "lecturers",
        _("Lecturers' teaching periods"),
        [_("Lecturer"), _("Sessions held"), _("Periods")],
        [
            [Cell(r["lecturer"], TEXT), Cell(r["sessions"]), Cell(r["periods"])]
            for r in rows
        ],
        total=[
            Cell(pgettext("report", "Total"), TEXT),
            Cell(sum(r["sessions"] for r in rows)),
            Cell(sum(r["periods"] for r in rows)),
        ],
        hint=_("Periods of the sessions held in the period, by the timetable."),
    )


UNIT_COLUMNS = (
    "Training unit",
    "Classes opened",
    "Classes finished",
    "Trainees",
    "Completion rate",
    "Pass rate",
    "Attendance rate",
    "Credentials issued (in force)",
    "Credentials revoked",
    "Credentials replaced",
)


def _unit_cells(name: Cell, f: Figures) -> list[Cell]:
    c = f.credentials
    return [
        name,
        Cell(f.classes_opened),
        Cell(f.classes_finished),
        Cell(f.trainees),
        Cell(f.completion_rate, RATE),
        Cell(f.pass_rate, RATE),
        Cell(f.attendance_rate, RATE),
        Cell(c.issued),
        Cell(c.revoked),
        Cell(c.replaced),
    ]


def units(rows: list[tuple[object, Figures, str]], total: Figures) -> Table:
    """A row per unit (its name links to the unit's report), then the total."""
    return Table(
        "units",
        _("By training unit"),
        [_(label) for label in UNIT_COLUMNS],
        [_unit_cells(Cell(unit.name, TEXT, link), f) for unit, f, link in rows],
        total=_unit_cells(Cell(pgettext("report", "Total"), TEXT), total),
    )


def classes(
    rows: list[tuple[object, str]], today: datetime.date, unit_names=None
) -> Table:
    """A row per class running in the period (its code links to its report);
    with ``unit_names`` ({unit id: name}, several units) the unit of each."""
    cells = []
    for facts, link in rows:
        finished = facts.ends_on < today
        stayed = facts.enrolled - facts.withdrawn
        passed = sum(1 for b in facts.bands if b != Classification.FAIL)
        cells.append(
            [
                Cell(facts.code, TEXT, link),
                *([Cell(unit_names[facts.unit_id], TEXT)] if unit_names else []),
                Cell(facts.programme, TEXT),
                Cell(facts.starts_on, DATE),
                Cell(facts.ends_on, DATE),
                Cell(facts.enrolled),
                Cell(facts.withdrawn),
                Cell(passed if finished and facts.bands else None),
                Cell(rate(passed, stayed) if finished and facts.bands else None, RATE),
            ]
        )
    return Table(
        "classes",
        _("Classes"),
        [
            _("Class"),
            *([_("Training unit")] if unit_names else []),
            _("Programme"),
            _("Starts on"),
            _("Ends on"),
            _("Trainees"),
            _("Withdrawn"),
            _("Eligible for a credential"),
            _("Pass rate"),
        ],
        cells,
        hint=_(
            "Classes running for at least a day of the period; the pass figures "
            "of a class finished in the period."
        ),
    )


def _xlsx_value(cell: Cell):
    """Counts, rates (in %) and dates as numbers and dates; "—" for nothing."""
    return NONE if cell.value is None else cell.value


def workbook(title: str, period_label: str, tables: list[Table]) -> bytes:
    """One sheet per table: the report's title and period, the header, the rows."""
    book = Workbook()
    book.remove(book.active)
    for table in tables:
        sheet = book.create_sheet(table.title[:31])
        append_row(sheet, [f"{title} — {period_label}"])
        append_row(sheet, table.columns)
        for cell in sheet[1] + sheet[2]:
            cell.font = Font(bold=True)
        for row in table.rows + ([table.total] if table.total else []):
            append_row(sheet, [_xlsx_value(c) for c in row])
            for cell, source in zip(sheet[sheet.max_row], row, strict=True):
                if source.value is not None and source.kind in FORMATS:
                    cell.number_format = FORMATS[source.kind]
        sheet.freeze_panes = "B3"
        sheet.column_dimensions["A"].width = 40
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
