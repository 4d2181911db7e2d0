"""Small builders for demo questions, so the banks read like a question paper."""

import zlib
from decimal import Decimal

from quizzes.formats import ParsedChoice, ParsedQuestion


def _q(qtype, title, text, choices, **extra) -> ParsedQuestion:
    return ParsedQuestion(
        qtype=qtype,
        title=title,
        text=text,
        text_format="plain",
        choices=choices,
        **extra,
    )


def _placed(title: str, choices: list) -> list:
    """The choices turned round by an amount read from the title: the right answer
    is not always A (the same place on every run, so seeding stays idempotent)."""
    turn = zlib.crc32(title.encode()) % len(choices)
    return choices[turn:] + choices[:turn]


def single(title, text, right, wrongs, feedback="", explanation=""):
    choices = [ParsedChoice(text=right, fraction=Decimal(1), feedback=feedback)]
    choices += [ParsedChoice(text=w) for w in wrongs]
    return _q(
        "single", title, text, _placed(title, choices), general_feedback=explanation
    )


def true_false(title, text, truth: bool, explanation=""):
    choices = [
        ParsedChoice(text="Đúng", fraction=Decimal(truth)),
        ParsedChoice(text="Sai", fraction=Decimal(not truth)),
    ]
    return _q("true_false", title, text, choices, general_feedback=explanation)


def multiple(title, text, rights, wrongs, explanation=""):
    share = Decimal(1) / len(rights)
    minus = -Decimal(1) / len(wrongs) if wrongs else Decimal(0)
    choices = [
        ParsedChoice(text=r, fraction=share.quantize(Decimal("0.00001")))
        for r in rights
    ]
    choices += [
        ParsedChoice(text=w, fraction=minus.quantize(Decimal("0.00001")))
        for w in wrongs
    ]
    choices = _placed(title, choices)
    return _q("multiple", title, text, choices, general_feedback=explanation)


def fill(title, text, gaps, explanation=""):
    """``gaps``: for each [[n]], the accepted answers (diacritics optional)."""
    choices = [
        ParsedChoice(text=answer, fraction=Decimal(1), gap=n)
        for n, answers in enumerate(gaps, start=1)
        for answer in answers
    ]
    return _q(
        "fill_blanks",
        title,
        text,
        choices,
        general_feedback=explanation,
        ignore_diacritics=True,
    )


def drag(title, text, words, distractors=()):
    choices = [
        ParsedChoice(text=w, fraction=Decimal(1), gap=n) for n, w in enumerate(words, 1)
    ]
    choices += [ParsedChoice(text=d) for d in distractors]
    return _q("drag_words", title, text, choices, case_sensitive=True)


def ordering(title, text, items, explanation=""):
    choices = [ParsedChoice(text=item) for item in items]
    return _q("ordering", title, text, choices, general_feedback=explanation)


def matching(title, text, pairs, extra=()):
    choices = [ParsedChoice(text=left, match_text=right) for left, right in pairs]
    choices += [ParsedChoice(match_text=right) for right in extra]
    return _q("matching", title, text, choices)


def numeric(title, text, value, tolerance=0, explanation=""):
    choice = ParsedChoice(
        number=Decimal(value), tolerance=Decimal(tolerance), fraction=Decimal(1)
    )
    return _q("numeric", title, text, [choice], general_feedback=explanation)


def essay(title, text, rubric, min_words=None, max_words=None):
    return _q(
        "essay",
        title,
        text,
        [],
        rubric=rubric,
        min_words=min_words,
        max_words=max_words,
    )
