"""Teaching load, pure: periods taught per lecturer per month, against the norm.

A session counts as taught when it was held: its day has come and its roll call
shows someone there (present or late). A past session nobody recorded is counted
apart, as "not confirmed", so the centre sees what is missing instead of a load
that quietly includes sessions that may not have taken place; sessions still to
come are the plan.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class SessionFigure:
    """One timetabled session as the load needs it."""

    lecturer: object
    day: date
    periods: int
    attended: bool  # someone was marked present or late


@dataclass
class Load:
    """One lecturer's year: periods held by month (1-12), and the rest."""

    lecturer: object
    months: dict[int, int] = field(
        default_factory=lambda: dict.fromkeys(range(1, 13), 0)
    )
    sessions: int = 0
    unconfirmed: int = 0  # periods of past sessions without a roll call
    planned: int = 0  # periods of sessions still to come
    norm: int | None = None  # for full-time lecturers

    @property
    def total(self) -> int:
        return sum(self.months.values())

    @property
    def percent_of_norm(self) -> int | None:
        if not self.norm:
            return None
        return round(100 * self.total / self.norm)

    @property
    def below_norm(self) -> bool:
        return self.norm is not None and self.total < self.norm


def held(figure: SessionFigure, today: date) -> bool:
    return figure.day <= today and figure.attended


def loads(
    figures: Iterable[SessionFigure],
    today: date,
    lecturers: Iterable = (),
    norms: dict | None = None,
) -> dict[object, Load]:
    """{lecturer: Load} for every lecturer given (with zeros when they taught
    nothing) and every lecturer in the figures; `norms` gives the yearly norm of
    the full-time ones."""
    norms = norms or {}
    result = {lecturer: Load(lecturer) for lecturer in lecturers}
    for figure in figures:
        load = result.setdefault(figure.lecturer, Load(figure.lecturer))
        if held(figure, today):
            load.months[figure.day.month] += figure.periods
            load.sessions += 1
        elif figure.day <= today:
            load.unconfirmed += figure.periods
        else:
            load.planned += figure.periods
    for lecturer, load in result.items():
        load.norm = norms.get(lecturer)
    return result


def month_totals(rows: Iterable[Load]) -> dict[int, int]:
    totals = dict.fromkeys(range(1, 13), 0)
    for load in rows:
        for month, periods in load.months.items():
            totals[month] += periods
    return totals
