"""Eligibility and classification: pure rules on plain values (no ORM).

The rule, as shown to trainees: attend at least the minimum share of the periods,
hand in and pass every graded piece (each at least the pass score), and reach the
pass score on the final score, which is the weighted mean of the graded pieces
rounded half up to the policy's step. The final score decides the classification.
"""

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

EXCELLENT, VERY_GOOD, GOOD, AVERAGE, FAIL = (
    "excellent",
    "very_good",
    "good",
    "average",
    "fail",
)


@dataclass(frozen=True)
class Policy:
    min_attendance_percent: int = 80
    pass_score: Decimal = Decimal("5.00")
    excellent_from: Decimal = Decimal("9.00")
    very_good_from: Decimal = Decimal("8.00")
    good_from: Decimal = Decimal("6.50")
    rounding: Decimal = Decimal("0.10")


@dataclass(frozen=True)
class Item:
    """One graded piece: its label, score out of 10 (None: not graded) and weight."""

    label: str
    score: Decimal | None
    weight: int = 1


@dataclass(frozen=True)
class Outcome:
    final_score: Decimal | None
    classification: str
    eligible: bool
    attendance_percent: Decimal | None
    short_periods: int = 0
    missing: list[str] = field(default_factory=list)
    below_pass: list[str] = field(default_factory=list)
    final_below_pass: bool = False


def round_score(score: Decimal, step: Decimal) -> Decimal:
    """Round half up to a multiple of `step` (0.1, 0.25, 0.5…)."""
    units = (Decimal(score) / step).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return (units * step).quantize(Decimal("0.01"))


def attendance_percent(attended: int, total: int) -> Decimal | None:
    if total <= 0:
        return None
    return (Decimal(attended) * 100 / total).quantize(Decimal("0.1"))


def periods_short(attended: int, total: int, min_percent: int) -> int:
    """How many more periods the trainee needs to reach the minimum (exactly)."""
    needed = -(-total * min_percent // 100)  # ceiling, in integers
    return max(0, needed - attended)


def absences_allowed(total: int, min_percent: int) -> int:
    """Periods a trainee may miss and still reach the minimum."""
    return total - -(-total * min_percent // 100)


def too_many_absences(missed: int, total: int, min_percent: int) -> bool:
    """Missed more periods than the minimum allows: the minimum is out of reach.

    The one threshold behind both the pages' warning and the absence notices.
    Excused absences count as missed; periods not yet held do not.
    """
    return missed > absences_allowed(total, min_percent)


def classify(score: Decimal | None, policy: Policy) -> str:
    if score is None or score < policy.pass_score:
        return FAIL
    if score >= policy.excellent_from:
        return EXCELLENT
    if score >= policy.very_good_from:
        return VERY_GOOD
    if score >= policy.good_from:
        return GOOD
    return AVERAGE


def final_score(items: list[Item], step: Decimal) -> Decimal | None:
    graded = [item for item in items if item.score is not None]
    weights = sum(item.weight for item in graded)
    if not graded or weights == 0:
        return None
    total = sum(Decimal(item.score) * item.weight for item in graded)
    return round_score(total / weights, step)


def evaluate(
    policy: Policy, *, attended: int, total_periods: int, items: list[Item]
) -> Outcome:
    """The trainee's final score, classification and what stands in the way."""
    score = final_score(items, policy.rounding)
    short = periods_short(attended, total_periods, policy.min_attendance_percent)
    missing = [item.label for item in items if item.score is None]
    below = [
        item.label
        for item in items
        if item.score is not None and item.score < policy.pass_score
    ]
    final_below = score is not None and score < policy.pass_score
    eligible = bool(items) and not (short or missing or below or final_below)
    return Outcome(
        final_score=score,
        classification=classify(score, policy) if eligible else FAIL,
        eligible=eligible,
        attendance_percent=attendance_percent(attended, total_periods),
        short_periods=short,
        missing=missing,
        below_pass=below,
        final_below_pass=final_below,
    )


def parse_rubric(text: str) -> list[tuple[str, Decimal]]:
    """ "Nội dung | 6" per line -> [("Nội dung", Decimal("6"))]; raises ValueError."""
    criteria = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        label, sep, points = line.rpartition("|")
        try:
            value = Decimal(points.strip().replace(",", "."))
        except ArithmeticError:
            value = None
        if not sep or not label.strip() or value is None or value <= 0:
            raise ValueError(number)
        criteria.append((label.strip(), value))
    return criteria
