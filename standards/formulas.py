"""Pure: the formulas of the computed criteria, over figures already counted.

Each formula takes the figures it names and returns a number; one that cannot give
an honest number (a share of nothing) raises `NotComputable` with the reason, which
the page shows as "không tính được" beside it.
"""

from decimal import ROUND_HALF_UP, Decimal

from django.utils.translation import gettext_lazy as _

ONE_PLACE = Decimal("0.1")


class NotComputable(Exception):
    """The figure cannot be worked out; ``reason`` says why, for the page."""

    def __init__(self, reason):
        super().__init__(str(reason))
        self.reason = reason


def rounded(value) -> Decimal:
    return Decimal(value).quantize(ONE_PLACE, rounding=ROUND_HALF_UP)


def share(part: int, whole: int, *, nothing=None) -> Decimal:
    """``part`` as a percentage of ``whole``, to one decimal place."""
    if part < 0 or whole < 0 or part > whole:
        raise ValueError(f"a share of {part} in {whole}")
    if whole == 0:
        raise NotComputable(nothing or _("there is nothing to count yet"))
    return rounded(Decimal(100) * part / whole)


def count(number: int) -> Decimal:
    if number < 0:
        raise ValueError(f"a negative count: {number}")
    return Decimal(number)


def meets(
    value: Decimal | None, comparison: str, target: Decimal | None
) -> bool | None:
    """Whether the figure satisfies the requirement; None when it is unknown."""
    if value is None or target is None:
        return None
    if comparison == "at_least":
        return value >= target
    if comparison == "at_most":
        return value <= target
    return None
