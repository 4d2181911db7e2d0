"""The action table (who may do what) and `perform`, the idempotent entry point."""

import re

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from live.models import ClientAction, LiveSession, Participant
from live.services import polls, qa, quiz, sessions, situation
from live.services.base import ActionError, Actor, Result
from live.services.shared_reads import forget, remember, remembered

HOST, PARTICIPANT = "host", "participant"
# type -> (service, who may send it)
ACTIONS = {
    "question.ask": (qa.ask, PARTICIPANT),
    "question.upvote": (qa.upvote, PARTICIPANT),
    "question.moderate": (qa.moderate, HOST),
    "question.edit": (qa.edit, HOST),
    "question.reply": (qa.reply, HOST),
    "poll.respond": (polls.respond, PARTICIPANT),
    "poll.control": (polls.control, HOST),
    "quiz.answer": (quiz.answer, PARTICIPANT),
    "quiz.control": (quiz.control, HOST),
    "quiz.me": (quiz.my_result, PARTICIPANT),
    "situation.vote": (situation.vote, PARTICIPANT),
    "situation.control": (situation.control, HOST),
    "react": (sessions.react, PARTICIPANT),
    "session.show": (sessions.show, HOST),
    "session.settings": (sessions.change_settings, HOST),
    "session.admit": (sessions.admit, HOST),
    "session.end": (sessions.end, HOST),
    "session.resume": (sessions.resume, HOST),
}
# Host actions still allowed once the session has ended.
AFTER_END = {"session.resume"}
# Reads: answered again each time, never stored.
READS = {"quiz.me"}
CLIENT_ID = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")


def check_message(message: dict) -> tuple[str, str]:
    kind, client_id = message.get("type"), message.get("id")
    if kind not in ACTIONS:
        raise ActionError("unknown_type", _("Unknown message type."))
    if not isinstance(client_id, str) or not CLIENT_ID.match(client_id):
        raise ActionError(
            "bad_id", _("Each message needs an id (1-64 letters or digits).")
        )
    return kind, client_id


def perform(actor: Actor, message: dict) -> tuple[Result, bool]:
    """Validate, authorise and store one action; returns (result, repeated).

    The action and the record of its id are committed together, so a message sent
    twice (a resend after a lost acknowledgement) is acknowledged with the stored
    reply and changes nothing.
    """
    kind, client_id = check_message(message)
    service, who = ACTIONS[kind]
    if who == HOST and not actor.is_host:
        raise ActionError("forbidden", _("Only the lecturer can do this."))
    data = message.get("data") or {}
    if not isinstance(data, dict):
        raise ActionError("invalid", _("The message data must be an object."))
    try:
        with transaction.atomic():
            return _perform_once(actor, kind, client_id, service, data)
    except IntegrityError:
        # The same id raced in on another connection: the first one won.
        forget()
        with transaction.atomic():
            result, _repeated = _perform_once(actor, kind, client_id, service, data)
        return result, True
    finally:
        if who == HOST:  # it may have changed what the batch's reads hold
            forget()


def _perform_once(actor, kind, client_id, service, data):
    key = _done_key(actor, client_id)
    done = remembered(key, lambda: _stored_reply(actor, client_id))
    if done is not None:
        return Result(reply=done[0]), True
    session = _allowed_session(actor, kind)
    result = service(session, actor, data)
    if kind not in READS:
        ClientAction.objects.create(
            session=session,
            actor=actor.key,
            client_id=client_id,
            kind=kind,
            reply=result.reply,
        )
        remember(key, [result.reply])
    return result, False


def _allowed_session(actor: Actor, kind: str) -> LiveSession:
    """The session, once the actor may act in it."""
    if actor.is_host:
        session = LiveSession.objects.get(pk=actor.session_id)
        if session.status == LiveSession.Status.ENDED and kind not in AFTER_END:
            raise ActionError("ended", _("This session has ended."))
        return session
    session = remembered(
        ("session", actor.session_id),
        lambda: LiveSession.objects.get(pk=actor.session_id),
    )
    if session.status == LiveSession.Status.ENDED:
        raise ActionError("ended", _("This session has ended."))
    admitted = remembered(
        _admitted_key(actor.session_id, actor.participant_id),
        lambda: Participant.objects.filter(
            pk=actor.participant_id, session_id=actor.session_id, admitted=True
        ).exists(),
    )
    if not admitted:
        raise ActionError(
            "waiting", _("Please wait: the lecturer has not let you in yet.")
        )
    return session


def _done_key(actor: Actor, client_id: str) -> tuple:
    return ("done", actor.session_id, actor.key, client_id)


def _admitted_key(session_id: int, participant_id: int | None) -> tuple:
    return ("admitted", session_id, participant_id)


def _stored_reply(actor: Actor, client_id: str) -> list | None:
    """[reply] of this message id if it was stored before, else None."""
    stored = ClientAction.objects.filter(
        session_id=actor.session_id, actor=actor.key, client_id=client_id
    ).values_list("reply", flat=True)
    return next(([reply] for reply in stored[:1]), None)


def prepare(calls: list[tuple]) -> None:
    """Before a group commit runs these `perform` calls: whether each message id was
    stored and each participant admitted, read in two queries for them all."""
    actors = {}
    for actor, message in calls:
        if isinstance(message, dict) and isinstance(message.get("id"), str):
            actors[_done_key(actor, message["id"])] = actor
    sessions = {actor.session_id for actor in actors.values()}
    stored = ClientAction.objects.filter(
        session_id__in=sessions,
        client_id__in={key[3] for key in actors},
        actor__in={key[2] for key in actors},
    ).values_list("session_id", "actor", "client_id", "reply")
    replies = {("done", *row[:3]): [row[3]] for row in stored}
    for key in actors:
        remember(key, replies.get(key))
    people = {a.participant_id for a in actors.values() if a.participant_id}
    admitted = set(
        Participant.objects.filter(pk__in=people, admitted=True).values_list(
            "session_id", "pk"
        )
    )
    for actor in actors.values():
        if actor.participant_id:
            key = _admitted_key(actor.session_id, actor.participant_id)
            remember(key, key[1:] in admitted)


perform.prepare = prepare
