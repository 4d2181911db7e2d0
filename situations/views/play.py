"""Trainees: list, open, play and review situations (thin views over services)."""

import json
import time
import uuid

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from situations import services
from situations.models import Audience, Reflection, Run, Situation
from situations.play_context import play_context, summary_context
from situations.queries import cards_for
from situations.views.access import report_pairs


@login_required
def index(request):
    situations = list(Situation.objects.open_to(request.user))
    cards = cards_for(request.user, situations)
    context = {"cards": cards, "reports": report_pairs(request.user)}
    return render(request, "situations/index.html", context)


@login_required
def detail(request, slug):
    situation = get_object_or_404(Situation.objects.open_to(request.user), slug=slug)
    runs = Run.objects.filter(situation=situation, trainee=request.user)
    context = {
        "situation": situation,
        "open_run": runs.in_progress().first(),
        "finished_runs": runs.finished().order_by("-finished_at"),
        "audiences": situation.audiences.all(),
    }
    return render(request, "situations/detail.html", context)


@login_required
@require_POST
def start(request, slug):
    situation = get_object_or_404(Situation.objects.open_to(request.user), slug=slug)
    audience_id = request.POST.get("audience") or None
    audience = Audience.objects.filter(pk=audience_id).first() if audience_id else None
    if audience_id and audience is None:
        messages.error(request, _("Please choose one of the roles listed."))
        return redirect(situation)
    try:
        run = services.start_run(situation, request.user, audience=audience)
    except services.Refused as refusal:
        messages.error(request, refusal.messages[0])
        return redirect("situations:index")
    return redirect("situations:play", run.pk)


def _own_run(request, run_id):
    return get_object_or_404(
        Run.objects.select_related("situation", "current_step"),
        pk=run_id,
        trainee=request.user,
    )


@login_required
def play(request, run_id):
    run = _own_run(request, run_id)
    if run.is_finished:
        return redirect("situations:summary", run.pk)
    return render(request, "situations/play.html", play_context(run))


@login_required
def summary(request, run_id):
    run = _own_run(request, run_id)
    if not run.is_finished:
        return redirect("situations:play", run.pk)
    return render(request, "situations/summary.html", summary_context(run))


def _payload(request) -> tuple[dict, bool]:
    if request.content_type == "application/json":
        try:
            data = json.loads(request.body or b"{}")
        except ValueError:
            data = None
        return (data if isinstance(data, dict) else {}), True
    return request.POST.dict(), False


def _answer(request, run_id, is_json, error=None, status=200):
    run = Run.objects.filter(pk=run_id).first()
    if is_json:
        body = {"status": "refused" if error else "ok"}
        if error:
            body["message"] = error
        if run is not None and run.trainee_id == request.user.pk:
            body.update(run_state(run))
        return JsonResponse(body, status=status)
    if error:
        messages.error(request, error)
    if run is None or run.trainee_id != request.user.pk:
        return redirect("situations:index")
    return redirect("situations:play", run.pk)


def run_state(run) -> dict:
    return {
        "position": run.answer_count(),
        "current": run.current_step.key,
        "finished": run.is_finished,
        "summary_url": reverse("situations:summary", args=[run.pk]),
        "at": time.time(),
    }


def _act(request, run_id, action):
    """Parse the ids every answer carries, run the service, answer in kind."""
    run = get_object_or_404(Run, pk=run_id, trainee=request.user)
    data, is_json = _payload(request)
    try:
        client_id = uuid.UUID(str(data.get("client_id")))
        position = int(data["position"])
    except (KeyError, TypeError, ValueError):
        return _answer(request, run_id, is_json, _("This request is incomplete."), 400)
    try:
        action(run, data, client_id, position)
    except services.Refused as refusal:
        return _answer(request, run_id, is_json, refusal.messages[0], 409)
    except (KeyError, TypeError, ValueError):
        return _answer(request, run_id, is_json, _("This request is incomplete."), 400)
    return _answer(request, run_id, is_json)


@login_required
@require_POST
def choose(request, run_id):
    def action(run, data, client_id, position):
        services.record_choice(
            run,
            trainee=request.user,
            choice_id=int(data["choice"]),
            client_id=client_id,
            position=position,
        )

    return _act(request, run_id, action)


@login_required
@require_POST
def reflect(request, run_id):
    def action(run, data, client_id, position):
        answers = {name: data.get(name, "") for name in Reflection.SECTIONS}
        try:
            services.submit_reflection(
                run,
                trainee=request.user,
                client_id=client_id,
                answers=answers,
                position=position,
            )
        except services.Refused:
            raise
        except ValidationError:
            raise services.Refused(
                _("Please fill in every part of the reflection.")
            ) from None

    return _act(request, run_id, action)


@login_required
@require_POST
def back(request, run_id):
    run = _own_run(request, run_id)
    try:
        services.take_back(run, trainee=request.user)
    except services.Refused as refusal:
        messages.error(request, refusal.messages[0])
    return redirect("situations:play", run.pk)
