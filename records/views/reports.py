"""Reports: a period's figures for the user's units (and drilling down to one
unit and one class), the province's table of units, the register export.

Every report reads its period from the query string (records/periods.py) and
answers ``?format=xlsx`` with the very tables it shows (records/report_tables.py).
"""

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from classes.access import managed_class_or_404
from records import charts, exports, report_builder, reports
from records.models import Credential
from records.periods import ROMAN, parse_period
from units.models import TrainingUnit

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _managed_units(user):
    units = TrainingUnit.objects.managed_by(user).select_related("province")
    if not units.exists():
        raise Http404
    return units


def _chosen_unit(request, units):
    """The unit of the ``unit`` filter: one the user may report on, else 404."""
    text = request.GET.get("unit", "")
    if not text:
        return None
    unit = units.filter(pk=text).first() if text.isdigit() else None
    if unit is None or not request.user.has_perm("records.view_unit_report", unit):
        raise Http404
    return unit


def _month_chart(months) -> str:
    return charts.grouped_bar_chart(
        [(m["label"], [m["attendance_rate"], m["pass_rate"]]) for m in months],
        series=[_("Attendance rate"), _("Pass rate")],
        title=_("Attendance and pass rate by month (%)"),
        suffix="%",
        maximum=100,
    )


def _xlsx(report, name: str) -> HttpResponse:
    response = HttpResponse(report.xlsx(), content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{name}.xlsx"'
    return response


def _file_name(prefix: str, period) -> str:
    return f"{prefix}-{period.start:%Y%m%d}-{period.end:%Y%m%d}"


def _picker(request, period, units=None) -> dict:
    """What the period form shows: the choices and what was asked."""
    return {
        "period": period,
        "asked": request.GET,
        "month_choices": range(1, 13),
        "quarters": sorted(ROMAN.items()),
        "unit_choices": units,
    }


def _months(units, period) -> dict:
    if period.kind != "year":
        return {}
    months = reports.by_month(units, period.year, {})
    return {"months": months, "month_chart": _month_chart(months)}


@login_required
def dashboard(request):
    """The report of the user's units, or of one of them (``unit``)."""
    units = _managed_units(request.user)
    chosen = _chosen_unit(request, units)
    scope = units.filter(pk=chosen.pk) if chosen else units
    today = timezone.localdate()
    period = parse_period(request.GET, today)
    title = chosen.name if chosen else report_builder.scope_title(request.user, units)
    report = report_builder.units_report(
        request.user, scope, period, today, title=title
    )
    if request.GET.get("format") == "xlsx":
        return _xlsx(report, _file_name("bao-cao", period))
    return render(
        request,
        "records/dashboard.html",
        {
            "report": report,
            "chosen": chosen,
            "province_link": units.count() > 1,
            **_picker(request, period, units if units.count() > 1 else None),
            **_months(scope, period),
        },
    )


@login_required
def province(request):
    """The figures of each unit the user manages, and of them all."""
    units = _managed_units(request.user)
    if request.GET.get("unit"):
        return redirect(f"{reverse('dashboard')}?{request.GET.urlencode()}")
    today = timezone.localdate()
    period = parse_period(request.GET, today)
    title = report_builder.scope_title(request.user, units)
    report = report_builder.province_report(
        request.user, units, period, today, title=title
    )
    if request.GET.get("format") == "xlsx":
        return _xlsx(report, _file_name("bao-cao-don-vi", period))
    return render(
        request,
        "records/province.html",
        {"report": report, **_picker(request, period, units), **_months(units, period)},
    )


@require_GET
@login_required
def class_report(request, pk):
    """One class's figures, reached from a report's table of classes."""
    training_class = managed_class_or_404(request, pk, write=None)
    if not request.user.has_perm("records.view_report", training_class):
        raise Http404
    today = timezone.localdate()
    back = parse_period(request.GET, today)
    report = report_builder.class_report(training_class, back, today)
    if request.GET.get("format") == "xlsx":
        return _xlsx(report, f"bao-cao-lop-{training_class.pk}")
    return render(
        request,
        "records/class_report.html",
        {
            "report": report,
            "training_class": training_class,
            "back": back,
            "unit_query": f"unit={training_class.training_unit_id}&{back.query()}",
        },
    )


@login_required
def register_xlsx(request):
    units = _managed_units(request.user)
    period = parse_period(request.GET, timezone.localdate())
    credentials = Credential.objects.filter(training_unit__in=units, year=period.year)
    response = HttpResponse(exports.register_xlsx(credentials), content_type=XLSX)
    response["Content-Disposition"] = (
        f'attachment; filename="so-cap-{period.year}.xlsx"'
    )
    return response
