"""The lecturer standard, pure: what a lecturer lacks, which modules no qualified
lecturer may teach. No database here: `lecturers.services` reads the rows and
passes plain values, so the rule is tested and reused (the centre standards'
self-assessment computes its lecturer criteria from it) without fixtures.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

# Political theory: the bachelor of political science ranks with cao cấp.
THEORY_RANK = {"elementary": 1, "intermediate": 2, "advanced": 3, "bachelor": 3}
DEGREE_RANK = {"college": 1, "bachelor": 2, "master": 3, "doctor": 4}

THEORY, DEGREE, PEDAGOGY = "theory", "degree", "pedagogy"


@dataclass(frozen=True)
class Requirements:
    """What a province asks in a year (LecturerStandard, or the defaults)."""

    norm_periods: int = 280
    full_time_theory: str = "advanced"
    part_time_theory: str = "intermediate"
    degree: str = "bachelor"
    pedagogy_full_time: bool = True
    pedagogy_part_time: bool = True
    basis: str = ""
    configured: bool = False


DEFAULT_REQUIREMENTS = Requirements()


@dataclass(frozen=True)
class Held:
    """One qualification as the check needs it."""

    kind: str
    level: str = ""
    issued_on: date | None = None


@dataclass(frozen=True)
class Gap:
    """A qualification the standard asks for and the lecturer does not hold:
    `required` the lowest level that counts ("" for a certificate), `best` the
    highest they hold of that kind ("" for none)."""

    kind: str
    required: str = ""
    best: str = ""


def _best(held: Iterable[Held], kind: str, rank: dict[str, int]) -> str:
    levels = [h.level for h in held if h.kind == kind and h.level in rank]
    return max(levels, key=lambda level: rank[level], default="")


def gaps(
    full_time: bool, held: Iterable[Held], requirements: Requirements, on: date
) -> list[Gap]:
    """What the lecturer lacks on the day (a qualification issued later does not
    count yet), in the order theory, degree, pedagogy."""
    held = [h for h in held if h.issued_on is None or h.issued_on <= on]
    missing = []
    theory = (
        requirements.full_time_theory if full_time else requirements.part_time_theory
    )
    best = _best(held, THEORY, THEORY_RANK)
    if THEORY_RANK.get(best, 0) < THEORY_RANK[theory]:
        missing.append(Gap(THEORY, theory, best))
    best = _best(held, DEGREE, DEGREE_RANK)
    if DEGREE_RANK.get(best, 0) < DEGREE_RANK[requirements.degree]:
        missing.append(Gap(DEGREE, requirements.degree, best))
    pedagogy = (
        requirements.pedagogy_full_time
        if full_time
        else requirements.pedagogy_part_time
    )
    if pedagogy and not any(h.kind == PEDAGOGY for h in held):
        missing.append(Gap(PEDAGOGY))
    return missing


@dataclass
class ModuleCover:
    """A module and who may teach it: `qualified` lecturers meet the standard,
    `unqualified` are permitted but lack something."""

    module_id: int
    qualified: list = field(default_factory=list)
    unqualified: list = field(default_factory=list)

    @property
    def covered(self) -> bool:
        return bool(self.qualified)


def module_cover(
    module_ids: Iterable[int],
    permits: Iterable[tuple[int, object]],
    lacking: dict[object, list[Gap]],
) -> dict[int, ModuleCover]:
    """{module id: its cover} from (module id, lecturer) permits valid on the day
    and each lecturer's gaps (a lecturer missing from `lacking` lacks nothing)."""
    cover = {module_id: ModuleCover(module_id) for module_id in module_ids}
    for module_id, lecturer in permits:
        if module_id not in cover:
            continue
        side = "unqualified" if lacking.get(lecturer) else "qualified"
        getattr(cover[module_id], side).append(lecturer)
    return cover
