"""The period a report covers, read from the query string (pure: no database).

A report covers a month, a quarter, a year or a custom range of dates (both ends
included). Years run from 2000 to next year. A custom range is at most five years
(a party congress term): a longer one is cut to five years from its first day and
the page says so. Anything not understood falls back to the current year with a
message naming what was wrong; nothing is lost, the form shows what was asked.
"""

import datetime
import re
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

FIRST_YEAR = 2000
MAX_YEARS = 5
KINDS = ("month", "quarter", "year", "range")
DAY_FIRST = re.compile(r"(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4})")
YEAR_FIRST = re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})")
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


@dataclass(frozen=True)
class Period:
    kind: str
    start: datetime.date
    end: datetime.date  # included
    messages: tuple[str, ...] = field(default=(), compare=False)

    @property
    def year(self) -> int:
        return self.start.year

    @property
    def month(self) -> int:
        return self.start.month

    @property
    def quarter(self) -> int:
        return (self.start.month - 1) // 3 + 1

    @property
    def label(self) -> str:
        if self.kind == "month":
            return _("Month %(month)02d/%(year)d") % {
                "month": self.month,
                "year": self.year,
            }
        if self.kind == "quarter":
            return _("Quarter %(quarter)s/%(year)d") % {
                "quarter": ROMAN[self.quarter],
                "year": self.year,
            }
        if self.kind == "year":
            return _("Year %(year)d") % {"year": self.year}
        return _("From %(start)s to %(end)s") % {
            "start": f"{self.start:%d/%m/%Y}",
            "end": f"{self.end:%d/%m/%Y}",
        }

    def query(self) -> str:
        """The query string that asks for this period again (drill-down links)."""
        if self.kind == "month":
            return f"period=month&year={self.year}&month={self.month}"
        if self.kind == "quarter":
            return f"period=quarter&year={self.year}&quarter={self.quarter}"
        if self.kind == "year":
            return f"period=year&year={self.year}"
        return f"period=range&from={self.start:%d/%m/%Y}&to={self.end:%d/%m/%Y}"


def year_period(year: int, messages=()) -> Period:
    return Period(
        "year", datetime.date(year, 1, 1), datetime.date(year, 12, 31), messages
    )


def month_end(year: int, month: int) -> datetime.date:
    following = datetime.date(year + month // 12, month % 12 + 1, 1)
    return following - datetime.timedelta(days=1)


def parse_date(text: str) -> datetime.date | None:
    """dd/mm/yyyy as people write it, or yyyy-mm-dd as a date field sends it."""
    text = (text or "").strip()
    match = DAY_FIRST.fullmatch(text) or YEAR_FIRST.fullmatch(text)
    if not match:
        return None
    try:
        day = datetime.date(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError:
        return None
    return day if day.year >= FIRST_YEAR else None


def _number(text, low: int, high: int) -> int | None:
    text = (text or "").strip()
    if not text.isdigit() or len(text) > 4:
        return None
    value = int(text)
    return value if low <= value <= high else None


def add_years(day: datetime.date, years: int) -> datetime.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def parse_period(params, today: datetime.date) -> Period:
    """The period asked for by ``params`` (a QueryDict or dict of strings)."""
    kind = params.get("period") or "year"
    if kind not in KINDS:
        return year_period(
            today.year, (_("Unknown period: the current year is shown."),)
        )
    if kind == "range":
        return _range(params, today)
    year = _number(params.get("year") or str(today.year), FIRST_YEAR, today.year + 1)
    if year is None:
        return year_period(
            today.year,
            (
                _("The year must be between %(first)d and %(last)d.")
                % {"first": FIRST_YEAR, "last": today.year + 1},
            ),
        )
    if kind == "year":
        return year_period(year)
    if kind == "month":
        month = _number(params.get("month"), 1, 12)
        if month is None:
            return year_period(year, (_("Choose a month from 1 to 12."),))
        return Period("month", datetime.date(year, month, 1), month_end(year, month))
    quarter = _number(params.get("quarter"), 1, 4)
    if quarter is None:
        return year_period(year, (_("Choose a quarter from I to IV."),))
    first = 3 * quarter - 2
    return Period("quarter", datetime.date(year, first, 1), month_end(year, first + 2))


def _range(params, today: datetime.date) -> Period:
    start, end = parse_date(params.get("from")), parse_date(params.get("to"))
    if start is None or end is None:
        return year_period(
            today.year,
            (_("Write both dates as dd/mm/yyyy (from 2000 on)."),),
        )
    if end < start:
        return year_period(today.year, (_("The end date is before the start date."),))
    longest = add_years(start, MAX_YEARS) - datetime.timedelta(days=1)
    if end > longest:
        message = _(
            "A report covers at most %(years)d years: it runs from %(start)s to "
            "%(end)s."
        ) % {
            "years": MAX_YEARS,
            "start": f"{start:%d/%m/%Y}",
            "end": f"{longest:%d/%m/%Y}",
        }
        return Period("range", start, longest, (message,))
    return Period("range", start, end)
