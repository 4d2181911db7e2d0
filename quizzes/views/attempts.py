"""Trainee pages: the quiz list, a quiz, an attempt with autosave, the review."""

import json
from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, JsonResponse
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from quizzes import review
from quizzes.forms_io import form_response, has_fields
from quizzes.models import Quiz, Sitting
from quizzes.responses import BadResponse
from quizzes.services import (
    AttemptRefused,
    check_answer,
    close_expired_attempts,
    save_answer,
    save_answers,
    start_attempt,
    submit_attempt,
)
from quizzes.services.grading import specs_for
from quizzes.services.late import issue_token

MAX_SAVES = 200


def _own_sitting(request, pk) -> Sitting:
    return get_object_or_404(
        Sitting.objects.select_related("quiz"), pk=pk, user=request.user
    )


@login_required
def index(request):
    quizzes = Quiz.objects.visible_to(request.user).select_related("programme")
    close_expired_attempts(user=request.user)
    mine = review.attempt_summary(request.user, quizzes)
    return render(request, "quizzes/index.html", {"rows": mine})


@login_required
def quiz(request, slug):
    quiz = get_object_or_404(Quiz.objects.visible_to(request.user), slug=slug)
    close_expired_attempts(quiz_ids=[quiz.pk], user=request.user)
    sittings = quiz.sittings.filter(user=request.user, mode=Sitting.Mode.ATTEMPT)
    context = {
        "quiz": quiz,
        "sittings": sittings,
        "rules": review.rules(quiz, request.user),
        **review.start_context(quiz, request.user, sittings),
    }
    return render(request, "quizzes/quiz.html", context)


@login_required
@require_POST
def start(request, slug):
    quiz = get_object_or_404(Quiz.objects.visible_to(request.user), slug=slug)
    try:
        confirmed = request.POST.get("confirmed") == "1"
        sitting = start_attempt(quiz, user=request.user, confirmed=confirmed)
    except AttemptRefused as refusal:
        messages.error(request, refusal.messages[0])
        return redirect(quiz)
    return redirect("quizzes:attempt", pk=sitting.pk)


@login_required
def attempt(request, pk):
    sitting = _own_sitting(request, pk)
    due = sitting.due_at
    if sitting.is_open and due and timezone.now() > due:
        sitting = submit_attempt(sitting)
    if not sitting.is_open:
        return redirect("quizzes:review", pk=sitting.pk)
    context = review.attempt_context(sitting)
    return render(request, "quizzes/attempt.html", context)


def _saves_from(request) -> list:
    try:
        payload = json.loads(request.body or b"{}")
    except (ValueError, UnicodeDecodeError):
        raise BadResponse(_("The saved answers could not be read.")) from None
    saves = payload.get("saves") if isinstance(payload, dict) else None
    if not isinstance(saves, list) or not 0 < len(saves) <= MAX_SAVES:
        raise BadResponse(_("The saved answers could not be read."))
    return saves


def _is_id(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _pending(item, specs) -> tuple:
    """(question id, seq, raw response or the BadResponse, spec, clock) for
    save_answers; clock: the attempt token and the milliseconds the page counted
    from it to the answer, when the page sent them."""
    if not isinstance(item, dict) or not isinstance(item.get("fields"), dict):
        error = BadResponse(_("The saved answers could not be read."))
        return None, None, error, None, None
    question_id, seq = item.get("question"), item.get("seq")
    clock = (item["token"], item.get("elapsed")) if "token" in item else None
    spec = specs.get(question_id) if _is_id(question_id) else None
    if spec is None:
        error = BadResponse(_("This question is not part of the attempt."))
        return question_id, seq, error, None, None
    try:
        raw = form_response(spec, question_id, item["fields"])
    except BadResponse as error:
        return question_id, seq, error, None, None
    return question_id, seq, raw, spec, clock


def _result(question_id, seq, result) -> dict:
    if isinstance(result, BadResponse):
        return {
            "question": question_id,
            "seq": seq,
            "ok": False,
            "message": str(result),
        }
    return {
        "question": question_id,
        "seq": result.seq,
        "ok": True,
        "saved": result.saved,
        "state": result.state,
        "message": result.message,
    }


def _logged_out(request, pk) -> JsonResponse:
    """The page's script is told, not redirected: it keeps the answers and asks
    the person to log in again, coming back to the attempt."""
    attempt_url = reverse("quizzes:attempt", kwargs={"pk": pk})
    login = redirect_to_login(attempt_url)["Location"]
    message = _("You are logged out: log in again to send your answers.")
    return JsonResponse({"error": message, "login": login}, status=401)


def _json_login_required(view):
    @wraps(view)
    def wrapper(request, pk, *args, **kwargs):
        if not request.user.is_authenticated:
            return _logged_out(request, pk)
        return view(request, pk, *args, **kwargs)

    return wrapper


@_json_login_required
@require_GET
@never_cache
def session(request, pk):
    """A fresh CSRF token for the open attempt page after the login changed in
    another tab (Django gives a new one at each login)."""
    _own_sitting(request, pk)
    return JsonResponse({"csrf": get_token(request)})


@_json_login_required
@require_POST
def save(request, pk):
    """Autosave: a batch of {question, seq, fields}; each result says what is stored."""
    try:
        items = _saves_from(request)
    except BadResponse as error:
        _own_sitting(request, pk)  # someone else's attempt: 404 before anything else
        return JsonResponse({"error": str(error)}, status=400)
    ids = [i.get("question") for i in items if isinstance(i, dict)]
    specs = specs_for([q for q in ids if _is_id(q)])
    pending = [_pending(item, specs) for item in items]
    valid = [p for p in pending if not isinstance(p[2], BadResponse)]
    try:
        sitting, stored = save_answers(pk, request.user, valid)
    except Sitting.DoesNotExist:
        raise Http404 from None
    stored = iter(stored)
    results = [
        _result(q, seq, raw if isinstance(raw, BadResponse) else next(stored))
        for q, seq, raw, _spec, _clock in pending
    ]
    states = [r["state"] for r in results if "state" in r]
    return JsonResponse(
        {
            "results": results,
            "state": states[-1] if states else sitting.state,
            "remaining": review.seconds_left(sitting),
            **issue_token(sitting),
        }
    )


@login_required
@require_POST
def submit(request, pk):
    sitting = _own_sitting(request, pk)
    if sitting.is_open and request.POST.get("autosaved") != "1":
        problems = _save_form(sitting, request.POST)
        for problem in problems:
            messages.error(request, problem)
        if problems:
            return redirect("quizzes:attempt", pk=sitting.pk)
    try:
        sitting = submit_attempt(sitting)
    except AttemptRefused as refusal:
        for problem in refusal.messages:
            messages.error(request, problem)
        return redirect("quizzes:attempt", pk=sitting.pk)
    return redirect("quizzes:review", pk=sitting.pk)


@login_required
@require_POST
def check(request, pk, question_id):
    """ "Kiểm tra" during the attempt: save the form (without the script), score the
    question and show the attempt again at that question."""
    sitting = _own_sitting(request, pk)
    if sitting.is_open and request.POST.get("autosaved") != "1":
        for problem in _save_form(sitting, request.POST):
            messages.error(request, problem)
    try:
        check_answer(sitting, question_id=question_id)
    except BadResponse as error:
        messages.error(request, str(error))
    url = reverse("quizzes:attempt", kwargs={"pk": sitting.pk})
    return redirect(f"{url}#q{question_id}")


def _save_form(sitting: Sitting, fields) -> list[str]:
    """Without the autosave script, the submit form carries the answers.

    Returns the problems, one message per answer that could not be saved.
    """
    problems = []
    answers = list(sitting.answers.all())
    specs = specs_for([a.question_id for a in answers])
    for answer in answers:
        if not has_fields(answer.question_id, fields):
            continue
        raw = form_response(specs[answer.question_id], answer.question_id, fields)
        try:
            save_answer(
                sitting, question_id=answer.question_id, seq=answer.seq + 1, raw=raw
            )
        except BadResponse as error:
            problems.append(
                _("Question %(n)s: %(problem)s")
                % {"n": answer.order + 1, "problem": error}
            )
    return problems


@login_required
def review_page(request, pk):
    sitting = _own_sitting(request, pk)
    if sitting.is_open:
        return redirect("quizzes:attempt", pk=sitting.pk)
    if sitting.mode != Sitting.Mode.ATTEMPT:
        raise Http404
    return render(request, "quizzes/review.html", review.review_context(sitting))
