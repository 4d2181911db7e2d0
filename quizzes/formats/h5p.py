"""H5P content: a .h5p package (zip) or its content.json.

Supported: H5P.MultiChoice, H5P.TrueFalse, H5P.Blanks, H5P.DragText and
H5P.QuestionSet (whose questions are of those types). Problems name a JSON path.
"""

import io
import json
import re
import zipfile
import zlib
from decimal import Decimal

import nh3
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from quizzes.formats.base import (
    FormatError,
    ParsedChoice,
    ParsedQuestion,
    default_title,
)

STAR = re.compile(r"\*([^*]+)\*")
MAX_JSON = 5 * 1024 * 1024
MAX_META = 64 * 1024  # h5p.json: a title, a library name and a few lists


class _Problem(ValueError):
    def __init__(self, path: str, message: str):
        super().__init__(f"{path}: {message}")


def _text(value) -> str:
    return nh3.clean(str(value or ""), tags=set()).strip()


def _html(value) -> str:
    return nh3.clean(str(value or "")).strip()


def _get(params: dict, key: str, path: str, kind=str):
    value = params.get(key)
    if not isinstance(value, kind) or (kind is str and not value.strip()):
        raise _Problem(f"{path}.{key}", _("missing or of the wrong type"))
    return value


def multi_choice(params: dict, path: str) -> ParsedQuestion:
    answers = _get(params, "answers", path, list)
    if len(answers) < 2:
        raise _Problem(f"{path}.answers", _("needs at least two answers"))
    correct = [bool(isinstance(a, dict) and a.get("correct")) for a in answers]
    if not any(correct):
        raise _Problem(f"{path}.answers", _("no answer is marked correct"))
    choices = []
    for i, answer in enumerate(answers):
        where = f"{path}.answers[{i}]"
        if not isinstance(answer, dict):
            raise _Problem(where, _("missing or of the wrong type"))
        tips = answer.get("tipsAndFeedback") or {}
        choices.append(
            ParsedChoice(
                text=_text(_get(answer, "text", where)),
                feedback=_text(tips.get("chosenFeedback")),
            )
        )
    single = (params.get("behaviour") or {}).get("type") == "single" or sum(
        correct
    ) == 1
    for choice, right in zip(choices, correct, strict=True):
        choice.fraction = (
            Decimal(right)
            if single
            else (Decimal(1) / sum(correct) if right else Decimal(0))
        )
    text = _html(_get(params, "question", path))
    return ParsedQuestion(
        qtype="single" if single else "multiple",
        text=text,
        text_format="html",
        title=default_title(_text(text)),
        choices=choices,
    )


def true_false(params: dict, path: str) -> ParsedQuestion:
    truth = str(params.get("correct", "")).lower()
    if truth not in ("true", "false"):
        raise _Problem(f"{path}.correct", _('must be "true" or "false"'))
    behaviour = params.get("behaviour") or {}
    right, wrong = (
        _text(behaviour.get("feedbackOnCorrect")),
        _text(behaviour.get("feedbackOnWrong")),
    )
    is_true = truth == "true"
    choices = [
        ParsedChoice(
            text="Đúng", fraction=Decimal(is_true), feedback=right if is_true else wrong
        ),
        ParsedChoice(
            text="Sai",
            fraction=Decimal(not is_true),
            feedback=wrong if is_true else right,
        ),
    ]
    text = _html(_get(params, "question", path))
    return ParsedQuestion(
        qtype="true_false",
        text=text,
        text_format="html",
        title=default_title(_text(text)),
        choices=choices,
    )


def _gapped(source: str, choices: list, path: str, *, drag: bool) -> str:
    """Replace *answer/alt:tip* with [[n]] and collect the accepted answers."""

    def gap(match):
        number = len({c.gap for c in choices}) + 1
        body = match.group(1).split(":", 1)[0]
        options = [body] if drag else body.split("/")
        if not any(o.strip() for o in options):
            raise _Problem(path, _("a blank has no answer"))
        choices.extend(
            ParsedChoice(text=o.strip(), fraction=Decimal(1), gap=number)
            for o in options
            if o.strip()
        )
        return f"[[{number}]]"

    return STAR.sub(gap, source)


def blanks(params: dict, path: str) -> ParsedQuestion:
    lines = _get(params, "questions", path, list)
    choices: list[ParsedChoice] = []
    parts = [_html(params.get("text"))]
    for i, line in enumerate(lines):
        if not isinstance(line, str):
            raise _Problem(f"{path}.questions[{i}]", _("missing or of the wrong type"))
        parts.append(
            _gapped(_html(line), choices, f"{path}.questions[{i}]", drag=False)
        )
    if not choices:
        raise _Problem(f"{path}.questions", _("no blank marked with *answer*"))
    case = bool((params.get("behaviour") or {}).get("caseSensitive", True))
    text = "\n".join(p for p in parts if p)
    return ParsedQuestion(
        qtype="fill_blanks",
        text=text,
        text_format="html",
        title=default_title(_text(text)),
        choices=choices,
        case_sensitive=case,
    )


def drag_text(params: dict, path: str) -> ParsedQuestion:
    source = _get(params, "textField", path)
    choices: list[ParsedChoice] = []
    body = _gapped(_text(source), choices, f"{path}.textField", drag=True)
    if not choices:
        raise _Problem(f"{path}.textField", _("no word marked with *word*"))
    for word in STAR.findall(str(params.get("distractors") or "")):
        choices.append(ParsedChoice(text=word.split(":", 1)[0].strip()))
    intro = _html(params.get("taskDescription"))
    text = "\n".join(p for p in (intro, body) if p)
    return ParsedQuestion(
        qtype="drag_words",
        text=text,
        text_format="html",
        title=default_title(_text(text)),
        choices=choices,
        case_sensitive=True,
    )


LIBRARIES = {
    "H5P.MultiChoice": multi_choice,
    "H5P.TrueFalse": true_false,
    "H5P.Blanks": blanks,
    "H5P.DragText": drag_text,
}


def guess_library(params: dict) -> str:
    for key, library in (
        ("answers", "H5P.MultiChoice"),
        ("correct", "H5P.TrueFalse"),
        ("textField", "H5P.DragText"),
    ):
        if key in params:
            return library
    if isinstance(params.get("questions"), list):
        first = params["questions"][0] if params["questions"] else None
        return "H5P.QuestionSet" if isinstance(first, dict) else "H5P.Blanks"
    raise _Problem("$", _("not an H5P question type this importer knows"))


def question_set(params: dict, path: str) -> list[ParsedQuestion]:
    out = []
    for i, item in enumerate(_get(params, "questions", path, list)):
        where = f"{path}.questions[{i}]"
        if not isinstance(item, dict) or not isinstance(item.get("params"), dict):
            raise _Problem(where, _("missing or of the wrong type"))
        library = str(item.get("library", "")).split(" ")[0]
        if library not in LIBRARIES:
            raise _Problem(
                f"{where}.library",
                _("unsupported type %(lib)s") % {"lib": library or "?"},
            )
        out.append(LIBRARIES[library](item["params"], f"{where}.params"))
    return out


# The messages of Python's json module, as a person reads them.
JSON_PROBLEMS = {
    "Expecting value": _lazy("a value is missing"),
    "Expecting ',' delimiter": _lazy("a comma is missing"),
    "Expecting ':' delimiter": _lazy("a colon is missing"),
    "Expecting property name enclosed in double quotes": _lazy(
        "a property name must be in double quotes"
    ),
    "Unterminated string starting at": _lazy("a string has no closing quote"),
    "Invalid control character at": _lazy("a string holds a control character"),
    "Invalid \\escape": _lazy("a backslash escape is not valid"),
    "Invalid \\uXXXX escape": _lazy("a \\u escape is not valid"),
    "Extra data": _lazy("there is more text after the JSON value"),
}


def _json(text: str, name: str | None):
    """The JSON value of a file's text; a FormatError naming the file (a member of
    the package, or the uploaded JSON itself), the line and the problem otherwise."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        problem = next(
            (str(said) for start, said in JSON_PROBLEMS.items()
             if error.msg.startswith(start)),
            _("the JSON is not well formed"),
        )  # fmt: skip
        where = {"line": error.lineno, "column": error.colno, "problem": problem}
        if name is None:
            message = _(
                "Broken JSON file: line %(line)s, column %(column)s: %(problem)s."
            )
        else:
            where["name"] = name
            message = _(
                "Broken H5P file: %(name)s line %(line)s, column %(column)s: "
                "%(problem)s."
            )
        raise FormatError([message % where]) from None


def _decode(data: bytes, name: str | None) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        if name is None:
            message = _("The file is neither an .h5p package nor UTF-8 JSON text.")
        else:
            message = _("Broken H5P file: %(name)s is not UTF-8 text.") % {"name": name}
        raise FormatError([message]) from None


def _load(data: bytes) -> tuple[dict, str | None]:
    if data[:2] != b"PK":
        return _json(_decode(data, None), None), None
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise FormatError(
            [_("Broken H5P file: it cannot be opened as a zip package.")]
        ) from None
    with package:
        names = set(package.namelist())
        if "content/content.json" not in names:
            raise FormatError([_("The .h5p package has no content/content.json.")])
        name = "content/content.json"
        content = _json(_read_capped(package, name, MAX_JSON), name)
        meta = (
            _json(_read_capped(package, "h5p.json", MAX_META), "h5p.json")
            if "h5p.json" in names
            else {}
        )
    return content, meta.get("mainLibrary") if isinstance(meta, dict) else None


def _read_capped(package: zipfile.ZipFile, name: str, limit: int) -> str:
    """A member's text, decompressed no further than `limit` bytes (the sizes in a
    zip's directory are the packer's word, and a small file can inflate to gigabytes).
    """
    with package.open(name) as member:
        data = member.read(limit + 1)
    if len(data) > limit:
        raise FormatError(
            [_("%(name)s is too large (at most %(kb)s KB).")
             % {"name": name, "kb": limit // 1024}]
        )  # fmt: skip
    return _decode(data, name)


def parse(data: bytes) -> list[ParsedQuestion]:
    try:
        params, library = _load(data)
    except (
        zipfile.BadZipFile,
        OSError,
        EOFError,
        zlib.error,
        NotImplementedError,
        RuntimeError,
    ):
        # a member cut short, corrupt, encrypted or compressed in a way zipfile lacks
        raise FormatError(
            [_("Broken H5P file: it cannot be opened as a zip package.")]
        ) from None
    try:
        if not isinstance(params, dict):
            raise _Problem("$", _("missing or of the wrong type"))
        library = library or guess_library(params)
        if library == "H5P.QuestionSet":
            questions = question_set(params, "$")
        elif library in LIBRARIES:
            questions = [LIBRARIES[library](params, "$")]
        else:
            raise _Problem("$", _("unsupported type %(lib)s") % {"lib": library})
    except _Problem as problem:
        raise FormatError([_("JSON path %(problem)s") % {"problem": problem}]) from None
    for i, question in enumerate(questions):
        question.location = f"$.questions[{i}]" if len(questions) > 1 else "$"
    return questions
