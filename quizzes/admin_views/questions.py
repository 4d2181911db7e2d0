"""Preview a question as trainees see it; regrade it after a correction."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from quizzes import scoring
from quizzes.models import Question
from quizzes.presenters import QuestionView
from quizzes.services import regrade_question


def preview_view(request, pk):
    question = get_object_or_404(Question.objects.prefetch_related("choices"), pk=pk)
    spec = question.spec()
    view = QuestionView(
        question=question,
        spec=spec,
        number=1,
        response=scoring.right_response(spec) or {},
        locked=True,
    )
    fresh = QuestionView(question=question, spec=spec, number=1)
    context = {"question": question, "q": view, "fresh": fresh}
    return TemplateResponse(request, "quizzes/admin/preview.html", context)


def regrade_view(request, pk):
    if not request.user.has_perm("quizzes.regrade_question"):
        raise PermissionDenied
    question = get_object_or_404(Question, pk=pk)
    apply = request.method == "POST"
    changes = regrade_question(question, dry_run=not apply)
    if apply:
        messages.success(
            request,
            _("Regraded: %(n)s attempts changed.") % {"n": len(changes)},
        )
        return redirect("quizzes_preview", pk=question.pk)
    context = {"question": question, "changes": changes}
    return TemplateResponse(request, "quizzes/admin/regrade.html", context)
