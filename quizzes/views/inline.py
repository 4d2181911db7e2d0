"""Inline play of a QuizBlock: "Kiểm tra", "Làm lại" and "Xem đáp án" via htmx."""

from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_http_methods

from quizzes import player
from quizzes.forms_io import form_response
from quizzes.models import Quiz
from quizzes.responses import BadResponse, parse_response
from quizzes.services import check_inline
from quizzes.services.grading import specs_for

TEMPLATE = "quizzes/inline/player.html"


def _quiz_and_options(request, quiz_id):
    quiz = get_object_or_404(Quiz.objects.published(), pk=quiz_id)
    data = request.POST if request.method == "POST" else request.GET
    token = data.get("opts", "")
    return quiz, player.read_options(token, quiz.pk), token


def _responses(quiz: Quiz, fields) -> dict:
    specs = specs_for(quiz.slots.values_list("question_id", flat=True))
    return {
        qid: parse_response(spec, form_response(spec, qid, fields))
        for qid, spec in specs.items()
    }


@require_http_methods(["GET", "POST"])
def check(request, quiz_id):
    """POST scores and stores the answers; GET ("Làm lại") gives a fresh player."""
    try:
        quiz, options, token = _quiz_and_options(request, quiz_id)
        if request.method == "GET":
            context = player.player_context(quiz, options, token, state="fresh")
            return render(request, TEMPLATE, context)
        if not options["c"]:
            raise ValueError("check not allowed")
        responses = _responses(quiz, request.POST)
    except (ValueError, BadResponse) as error:
        return HttpResponseBadRequest(str(error))
    sitting = None
    if request.user.is_authenticated:
        sitting = check_inline(quiz, user=request.user, responses=responses)
    questions = player.views(quiz, responses, locked=True)
    context = player.player_context(
        quiz, options, token, state="checked", questions=questions, sitting=sitting
    )
    return render(request, TEMPLATE, context)


def solution(request, quiz_id):
    try:
        quiz, options, token = _quiz_and_options(request, quiz_id)
    except ValueError as error:
        return HttpResponseBadRequest(str(error))
    if not options["s"]:
        return HttpResponseBadRequest("")
    questions = player.views(quiz, player.solution_responses(quiz), locked=True)
    context = player.player_context(
        quiz, options, token, state="solution", questions=questions
    )
    return render(request, TEMPLATE, context)
