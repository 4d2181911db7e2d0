"""The XLSX export of a session: one sheet per kind of record (openpyxl)."""

from collections import defaultdict
from datetime import datetime
from io import BytesIO

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from openpyxl import Workbook
from openpyxl.styles import Font

from accounts.phones import display_phone
from elearning.spreadsheets import append_row
from live.models import LiveSession, PollResponse, QuizAnswer, SituationVote
from live.report import ASKED, build_report, yes_no

DATE_FORMAT = "dd/mm/yyyy hh:mm"


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
    _sheet(book, _("Each person's answers"), answer_header(), answer_rows(session))
    _sheet(book, _("Live situation"), [_("Decision point"), _("Choice"),
           pgettext("situation vote", "Votes"), _("Chosen")], [
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
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, datetime):
                cell.number_format = DATE_FORMAT
    for column, name in zip(sheet.columns, header, strict=False):
        width = max([len(str(name))] + [len(str(c.value or "")) for c in column])
        sheet.column_dimensions[column[0].column_letter].width = min(60, width + 2)


def _local(moment) -> datetime:
    """A date cell in the centre's time (spreadsheets keep no time zone)."""
    return timezone.localtime(moment).replace(tzinfo=None)


def answer_header() -> list:
    return [_("Full name"), _("Account"), _("Phone"), _("Activity"), _("Question"),
            _("Answer"), _("Right"), _("Points"), _("Answered at")]  # fmt: skip


def answer_rows(session) -> list[tuple]:
    """One row per answer of each person, with their account or phone to match the
    class roster: polls, quiz questions (right and points once told), situation
    votes; by person, then time."""
    ended = session.status == LiveSession.Status.ENDED
    rows = []
    people = session.participants.select_related("user")
    polls = PollResponse.objects.filter(poll__session=session).select_related("poll")
    quiz = QuizAnswer.objects.filter(item__session=session).select_related("item")
    votes = SituationVote.objects.filter(step__session=session).select_related("step")
    by_person = defaultdict(list)
    for response in polls:
        by_person[response.participant_id].append(
            (_("Poll"), response.poll.prompt, _poll_answer(response), None, None,
             response.created_at)
        )  # fmt: skip
    for answer in quiz:
        item = answer.item
        shown = ended or item.state not in ASKED
        by_person[answer.participant_id].append(
            (_("Live quiz"), item.prompt, _quiz_answer(answer),
             yes_no(answer.correct if shown else None),
             answer.points if shown else None, answer.answered_at)
        )  # fmt: skip
    for vote in votes:
        choices = vote.step.choices
        label = choices[vote.choice]["label"] if vote.choice < len(choices) else ""
        by_person[vote.participant_id].append(
            (_("Live situation"), vote.step.title or vote.step.prompt, label, None,
             None, vote.voted_at)
        )  # fmt: skip
    for someone in sorted(people, key=lambda p: p.display_name.split()[-1:]):
        user = someone.user
        who = (someone.display_name, user.username if user else "",
               display_phone(user.phone) if user and user.phone else "")  # fmt: skip
        for kind, prompt, given, right, points, moment in sorted(
            by_person[someone.pk], key=lambda row: row[-1]
        ):
            rows.append((*who, kind, prompt, given, right, points, _local(moment)))
    return rows


def _poll_answer(response) -> str:
    poll = response.poll
    if poll.kind == "rating":
        return str(response.choices[0] + 1) if response.choices else ""
    if poll.options:
        return ", ".join(
            poll.options[i] for i in response.choices if 0 <= i < len(poll.options)
        )
    return response.text or ", ".join(response.choices)


def _quiz_answer(answer) -> str:
    item = answer.item
    if answer.text:
        return answer.text
    if answer.number is not None:
        return f"{answer.number:g}"
    labels = [item.options[i] for i in answer.choices if 0 <= i < len(item.options)]
    return (" → " if item.kind == "ordering" else ", ").join(labels)
