"""The centre dashboard, the province view and the register export."""

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from records import charts, exports, reports
from records.models import Credential
from units.models import TrainingUnit

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _year(request) -> int:
    text = request.GET.get("year", "")
    this_year = timezone.localdate().year
    return (
        int(text)
        if text.isdigit() and 2000 <= int(text) <= this_year + 1
        else this_year
    )


def _managed_units(user):
    units = TrainingUnit.objects.managed_by(user)
    if not units.exists():
        raise Http404
    return units


def _month_chart(months) -> str:
    return charts.grouped_bar_chart(
        [(m["label"], [m["attendance_rate"], m["pass_rate"]]) for m in months],
        series=[_("Attendance rate"), _("Pass rate")],
        title=_("Attendance and pass rate by month (%)"),
        suffix="%",
        maximum=100,
    )


def _charts(months, programmes) -> list[str]:
    return [
        charts.bar_chart(
            [(p["programme"], p["trainees"]) for p in programmes],
            title=_("Trainees by programme"),
        ),
        charts.bar_chart(
            [(m["label"], m["credentials"]) for m in months],
            title=_("Credentials issued by month"),
        ),
    ]


@login_required
def dashboard(request):
    units = _managed_units(request.user)
    year = _year(request)
    memo: dict = {}  # each class's pass counts, worked out once per page
    months = reports.by_month(units, year, memo)
    programmes = reports.by_programme(units, year)
    return render(
        request,
        "records/dashboard.html",
        {
            "units": units,
            "year": year,
            "figures": reports.figures(units, year, memo),
            "programmes": programmes,
            "months": months,
            "charts": _charts(months, programmes),
            "month_chart": _month_chart(months),
        },
    )


@login_required
def province(request):
    """The same figures for each unit of the provinces the user manages."""
    units = _managed_units(request.user)
    year = _year(request)
    memo: dict = {}
    rows = [(unit, reports.figures([unit], year, memo)) for unit in units]
    months = reports.by_month(units, year, memo)
    chart = charts.bar_chart(
        [(unit.name, f.pass_rate or 0) for unit, f in rows],
        title=_("Pass rate by unit (%)"),
        suffix="%",
        maximum=100,
    )
    return render(
        request,
        "records/province.html",
        {
            "year": year,
            "rows": rows,
            "total": reports.figures(units, year, memo),
            "chart": chart,
            "months": months,
            "month_chart": _month_chart(months),
        },
    )


@login_required
def register_xlsx(request):
    units = _managed_units(request.user)
    year = _year(request)
    credentials = Credential.objects.filter(training_unit__in=units, year=year)
    response = HttpResponse(exports.register_xlsx(credentials), content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="so-cap-{year}.xlsx"'
    return response
