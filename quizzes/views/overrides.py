"""Overrides of a quiz's terms for a class or a trainee: for those who teach the
class and its centre's manager (quizzes.override_quiz)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from quizzes.forms import OverrideForm
from quizzes.models import QuizOverride
from quizzes.queries import class_quizzes
from quizzes.services.overrides import (
    class_overrides,
    class_trainees,
    classes_for_overrides,
    may_override_somewhere,
    remove_override,
    set_override,
)


@login_required
def index(request):
    classes = classes_for_overrides(request.user).order_by("-starts_on", "code")
    if not may_override_somewhere(request.user):
        raise PermissionDenied
    return render(request, "quizzes/overrides/index.html", {"classes": classes})


@login_required
def class_page(request, pk):
    training_class = get_object_or_404(classes_for_overrides(request.user), pk=pk)
    if not request.user.has_perm("quizzes.override_quiz", training_class):
        raise PermissionDenied
    quizzes = class_quizzes(training_class)
    trainees = class_trainees(training_class)
    form = OverrideForm(quizzes=quizzes, trainees=trainees)
    if request.method == "POST" and "remove" in request.POST:
        remove = request.POST["remove"]
        override = get_object_or_404(
            class_overrides(training_class), pk=int(remove) if remove.isdigit() else 0
        )
        remove_override(override, training_class=training_class, by=request.user)
        messages.success(request, _("The override was removed."))
        return redirect("quizzes:class_overrides", pk=pk)
    if request.method == "POST":
        form = OverrideForm(request.POST, quizzes=quizzes, trainees=trainees)
        if form.is_valid():
            try:
                set_override(
                    form.cleaned_data["quiz"],
                    training_class=training_class,
                    trainee=form.cleaned_data["trainee"],
                    by=request.user,
                    **form.terms(),
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(
                    request, _("Saved: open attempts follow the new terms at once.")
                )
                return redirect("quizzes:class_overrides", pk=pk)
    context = {
        "training_class": training_class,
        "form": form,
        "overrides": class_overrides(training_class),
        "Override": QuizOverride,
    }
    return render(request, "quizzes/overrides/class.html", context)
