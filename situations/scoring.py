"""Scores of runs and reflections: plain values in, plain values out."""

from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal

TENTH = Decimal("0.1")
TEN = Decimal(10)
GOOD_FROM = Decimal(8)
ACCEPTABLE_FROM = Decimal(5)


def score_out_of_ten(points: Mapping[str, int], best_total: int) -> Decimal:
    """A run's score on the 10-point scale.

    10 × (the run's total points, never below 0) / (the best total any path earns),
    rounded half up to 0.1 and capped at 10. A situation whose best path earns no
    points gives 10 to everyone who finishes it.
    """
    if best_total <= 0:
        return TEN.quantize(TENTH)
    earned = max(sum(points.values()), 0)
    value = min(TEN * earned / best_total, TEN)
    return value.quantize(TENTH, rounding=ROUND_HALF_UP)


def rubric_score(
    weights: Mapping[str, int], marks: Mapping[str, Decimal]
) -> Decimal | None:
    """Weighted mean of marks out of 10 (weights in percent); None if any is missing."""
    if not weights or set(marks) != set(weights):
        return None
    weight_sum = sum(weights.values())
    if weight_sum <= 0:
        return None
    value = sum(Decimal(marks[name]) * weights[name] for name in weights) / weight_sum
    return value.quantize(TENTH, rounding=ROUND_HALF_UP)


def bar_widths(points: Mapping[str, int], best: Mapping[str, int]) -> dict[str, int]:
    """Percent width of each competency's bar in the summary chart (0–100)."""
    widths = {}
    for code, value in points.items():
        top = best.get(code, 0)
        widths[code] = 0 if top <= 0 else max(0, min(100, round(100 * value / top)))
    return widths


def verdict(score: Decimal | None) -> str:
    """The verdict a score earns: "good" from 8, "acceptable" from 5, else "poor".

    The summary says this, not the ending's own label, so the words never contradict
    the score (a good ending reached by poor choices scores low).
    """
    if score is None or score < ACCEPTABLE_FROM:
        return "poor"
    return "good" if score >= GOOD_FROM else "acceptable"
