"""What happened in a session, for the report page and the XLSX export (reads)."""

from django.utils.translation import gettext as _

from classes.models import Attendance
from live import payloads, scoring
from live.models import LiveSession, Question, QuizItem


def build_report(session: LiveSession) -> dict:
    ended = session.status == LiveSession.Status.ENDED
    people = list(session.participants.order_by("-score", "joined_at"))
    return {
        "session": session,
        "people": people,
        "questions": list(session.questions.select_related("author")),
        "polls": [_poll(p) for p in session.polls.all()],
        "quiz": [_quiz(i, ended) for i in session.quiz_items.all()],
        "steps": [_step(s) for s in session.situation_steps.all()],
        "attendance": _attendance(session),
        "reactions": payloads.reactions(session),
        "shown": Question.Status.APPROVED,
    }


def _poll(poll) -> dict:
    results = payloads.poll_results(poll)
    labels = poll.options or [str(n) for n in range(1, poll.scale + 1)]
    rows = list(zip(labels, results.get("counts", []), strict=False))
    rows += [(word, count) for word, count in results.get("words", [])]
    rows += [(text, 1) for text in results.get("texts", [])]
    if results.get("average") is not None:
        rows.append((_("Average"), results["average"]))
    return {"poll": poll, "responses": results["responses"], "rows": rows}


# A question being asked (open, or closed and not yet revealed): the report, which
# may be projected too, tells no right answer of it while the session goes on.
ASKED = {QuizItem.State.OPEN, QuizItem.State.CLOSED}


def _quiz(item, ended: bool) -> dict:
    shown = ended or item.state not in ASKED
    results = payloads.quiz_results(item, final=shown)
    rows = [
        (option, count, (index in item.correct) if shown else None)
        for index, (option, count) in enumerate(
            zip(item.options, results["counts"], strict=False)
        )
    ]
    # Typed answers as given (right or not once told); a slider's mean.
    rows += [
        (word, count, _typed_right(item, word) if shown else None)
        for word, count in results.get("words", [])
    ]
    if results.get("average") is not None:
        rows.append((_("Average"), results["average"], None))
    return {**results, "item": item, "rows": rows}


def _typed_right(item, given: str) -> bool:
    spec = item.answer_spec or {}
    return scoring.typed_matches(
        given,
        spec.get("accepted", []),
        ignore_diacritics=spec.get("ignore_diacritics", True),
    )


def _step(step) -> dict:
    counts = payloads.situation_results(step)["counts"]
    rows = [
        (choice["label"], count, index == step.chosen)
        for index, (choice, count) in enumerate(zip(step.choices, counts, strict=False))
    ]
    return {"step": step, "rows": rows, "votes": sum(counts)}


def _attendance(session: LiveSession) -> list:
    if session.class_session is None:
        return []
    return list(
        Attendance.objects.filter(session=session.class_session)
        .select_related("trainee")
        .order_by("trainee__sort_key")
    )


def yes_no(value: bool | None) -> str:
    """Yes or No; nothing for None (not to be told yet)."""
    if value is None:
        return ""
    return _("Yes") if value else _("No")
