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
)

MAX_QUESTION = 500
MODERATION = {
    "approve": {"status": Question.Status.APPROVED},
    "hide": {"status": Question.Status.HIDDEN},
    "pin": {"pinned": True},
    "unpin": {"pinned": False},
    "answered": {"answered": True},
    "unanswered": {"answered": False},
}


def question_events(item: Question) -> list:
    """Everyone sees shown questions; hosts also see those waiting or hidden."""
    event = {"type": "question", "question": payloads.question(item)}
    if item.status == Question.Status.APPROVED:
        return [to_all(event)]
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
        reply={"question": payloads.question(item)}, events=question_events(item)
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
    item = _question(session, data)
    change = MODERATION.get(data.get("action"))
    if change is None:
        raise ActionError("invalid", _("Unknown moderation action."))
    for name, value in change.items():
        setattr(item, name, value)
    item.save(update_fields=list(change))
    return Result(reply={"question": item.pk}, events=question_events(item))
