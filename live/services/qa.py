"""Questions from the floor: asking, upvoting, and the hosts' moderation."""

from django.db.models import F
from django.utils.translation import gettext as _

from live import payloads, text
from live.models import LiveSession, Question, QuestionVote
from live.services.base import (
    ActionError,
    Actor,
    Result,
    bool_field,
    int_field,
    require_participant,
    text_field,
    to_all,
    to_hosts,
)

MAX_QUESTION = 500
MAX_REPLY = 1000
MODERATION = {
    "approve": {"status": Question.Status.APPROVED},
    "hide": {"status": Question.Status.HIDDEN},
    "archive": {"status": Question.Status.ARCHIVED},
    "pin": {"pinned": True},
    "unpin": {"pinned": False},
    "answered": {"answered": True},
    "unanswered": {"answered": False},
}


def question_events(item: Question, *, was_shown: bool = True) -> list:
    """Everyone sees shown questions; hosts also see those waiting, hidden or
    archived; one that was never shown is news to the hosts only (its author has it
    from the acknowledgement)."""
    event = {"type": "question", "question": payloads.question(item)}
    if item.status == Question.Status.APPROVED:
        return [to_all(event)]
    if not was_shown:
        return [to_hosts(event)]
    gone = {"type": "question.removed", "id": item.pk}
    return [(gone, event)]


def ask(session: LiveSession, actor: Actor, data: dict) -> Result:
    participant_id = require_participant(actor)
    body = text_field(data, "text", max_length=MAX_QUESTION)
    anonymous = bool(data.get("anonymous", False))
    if anonymous and not session.qa_anonymous:
        raise ActionError("not_allowed", _("Anonymous questions are off."))
    if text.contains_blocked(body, session.blocked_words):
        raise ActionError(
            "blocked_words", _("Please rephrase: the question has unsuitable words.")
        )
    status = (
        Question.Status.PENDING if session.qa_moderated else Question.Status.APPROVED
    )
    item = Question(
        session=session,
        author_id=participant_id,
        text=body,
        anonymous=anonymous,
        status=status,
    )
    item.full_clean()
    item.save()
    return Result(
        reply={"question": payloads.question(item)},
        events=question_events(item, was_shown=False),
    )


def _question(session: LiveSession, data: dict) -> Question:
    item = Question.objects.filter(
        session=session, pk=int_field(data, "question")
    ).first()
    if item is None:
        raise ActionError("not_found", _("This question no longer exists."))
    return item


def upvote(session: LiveSession, actor: Actor, data: dict) -> Result:
    """One upvote per person; `"up": false` withdraws it."""
    participant_id = require_participant(actor)
    item = _question(session, data)
    if item.status != Question.Status.APPROVED:
        raise ActionError("not_found", _("This question is not shown."))
    up = bool_field(data, "up") if "up" in data else True
    votes = QuestionVote.objects.filter(question=item, participant_id=participant_id)
    if up and not votes.exists():
        QuestionVote.objects.create(question=item, participant_id=participant_id)
        Question.objects.filter(pk=item.pk).update(votes=F("votes") + 1)
    elif not up and votes.delete()[0]:
        Question.objects.filter(pk=item.pk).update(votes=F("votes") - 1)
    item.refresh_from_db(fields=["votes"])
    return Result(
        reply={"question": item.pk, "up": up, "votes": item.votes}, tallies={"qa"}
    )


def moderate(session: LiveSession, actor: Actor, data: dict) -> Result:
    """Approve, hide, archive, pin, mark answered or delete one question; or approve
    every question waiting (`approve_all`, no question named)."""
    action = data.get("action")
    if action == "approve_all":
        return _approve_all(session)
    if action != "delete" and action not in MODERATION:
        raise ActionError("invalid", _("Unknown moderation action."))
    item = _question(session, data)
    if action == "delete":
        pk = item.pk
        item.delete()
        gone = {"type": "question.removed", "id": pk}
        return Result(reply={"question": pk}, events=[to_all(gone)], tallies={"qa"})
    change = MODERATION[action]
    before = item.status
    for name, value in change.items():
        setattr(item, name, value)
    # Shown to the hall, or to its author while it waited and now no longer does.
    was_shown = before == Question.Status.APPROVED or (
        before == Question.Status.PENDING != item.status
    )
    item.save(update_fields=list(change))
    return Result(
        reply={"question": item.pk}, events=question_events(item, was_shown=was_shown)
    )


def _approve_all(session: LiveSession) -> Result:
    waiting = list(session.questions.filter(status=Question.Status.PENDING))
    Question.objects.filter(pk__in=[q.pk for q in waiting]).update(
        status=Question.Status.APPROVED
    )
    events = []
    for item in waiting:
        item.status = Question.Status.APPROVED
        events += question_events(item)
    return Result(reply={"approved": [q.pk for q in waiting]}, events=events)


def edit(session: LiveSession, actor: Actor, data: dict) -> Result:
    """The lecturer corrects a question's wording (it is marked edited)."""
    item = _question(session, data)
    item.text = text_field(data, "text", max_length=MAX_QUESTION)
    item.edited = True
    item.save(update_fields=["text", "edited"])
    return Result(
        reply={"question": item.pk},
        events=question_events(item, was_shown=item.status == "approved"),
    )


def reply(session: LiveSession, actor: Actor, data: dict) -> Result:
    """The lecturer's written answer under a question (empty text removes it)."""
    item = _question(session, data)
    item.reply = text_field(data, "text", max_length=MAX_REPLY, required=False)
    item.save(update_fields=["reply"])
    return Result(
        reply={"question": item.pk},
        events=question_events(item, was_shown=item.status == "approved"),
    )
