"""The class report as an XLSX workbook (openpyxl)."""

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from openpyxl import Workbook
from openpyxl.styles import Font

from elearning.spreadsheets import append_row
from situations import reports


def _date(value) -> str:
    return timezone.localtime(value).strftime("%d/%m/%Y %H:%M") if value else ""


def _trainee_sheet(sheet, situation, trainees) -> None:
    competencies = list(situation.competencies.all())
    append_row(
        sheet,
        [
            _("Full name"),
            _("Status"),
            _("Ending"),
            _("Score (of 10)"),
            pgettext("situation", "Finished at"),
        ]
        + [c.name for c in competencies],
    )
    for row in reports.trainee_rows(situation, trainees):
        run = row["run"]
        if run is None:
            append_row(
                sheet, [row["trainee"].full_name, pgettext("situation", "Not started")]
            )
            continue
        status = (
            pgettext("situation", "Finished") if run.is_finished else _("In progress")
        )
        ending = run.current_step.title if run.is_finished else ""
        score = float(run.score) if run.score is not None else None
        append_row(
            sheet,
            [row["trainee"].full_name, status, ending, score, _date(run.finished_at)]
            + [
                run.points.get(c.code, 0) if run.is_finished else None
                for c in competencies
            ],
        )


def _choice_sheet(sheet, situation, trainees) -> None:
    append_row(sheet, [_("Step"), _("Choice"), _("Trainees"), _("Share (%)")])
    for item in reports.step_table(situation, trainees):
        for choice, count in item["choices"]:
            share = round(100 * count / item["total"]) if item["total"] else 0
            append_row(sheet, [str(item["step"]), choice.text, count, share])


def class_workbook(situation, training_class) -> Workbook:
    trainees = reports.class_trainees(training_class)
    book = Workbook()
    first = book.active
    first.title = _("Trainees")[:31]
    _trainee_sheet(first, situation, trainees)
    _choice_sheet(book.create_sheet(_("Choices")[:31]), situation, trainees)
    for sheet in book.worksheets:
        for cell in sheet[1]:
            cell.font = Font(bold=True)
    return book
