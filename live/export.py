"""The XLSX export of a session: one sheet per kind of record (openpyxl)."""

from io import BytesIO

from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font

from elearning.spreadsheets import append_row
from live.report import build_report, yes_no


def session_workbook(session) -> bytes:
    report = build_report(session)
    book = Workbook()
    book.remove(book.active)
    _sheet(book, _("Participants"), [_("Full name"), _("Joined at"), _("Score")], [
        (p.display_name, _local(p.joined_at), p.score) for p in report["people"]
    ])  # fmt: skip
    _sheet(book, _("Questions"), [_("Question"), _("Asked by"), _("Votes"),
           _("Status"), _("Answered"), _("Asked at")], [
        (q.text, q.author_name or _("Anonymous"), q.votes, q.get_status_display(),
         yes_no(q.answered), _local(q.created_at)) for q in report["questions"]
    ])  # fmt: skip
    _sheet(book, _("Polls"), [_("Poll"), _("Kind"), _("Answer"), _("Count")], [
        (p["poll"].prompt, p["poll"].get_kind_display(), label, count)
        for p in report["polls"] for label, count in p["rows"]
    ])  # fmt: skip
    _sheet(book, _("Live quiz"), [_("Question"), _("Option"), _("Answers"),
           _("Right answer")], [
        (q["item"].prompt, option, count, yes_no(right))
        for q in report["quiz"] for option, count, right in q["rows"]
    ])  # fmt: skip
    _sheet(book, _("Live situation"), [_("Decision point"), _("Choice"), _("Votes"),
           _("Chosen")], [
        (s["step"].title or s["step"].prompt, label, count, yes_no(chosen))
        for s in report["steps"] for label, count, chosen in s["rows"]
    ])  # fmt: skip
    _sheet(book, _("Attendance"), [_("Full name"), _("Status"), _("Source")], [
        (a.trainee.full_name, a.get_status_display(), a.get_source_display())
        for a in report["attendance"]
    ])  # fmt: skip
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _sheet(book, title: str, header: list, rows) -> None:
    sheet = book.create_sheet(title[:31])
    append_row(sheet, header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        append_row(sheet, list(row))
    for column, name in zip(sheet.columns, header, strict=False):
        width = max([len(str(name))] + [len(str(c.value or "")) for c in column])
        sheet.column_dimensions[column[0].column_letter].width = min(60, width + 2)


def _local(moment) -> str:
    return timezone.localtime(moment).strftime("%d/%m/%Y %H:%M")
