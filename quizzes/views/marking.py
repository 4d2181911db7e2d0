"""The lecturer's essay marking queue: by question, with the rubric; phone-sized."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from quizzes.models import LateAnswer, Question
from quizzes.queries import late_answers_seen_by, markable_answers
from quizzes.responses import is_blank, word_limit_note
from quizzes.scoring import word_count
from quizzes.services import mark_answer


def _marker_only(view):
    """The marking pages show rubrics and answers: lecturers (and admins) only."""

    @wraps(view)
    def checked(request, *args, **kwargs):
        if not request.user.has_perm("quizzes.mark_essays"):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return login_required(checked)


@_marker_only
def queue(request):
    rows = (
        markable_answers(request.user)
        .values("question_id", "question__title")
        .annotate(waiting=Count("pk", distinct=True))
        .order_by("question__title")
    )
    late = late_answers_seen_by(request.user)[:100]
    return render(request, "quizzes/marking/queue.html", {"rows": rows, "late": late})


@_marker_only
def question(request, question_id):
    question = get_object_or_404(Question, pk=question_id, qtype="essay")
    answers = (
        markable_answers(request.user)
        .filter(question=question)
        .select_related("sitting__user", "sitting__quiz")
        .order_by("sitting__finished_at")
    )
    answers = answers[:50]
    sent_late = set(
        LateAnswer.objects.filter(
            outcome=LateAnswer.Outcome.COUNTED,
            question=question,
            sitting__in=[a.sitting_id for a in answers],
        ).values_list("sitting_id", flat=True)
    )
    rows = []
    for a in answers:
        text = (a.response or {}).get("text", "")
        words = word_count(text)
        limit = word_limit_note(words, question.min_words, question.max_words)
        rows.append(
            {
                "answer": a,
                "text": text,
                "words": words,
                "limit": limit,
                "blank": is_blank(a.response),
                "sent_late": a.sitting_id in sent_late,
            }
        )
    context = {"question": question, "rows": rows, "left": answers.count()}
    return render(request, "quizzes/marking/question.html", context)


@_marker_only
@require_POST
def mark(request, pk):
    answer = get_object_or_404(markable_answers(request.user), pk=pk)
    try:
        mark_answer(
            answer,
            marker=request.user,
            mark=request.POST.get("mark", ""),
            comment=request.POST.get("comment", ""),
        )
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(
            request, _("Marked %(name)s.") % {"name": answer.sitting.user.full_name}
        )
    return redirect("quizzes:marking_question", question_id=answer.question_id)
