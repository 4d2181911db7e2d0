"""Turn untrusted JSON from a phone into a response ``quizzes.scoring`` can score."""

from django.utils.translation import gettext as _

from quizzes.scoring import TEXT_LIMIT, QuestionSpec, to_decimal, word_count


class BadResponse(ValueError):
    """A response that does not fit its question; the message is for the user."""


def _ids(spec: QuestionSpec) -> set[int]:
    return {c.id for c in spec.choices}


def _choice_id(spec: QuestionSpec, value) -> int:
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise BadResponse(_("This option does not belong to the question."))
    try:
        number = int(value)
    except ValueError:
        raise BadResponse(_("This option does not belong to the question.")) from None
    if number not in _ids(spec):
        raise BadResponse(_("This option does not belong to the question."))
    return number


def _text(value) -> str:
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        raise BadResponse(_("The answer must be text."))
    text = str(value)
    if len(text) > TEXT_LIMIT:
        raise BadResponse(
            _("The answer is too long (at most %(limit)s characters).")
            % {"limit": TEXT_LIMIT}
        )
    return text


def _list(raw: dict, key: str) -> list:
    value = raw.get(key, [])
    if not isinstance(value, list):
        raise BadResponse(_("The answer has the wrong shape."))
    return value


def _dict(raw: dict, key: str) -> dict:
    value = raw.get(key, {})
    if not isinstance(value, dict):
        raise BadResponse(_("The answer has the wrong shape."))
    return value


def _single(spec, raw):
    value = raw.get("choice")
    return {"choice": None if value in (None, "") else _choice_id(spec, value)}


def _multiple(spec, raw):
    return {"choices": sorted({_choice_id(spec, v) for v in _list(raw, "choices")})}


def _gaps(spec, raw):
    known = {str(g) for g in spec.gaps()}
    gaps = _dict(raw, "gaps")
    if set(gaps) - known:
        raise BadResponse(_("This blank does not belong to the question."))
    return {"gaps": {k: _text(v) for k, v in gaps.items()}}


def _ordering(spec, raw):
    order = [_choice_id(spec, v) for v in _list(raw, "order")]
    if len(set(order)) != len(order):
        raise BadResponse(_("Each item can appear only once."))
    return {"order": order}


def _matching(spec, raw):
    lefts = {str(c.id) for c in spec.lefts()}
    rights = {c.match_text for c in spec.choices}
    pairs = _dict(raw, "pairs")
    if set(pairs) - lefts or any(_text(v) not in rights | {""} for v in pairs.values()):
        raise BadResponse(_("This pair does not belong to the question."))
    return {"pairs": {k: v for k, v in pairs.items() if v}}


def _numeric(spec, raw):
    value = raw.get("number")
    if value in (None, ""):
        return {"number": ""}
    if to_decimal(_text(value)) is None:
        raise BadResponse(_("Please enter a number, e.g. 1930 or 3,14."))
    return {"number": str(value).strip()}


def _essay(spec, raw):
    return {"text": _text(raw.get("text", ""))}


PARSERS = {
    "single": _single,
    "true_false": _single,
    "multiple": _multiple,
    "fill_blanks": _gaps,
    "drag_words": _gaps,
    "ordering": _ordering,
    "matching": _matching,
    "numeric": _numeric,
    "essay": _essay,
}


def parse_response(spec: QuestionSpec, raw) -> dict:
    """A clean response for ``spec``, or BadResponse with a Vietnamese message."""
    if not isinstance(raw, dict):
        raise BadResponse(_("The answer has the wrong shape."))
    return PARSERS[spec.qtype](spec, raw)


def is_blank(response: dict | None) -> bool:
    """Whether the trainee has not answered at all."""
    if isinstance(response, dict):
        return all(is_blank(v) for v in response.values())
    if isinstance(response, list):
        return not response
    return response is None or not str(response).strip()


def word_limit_problem(
    response: dict | None, min_words: int | None, max_words: int | None
) -> str:
    """What is wrong with an essay's length ("" when nothing is, or it is blank)."""
    text = (response or {}).get("text") or ""
    count = word_count(text)
    if not count:
        return ""
    if max_words and count > max_words:
        return _(
            "the essay has %(count)s words, at most %(limit)s. Shorten it and "
            "submit again; the essay is kept as it is."
        ) % {"count": count, "limit": max_words}
    if min_words and count < min_words:
        return _(
            "the essay has %(count)s words, at least %(limit)s. Add to it and "
            "submit again; the essay is kept as it is."
        ) % {"count": count, "limit": min_words}
    return ""


def word_limit_note(count: int, min_words: int | None, max_words: int | None) -> str:
    """For the marker: which word limit an essay closed outside of ("" if none)."""
    if count and max_words and count > max_words:
        return _("over the limit: at most %(n)s words") % {"n": max_words}
    if count and min_words and count < min_words:
        return _("under the limit: at least %(n)s words") % {"n": min_words}
    return ""
