"""Live quiz: questions copied from the bank, answered against a timer."""

import math

from django.db import IntegrityError, transaction
from django.db.models import F, OuterRef, Subquery
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy

from live import payloads, scoring, text
from live.models import LiveSession, Participant, QuizAnswer, QuizItem
from live.services.base import (
    ActionError,
    Actor,
    Result,
    int_field,
    int_list,
    require_participant,
    text_field,
    to_all,
)

MAX_OPTIONS = 8
TRUE_FALSE = (pgettext_lazy("statement", "True"), pgettext_lazy("statement", "False"))
MAX_TYPED = 100


@transaction.atomic
def add_quiz_item(session: LiveSession, **fields) -> QuizItem:
    """A draft question for the live quiz; its text is copied as it will be asked.

    `fields` are those of `quiz_fields`; `source_question_id` names the bank's."""
    source = fields.pop("source_question_id", None)
    item = QuizItem(
        session=session,
        source_question_id=source,
        position=session.quiz_items.count() + 1,
        **quiz_fields(**fields),
    )
    item.full_clean()
    item.save()
    return item


@transaction.atomic
def update_quiz_item(item: QuizItem, **fields) -> QuizItem:
    """A draft changed before class; once opened a question is as it was asked."""
    if item.state != QuizItem.State.DRAFT:
        raise ActionError("final", _("Only a question not yet opened can be changed."))
    for name, value in quiz_fields(**fields).items():
        setattr(item, name, value)
    item.full_clean()
    item.save()
    return item


def quiz_fields(
    *,
    prompt: str,
    options=(),
    correct=(),
    seconds: int = 30,
    kind: str = QuizItem.Kind.CHOICE,
    answer_spec: dict | None = None,
    image: str = "",
) -> dict:
    """The checked columns of a quiz question of any kind (see QuizItem)."""
    options = [" ".join(str(o).split()) for o in options if str(o).strip()]
    correct = list(correct)
    spec = dict(answer_spec or {})
    if kind == QuizItem.Kind.TRUE_FALSE:
        options = [str(label) for label in TRUE_FALSE]
        if len(correct) != 1 or correct[0] not in (0, 1):
            raise ActionError("invalid", _("Say whether the statement is true."))
    elif kind == QuizItem.Kind.ORDERING:
        if not 2 <= len(options) <= MAX_OPTIONS or sorted(correct) != list(
            range(len(options))
        ):
            raise ActionError("invalid", _("Ordering needs 2 to 8 items."))
    elif kind == QuizItem.Kind.TYPED:
        options, correct = [], []
        spec = _typed_spec(spec)
    elif kind == QuizItem.Kind.NUMERIC:
        options, correct = [], []
        spec = _numeric_spec(spec)
    elif kind == QuizItem.Kind.CHOICE:
        if (
            not 2 <= len(options) <= MAX_OPTIONS
            or not correct
            or any(not 0 <= i < len(options) for i in correct)
        ):
            raise ActionError(
                "invalid", _("A quiz question needs options and a right answer.")
            )
    else:
        raise ActionError("invalid", _("Unknown kind of question."))
    if kind in (QuizItem.Kind.CHOICE, QuizItem.Kind.TRUE_FALSE):
        correct = sorted(set(correct))
        spec = {}
    prompt = " ".join(str(prompt).split())
    if not prompt:
        raise ActionError("invalid", _("Please write the question."))
    return {
        "kind": kind,
        "prompt": prompt,
        "options": options,
        "correct": correct,
        "multiple": kind == QuizItem.Kind.CHOICE and len(correct) > 1,
        "seconds": seconds,
        "answer_spec": spec,
        "image": image or "",
    }


def _typed_spec(spec: dict) -> dict:
    accepted = [" ".join(str(a).split()) for a in spec.get("accepted", [])]
    accepted = [a[:MAX_TYPED] for a in accepted if a]
    if not accepted:
        raise ActionError("invalid", _("Write at least one accepted answer."))
    return {
        "accepted": accepted,
        "ignore_diacritics": bool(spec.get("ignore_diacritics", True)),
    }


def _numeric_spec(spec: dict) -> dict:
    try:
        low, high, step, answer = (
            float(spec[name]) for name in ("min", "max", "step", "answer")
        )
        tolerance = float(spec.get("tolerance") or 0)
    except (KeyError, TypeError, ValueError):
        raise ActionError(
            "invalid", _("A slider needs its least, greatest, step and answer.")
        ) from None
    if not (low < high and step > 0 and low <= answer <= high and tolerance >= 0):
        raise ActionError(
            "invalid",
            _("The answer must lie between the least and the greatest value."),
        )
    return {
        "min": low,
        "max": high,
        "step": step,
        "answer": answer,
        "tolerance": tolerance,
    }


def _item(session: LiveSession, data: dict) -> QuizItem:
    item = QuizItem.objects.filter(session=session, pk=int_field(data, "item")).first()
    if item is None:
        raise ActionError("not_found", _("This quiz question no longer exists."))
    return item


def answer(session: LiveSession, actor: Actor, data: dict) -> Result:
    """One answer per person and question, scored when it is stored; the score
    shows nowhere before the reveal."""
    participant_id = require_participant(actor)
    item = _item(session, data)
    if item.state != QuizItem.State.OPEN:
        raise ActionError("closed", _("Time is up for this question."))
    response = _response(item, data, session.blocked_words)
    now_ms = int(timezone.now().timestamp() * 1000)
    elapsed = scoring.answer_elapsed_ms(
        now_ms, int(item.opened_at.timestamp() * 1000), actor.one_way_ms
    )
    if not scoring.in_time(elapsed, item.seconds):
        raise ActionError("closed", _("Time is up for this question."))
    correct = scoring.is_right(item.kind, item.correct, item.answer_spec, response)
    points = scoring.points(
        correct,
        elapsed_ms=elapsed,
        seconds=item.seconds,
        speed=session.quiz_speed_points,
    )
    try:
        with transaction.atomic():
            QuizAnswer.objects.create(
                item=item,
                participant_id=participant_id,
                correct=correct,
                **response,
                points=points,
                elapsed_ms=elapsed,
            )
    except IntegrityError:
        raise ActionError("already_answered", _("You have already answered.")) from None
    # The points count towards the score at the reveal (`_award`), not before.
    return Result(reply={"item": item.pk, **response}, tallies={f"quiz:{item.pk}"})


def _response(item: QuizItem, data: dict, blocked: str) -> dict:
    """The answer as stored: `choices` (option indexes, or the order), `text` or
    `number`, by the question's kind."""
    if item.kind == QuizItem.Kind.TYPED:
        body = text_field(data, "text", max_length=MAX_TYPED)
        if text.contains_blocked(body, blocked):
            raise ActionError(
                "blocked_words", _("Please rephrase: the answer has unsuitable words.")
            )
        return {"text": body}
    if item.kind == QuizItem.Kind.NUMERIC:
        return {"number": _number(data, item.answer_spec)}
    if item.kind == QuizItem.Kind.ORDERING:
        order = data.get("choices")
        if not isinstance(order, list) or sorted(
            v if isinstance(v, int) and not isinstance(v, bool) else -1 for v in order
        ) != list(range(len(item.options))):
            raise ActionError("invalid", _("Please put every item in its place."))
        return {"choices": order}
    return {"choices": int_list(data, "choices", size=len(item.options))}


def _number(data: dict, spec: dict) -> float:
    value = data.get("number")
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not math.isfinite(value)
        or not spec["min"] <= value <= spec["max"]
    ):
        raise ActionError("invalid", _("Please choose a number on the slider."))
    return float(value)


# action -> (the states it may start from, the state it leads to). A revealed or
# closed question is final: it never opens again, its scores never change.
MOVES = {
    "open": ({QuizItem.State.DRAFT}, QuizItem.State.OPEN),
    "close": ({QuizItem.State.OPEN}, QuizItem.State.CLOSED),
    "reveal": ({QuizItem.State.OPEN, QuizItem.State.CLOSED}, QuizItem.State.REVEALED),
}


def control(session: LiveSession, actor: Actor, data: dict) -> Result:
    """Open (starts the timer and shows it), close, or reveal the answer."""
    item = _item(session, data)
    action = data.get("action")
    _move(item, action)
    result = Result(reply={"item": item.pk})
    events = result.events
    if action == "open":
        time_up = (item.seconds * 1000 + scoring.CLOSE_AFTER_MS) / 1000
        result.later.append((time_up, time_is_up, (session.pk, item.pk)))
        session.activity, session.activity_id = LiveSession.Activity.QUIZ, item.pk
        session.save(update_fields=["activity", "activity_id"])
        events.append(
            to_all({"type": "session", "session": payloads.session_info(session)})
        )
    elif action == "reveal":
        _award(item)
    events.append(quiz_event(item))
    if action == "reveal":
        events.append(
            to_all(
                {
                    "type": "quiz.results",
                    **payloads.quiz_results(item),
                    "leaderboard": payloads.leaderboard(session),
                }
            )
        )
    return result


@transaction.atomic
def time_is_up(session_id: int, item_id: int) -> Result:
    """The timer ran out (and the grace and latency allowance after it: no answer
    in time can come later): the question closes, if it is still open, and every
    screen is told (`quiz.closed`)."""
    moved = QuizItem.objects.filter(
        session_id=session_id, pk=item_id, state=QuizItem.State.OPEN
    ).update(state=QuizItem.State.CLOSED)
    if not moved:
        return Result()
    item = QuizItem.objects.get(pk=item_id)
    return Result(
        events=[quiz_event(item), to_all({"type": "quiz.closed", "item": item.pk})]
    )


def _move(item: QuizItem, action) -> None:
    """One step of the question's life, made only from a state it may start from
    (a conditional UPDATE: two lecturers' screens cannot both reveal)."""
    if action not in MOVES:
        raise ActionError("invalid", _("Unknown quiz action."))
    sources, target = MOVES[action]
    fields = {"state": target}
    if action == "open":
        fields["opened_at"] = timezone.now()
    if QuizItem.objects.filter(pk=item.pk, state__in=sources).update(**fields):
        for name, value in fields.items():
            setattr(item, name, value)
        return
    item.refresh_from_db(fields=["state"])
    if item.state == QuizItem.State.DRAFT:
        raise ActionError("not_open", _("This question has not been opened yet."))
    if item.state == QuizItem.State.OPEN:
        raise ActionError("already_open", _("This question is already open."))
    raise ActionError(
        "final", _("This question is over: it cannot be opened or changed again.")
    )


def _award(item: QuizItem) -> None:
    """The question's points join its answerers' scores: one UPDATE."""
    points = QuizAnswer.objects.filter(item=item, participant=OuterRef("pk"))
    Participant.objects.filter(
        quiz_answers__item=item, quiz_answers__points__gt=0
    ).update(score=F("score") + Subquery(points.values("points")[:1]))


def quiz_event(item: QuizItem) -> tuple:
    return to_all({"type": "quiz", "item": payloads.quiz_item(item)})


def my_result(session: LiveSession, actor: Actor, data: dict) -> Result:
    """This person's score and, once shown, their answer to a question."""
    participant_id = require_participant(actor)
    reply = {"score": Participant.objects.get(pk=participant_id).score}
    if "item" in data:
        item = _item(session, data)
        mine = QuizAnswer.objects.filter(
            item=item, participant_id=participant_id
        ).first()
        if mine is not None:
            reply["answer"] = {"item": item.pk, **payloads.answer_given(mine)}
            if item.state == QuizItem.State.REVEALED:
                reply["answer"].update(correct=mine.correct, points=mine.points)
    return Result(reply=reply)
