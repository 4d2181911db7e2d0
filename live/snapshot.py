"""The full state a (re)connecting client receives, and the coalesced tallies."""

import time

from live import payloads
from live.models import (
    LiveSession,
    Participant,
    Poll,
    PollResponse,
    Question,
    QuestionVote,
    QuizAnswer,
    QuizItem,
    SituationStep,
    SituationVote,
)
from live.services.base import Actor, Event, to_all, to_hosts

QUESTIONS_SHOWN = 200
CACHE_SECONDS = 2.0
_CACHE: dict[int, tuple[int, float, dict]] = {}


def build(
    actor: Actor, *, version: int | None = None, person: Participant | None = None
) -> dict:
    """Everything a screen needs to draw itself from nothing (see PROTOCOL.md).

    Participants share one cached copy of the public part while the session's event
    `version` is unchanged (a join storm reads it once); `person`, someone who has
    just joined and done nothing yet, skips the personal reads. Someone not let in
    (a visitor who has not joined, a participant waiting in the lobby) gets only the
    session's name and state: no one's questions, scores or activities.
    """
    if not actor.participant_id:
        me = {"host": actor.is_host}
    else:
        me = _new_me(person) if person else _me(actor)
    if actor.is_host or me.get("admitted"):
        state = _shared_cached(actor, version)
    else:
        state = _outside(actor)
    state["now"] = int(time.time() * 1000)
    state["me"] = me
    return state


def is_inside(state: dict) -> bool:
    """The snapshot is of someone let in: a host, or an admitted participant."""
    me = state.get("me") or {}
    return bool(me.get("host") or me.get("admitted"))


def _outside(actor: Actor) -> dict:
    session = LiveSession.objects.get(pk=actor.session_id)
    return {
        "type": "snapshot",
        "session": payloads.session_info(session),
        "questions": [],
        "reactions": {},
        "participants": session.participants.filter(admitted=True).count(),
        "leaderboard": [],
        "polls": [],
        "poll_results": [],
        "quiz": [],
        "quiz_results": [],
        "situation": [],
        "situation_results": [],
    }


def _shared_cached(actor: Actor, version: int | None) -> dict:
    if actor.is_host or version is None:
        return _shared(actor)
    hit = _CACHE.get(actor.session_id)
    if hit is None or hit[0] != version or hit[1] < time.monotonic() - CACHE_SECONDS:
        hit = (version, time.monotonic(), _shared(actor))
        _CACHE[actor.session_id] = hit
    return dict(hit[2])


def _shared(actor: Actor) -> dict:
    session = LiveSession.objects.get(pk=actor.session_id)
    questions = session.questions.select_related("author")
    if not actor.is_host:
        questions = questions.filter(status=Question.Status.APPROVED)
    state = {
        "type": "snapshot",
        "session": payloads.session_info(session),
        "questions": [payloads.question(q) for q in questions[:QUESTIONS_SHOWN]],
        "reactions": payloads.reactions(session),
        "participants": session.participants.filter(admitted=True).count(),
        "leaderboard": payloads.leaderboard(session),
        **_activities(session, actor.is_host),
    }
    if actor.is_host:
        state["waiting"] = list(
            session.participants.filter(admitted=False).values("id", "display_name")
        )
    return state


def prepared(session: LiveSession) -> dict:
    """The hosts' lists of polls, quiz questions and decision points, as in their
    snapshot: what an `activities` event carries after they changed off the socket."""
    every = _activities(session, host=True)
    return {name: every[name] for name in ("polls", "quiz", "situation")}


def _activities(session: LiveSession, host: bool) -> dict:
    polls = session.polls.all()
    items = session.quiz_items.all()
    steps = session.situation_steps.all()
    if not host:
        polls, items, steps = (
            q.filter(pk=session.activity_id) for q in (polls, items, steps)
        )
        kind = session.activity
        polls, items, steps = (
            q if kind == name else q.none()
            for q, name in ((polls, "poll"), (items, "quiz"), (steps, "situation"))
        )
    visible = [p for p in polls if host or p.results_visible]
    return {
        "polls": [payloads.poll(p) for p in polls],
        "poll_results": [payloads.poll_results(p) for p in visible],
        "quiz": [payloads.quiz_item(i) for i in items],
        "quiz_results": [
            payloads.quiz_results(i)
            for i in items
            if host or i.state == QuizItem.State.REVEALED
        ],
        "situation": [payloads.situation_step(s) for s in steps],
        # The vote's spread only once revealed: the counts would steer the class.
        "situation_results": [
            payloads.situation_results(s)
            for s in steps
            if host or s.state == SituationStep.State.REVEALED
        ],
    }


def _me(actor: Actor) -> dict:
    person = Participant.objects.get(pk=actor.participant_id)
    answers = QuizAnswer.objects.filter(participant=person).select_related("item")
    return {
        "participant": person.pk,
        "name": person.display_name,
        "admitted": person.admitted,
        "score": person.score,
        "token": str(person.token),
        "upvoted": list(
            QuestionVote.objects.filter(participant=person).values_list(
                "question_id", flat=True
            )
        ),
        "poll_responses": {
            str(r.poll_id): {"choices": r.choices, "text": r.text}
            for r in PollResponse.objects.filter(participant=person)
        },
        "quiz_answers": {str(a.item_id): _my_answer(a) for a in answers},
        "situation_votes": {
            str(v.step_id): v.choice
            for v in SituationVote.objects.filter(participant=person)
        },
        "questions": list(
            Question.objects.filter(author=person).values_list("pk", flat=True)
        ),
        "pending": [
            payloads.question(q)
            for q in Question.objects.filter(
                author=person, status=Question.Status.PENDING
            ).select_related("author")
        ],
    }


def _new_me(person: Participant) -> dict:
    return {
        "participant": person.pk,
        "name": person.display_name,
        "admitted": person.admitted,
        "score": person.score,
        "token": str(person.token),
        "upvoted": [],
        "poll_responses": {},
        "quiz_answers": {},
        "situation_votes": {},
        "questions": [],
        "pending": [],
    }


def _my_answer(answer: QuizAnswer) -> dict:
    data = payloads.answer_given(answer)
    if answer.item.state == QuizItem.State.REVEALED:
        data.update(correct=answer.correct, points=answer.points)
    return data


def tally(session_id: int, key: str) -> Event | None:
    """The current count behind a dirty key ("poll:7", "qa", "reactions", ...)."""
    kind, _sep, pk = key.partition(":")
    if kind == "reactions":
        session = LiveSession.objects.get(pk=session_id)
        return to_all({"type": "reactions", "reactions": payloads.reactions(session)})
    if kind == "people":
        return _people(session_id)
    if kind == "qa":
        votes = Question.objects.filter(
            session_id=session_id, status=Question.Status.APPROVED
        ).values_list("pk", "votes")
        return to_all({"type": "question.votes", "votes": dict(votes)})
    return _activity_tally(session_id, kind, int(pk))


def _people(session_id: int) -> Event:
    people = Participant.objects.filter(session_id=session_id)
    count = people.filter(admitted=True).count()
    waiting = list(people.filter(admitted=False).values("id", "display_name"))
    return (
        {"type": "people", "participants": count},
        {"type": "people", "participants": count, "waiting": waiting},
    )


def _activity_tally(session_id: int, kind: str, pk: int) -> Event | None:
    if kind == "poll":
        poll = Poll.objects.filter(session_id=session_id, pk=pk).first()
        if poll is None:
            return None
        event = {"type": "poll.results", **payloads.poll_results(poll)}
        return to_all(event) if poll.results_visible else to_hosts(event)
    if kind == "quiz":
        item = QuizItem.objects.filter(session_id=session_id, pk=pk).first()
        if item is None:
            return None
        event = {"type": "quiz.results", **payloads.quiz_results(item)}
        return (
            to_all(event) if item.state == QuizItem.State.REVEALED else to_hosts(event)
        )
    if kind == "situation":
        step = SituationStep.objects.filter(session_id=session_id, pk=pk).first()
        if step is None:
            return None
        event = {"type": "situation.results", **payloads.situation_results(step)}
        revealed = step.state == SituationStep.State.REVEALED
        return to_all(event) if revealed else to_hosts(event)
    return None
