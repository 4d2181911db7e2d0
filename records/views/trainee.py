"""A trainee's standing in a class, and handing in assignments."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from accounts.models import User
from classes import access
from classes.models import Enrolment
from classes.policy import policy_for
from records.forms import SubmissionForm
from records.gradebook import trainee_standing
from records.models import Assessment, AssessmentResult
from records.services import submit_work


@login_required
def standing(request, pk, trainee_id=None):
    """A trainee's attendance, scores and what is missing; staff may see anyone's."""
    training_class = access.visible_class_or_404(request, pk)
    if trainee_id is None or trainee_id == request.user.pk:
        trainee = request.user
    elif access.can_teach(request.user, training_class):
        trainee = get_object_or_404(User, pk=trainee_id)
    else:
        raise Http404
    found = trainee_standing(training_class, trainee)
    if found is None:
        raise Http404
    results = {
        r.assessment_id: r
        for r in AssessmentResult.objects.filter(
            trainee=trainee, assessment__training_class=training_class
        )
    }
    assessments = [(a, results.get(a.pk)) for a in training_class.assessments.all()]
    return render(
        request,
        "records/standing.html",
        {
            "training_class": training_class,
            "standing": found,
            "trainee": trainee,
            "policy": policy_for(training_class),
            "assessments": assessments,
            "own": trainee == request.user,
            "credential": training_class.credentials.filter(
                trainee=trainee, status="valid"
            ).first(),
        },
    )


def _own_assessment_or_404(user, pk) -> Assessment:
    return get_object_or_404(
        Assessment.objects.select_related("training_class"),
        pk=pk,
        training_class__enrolments__trainee=user,
        training_class__enrolments__status=Enrolment.Status.ACTIVE,
    )


@login_required
def hand_in(request, pk):
    """Write or upload the bài thu hoạch; shows the grade once it is graded."""
    assessment = _own_assessment_or_404(request.user, pk)
    result = assessment.results.filter(trainee=request.user).first()
    form = SubmissionForm(
        request.POST or None,
        request.FILES or None,
        initial={"text": getattr(result, "text", "")},
    )
    if request.method == "POST" and form.is_valid():
        try:
            submit_work(
                assessment,
                request.user,
                text=form.cleaned_data["text"],
                file=form.cleaned_data["file"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Your assignment has been handed in."))
            return redirect("hand_in", pk=assessment.pk)
    return render(
        request,
        "records/hand_in.html",
        {
            "assessment": assessment,
            "result": result,
            "form": form,
        },
    )


@login_required
def result_file(request, pk):
    """A handed-in file, for its author and the class's staff only."""
    result = get_object_or_404(
        AssessmentResult.objects.select_related("assessment__training_class"), pk=pk
    )
    allowed = result.trainee_id == request.user.pk or access.can_teach(
        request.user, result.assessment.training_class
    )
    if not allowed or not result.file:
        raise Http404
    return FileResponse(
        result.file.open("rb"),
        as_attachment=True,
        filename=result.file.name.rsplit("/", 1)[-1],
    )
