"""The province's side: reviewing criterion by criterion, returning for evidence,
concluding; every centre's standing side by side."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from standards import access, overview, services, sheet
from standards.forms import ConcludeForm, ReturnForm, ReviewForm
from standards.rules import may_review
from standards.services.assessments import suggestion, year_range
from units.models import TrainingUnit


def _reviewable(request, pk):
    found = access.assessment_or_404(request, pk)
    if not may_review(request.user, found):
        raise PermissionDenied
    return found


@login_required
def review(request, pk, criterion_id):
    found = _reviewable(request, pk)
    the_answer = get_object_or_404(
        found.answers.select_related("criterion"), criterion_id=criterion_id
    )
    initial = {"verdict": the_answer.verdict, "comment": the_answer.review_comment}
    form = ReviewForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.review_answer(
                the_answer,
                request.user,
                verdict=form.cleaned_data["verdict"],
                comment=form.cleaned_data["comment"],
            )
        except ValidationError as error:
            for message in error.messages:
                form.add_error(None, message)
        else:
            messages.success(
                request,
                _("Criterion %(code)s reviewed.") % {"code": the_answer.criterion.code},
            )
            return redirect(f"{found.get_absolute_url()}#c{the_answer.criterion_id}")
    return render(
        request,
        "standards/review.html",
        {
            "assessment": found,
            "row": sheet.build_row(found, the_answer),
            "form": form,
            "under_review": found.status == found.Status.SUBMITTED,
        },
    )


@login_required
def return_to_centre(request, pk):
    found = _reviewable(request, pk)
    # Bound on every POST: the note may be left empty.
    form = ReturnForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            services.return_for_evidence(found, request.user, form.cleaned_data["note"])
        except ValidationError as error:
            for message in error.messages:
                form.add_error(None, message)
        else:
            messages.success(request, _("The self-assessment has been returned."))
            return redirect(found.get_absolute_url())
    return render(
        request,
        "standards/return.html",
        {
            "assessment": found,
            "form": form,
            "asked": found.answers.exclude(verdict__in=["", "agree"])
            .select_related("criterion")
            .order_by("criterion__position", "criterion__code"),
        },
    )


@login_required
def conclude(request, pk):
    found = _reviewable(request, pk)
    suggested = suggestion(found)
    form = ConcludeForm(request.POST or None, initial={"result": suggested})
    if request.method == "POST" and form.is_valid():
        try:
            services.conclude(
                found,
                request.user,
                result=form.cleaned_data["result"],
                conclusion=form.cleaned_data["conclusion"],
            )
        except ValidationError as error:
            for message in error.messages:
                form.add_error(None, message)
        else:
            messages.success(request, _("The result has been recorded."))
            return redirect(found.get_absolute_url())
    return render(
        request,
        "standards/conclude.html",
        {
            "assessment": found,
            "form": form,
            "sheet": sheet.build(found),
            "suggested": suggested,
        },
    )


def _year(request) -> int:
    text = request.GET.get("year", "")
    years = year_range()
    return int(text) if text.isdigit() and int(text) in years else years[-1]


@login_required
def province(request):
    if not request.user.has_perm("standards.view_province"):
        raise Http404
    year = _year(request)
    units = TrainingUnit.objects.managed_by(request.user)
    return render(
        request,
        "standards/province.html",
        {
            "year": year,
            "years": list(reversed(year_range())),
            "asked_year": request.GET.get("year", ""),
            "rows": overview.standings(units, year),
            "columns": overview.group_columns(),
            "today": timezone.localdate(),
        },
    )
