"""The gradebook, graded work and grading, and the results export."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from accounts.models import User
from classes import access
from classes.models import Enrolment
from classes.policy import policy_for
from programmes.assessment import parse_rubric
from records import exports
from records.forms import AssessmentForm, GradeForm
from records.gradebook import class_gradebook
from records.models import Assessment
from records.services import create_assessment, grade_result

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@login_required
def gradebook(request, pk):
    training_class = access.staff_class_or_404(request, pk)
    book = class_gradebook(training_class)
    return render(
        request,
        "records/gradebook.html",
        {
            "training_class": training_class,
            "columns": book.columns,
            "rows": book.rows,
            "policy": policy_for(training_class),
            "assessments": book.assessments,
        },
    )


@login_required
def results_xlsx(request, pk):
    training_class = access.staff_class_or_404(request, pk)
    personal = request.user.has_perm("classes.see_personal_data", training_class)
    response = HttpResponse(
        exports.class_results_xlsx(training_class, personal_data=personal),
        content_type=XLSX,
    )
    response["Content-Disposition"] = f'attachment; filename="ket-qua-lop-{pk}.xlsx"'
    return response


@login_required
def new_assessment(request, pk):
    training_class = access.staff_class_or_404(request, pk)
    if not request.user.has_perm("records.manage_assessments", training_class):
        raise PermissionDenied
    form = AssessmentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            assessment = create_assessment(training_class, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            return redirect("assessment", pk=assessment.pk)
    return render(
        request,
        "records/assessment_form.html",
        {"training_class": training_class, "form": form},
    )


def _staff_assessment_or_404(request, pk) -> Assessment:
    """The assessment, for those who teach its class; marks are written only by
    those who run the class (records/rules.py)."""
    assessment = get_object_or_404(Assessment, pk=pk)
    access.staff_class_or_404(request, assessment.training_class_id, "records.grade")
    return assessment


@login_required
def assessment(request, pk):
    """Staff see every trainee's submission and grade; trainees go to hand in."""
    found = Assessment.objects.filter(pk=pk).select_related("training_class").first()
    if found and not access.can_teach(request.user, found.training_class):
        return redirect("hand_in", pk=pk)
    assessment = _staff_assessment_or_404(request, pk)
    results = {r.trainee_id: r for r in assessment.results.all()}
    enrolments = assessment.training_class.enrolments.filter(
        status=Enrolment.Status.ACTIVE
    ).select_related("trainee")
    return render(
        request,
        "records/assessment.html",
        {
            "assessment": assessment,
            "rows": [(e.trainee, results.get(e.trainee_id)) for e in enrolments],
        },
    )


@login_required
def grade(request, pk, trainee_id):
    assessment = _staff_assessment_or_404(request, pk)
    trainee = get_object_or_404(
        User, pk=trainee_id, enrolments__training_class=assessment.training_class_id
    )
    result = assessment.results.filter(trainee=trainee).first()
    criteria = parse_rubric(assessment.rubric) if assessment.rubric else []
    form = GradeForm(request.POST or None, criteria=criteria, initial=_initial(result))
    if request.method == "POST" and form.is_valid():
        try:
            grade_result(
                assessment,
                trainee,
                grader=request.user,
                score=form.cleaned_data["score"],
                points=form.points(),
                comment=form.cleaned_data["comment"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The grade has been saved."))
            return redirect("assessment", pk=pk)
    return render(
        request,
        "records/grade.html",
        {
            "assessment": assessment,
            "trainee": trainee,
            "result": result,
            "form": form,
        },
    )


def _initial(result) -> dict:
    if result is None:
        return {}
    initial = {
        "score": result.score if result.score is not None else "",
        "comment": result.comment,
    }
    initial |= {f"point_{i}": p for i, p in enumerate(result.rubric_points)}
    return initial
