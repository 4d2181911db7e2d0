"""Reading the lecturers' data for a centre or a province: the standard in force,
each lecturer's gaps, the modules without a qualified lecturer, the teaching load.

These are what other apps call (the centre standards' self-assessment computes its
lecturer criteria from `qualification_gaps`, `uncovered_modules` and
`teaching_load`); the rules themselves are pure, in `standard.py` and `load.py`.
"""

import datetime
from dataclasses import dataclass

from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from classes.models import Attendance, ClassSession, TrainingClass
from classes.policy import ATTENDED
from lecturers import load as load_rules
from lecturers import standard
from lecturers.models import (
    DegreeLevel,
    LecturerProfile,
    LecturerStandard,
    TeachingPermit,
    TheoryLevel,
)
from programmes.models import ProgrammeModule
from units.models import TrainingUnit
from units.models.units import valid_on
from units.roles import Employment


def requirements_for(province_id: int, year: int) -> standard.Requirements:
    """The province's standard for the year: its row for the year or the latest
    earlier one; the defaults when it has set none."""
    row = (
        LecturerStandard.objects.filter(province_id=province_id, year__lte=year)
        .order_by("-year")
        .first()
    )
    if row is None:
        return standard.DEFAULT_REQUIREMENTS
    return standard.Requirements(
        norm_periods=row.norm_periods,
        full_time_theory=row.full_time_theory,
        part_time_theory=row.part_time_theory,
        degree=row.degree,
        pedagogy_full_time=row.pedagogy_full_time,
        pedagogy_part_time=row.pedagogy_part_time,
        basis=row.basis,
        configured=True,
    )


def _held(profile) -> list[standard.Held]:
    return [
        standard.Held(q.kind, q.theory_level or q.degree_level, q.issued_on)
        for q in profile.qualifications.all()
    ]


def roster(unit: TrainingUnit, on: datetime.date | None = None):
    """The unit's lecturers on the roster on the day, with what the page shows."""
    day = on or timezone.localdate()
    return (
        LecturerProfile.objects.filter(training_unit=unit)
        .filter(valid_on(day))
        .select_related("user", "workplace", "training_unit")
        .prefetch_related("qualifications", "permits__module__version__programme")
    )


def describe(gap: standard.Gap) -> str:
    """What the lecturer lacks, in words."""
    if gap.kind == standard.PEDAGOGY:
        return _("No pedagogy certificate")
    levels = TheoryLevel if gap.kind == standard.THEORY else DegreeLevel
    what = {
        "required": levels(gap.required).label,
        "best": levels(gap.best).label if gap.best else "",
    }
    if gap.kind == standard.THEORY:
        if gap.best:
            return _("Political theory: needs %(required)s, holds %(best)s") % what
        return _("Political theory: needs %(required)s, holds none") % what
    if gap.best:
        return _("Professional degree: needs %(required)s, holds %(best)s") % what
    return _("Professional degree: needs %(required)s, holds none") % what


def requirement_lines(requirements: standard.Requirements) -> list[str]:
    """The standard in words, as the pages show it."""
    lines = [
        _("Full-time lecturers: political theory %(theory)s or higher")
        % {"theory": TheoryLevel(requirements.full_time_theory).label},
        _("Part-time lecturers: political theory %(theory)s or higher")
        % {"theory": TheoryLevel(requirements.part_time_theory).label},
        _("Professional degree: %(degree)s or higher")
        % {"degree": DegreeLevel(requirements.degree).label},
    ]
    if requirements.pedagogy_full_time and requirements.pedagogy_part_time:
        lines.append(_("A pedagogy certificate for every lecturer"))
    elif requirements.pedagogy_full_time:
        lines.append(_("A pedagogy certificate for full-time lecturers"))
    elif requirements.pedagogy_part_time:
        lines.append(_("A pedagogy certificate for part-time lecturers"))
    lines.append(
        _("Teaching norm of a full-time lecturer: %(periods)s periods a year")
        % {"periods": requirements.norm_periods}
    )
    return lines


@dataclass
class ProfileCheck:
    profile: LecturerProfile
    gaps: list[standard.Gap]

    @property
    def meets_standard(self) -> bool:
        return not self.gaps

    @property
    def gap_texts(self) -> list[str]:
        return [describe(gap) for gap in self.gaps]


def qualification_gaps(
    unit: TrainingUnit, on: datetime.date | None = None
) -> list[ProfileCheck]:
    """Each lecturer on the unit's roster on the day and what they lack against
    the province's standard of that year (an empty list: up to standard)."""
    day = on or timezone.localdate()
    requirements = requirements_for(unit.province_id, day.year)
    return [
        ProfileCheck(
            profile,
            standard.gaps(profile.is_full_time, _held(profile), requirements, day),
        )
        for profile in roster(unit, day)
    ]


def modules_in_use(unit: TrainingUnit, year: int):
    """The modules of the programme versions of the unit's classes in the year."""
    start, end = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    classes = TrainingClass.objects.filter(
        training_unit=unit, starts_on__lte=end, ends_on__gte=start
    )
    return (
        ProgrammeModule.objects.filter(version__classes__in=classes)
        .distinct()
        .select_related("version__programme")
        .order_by("version__programme__name", "version__name", "order")
    )


@dataclass
class ModuleRow:
    module: ProgrammeModule
    cover: standard.ModuleCover


def module_cover(
    unit: TrainingUnit, year: int, on: datetime.date | None = None
) -> list[ModuleRow]:
    """Every module the unit teaches in the year, with the lecturers permitted to
    teach it on the day, qualified or not."""
    day = on or timezone.localdate()
    checks = qualification_gaps(unit, day)
    lacking = {check.profile: check.gaps for check in checks}
    profiles = {check.profile.pk: check.profile for check in checks}
    modules = list(modules_in_use(unit, year))
    permits = TeachingPermit.objects.filter(
        valid_on(day), profile_id__in=profiles, module__in=modules
    ).values_list("module_id", "profile_id")
    cover = standard.module_cover(
        [m.pk for m in modules],
        [(module_id, profiles[pk]) for module_id, pk in permits],
        lacking,
    )
    return [ModuleRow(module, cover[module.pk]) for module in modules]


def uncovered_modules(
    unit: TrainingUnit, year: int, on: datetime.date | None = None
) -> list[ProgrammeModule]:
    """The modules of the unit's classes in the year that no qualified lecturer on
    its roster may teach on the day."""
    return [row.module for row in module_cover(unit, year, on) if not row.cover.covered]


def _prorated_norm(profile, norm: int, year: int) -> int:
    """The norm for the months of the year the lecturer was on the roster."""
    start = max(
        profile.valid_from or datetime.date(year, 1, 1), datetime.date(year, 1, 1)
    )
    end = min(
        profile.valid_to or datetime.date(year, 12, 31), datetime.date(year, 12, 31)
    )
    if end < start:
        return 0
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    return round(norm * months / 12)


def session_figures(units, year: int) -> list[load_rules.SessionFigure]:
    """The units' timetabled sessions of the year that name a lecturer, keyed by
    (unit id, lecturer id), with whether anyone was marked there."""
    attended = Attendance.objects.filter(session=OuterRef("pk"), status__in=ATTENDED)
    rows = (
        ClassSession.objects.filter(
            training_class__training_unit__in=units,
            date__year=year,
            lecturer__isnull=False,
        )
        .annotate(attended=Exists(attended))
        .values_list(
            "training_class__training_unit_id",
            "lecturer_id",
            "date",
            "periods",
            "attended",
        )
    )
    return [
        load_rules.SessionFigure((unit_id, lecturer_id), day, periods, attended)
        for unit_id, lecturer_id, day, periods, attended in rows
    ]


@dataclass
class LoadRow:
    """One lecturer of one unit: their profile (None when they taught without
    one), the person, and the figures."""

    unit: TrainingUnit
    user: object
    profile: LecturerProfile | None
    load: load_rules.Load

    @property
    def employment(self) -> str:
        return self.profile.employment if self.profile else ""


def teaching_load(
    units, year: int, today: datetime.date | None = None
) -> list[LoadRow]:
    """Periods taught in the year per lecturer of each unit, month by month, with
    the norm of the full-time ones (the province's standard, for the months on
    the roster). `units` is one TrainingUnit or a queryset of them."""
    if isinstance(units, TrainingUnit):
        units = TrainingUnit.objects.filter(pk=units.pk)
    today = today or timezone.localdate()
    units = {unit.pk: unit for unit in units}
    start, end = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    profiles = {
        (p.training_unit_id, p.user_id): p
        for p in LecturerProfile.objects.filter(training_unit_id__in=units)
        .during(start, end)
        .select_related("user")
    }
    norms = {}
    for key, profile in profiles.items():
        if profile.employment == Employment.FULL_TIME:
            province = units[profile.training_unit_id].province_id
            norm = requirements_for(province, year).norm_periods
            norms[key] = _prorated_norm(profile, norm, year)
    figures = session_figures(list(units.values()), year)
    table = load_rules.loads(figures, today, profiles.keys(), norms)
    people = _people({user_id for _unit, user_id in table})
    rows = [
        LoadRow(units[unit_id], people[user_id], profiles.get((unit_id, user_id)), load)
        for (unit_id, user_id), load in table.items()
    ]
    rows.sort(
        key=lambda r: (
            r.unit.name,
            r.employment != Employment.FULL_TIME,
            r.user.sort_key,
        )
    )
    return rows


def _people(ids) -> dict:
    return {user.pk: user for user in User.objects.filter(pk__in=ids)}


def lecturer_counts(unit: TrainingUnit, on: datetime.date | None = None) -> dict:
    """Figures for a centre's standing: lecturers on the roster by employment, and
    how many of each meet the standard."""
    checks = qualification_gaps(unit, on)
    counts = {"full_time": 0, "part_time": 0, "full_time_ok": 0, "part_time_ok": 0}
    for check in checks:
        kind = "full_time" if check.profile.is_full_time else "part_time"
        counts[kind] += 1
        counts[f"{kind}_ok"] += check.meets_standard
    return counts
