"""A report of a period for some units, a province or one class: its title, its
tables (shown and exported alike) and its charts."""

from dataclasses import dataclass, field

from django.urls import reverse
from django.utils.translation import gettext as _

from classes.models import TrainingClass
from records import charts, report_queries, report_tables
from records.figures import (
    BANDS,
    CredentialCounts,
    Figures,
    by_programme,
    by_unit,
    figures,
)
from records.gradebook import result_label
from records.periods import Period
from units.models import AdminUnit
from units.roles import Role


@dataclass
class Report:
    title: str
    period: Period
    figures: Figures
    tables: list = field(default_factory=list)
    charts: list = field(default_factory=list)

    def xlsx(self) -> bytes:
        return report_tables.workbook(self.title, self.period.label, self.tables)


def whole_province(name: str) -> str:
    """ "Tỉnh Tuyên Quang" -> "Toàn tỉnh Tuyên Quang"."""
    return _("Whole %(province)s") % {"province": name[:1].lower() + name[1:]}


def scope_title(user, units) -> str:
    """A province manager's report of all their units is the whole province's;
    anyone else's is titled for their units (a centre's, never "Toàn tỉnh")."""
    provinces = AdminUnit.objects.filter(
        pk__in=user.grants.current()
        .filter(role=Role.PROVINCE_MANAGER)
        .values("province")
    ).order_by("name")
    units = list(units)
    names = [p.name for p in provinces]
    if names and all(u.province.name in names for u in units):
        return ", ".join(whole_province(n) for n in names)
    if user.is_superuser and not names:
        return _("All training units")
    return ", ".join(u.name for u in units)


def _link(name: str, *args, query: str = "") -> str:
    return reverse(name, args=args) + (f"?{query}" if query else "")


def _facts(classes, period: Period, today):
    return report_queries.class_facts(classes, period.start, period.end, today)


def _common(classes, facts, figs, period, today) -> list:
    """The tables every report has: summary, bands, programmes, lecturers."""
    programme_rows = by_programme(
        facts, start=period.start, end=period.end, today=today
    )
    teaching = report_queries.teaching_periods(classes, period.start, period.end, today)
    tables = [
        report_tables.summary(figs),
        report_tables.bands(figs),
        report_tables.programmes(programme_rows),
        report_tables.lecturers(teaching),
    ]
    tables[1].chart = charts.bar_chart(
        [(result_label(b), figs.bands.get(b, 0)) for b in BANDS],
        title=_("Trainees by classification"),
    )
    tables[2].chart = charts.bar_chart(
        [(r.programme, r.trainees) for r in programme_rows],
        title=_("Trainees by programme"),
    )
    tables[3].chart = charts.bar_chart(
        [(r["lecturer"], r["periods"]) for r in teaching],
        title=_("Teaching periods by lecturer"),
    )
    return tables


def _totals(classes, facts, period, today) -> tuple[dict, dict, Figures]:
    attendance = report_queries.attendance_by_unit(
        classes, period.start, period.end, today
    )
    credentials = report_queries.credentials_by_unit(classes, period.start, period.end)
    total = figures(
        facts,
        start=period.start,
        end=period.end,
        today=today,
        attendance=(
            sum(a for a, _r in attendance.values()),
            sum(r for _a, r in attendance.values()),
        ),
        credentials=sum(credentials.values(), CredentialCounts()),
    )
    return attendance, credentials, total


def units_report(user, units, period: Period, today, *, title: str) -> Report:
    """The report of the units given: figures, then each class, for drilling
    down to it."""
    classes = TrainingClass.objects.filter(training_unit__in=units)
    facts = _facts(classes, period, today)
    _attendance, _credentials, total = _totals(classes, facts, period, today)
    tables = _common(classes, facts, total, period, today)
    tables.append(
        report_tables.classes(
            [(f, _link("class_report", f.pk, query=period.query())) for f in facts],
            today,
            {u.pk: u.name for u in units} if len(units) > 1 else None,
        )
    )
    return Report(title, period, total, tables)


def province_report(user, units, period: Period, today, *, title: str) -> Report:
    """The figures of each unit (drilling down to its report), and of them all."""
    classes = TrainingClass.objects.filter(training_unit__in=units)
    facts = _facts(classes, period, today)
    attendance, credentials, total = _totals(classes, facts, period, today)
    grouped = by_unit(facts)
    rows = []
    for unit in units:
        unit_figures = figures(
            grouped.get(unit.pk, []),
            start=period.start,
            end=period.end,
            today=today,
            attendance=attendance.get(unit.pk, (0, 0)),
            credentials=credentials.get(unit.pk, CredentialCounts()),
        )
        query = f"unit={unit.pk}&{period.query()}"
        rows.append((unit, unit_figures, _link("dashboard", query=query)))
    table = report_tables.units(rows, total)
    table.chart = charts.bar_chart(
        [(unit.name, f.pass_rate or 0) for unit, f, _link_ in rows],
        title=_("Pass rate by unit (%)"),
        suffix="%",
        maximum=100,
    )
    tables = _common(classes, facts, total, period, today)
    return Report(title, period, total, [tables[0], table, *tables[1:]])


def class_report(training_class, period: Period, today) -> Report:
    """One class over its whole run (the period it came from is kept for the
    way back)."""
    whole = Period("range", training_class.starts_on, training_class.ends_on)
    classes = TrainingClass.objects.filter(pk=training_class.pk)
    facts = _facts(classes, whole, today)
    _attendance, _credentials, total = _totals(classes, facts, whole, today)
    tables = _common(classes, facts, total, whole, today)
    del tables[2]  # one class, one programme
    title = f"{training_class} — {training_class.training_unit.name}"
    return Report(title, whole, total, tables)
