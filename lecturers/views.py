"""The centre's and the province's pages about lecturers: the roster, a profile,
the teaching load (and its XLSX) and the standard check. Profiles are edited in
the Wagtail admin ("Giảng viên và phối hợp")."""

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from lecturers import exports, services
from lecturers.forms import ScopeForm
from lecturers.load import month_totals
from lecturers.models import LecturerProfile
from units.models import TrainingUnit

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MONTHS = range(1, 13)


def _managed(user):
    """The units whose lecturers the user reads; none is a 404."""
    units = TrainingUnit.objects.managed_by(user).order_by("name")
    if not units.exists():
        raise Http404
    return units


def _one_unit(request):
    """(form, the unit chosen or the first the user manages, year)."""
    units = _managed(request.user)
    form = ScopeForm(request.GET, units=units)
    unit, year = form.chosen()
    unit = unit or units.first()
    if not request.user.has_perm("lecturers.view_unit", unit):
        raise Http404
    return form, unit, year


def _some_units(request):
    """(form, the unit chosen or every unit the user manages, year)."""
    units = _managed(request.user)
    form = ScopeForm(request.GET, units=units, all_units_label=_("All units"))
    unit, year = form.chosen()
    chosen = units.filter(pk=unit.pk) if unit else units
    return form, chosen, year


@login_required
@require_safe
def lecturer_list(request):
    form, unit, year = _one_unit(request)
    return render(
        request,
        "lecturers/list.html",
        {
            "form": form,
            "unit": unit,
            "year": year,
            "checks": services.qualification_gaps(unit),
            "requirements": services.requirements_for(
                unit.province_id, timezone.localdate().year
            ),
            "requirement_lines": services.requirement_lines(
                services.requirements_for(unit.province_id, timezone.localdate().year)
            ),
        },
    )


@login_required
@require_safe
def lecturer_detail(request, pk):
    profile = get_object_or_404(
        LecturerProfile.objects.select_related("user", "training_unit", "workplace"),
        pk=pk,
    )
    if not request.user.has_perm("lecturers.view_profile", profile):
        raise Http404
    year = timezone.localdate().year
    unit = profile.training_unit
    checks = {c.profile.pk: c for c in services.qualification_gaps(unit)}
    rows = [
        r for r in services.teaching_load(unit, year) if r.user.pk == profile.user_id
    ]
    return render(
        request,
        "lecturers/detail.html",
        {
            "profile": profile,
            "check": checks.get(profile.pk),
            "qualifications": profile.qualifications.all(),
            "permits": profile.permits.select_related("module__version__programme"),
            "load": rows[0].load if rows else None,
            "year": year,
            "months": MONTHS,
            "manages": request.user.has_perm("lecturers.view_unit", unit),
            "edits": request.user.has_perm("lecturers.change_lecturerprofile", profile),
        },
    )


@login_required
@require_safe
def teaching_load(request):
    form, units, year = _some_units(request)
    rows = services.teaching_load(units, year)
    totals = month_totals(row.load for row in rows)
    return render(
        request,
        "lecturers/load.html",
        {
            "form": form,
            "units": units,
            "year": year,
            "rows": rows,
            "months": MONTHS,
            "totals": totals,
            "grand_total": sum(totals.values()),
            "unconfirmed": sum(row.load.unconfirmed for row in rows),
            "query": request.GET.urlencode(),
        },
    )


@login_required
@require_safe
def teaching_load_xlsx(request):
    _form, units, year = _some_units(request)
    rows = services.teaching_load(units, year)
    response = HttpResponse(exports.load_xlsx(rows, year), content_type=XLSX)
    name = f"gio-giang-{year}.xlsx"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@login_required
@require_safe
def lecturer_check(request):
    form, unit, year = _one_unit(request)
    checks = services.qualification_gaps(unit)
    modules = services.module_cover(unit, year)
    return render(
        request,
        "lecturers/check.html",
        {
            "form": form,
            "unit": unit,
            "year": year,
            "lacking": [c for c in checks if c.gaps],
            "checked": len(checks),
            "modules": modules,
            "uncovered": [m for m in modules if not m.cover.covered],
            "requirements": services.requirements_for(unit.province_id, year),
            "requirement_lines": services.requirement_lines(
                services.requirements_for(unit.province_id, year)
            ),
        },
    )
