"""Polls: the hosts prepare, open, close and reveal; participants answer."""

from django.db import transaction
from django.utils.translation import gettext as _

from live import payloads, text
from live.models import LiveSession, Poll, PollResponse
from live.services.base import (
    ActionError,
    Actor,
    Result,
    bool_field,
    int_field,
    int_list,
    require_participant,
    text_field,
    to_all,
)
from live.services.shared_reads import remembered

MAX_OPTIONS = 10


@transaction.atomic
def create_poll(
    session: LiveSession,
    *,
    kind: str,
    prompt: str,
    options: list[str] = (),
    scale: int = 5,
    results_visible: bool = True,
) -> Poll:
    """A draft poll; choice polls need 2 to 10 options, ratings a 2-10 scale."""
    poll = Poll(
        session=session,
        position=session.polls.count() + 1,
        **poll_fields(kind, prompt, options, scale, results_visible),
    )
    poll.full_clean()
    poll.save()
    return poll


@transaction.atomic
def update_poll(
    poll: Poll,
    *,
    kind: str,
    prompt: str,
    options: list[str] = (),
    scale: int = 5,
    results_visible: bool = True,
) -> Poll:
    """A draft changed before class; an opened poll stays as it was asked."""
    if poll.state != Poll.State.DRAFT:
        raise ActionError("final", _("Only a poll not yet opened can be changed."))
    fields = poll_fields(kind, prompt, options, scale, results_visible)
    for name, value in fields.items():
        setattr(poll, name, value)
    poll.full_clean()
    poll.save()
    return poll


def poll_fields(kind, prompt, options, scale, results_visible) -> dict:
    options = [" ".join(o.split()) for o in options if o.strip()][:MAX_OPTIONS]
    if kind in {Poll.Kind.SINGLE, Poll.Kind.MULTIPLE} and len(options) < 2:
        raise ActionError("invalid", _("A choice poll needs at least two options."))
    if kind == Poll.Kind.RATING and not 2 <= scale <= 10:
        raise ActionError("invalid", _("A rating scale goes from 2 to 10."))
    return {
        "kind": kind,
        "prompt": " ".join(prompt.split()),
        "options": options if kind in {Poll.Kind.SINGLE, Poll.Kind.MULTIPLE} else [],
        "scale": scale,
        "results_visible": results_visible,
    }


def poll_events(poll: Poll) -> list:
    return [to_all({"type": "poll", "poll": payloads.poll(poll)})]


def _poll(session: LiveSession, data: dict) -> Poll:
    pk = int_field(data, "poll")
    try:
        # Keyed by session too: one group commit stores several sessions' votes.
        return remembered(
            ("poll", session.pk, pk), lambda: Poll.objects.get(session=session, pk=pk)
        )
    except Poll.DoesNotExist:
        raise ActionError("not_found", _("This poll no longer exists.")) from None


def respond(session: LiveSession, actor: Actor, data: dict) -> Result:
    """Store (or replace) this person's answer to an open poll."""
    participant_id = require_participant(actor)
    poll = _poll(session, data)
    if poll.state != Poll.State.OPEN:
        raise ActionError("closed", _("This poll is not open."))
    choices, body = _answer(poll, data, session.blocked_words)
    # One INSERT ... ON CONFLICT DO UPDATE: a first vote and a changed vote alike.
    mine = PollResponse(
        poll=poll, participant_id=participant_id, choices=choices, text=body
    )
    PollResponse.objects.bulk_create(
        [mine],
        update_conflicts=True,
        unique_fields=["poll", "participant"],
        update_fields=["choices", "text"],
    )
    return Result(
        reply={"poll": poll.pk, "choices": choices, "text": body},
        tallies={f"poll:{poll.pk}"},
    )


def _answer(poll: Poll, data: dict, blocked: str) -> tuple[list, str]:
    if poll.kind == Poll.Kind.SINGLE:
        choices = int_list(data, "choices", size=len(poll.options))
        if len(choices) != 1:
            raise ActionError("invalid", _("Please choose one option."))
        return choices, ""
    if poll.kind == Poll.Kind.MULTIPLE:
        return int_list(data, "choices", size=len(poll.options)), ""
    if poll.kind == Poll.Kind.RATING:
        return [int_field(data, "rating", low=1, high=poll.scale) - 1], ""
    body = text_field(data, "text", max_length=300)
    if text.contains_blocked(body, blocked):
        raise ActionError(
            "blocked_words", _("Please rephrase: the answer has unsuitable words.")
        )
    if poll.kind == Poll.Kind.WORDS:
        return text.cloud_words(data["text"]), ""
    return [], body


def control(session: LiveSession, actor: Actor, data: dict) -> Result:
    """Open, close, reveal or hide results; opening a poll puts it on screen."""
    poll = _poll(session, data)
    action = data.get("action")
    if action == "open":
        poll.state = Poll.State.OPEN
        session.activity, session.activity_id = LiveSession.Activity.POLL, poll.pk
        session.save(update_fields=["activity", "activity_id"])
    elif action == "close":
        poll.state = Poll.State.CLOSED
    elif action == "results":
        poll.results_visible = bool_field(data, "visible")
    else:
        raise ActionError("invalid", _("Unknown poll action."))
    poll.save(update_fields=["state", "results_visible"])
    events = poll_events(poll)
    if action == "open":
        events.insert(
            0, to_all({"type": "session", "session": payloads.session_info(session)})
        )
    return Result(reply={"poll": poll.pk}, events=events, tallies={f"poll:{poll.pk}"})
