"""Plain dicts sent on the wire (see PROTOCOL.md); reads only, no writes."""

from django.db.models import Count

from live import text
from live.models import (
    LiveSession,
    Poll,
    PollResponse,
    Question,
    QuizAnswer,
    QuizItem,
    Reaction,
    SituationStep,
    SituationVote,
)

LEADERBOARD_SIZE = 10


def session_info(session: LiveSession) -> dict:
    return {
        "code": session.code,
        "title": session.title,
        "status": session.status,
        "lobby": session.lobby,
        "qa_moderated": session.qa_moderated,
        "qa_anonymous": session.qa_anonymous,
        "quiz_speed_points": session.quiz_speed_points,
        "activity": session.activity,
        "activity_id": session.activity_id,
    }


def question(item: Question) -> dict:
    return {
        "id": item.pk,
        "text": item.text,
        "author": item.author_name,
        "status": item.status,
        "reply": item.reply,
        "edited": item.edited,
        "pinned": item.pinned,
        "answered": item.answered,
        "votes": item.votes,
        "created": item.created_at.isoformat(),
    }


def poll(item: Poll) -> dict:
    return {
        "id": item.pk,
        "kind": item.kind,
        "prompt": item.prompt,
        "options": item.options,
        "scale": item.scale,
        "state": item.state,
        "results_visible": item.results_visible,
    }


def poll_results(item: Poll) -> dict:
    responses = PollResponse.objects.filter(poll=item)
    result = {"poll": item.pk, "responses": responses.count()}
    if item.kind in {Poll.Kind.SINGLE, Poll.Kind.MULTIPLE, Poll.Kind.RATING}:
        size = item.scale if item.kind == Poll.Kind.RATING else len(item.options)
        counts = [0] * size
        for choices in responses.values_list("choices", flat=True):
            for index in choices:
                if 0 <= index < size:
                    counts[index] += 1
        result["counts"] = counts
        if item.kind == Poll.Kind.RATING:
            result["average"] = rating_average(counts)
    elif item.kind == Poll.Kind.WORDS:
        words = list(responses.values_list("choices", flat=True))
        result["words"] = text.count_words(words)[:60]
    else:
        result["texts"] = list(
            responses.order_by("-pk").values_list("text", flat=True)[:50]
        )
    return result


def rating_average(counts: list[int]) -> float | None:
    """The mean rating (counts[0] is 1 point), to two decimals; None if nobody rated."""
    total = sum(counts)
    if not total:
        return None
    return round(sum((i + 1) * n for i, n in enumerate(counts)) / total, 2)


def quiz_item(item: QuizItem) -> dict:
    """The question as every screen sees it (hosts too: the presenter is projected);
    its right answer only once revealed."""
    data = {
        "id": item.pk,
        "kind": item.kind,
        "prompt": item.prompt,
        "image": item.image,
        "options": item.options,
        "multiple": item.multiple,
        "seconds": item.seconds,
        "state": item.state,
        "opened_at": item.opened_at.isoformat() if item.opened_at else None,
    }
    spec = item.answer_spec or {}
    if item.kind == QuizItem.Kind.NUMERIC:
        data.update(min=spec["min"], max=spec["max"], step=spec["step"])
    if item.state == QuizItem.State.REVEALED:
        data["correct"] = right_answer(item)
    return data


def right_answer(item: QuizItem) -> list:
    """Option indexes (choice, true/false), the order (ordering), the accepted
    texts (typed) or [the number] (slider)."""
    spec = item.answer_spec or {}
    if item.kind == QuizItem.Kind.TYPED:
        return list(spec.get("accepted", []))
    if item.kind == QuizItem.Kind.NUMERIC:
        return [spec["answer"]]
    return item.correct


def answer_given(answer: QuizAnswer) -> dict:
    """What a person answered: `choices`, and `text` or `number` by the kind."""
    given = {"choices": answer.choices}
    if answer.text:
        given["text"] = answer.text
    if answer.number is not None:
        given["number"] = answer.number
    return given


def quiz_results(item: QuizItem, *, final: bool = False) -> dict:
    """How the answers spread; how many were right only once revealed (or `final`:
    the lecturer's report)."""
    answers = QuizAnswer.objects.filter(item=item)
    choosing = item.kind in {QuizItem.Kind.CHOICE, QuizItem.Kind.TRUE_FALSE}
    counts = [0] * (len(item.options) if choosing else 0)
    for choices in answers.values_list("choices", flat=True) if choosing else ():
        for index in choices:
            if 0 <= index < len(counts):
                counts[index] += 1
    result = {"item": item.pk, "answers": answers.count(), "counts": counts}
    if item.kind == QuizItem.Kind.TYPED:
        typed = [[t.lower()] for t in answers.values_list("text", flat=True)]
        result["words"] = text.count_words(typed)[:20]
    elif item.kind == QuizItem.Kind.NUMERIC:
        numbers = [n for n in answers.values_list("number", flat=True) if n is not None]
        result["average"] = round(sum(numbers) / len(numbers), 2) if numbers else None
    if final or item.state == QuizItem.State.REVEALED:
        result["correct_answers"] = answers.filter(correct=True).count()
    return result


def leaderboard(session: LiveSession) -> list[dict]:
    people = session.participants.filter(score__gt=0).order_by("-score", "joined_at")
    return [
        {"name": p.display_name, "score": p.score} for p in people[:LEADERBOARD_SIZE]
    ]


def situation_step(step: SituationStep) -> dict:
    revealed = step.state == SituationStep.State.REVEALED
    return {
        "id": step.pk,
        "title": step.title,
        "prompt": step.prompt,
        "choices": [
            {
                "label": choice["label"],
                **({"consequence": choice.get("consequence", "")} if revealed else {}),
            }
            for choice in step.choices
        ],
        "state": step.state,
        "chosen": step.chosen,
    }


def situation_results(step: SituationStep) -> dict:
    counts = [0] * len(step.choices)
    rows = (
        SituationVote.objects.filter(step=step).values("choice").annotate(n=Count("pk"))
    )
    for row in rows:
        if row["choice"] < len(counts):
            counts[row["choice"]] = row["n"]
    return {"step": step.pk, "votes": sum(counts), "counts": counts}


def reactions(session: LiveSession) -> dict:
    counts = dict.fromkeys(Reaction.Kind.values, 0)
    counts.update(dict(session.reactions.values_list("kind", "count")))
    return counts
