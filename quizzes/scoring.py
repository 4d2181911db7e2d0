"""Scoring of every question type, on plain values (no ORM), so hypothesis can test it.

Responses, by question type (``parse_response`` builds them from untrusted JSON):

- single, true_false: ``{"choice": <choice id>}``
- multiple: ``{"choices": [<choice id>, ...]}``
- fill_blanks, drag_words: ``{"gaps": {"1": "text", "2": "text"}}``
- ordering: ``{"order": [<choice id>, ...]}``
- matching: ``{"pairs": {"<left choice id>": "<right text>"}}``
- numeric: ``{"number": "3.14"}`` (a comma works as the decimal mark)
- essay: ``{"text": "..."}``

``score`` returns the credit earned as a Decimal (1 is full marks) or None for an essay,
which a lecturer marks.
"""

import unicodedata
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

ZERO, ONE = Decimal(0), Decimal(1)
TEXT_LIMIT = 20_000


@dataclass(frozen=True)
class ChoiceSpec:
    id: int
    text: str = ""
    fraction: Decimal = ZERO
    order: int = 0
    gap: int | None = None
    match_text: str = ""
    number: Decimal | None = None
    tolerance: Decimal = ZERO


@dataclass(frozen=True)
class QuestionSpec:
    qtype: str
    choices: tuple[ChoiceSpec, ...] = ()
    case_sensitive: bool = False
    ignore_diacritics: bool = False
    negative_marks: bool = False

    def gaps(self) -> list[int]:
        return sorted({c.gap for c in self.choices if c.gap is not None})

    def lefts(self) -> list[ChoiceSpec]:
        return [c for c in self.choices if c.text]


def _clamp(value: Decimal, low: Decimal = ZERO) -> Decimal:
    return max(low, min(ONE, value))


def strip_diacritics(text: str) -> str:
    """ "Đảng viên" -> "Dang vien" (keeps case)."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def normalise_text(text: str, *, case_sensitive: bool, ignore_diacritics: bool) -> str:
    """Outer and repeated spaces never matter; case and marks as the author says."""
    text = " ".join(unicodedata.normalize("NFC", str(text)).split())
    if ignore_diacritics:
        text = strip_diacritics(text)
    return text if case_sensitive else text.casefold()


def _best_text_match(spec: QuestionSpec, gap: int, given: str) -> Decimal:
    def norm(value):
        return normalise_text(
            value,
            case_sensitive=spec.case_sensitive,
            ignore_diacritics=spec.ignore_diacritics,
        )

    wanted = norm(given)
    if not wanted:
        return ZERO
    fractions = [
        c.fraction for c in spec.choices if c.gap == gap and norm(c.text) == wanted
    ]
    return max(fractions, default=ZERO)


def _score_gaps(spec: QuestionSpec, response: dict) -> Decimal:
    gaps = spec.gaps()
    if not gaps:
        return ZERO
    given = response.get("gaps", {})
    total = sum(_best_text_match(spec, g, given.get(str(g), "")) for g in gaps)
    return _clamp(total / len(gaps))


def _score_multiple(spec: QuestionSpec, response: dict) -> Decimal:
    picked = set(response.get("choices", []))
    total = sum((c.fraction for c in spec.choices if c.id in picked), ZERO)
    # Thirds stored as 0.33333 must still add up to full marks (as in Moodle).
    total = total.quantize(Decimal("0.0001"), ROUND_HALF_UP)
    return _clamp(total, -ONE if spec.negative_marks else ZERO)


def _score_single(spec: QuestionSpec, response: dict) -> Decimal:
    picked = response.get("choice")
    return next((_clamp(c.fraction) for c in spec.choices if c.id == picked), ZERO)


def _score_ordering(spec: QuestionSpec, response: dict) -> Decimal:
    """Credit for each item in its right place (absolute position, as in H5P)."""
    right = [c.id for c in sorted(spec.choices, key=lambda c: (c.order, c.id))]
    given = list(response.get("order", []))
    if not right:
        return ZERO
    hits = sum(1 for a, b in zip(right, given, strict=False) if a == b)
    return Decimal(hits) / len(right)


def _score_matching(spec: QuestionSpec, response: dict) -> Decimal:
    lefts = spec.lefts()
    if not lefts:
        return ZERO
    pairs = response.get("pairs", {})
    hits = sum(1 for c in lefts if pairs.get(str(c.id)) == c.match_text)
    return Decimal(hits) / len(lefts)


def _score_numeric(spec: QuestionSpec, response: dict) -> Decimal:
    value = to_decimal(response.get("number"))
    if value is None:
        return ZERO
    for c in spec.choices:
        if c.number is not None and abs(value - c.number) <= c.tolerance:
            return _clamp(c.fraction)
    return ZERO


SCORERS = {
    "single": _score_single,
    "true_false": _score_single,
    "multiple": _score_multiple,
    "fill_blanks": _score_gaps,
    "drag_words": _score_gaps,
    "ordering": _score_ordering,
    "matching": _score_matching,
    "numeric": _score_numeric,
}


def score(spec: QuestionSpec, response: dict | None) -> Decimal | None:
    """The credit a response earns (-1..1, usually 0..1); None for an essay."""
    if spec.qtype == "essay":
        return None
    return SCORERS[spec.qtype](spec, response or {})


def mark(fraction: Decimal | None, max_mark: Decimal) -> Decimal | None:
    if fraction is None:
        return None
    return (fraction * max_mark).quantize(Decimal("0.001"), ROUND_HALF_UP)


def grade_out_of_ten(total: Decimal, maximum: Decimal) -> Decimal:
    """The quiz grade on the 10-point scale, never below 0, to two decimals."""
    if maximum <= 0:
        return ZERO.quantize(Decimal("0.01"))
    grade = max(ZERO, total) * 10 / maximum
    return min(Decimal(10), grade).quantize(Decimal("0.01"), ROUND_HALF_UP)


def to_decimal(value) -> Decimal | None:
    if value is None or isinstance(value, bool):
        return None
    text = str(value).strip().replace(" ", "").replace(",", ".")
    try:
        number = Decimal(text)
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def word_count(text: str) -> int:
    return len(str(text or "").split())


def right_response(spec: QuestionSpec) -> dict | None:
    """A response earning full credit (for "Xem đáp án"); None for an essay."""
    best = max((c.fraction for c in spec.choices), default=ZERO)
    if spec.qtype in ("single", "true_false"):
        return {"choice": next(c.id for c in spec.choices if c.fraction == best)}
    if spec.qtype == "multiple":
        return {"choices": [c.id for c in spec.choices if c.fraction > 0]}
    if spec.qtype in ("fill_blanks", "drag_words"):
        return {"gaps": {str(g): _best_for_gap(spec, g) for g in spec.gaps()}}
    if spec.qtype == "ordering":
        return {"order": [c.id for c in sorted(spec.choices, key=lambda c: c.order)]}
    if spec.qtype == "matching":
        return {"pairs": {str(c.id): c.match_text for c in spec.lefts()}}
    if spec.qtype == "numeric":
        return {
            "number": str(next(c.number for c in spec.choices if c.fraction == best))
        }
    return None


def _best_for_gap(spec: QuestionSpec, gap: int) -> str:
    options = [c for c in spec.choices if c.gap == gap]
    return max(options, key=lambda c: c.fraction).text
