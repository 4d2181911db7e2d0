"""The figures a province reports upward, worked out from plain facts (no database).

`records/report_queries.py` reads the facts of a period; these functions add them
up, so the screen, the XLSX and the tests share one arithmetic:

- classes opened: those starting in the period; finished: those ending in it
  (and before today);
- trainees: the enrolments of the classes opened in the period;
- completion rate: trainees who stayed to the end (not withdrawn) over those
  enrolled, in the classes finished in the period; pass rate: trainees eligible
  for a credential over those who stayed to the end, in the same classes;
- classification bands: those who stayed to the end, by band; "not eligible"
  for the others (the gradebook's own words);
- credentials of the register issued in the period, by their status today: in
  force, revoked, replaced (the three add up to the entries of the period);
- attendance rate: periods present or late over the periods recorded, at the
  sessions held in the period (no session after today counts);
- lecturers' teaching periods: the periods of the sessions held in the period,
  per lecturer of the timetable.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from programmes.assessment import AVERAGE, EXCELLENT, FAIL, GOOD, VERY_GOOD

BANDS = (EXCELLENT, VERY_GOOD, GOOD, AVERAGE, FAIL)


def rate(part: int, whole: int) -> float | None:
    """A percentage to one decimal, or None when there is nothing to divide by."""
    return round(100 * part / whole, 1) if whole else None


@dataclass(frozen=True)
class ClassFacts:
    """One class as the report needs it."""

    pk: int
    unit_id: int
    code: str
    programme: str
    starts_on: datetime.date
    ends_on: datetime.date
    enrolled: int
    withdrawn: int
    # The band of each trainee who stayed (FAIL: not eligible); only once finished.
    bands: tuple[str, ...] = ()

    def opened_in(self, start, end) -> bool:
        return start <= self.starts_on <= end

    def finished_in(self, start, end, today) -> bool:
        return start <= self.ends_on <= end and self.ends_on < today


@dataclass(frozen=True)
class CredentialCounts:
    issued: int = 0  # in force
    revoked: int = 0
    replaced: int = 0

    def __add__(self, other):
        return CredentialCounts(
            self.issued + other.issued,
            self.revoked + other.revoked,
            self.replaced + other.replaced,
        )


@dataclass(frozen=True)
class Figures:
    classes_opened: int = 0
    classes_finished: int = 0
    trainees: int = 0
    finishing: int = 0  # enrolled in the finished classes
    completed: int = 0  # of them, stayed to the end
    passed: int = 0  # of them, eligible
    bands: dict = field(default_factory=dict)
    attended_periods: int = 0
    recorded_periods: int = 0
    credentials: CredentialCounts = CredentialCounts()

    @property
    def completion_rate(self) -> float | None:
        return rate(self.completed, self.finishing)

    @property
    def pass_rate(self) -> float | None:
        return rate(self.passed, self.completed)

    @property
    def attendance_rate(self) -> float | None:
        return rate(self.attended_periods, self.recorded_periods)


def figures(
    classes: list[ClassFacts],
    *,
    start: datetime.date,
    end: datetime.date,
    today: datetime.date,
    attendance: tuple[int, int] = (0, 0),
    credentials: CredentialCounts = CredentialCounts(),
) -> Figures:
    """The figures of the classes given over the period [start, end]."""
    opened = [c for c in classes if c.opened_in(start, end)]
    finished = [c for c in classes if c.finished_in(start, end, today)]
    bands = dict.fromkeys(BANDS, 0)
    for facts in finished:
        for band in facts.bands:
            bands[band] += 1
    return Figures(
        classes_opened=len(opened),
        classes_finished=len(finished),
        trainees=sum(c.enrolled for c in opened),
        finishing=sum(c.enrolled for c in finished),
        completed=sum(c.enrolled - c.withdrawn for c in finished),
        passed=sum(n for band, n in bands.items() if band != FAIL),
        bands=bands,
        attended_periods=attendance[0],
        recorded_periods=attendance[1],
        credentials=credentials,
    )


def by_unit(classes: list[ClassFacts]) -> dict[int, list[ClassFacts]]:
    grouped = defaultdict(list)
    for facts in classes:
        grouped[facts.unit_id].append(facts)
    return grouped


@dataclass(frozen=True)
class ProgrammeRow:
    programme: str
    classes_opened: int
    trainees: int
    classes_finished: int
    completed: int
    passed: int

    @property
    def pass_rate(self) -> float | None:
        return rate(self.passed, self.completed)


def by_programme(classes: list[ClassFacts], *, start, end, today) -> list[ProgrammeRow]:
    """A row per programme with a class opened or finished in the period."""
    rows = []
    names = sorted({c.programme for c in classes})
    for name in names:
        mine = [c for c in classes if c.programme == name]
        part = figures(mine, start=start, end=end, today=today)
        if not (part.classes_opened or part.classes_finished):
            continue
        rows.append(
            ProgrammeRow(
                name,
                part.classes_opened,
                part.trainees,
                part.classes_finished,
                part.completed,
                part.passed,
            )
        )
    return rows
