"""GIFT as Moodle documents it (docs.moodle.org, "GIFT format"), parsed without ORM."""

import re
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _

from quizzes.formats.base import (
    FormatError,
    ParsedChoice,
    ParsedQuestion,
    default_title,
)

ESCAPABLE = "\\~=#{}:"
# Escaped characters hide as private-use characters while the structure is parsed.
HIDE = {f"\\{ch}": chr(0xE000 + i) for i, ch in enumerate(ESCAPABLE)}
SHOW = {v: k[1] for k, v in HIDE.items()}
WEIGHT = re.compile(r"^\s*%(-?\d+(?:\.\d+)?)%")
FORMATS = ("html", "markdown", "plain", "moodle")
# Stored data, not interface text: the bank is Vietnamese.
TRUE_TEXT, FALSE_TEXT = "Đúng", "Sai"
TRUE_FALSE = {"T": True, "TRUE": True, "F": False, "FALSE": False}


def hide_escapes(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        pair = text[i : i + 2]
        if pair in HIDE:
            out.append(HIDE[pair])
            i += 2
        elif pair == "\\n":
            out.append("\n")
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def show(text: str) -> str:
    return "".join(SHOW.get(ch, ch) for ch in text)


def tidy(text: str, fmt: str = "moodle") -> str:
    """Unescape and collapse the layout whitespace of a multi-line source."""
    text = show(text)
    if fmt == "markdown":
        return "\n".join(line.strip() for line in text.strip().split("\n"))
    return " ".join(text.split())


def blocks(text: str):
    """(first line number, lines) of each blank-line separated block, sans comments."""
    current, start = [], 0
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            if current:
                yield start, current
            current = []
            continue
        if line.lstrip().startswith("//"):
            continue
        if not current:
            start = number
        current.append(line)
    if current:
        yield start, current


def parse(text: str) -> list[ParsedQuestion]:
    questions, problems, category = [], [], None
    for line, lines in blocks(text):
        source = hide_escapes("\n".join(lines))
        if source.lstrip().startswith("$CATEGORY:"):
            category = category_name(source)
            continue
        try:
            question = parse_question(source)
        except ValueError as error:
            problems.append(
                _("Line %(line)s: %(problem)s") % {"line": line, "problem": error}
            )
            continue
        question.category, question.location = category, _("line %s") % line
        questions.append(question)
    if problems:
        raise FormatError(problems)
    if not questions:
        raise FormatError([_("The file holds no questions.")])
    return questions


def category_name(source: str) -> str:
    name = show(source.split(":", 1)[1].strip().split("\n")[0]).strip()
    for prefix in ("$course$/", "$system$/", "$module$/", "$cat1$/", "top/"):
        name = name.removeprefix(prefix)
    return name.removeprefix("top/").strip() or "Default"


def split_head(source: str) -> tuple[str, str, str]:
    """(title, format, rest) from "::title::[format]rest"."""
    title, rest = "", source.strip()
    if rest.startswith("::"):
        end = rest.find("::", 2)
        if end < 0:
            raise ValueError(_('The title has no closing "::".'))
        title, rest = tidy(rest[2:end]), rest[end + 2 :]
    fmt, rest = "moodle", rest.lstrip()
    match = re.match(r"^\[(\w+)\]", rest)
    if match and match.group(1).lower() in FORMATS:
        fmt, rest = match.group(1).lower(), rest[match.end() :]
    return title, fmt, rest


def parse_question(source: str) -> ParsedQuestion:
    title, fmt, rest = split_head(source)
    start, end = rest.find("{"), rest.rfind("}")
    if start < 0:
        raise ValueError(_("The question has no answers in braces {…}."))
    if end < start:
        raise ValueError(_('The answers have no closing "}".'))
    before, answers, after = rest[:start], rest[start + 1 : end], rest[end + 1 :]
    if "{" in answers or "}" in answers:
        raise ValueError(
            _("Only one answer block {…} is allowed; escape as \\{ or \\}.")
        )
    text = before + ("[[1]]" + after if after.strip() else "")
    general = ""
    if "####" in answers:
        answers, general = answers.split("####", 1)
    qtype, choices = parse_answers(answers)
    text = tidy(text, fmt)
    return ParsedQuestion(
        qtype=qtype,
        text=text,
        title=title or default_title(show(text)),
        text_format=fmt,
        general_feedback=tidy(general),
        choices=choices,
    )


def parse_answers(answers: str) -> tuple[str, list[ParsedChoice]]:
    stripped = answers.strip()
    if not stripped:
        return "essay", []
    if stripped.startswith("#"):
        return "numeric", numeric_choices(stripped[1:])
    if "~" in stripped:
        kind = "single" if "=" in stripped else "multiple"
        return kind, option_choices(stripped)
    if "=" in stripped and "->" in stripped:
        return "matching", matching_choices(stripped)
    head = stripped.split("#")[0].strip().upper()
    if head in TRUE_FALSE:
        return "true_false", true_false_choices(stripped)
    if not stripped.startswith("="):
        raise ValueError(_("Answers must start with =, ~ or #, or be TRUE/FALSE."))
    return "fill_blanks", gap_choices(stripped)


def split_marked(answers: str) -> list[tuple[str, str]]:
    """[("=", "answer text#feedback"), ("~", …)] from "=a ~b"."""
    parts = re.split(r"([=~])", answers)
    if parts[0].strip():
        raise ValueError(
            _('Unexpected text "%(text)s" before the first answer.')
            % {"text": tidy(parts[0])}
        )
    return list(zip(parts[1::2], parts[2::2], strict=True))


def weighted(marker: str, body: str) -> tuple[Decimal, str, str]:
    """(fraction, text, feedback) from "%50%text#feedback"."""
    fraction = Decimal(1) if marker == "=" else Decimal(0)
    match = WEIGHT.match(body)
    if match:
        fraction = Decimal(match.group(1)) / 100
        body = body[match.end() :]
        if not -1 <= fraction <= 1:
            raise ValueError(_("A weight must be between -100% and 100%."))
    text, _sep, feedback = body.partition("#")
    return fraction, text, feedback


def option_choices(answers: str) -> list[ParsedChoice]:
    choices = []
    for marker, body in split_marked(answers):
        fraction, text, feedback = weighted(marker, body)
        if not tidy(text):
            raise ValueError(_("An answer is empty."))
        choices.append(
            ParsedChoice(text=tidy(text), fraction=fraction, feedback=tidy(feedback))
        )
    if len(choices) < 2:
        raise ValueError(_("A choice question needs at least two answers."))
    return choices


def gap_choices(answers: str) -> list[ParsedChoice]:
    choices = []
    for marker, body in split_marked(answers):
        if marker != "=":
            raise ValueError(_('Short answers are written "=answer".'))
        fraction, text, feedback = weighted(marker, body)
        if not tidy(text):
            raise ValueError(_("An answer is empty."))
        choices.append(
            ParsedChoice(
                text=tidy(text), fraction=fraction, feedback=tidy(feedback), gap=1
            )
        )
    return choices


def matching_choices(answers: str) -> list[ParsedChoice]:
    choices = []
    for marker, body in split_marked(answers):
        if marker != "=" or "->" not in body:
            raise ValueError(_('Matching pairs are written "=item -> match".'))
        left, right = body.split("->", 1)
        choices.append(ParsedChoice(text=tidy(left), match_text=tidy(right)))
    if sum(1 for c in choices if c.text) < 2:
        raise ValueError(_("A matching question needs at least two pairs."))
    return choices


def true_false_choices(answers: str) -> list[ParsedChoice]:
    parts = answers.split("#")
    truth = TRUE_FALSE[parts[0].strip().upper()]
    wrong = tidy(parts[1]) if len(parts) > 1 else ""
    right = tidy(parts[2]) if len(parts) > 2 else ""
    return [
        ParsedChoice(
            text=TRUE_TEXT, fraction=Decimal(truth), feedback=right if truth else wrong
        ),
        ParsedChoice(
            text=FALSE_TEXT,
            fraction=Decimal(not truth),
            feedback=wrong if truth else right,
        ),
    ]


def number(text: str) -> Decimal:
    try:
        value = Decimal(show(text).strip())
    except InvalidOperation:
        raise ValueError(
            _('"%(text)s" is not a number.') % {"text": tidy(text)}
        ) from None
    if not value.is_finite():
        raise ValueError(_('"%(text)s" is not a number.') % {"text": tidy(text)})
    return value


def numeric_value(spec: str) -> tuple[Decimal, Decimal]:
    """(value, tolerance) from "1822", "1822:2" or "3.141..3.142"."""
    spec = spec.strip()
    if ".." in spec:
        low, high = (number(part) for part in spec.split("..", 1))
        if high < low:
            raise ValueError(_("A range must go from the lower to the higher number."))
        return (low + high) / 2, (high - low) / 2
    value, _sep, tolerance = spec.partition(":")
    return number(value), abs(number(tolerance)) if tolerance.strip() else Decimal(0)


def numeric_choices(answers: str) -> list[ParsedChoice]:
    if "=" not in answers and "~" not in answers:
        value_text, _sep, feedback = answers.partition("#")
        value, tolerance = numeric_value(value_text)
        return [
            ParsedChoice(
                number=value,
                tolerance=tolerance,
                fraction=Decimal(1),
                feedback=tidy(feedback),
            )
        ]
    choices = []
    for marker, body in split_marked(answers):
        fraction, value_text, feedback = weighted(marker, body)
        value, tolerance = numeric_value(value_text)
        choices.append(
            ParsedChoice(
                number=value,
                tolerance=tolerance,
                fraction=fraction,
                feedback=tidy(feedback),
            )
        )
    return choices
