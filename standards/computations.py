"""The registry of named computations a criterion can be worked out by.

A computation names the figures it needs (`figures.FIGURES`, counted from the
platform's data) and a pure formula over them (`formulas.py`). `evaluate` never
raises: a computation that is unknown, whose figures cannot be read or whose
formula fails gives an `Outcome` without a value and with the reason, which the
pages show as "không tính được".
"""

import logging
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from standards import figures as figure_functions
from standards.formulas import NotComputable, count, rounded, share

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Computation:
    name: str
    label: str
    unit: str  # what the number counts: "%", "lớp"…
    needs: tuple[str, ...]  # figure names, in the order the formula takes them
    formula: Callable[..., Decimal]


@dataclass
class Outcome:
    value: Decimal | None
    error: str = ""
    unit: str = ""
    figures: dict = field(default_factory=dict)

    @property
    def computed(self) -> bool:
        return self.value is not None


REGISTRY: dict[str, Computation] = {}


def register(computation: Computation) -> Computation:
    REGISTRY[computation.name] = computation
    return computation


@contextmanager
def registered(computation: Computation):
    """Register a computation for a while (a province's trial formula, a test)."""
    before = REGISTRY.get(computation.name)
    register(computation)
    try:
        yield computation
    finally:
        if before is None:
            REGISTRY.pop(computation.name, None)
        else:
            REGISTRY[computation.name] = before


def choices() -> list[tuple[str, str]]:
    return [(c.name, f"{c.label} ({c.unit})") for c in REGISTRY.values()]


def label_of(name: str) -> str:
    computation = REGISTRY.get(name)
    return str(computation.label) if computation else name


class Figures:
    """The figures of one unit and year, each counted once however many
    criteria ask for it."""

    def __init__(self, unit, year: int, today=None):
        self.unit = unit
        self.year = year
        self.today = today or timezone.localdate()
        self._known: dict[str, object] = {}

    def get(self, name: str):
        if name not in self._known:
            function = figure_functions.FIGURES[name]
            # A savepoint: a failed query leaves the request's transaction usable.
            with transaction.atomic():
                self._known[name] = function(self.unit, self.year, self.today)
        return self._known[name]


def evaluate(name: str, figures: Figures) -> Outcome:
    computation = REGISTRY.get(name)
    if computation is None:
        return Outcome(
            None, _("the computation “%(name)s” does not exist") % {"name": name}
        )
    try:
        values = [figures.get(need) for need in computation.needs]
        value = rounded(computation.formula(*values))
    except NotComputable as reason:
        return Outcome(None, str(reason.reason), computation.unit)
    except Exception:
        logger.exception(
            "computation %s failed for %s, %s", name, figures.unit, figures.year
        )
        return Outcome(None, _("its formula failed"), computation.unit)
    return Outcome(
        value, "", computation.unit, dict(zip(computation.needs, values, strict=True))
    )


# The platform's computations.

register(
    Computation(
        "full_time_lecturers",
        _("Full-time lecturers on the roster"),
        pgettext_lazy("counted", "people"),
        ("lecturers",),
        lambda lecturers: count(lecturers["full_time"]),
    )
)
register(
    Computation(
        "qualified_lecturers_share",
        _("Share of lecturers who hold the qualifications the standard asks for"),
        "%",
        ("lecturers",),
        lambda c: share(
            c["full_time_ok"] + c["part_time_ok"],
            c["full_time"] + c["part_time"],
            nothing=_("no lecturer on the roster"),
        ),
    )
)
register(
    Computation(
        "qualified_full_time_share",
        _("Share of full-time lecturers who hold the qualifications asked for"),
        "%",
        ("lecturers",),
        lambda c: share(
            c["full_time_ok"], c["full_time"], nothing=_("no full-time lecturer")
        ),
    )
)
register(
    Computation(
        "modules_without_qualified_lecturer",
        _("Modules taught in the year that no qualified lecturer may teach"),
        pgettext_lazy("counted", "modules"),
        ("uncovered_modules",),
        count,
    )
)
register(
    Computation(
        "full_time_at_norm_share",
        _("Share of full-time lecturers who taught their yearly norm"),
        "%",
        ("load",),
        lambda load: share(
            load["at_norm"], load["full_time"], nothing=_("no full-time lecturer")
        ),
    )
)
register(
    Computation(
        "part_time_lecturers_teaching",
        _("Part-time lecturers who taught in the year"),
        pgettext_lazy("counted", "people"),
        ("load",),
        lambda load: count(load["part_time_taught"]),
    )
)
register(
    Computation(
        "classes_opened",
        _("Classes opened in the year"),
        pgettext_lazy("counted", "classes"),
        ("classes",),
        count,
    )
)
register(
    Computation(
        "programmes_run",
        _("Programmes run in the year"),
        pgettext_lazy("counted", "programmes"),
        ("programmes",),
        count,
    )
)
register(
    Computation(
        "trainees",
        _("Trainees of the year's classes"),
        pgettext_lazy("counted", "people"),
        ("trainees",),
        count,
    )
)
register(
    Computation(
        "sessions_with_it_share",
        _("Share of sessions held with IT (live session, online quiz, online class)"),
        "%",
        ("sessions",),
        lambda s: share(s["with_it"], s["held"], nothing=_("no session held yet")),
    )
)
register(
    Computation(
        "attendance_rate",
        _("Attendance rate (periods attended of those recorded)"),
        "%",
        ("attendance",),
        lambda a: share(a["attended"], a["recorded"], nothing=_("no roll call yet")),
    )
)
register(
    Computation(
        "pass_rate",
        _("Share of trainees of finished classes who completed the programme"),
        "%",
        ("passes",),
        lambda p: share(
            p["eligible"], p["assessed"], nothing=_("no class finished in the year yet")
        ),
    )
)
register(
    Computation(
        "credentials_issued",
        _("Certificates issued for the year"),
        pgettext_lazy("counted", "certificates"),
        ("credentials",),
        count,
    )
)
