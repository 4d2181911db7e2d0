"""Reading the question bank (quizzes) and situations (situations) for live use.

Live copies what it asks into its own rows, so a later edit of the bank or of a
situation never changes what a class answered.
"""

import html
import random
import re

import nh3

LIVE_QUESTION_TYPES = (
    "single", "multiple", "true_false", "ordering", "numeric", "fill_blanks",
)  # fmt: skip
MAX_LISTED = 300
IMAGE = re.compile(r"""<img\b[^>]*?\bsrc\s*=\s*["']([^"'<>\s]+)["']""", re.I)
GAP = re.compile(r"\[\[\d+\]\]")


def plain(text: str) -> str:
    return " ".join(html.unescape(nh3.clean(text or "", tags=set())).split())


def image_of(text: str) -> str:
    """The first image of a question's text, if it is one of the site's own
    (a path such as /media/...): the live page's policy loads no other."""
    found = IMAGE.search(text or "")
    src = html.unescape(found.group(1)) if found else ""
    return src if src.startswith("/") and not src.startswith("//") else ""


def bank_questions() -> list[tuple[int, str]]:
    """Questions a live quiz can ask, as (id, label)."""
    from quizzes.models import Question

    questions = Question.objects.filter(qtype__in=LIVE_QUESTION_TYPES).select_related(
        "category"
    )[:MAX_LISTED]
    return [
        (q.pk, f"{q.category} — {q.title} ({q.get_qtype_display()})") for q in questions
    ]


def copy_question(question_id: int) -> dict | None:
    """The bank's question as a live quiz asks it (add_quiz_item's fields), or None
    when it cannot be asked live (a gap text with several gaps)."""
    from quizzes.models import Question

    question = (
        Question.objects.filter(pk=question_id, qtype__in=LIVE_QUESTION_TYPES)
        .prefetch_related("choices")
        .first()
    )
    if question is None:
        return None
    fields = COPIES[question.qtype](question, list(question.choices.all()))
    if fields is None:
        return None
    return {
        "prompt": plain(GAP.sub("……", question.text)) or question.title,
        "image": image_of(question.text),
        "source_question_id": question.pk,
        **fields,
    }


def _choices(question, choices) -> dict:
    if question.shuffle_choices and question.qtype != "true_false":
        # In a new order each time it is copied into a session (as an attempt does):
        # the hall sees one order, the presenter's and the phones' alike.
        random.SystemRandom().shuffle(choices)
    right = [i for i, c in enumerate(choices) if c.fraction > 0]
    if question.qtype == "true_false":
        # The live question says Đúng, Sai in that order, whatever the bank wrote.
        truth = plain(choices[right[0]].text).casefold() if right else ""
        return {"kind": "true_false", "correct": [0 if truth in TRUE else 1]}
    return {"kind": "choice", "options": [plain(c.text) for c in choices],
            "correct": right}  # fmt: skip


TRUE = {"đúng", "true", "có", "dung"}


def _ordering(question, choices) -> dict:
    items = [plain(c.text) for c in sorted(choices, key=lambda c: (c.order, c.pk))]
    return {"kind": "ordering", **ordering_fields(items)}


def ordering_fields(items: list[str]) -> dict:
    """Items written in their right order, shown in another: `correct` is the shown
    index of each item in the right order."""
    shown = list(range(len(items)))
    while len(items) > 1 and shown == sorted(shown):
        random.SystemRandom().shuffle(shown)
    return {
        "options": [items[i] for i in shown],
        "correct": [shown.index(i) for i in range(len(items))],
    }


def _numeric(question, choices) -> dict | None:
    right = next((c for c in choices if c.number is not None and c.fraction > 0), None)
    if right is None:
        return None
    answer = float(right.number)
    whole = answer == int(answer) and float(right.tolerance) == int(right.tolerance)
    # A slider from 0 (or below, for a negative answer) to the next power of ten:
    # its range tells nothing of where the answer lies within it.
    top = 10 ** len(str(int(abs(answer)))) if answer else 10
    return {
        "kind": "numeric",
        "answer_spec": {
            "min": -top if answer < 0 else 0,
            "max": top,
            "step": 1 if whole else 0.1,
            "answer": answer,
            "tolerance": float(right.tolerance),
        },
    }


def _typed(question, choices) -> dict | None:
    gaps = {c.gap for c in choices if c.gap is not None}
    accepted = [plain(c.text) for c in choices if c.fraction > 0 and c.text.strip()]
    if len(gaps) > 1 or not accepted:
        return None
    return {
        "kind": "typed",
        "answer_spec": {
            "accepted": accepted,
            # Typed on a phone in a hurry: without diacritics is accepted unless
            # the bank's question is strict about case.
            "ignore_diacritics": question.ignore_diacritics
            or not question.case_sensitive,
        },
    }


COPIES = {
    "single": _choices,
    "multiple": _choices,
    "true_false": _choices,
    "ordering": _ordering,
    "numeric": _numeric,
    "fill_blanks": _typed,
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
