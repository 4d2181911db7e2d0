"""Live quiz: questions copied from the bank, answered against a timer."""

from django.db import IntegrityError, transaction
from django.db.models import F, OuterRef, Subquery
from django.utils import timezone
from django.utils.translation import gettext as _

from live import payloads, scoring
from live.models import LiveSession, Participant, QuizAnswer, QuizItem
from live.services.base import (
    ActionError,
    Actor,
    Result,
    int_field,
    int_list,
    require_participant,
    to_all,
)


@transaction.atomic
def add_quiz_item(
    session: LiveSession,
    *,
    prompt: str,
    options: list[str],
    correct: list[int],
    seconds: int = 30,
    source_question_id: int | None = None,
) -> QuizItem:
    """A draft question for the live quiz; its text is copied as it will be asked."""
    options = [" ".join(o.split()) for o in options if o.strip()]
    if (
        len(options) < 2
        or not correct
        or any(not 0 <= i < len(options) for i in correct)
    ):
        raise ActionError(
            "invalid", _("A quiz question needs options and a right answer.")
        )
    item = QuizItem(
        session=session,
        prompt=prompt.strip(),
        options=options,
        correct=sorted(set(correct)),
        multiple=len(set(correct)) > 1,
        seconds=seconds,
        source_question_id=source_question_id,
        position=session.quiz_items.count() + 1,
    )
    item.full_clean()
    item.save()
    return item


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
    choices = int_list(data, "choices", size=len(item.options))
    now_ms = int(timezone.now().timestamp() * 1000)
    elapsed = scoring.answer_elapsed_ms(
        now_ms, int(item.opened_at.timestamp() * 1000), actor.one_way_ms
    )
    if not scoring.in_time(elapsed, item.seconds):
        raise ActionError("closed", _("Time is up for this question."))
    correct = scoring.is_correct(choices, item.correct)
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
                choices=choices,
                correct=correct,
                points=points,
                elapsed_ms=elapsed,
            )
    except IntegrityError:
        raise ActionError("already_answered", _("You have already answered.")) from None
    # The points count towards the score at the reveal (`_award`), not before.
    return Result(
        reply={"item": item.pk, "choices": choices}, tallies={f"quiz:{item.pk}"}
    )


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
            reply["answer"] = {"item": item.pk, "choices": mine.choices}
            if item.state == QuizItem.State.REVEALED:
                reply["answer"].update(correct=mine.correct, points=mine.points)
    return Result(reply=reply)
