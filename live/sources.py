"""Reading the question bank (quizzes) and situations (situations) for live use.

Live copies what it asks into its own rows, so a later edit of the bank or of a
situation never changes what a class answered.
"""

import html
import random

import nh3

LIVE_QUESTION_TYPES = ("single", "multiple", "true_false")
MAX_LISTED = 300


def plain(text: str) -> str:
    return " ".join(html.unescape(nh3.clean(text or "", tags=set())).split())


def bank_questions() -> list[tuple[int, str]]:
    """Questions a live quiz can ask (choice questions), as (id, label)."""
    from quizzes.models import Question

    questions = Question.objects.filter(qtype__in=LIVE_QUESTION_TYPES).select_related(
        "category"
    )[:MAX_LISTED]
    return [(q.pk, f"{q.category} — {q.title}") for q in questions]


def copy_question(question_id: int) -> dict | None:
    from quizzes.models import Question

    question = (
        Question.objects.filter(pk=question_id, qtype__in=LIVE_QUESTION_TYPES)
        .prefetch_related("choices")
        .first()
    )
    if question is None:
        return None
    choices = list(question.choices.all())
    if question.shuffle_choices and question.qtype != "true_false":
        # In a new order each time it is copied into a session (as an attempt does):
        # the hall sees one order, the presenter's and the phones' alike.
        random.SystemRandom().shuffle(choices)
    return {
        "prompt": plain(question.text) or question.title,
        "options": [plain(c.text) for c in choices],
        "correct": [i for i, c in enumerate(choices) if c.fraction > 0],
        "source_question_id": question.pk,
    }


def situations(user) -> list[tuple[int, str]]:
    from situations.models import Situation

    return list(Situation.objects.open_to(user).values_list("pk", "title"))


def first_step(situation_id: int) -> dict | None:
    from situations.models import Situation

    situation = Situation.objects.filter(pk=situation_id).first()
    if situation is None:
        return None
    return step_fields(situation, situation.start_step())


def following_step(situation_id: int, step_id: int, choice: int) -> dict | None:
    """The step the chosen choice leads to (reflections are passed through)."""
    from situations.models import Step

    step = Step.objects.filter(pk=step_id, situation_id=situation_id).first()
    choices = list(step.choices.all()) if step else []
    if not 0 <= choice < len(choices):
        return None
    return step_fields(step.situation, choices[choice].next_step())


def step_fields(situation, step) -> dict | None:
    seen = set()
    while step is not None and step.kind == "reflection" and step.pk not in seen:
        seen.add(step.pk)
        step = step.next_step()
    if step is None:
        return None
    prompt = plain(step.body) if step.kind == "decision" else plain(step.debrief)
    return {
        "title": f"{situation.title} — {step.title}",
        "prompt": prompt or step.title,
        "choices": [
            {"label": c.text, "consequence": c.consequence} for c in step.choices.all()
        ],
        "ending": step.kind == "ending",
        "source_situation_id": situation.pk,
        "source_step_id": step.pk,
    }
