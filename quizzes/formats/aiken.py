"""Aiken as Moodle documents it: a question line, lettered options, "ANSWER: X"."""

import re
from decimal import Decimal

from django.utils.translation import gettext as _

from quizzes.formats.base import (
    FormatError,
    ParsedChoice,
    ParsedQuestion,
    default_title,
)

OPTION = re.compile(r"^([A-Z])[.)]\s+(.*)$")
ANSWER = re.compile(r"^ANSWER:\s*([A-Z])\s*$")


class _Draft:
    def __init__(self, line: int, text: str):
        self.line, self.text, self.options = line, text, []

    def finish(self, letter: str) -> ParsedQuestion:
        letters = [key for key, _text in self.options]
        if len(self.options) < 2:
            raise ValueError(_("A question needs at least two options."))
        if letter not in letters:
            raise ValueError(
                _('The answer "%(letter)s" is not one of the options.')
                % {"letter": letter}
            )
        choices = [
            ParsedChoice(text=text, fraction=Decimal(key == letter))
            for key, text in self.options
        ]
        return ParsedQuestion(
            qtype="single",
            text=self.text,
            title=default_title(self.text),
            text_format="plain",
            choices=choices,
            location=_("line %s") % self.line,
        )


def _step(draft, number: int, line: str, questions: list):
    """Feed one non-blank line; returns the draft still open (or None)."""
    answer, option = ANSWER.match(line), OPTION.match(line)
    if draft is None:
        if answer or option:
            raise ValueError(_("An option or answer comes before any question."))
        return _Draft(number, line)
    if answer:
        questions.append(draft.finish(answer.group(1)))
        return None
    if option:
        draft.options.append((option.group(1), option.group(2).strip()))
        return draft
    if draft.options:
        raise ValueError(_('Expected an option ("A. …") or "ANSWER: A".'))
    draft.text += " " + line
    return draft


def parse(text: str) -> list[ParsedQuestion]:
    questions, problems, draft = [], [], None
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip()
        if not line:
            continue
        try:
            draft = _step(draft, number, line, questions)
        except ValueError as error:
            problems.append(
                _("Line %(line)s: %(problem)s") % {"line": number, "problem": error}
            )
            draft = None
    if draft is not None:
        problems.append(
            _('Line %(line)s: the question has no "ANSWER:" line.')
            % {"line": draft.line}
        )
    if problems:
        raise FormatError(problems)
    if not questions:
        raise FormatError([_("The file holds no questions.")])
    return questions
