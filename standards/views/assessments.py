"""The centre's side: its self-assessments, a criterion, evidence, submitting."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from standards import access, services, sheet
from standards.forms import AnswerForm, StartForm
from standards.models import Evidence
from standards.rules import may_review
from standards.services.assessments import missing_for_submission
from units.models import TrainingUnit


def _errors(error: ValidationError) -> list[str]:
    return list(error.messages)


@login_required
def index(request):
    """The self-assessments the person may read; a centre's manager starts one."""
    user = request.user
    runs = TrainingUnit.objects.run_by(user).filter(
        type__in=[TrainingUnit.Type.COMMUNE_CENTRE, TrainingUnit.Type.DISTRICT_CENTRE]
    )
    may_start = runs.exists()
    sees_province = user.has_perm("standards.view_province")
    assessments = access.visible_assessments(user)
    if not (may_start or sees_province or assessments.exists()):
        raise Http404
    form = StartForm(request.POST or None, units=runs) if may_start else None
    if request.method == "POST" and form is not None and form.is_valid():
        unit = form.cleaned_data["unit"]
        if not user.has_perm("standards.start_assessment", unit):
            raise PermissionDenied
        try:
            assessment = services.start_self_assessment(
                unit, form.cleaned_data["year"], user
            )
        except ValidationError as error:
            for message in _errors(error):
                form.add_error("year", message)
        else:
            messages.success(request, _("The self-assessment has been started."))
            return redirect("standards:assessment", assessment.pk)
    return render(
        request,
        "standards/index.html",
        {
            "assessments": assessments,
            "form": form,
            "sees_province": sees_province,
            "may_write_criteria": user.has_perm("standards.add_criteria_set"),
        },
    )


@login_required
def assessment(request, pk):
    found = access.assessment_or_404(request, pk)
    user = request.user
    return render(
        request,
        "standards/assessment.html",
        {
            "assessment": found,
            "sheet": sheet.build(found),
            "may_fill": found.centre_may_edit
            and user.has_perm("standards.fill_assessment", found),
            "may_review": found.status == found.Status.SUBMITTED
            and may_review(user, found),
            "events": found.events.select_related("actor", "criterion"),
        },
    )


def _answer_or_404(found, criterion_id):
    return get_object_or_404(
        found.answers.select_related("criterion"), criterion_id=criterion_id
    )


@login_required
def answer(request, pk, criterion_id):
    """One criterion: the centre's assessment, explanation and evidence."""
    found = access.assessment_or_404(request, pk)
    the_answer = _answer_or_404(found, criterion_id)
    if not request.user.has_perm("standards.fill_assessment", found):
        raise PermissionDenied
    form = AnswerForm(request.POST or None, request.FILES or None, answer=the_answer)
    if request.method == "POST" and form.is_valid():
        try:
            services.save_answer(
                the_answer,
                request.user,
                claimed_met=form.claimed() if "claimed_met" in form.fields else None,
                explanation=form.cleaned_data["explanation"],
                upload=form.cleaned_data.get("file"),
            )
        except ValidationError as error:
            for message in _errors(error):
                form.add_error(None, message)
        else:
            messages.success(request, _("Saved."))
            return redirect(f"{found.get_absolute_url()}#c{the_answer.criterion_id}")
    row = sheet.build_row(found, the_answer)
    return render(
        request,
        "standards/answer.html",
        {
            "assessment": found,
            "row": row,
            "form": form,
            "editable": found.centre_may_edit
            and the_answer.verdict != the_answer.Verdict.AGREE,
        },
    )


@login_required
def submit(request, pk):
    found = access.assessment_or_404(request, pk)
    if not request.user.has_perm("standards.fill_assessment", found):
        raise PermissionDenied
    errors = []
    if request.method == "POST":
        try:
            services.submit(found, request.user)
        except ValidationError as error:
            errors = _errors(error)
        else:
            messages.success(
                request, _("The self-assessment has been sent to the province.")
            )
            return redirect(found.get_absolute_url())
    missing = missing_for_submission(found) if found.centre_may_edit else []
    return render(
        request,
        "standards/submit.html",
        {"assessment": found, "missing": missing, "errors": errors},
    )


def _evidence_or_404(request, pk) -> Evidence:
    evidence = get_object_or_404(
        Evidence.objects.select_related(
            "answer__self_assessment__training_unit", "answer__criterion"
        ),
        pk=pk,
    )
    if not request.user.has_perm(
        "standards.view_assessment", evidence.answer.self_assessment
    ):
        raise Http404
    return evidence


@login_required
def evidence(request, pk):
    found = _evidence_or_404(request, pk)
    return FileResponse(found.file.open("rb"), as_attachment=True, filename=found.name)


@require_POST
@login_required
def delete_evidence(request, pk):
    found = _evidence_or_404(request, pk)
    assessment = found.answer.self_assessment
    if not request.user.has_perm("standards.fill_assessment", assessment):
        raise PermissionDenied
    try:
        services.remove_evidence(found, request.user)
    except ValidationError as error:
        for message in _errors(error):
            messages.error(request, message)
    else:
        messages.success(request, _("The file has been removed."))
    return redirect("standards:answer", assessment.pk, found.answer.criterion_id)
