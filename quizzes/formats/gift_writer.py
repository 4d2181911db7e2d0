"""Write questions as GIFT that imports back to the same questions."""

from decimal import Decimal

from quizzes.formats.base import ParsedChoice, ParsedQuestion
from quizzes.formats.gift import ESCAPABLE

# Types GIFT cannot express; the caller reports them as skipped.
EXPRESSIBLE = {"single", "multiple", "true_false", "matching", "numeric", "essay"}


def can_write(question: ParsedQuestion) -> bool:
    if question.qtype == "fill_blanks":
        return {c.gap for c in question.choices} <= {1}
    return question.qtype in EXPRESSIBLE


def escape(text: str) -> str:
    out = "".join(f"\\{ch}" if ch in ESCAPABLE else ch for ch in text)
    return out.replace("\n", "\\n")


def number(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text


def weight(fraction: Decimal, full: str, partial: str) -> str:
    if fraction == 1:
        return full
    return f"{partial}%{number(fraction * 100)}%"


def feedback(text: str) -> str:
    return f"#{escape(text)}" if text else ""


def _options(q: ParsedQuestion) -> list[str]:
    full = "=" if q.qtype == "single" else "~%100%"
    return [
        weight(c.fraction, full, "~") + escape(c.text) + feedback(c.feedback)
        if c.fraction
        else "~" + escape(c.text) + feedback(c.feedback)
        for c in q.choices
    ]


def _true_false(q: ParsedQuestion) -> list[str]:
    right = next(c for c in q.choices if c.fraction == 1)
    wrong = next(c for c in q.choices if c is not right)
    truth = "TRUE" if q.choices.index(right) == 0 else "FALSE"
    if not (wrong.feedback or right.feedback):
        return [truth]
    return [f"{truth}#{escape(wrong.feedback)}#{escape(right.feedback)}"]


def _numeric(q: ParsedQuestion) -> list[str]:
    lines = ["#"]
    for c in q.choices:
        value = f"{number(c.number)}:{number(c.tolerance)}"
        lines.append(weight(c.fraction, "=", "=") + value + feedback(c.feedback))
    return lines


def _answers(q: ParsedQuestion) -> list[str]:
    if q.qtype in ("single", "multiple"):
        return _options(q)
    if q.qtype == "true_false":
        return _true_false(q)
    if q.qtype == "numeric":
        return _numeric(q)
    if q.qtype == "matching":
        return [f"={escape(c.text)} -> {escape(c.match_text)}" for c in q.choices]
    if q.qtype == "fill_blanks":
        return [
            weight(c.fraction, "=", "=") + escape(c.text) + feedback(c.feedback)
            for c in q.choices
        ]
    return []


def write_question(q: ParsedQuestion) -> str:
    answers = _answers(q)
    if q.general_feedback:
        answers.append("####" + escape(q.general_feedback))
    block = "{" + ("\n    " + "\n    ".join(answers) + "\n" if answers else "") + "}"
    text = escape(q.text)
    text = text.replace("[[1]]", block, 1) if "[[1]]" in text else f"{text} {block}"
    head = f"::{escape(q.title)}::"
    if q.text_format != "moodle":
        head += f"[{q.text_format}]"
    return head + text


def write(questions: list[ParsedQuestion]) -> str:
    """GIFT text for the questions GIFT can express, with $CATEGORY lines."""
    parts, category = [], None
    for question in questions:
        if question.category and question.category != category:
            category = question.category
            parts.append(f"$CATEGORY: {category}")
        parts.append(write_question(question))
    return "\n\n".join(parts) + "\n"


__all__ = ["ParsedChoice", "can_write", "write"]
