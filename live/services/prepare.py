"""Preparing a session's polls and quiz questions before class: reorder, duplicate,
delete a draft (creating and editing are `polls` and `quiz`'s)."""

from django.db import transaction
from django.utils.translation import gettext as _

from live.models import LiveSession, Poll, QuizItem
from live.services.base import ActionError

KINDS = {"poll": Poll, "quiz": QuizItem}
# What a copy takes over: the question as written, not its life in class.
COPIED = {
    "poll": ("kind", "prompt", "options", "scale", "results_visible"),
    "quiz": ("kind", "prompt", "image", "options", "correct", "multiple",
             "seconds", "answer_spec", "source_question_id"),
}  # fmt: skip


def prepared(session: LiveSession, kind: str, pk: int):
    """The session's poll or quiz question, or not_found (another session's too)."""
    model = KINDS.get(kind)
    found = model.objects.filter(session=session, pk=pk).first() if model else None
    if found is None:
        raise ActionError("not_found", _("This activity no longer exists."))
    return found


@transaction.atomic
def move(session: LiveSession, kind: str, pk: int, *, up: bool) -> None:
    """One place earlier or later in the list (the positions are renumbered)."""
    thing = prepared(session, kind, pk)
    rows = list(KINDS[kind].objects.filter(session=session).select_for_update())
    index = rows.index(thing)
    other = index - 1 if up else index + 1
    if 0 <= other < len(rows):
        rows[index], rows[other] = rows[other], rows[index]
    for position, row in enumerate(rows, start=1):
        if row.position != position:
            row.position = position
            row.save(update_fields=["position"])


@transaction.atomic
def duplicate(session: LiveSession, kind: str, pk: int):
    """A draft copy at the end of the list (to ask a question again, or to start
    a similar one from it)."""
    thing = prepared(session, kind, pk)
    model = KINDS[kind]
    copy = model(
        session=session,
        position=model.objects.filter(session=session).count() + 1,
        **{name: getattr(thing, name) for name in COPIED[kind]},
    )
    copy.save()
    return copy


@transaction.atomic
def delete_draft(session: LiveSession, kind: str, pk: int) -> None:
    """Only a draft goes: what the class answered stays for the report."""
    thing = prepared(session, kind, pk)
    if thing.state != "draft":
        raise ActionError(
            "final", _("Only what has not been opened yet can be deleted.")
        )
    if session.activity == kind and session.activity_id == thing.pk:
        raise ActionError("final", _("It is on screen: clear the screen first."))
    thing.delete()
