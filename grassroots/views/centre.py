"""The centre's side: the queue and the overdue list, routing, answering,
reviewing (publish, send back, decline), and keeping a live session's question."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from grassroots import queries, services
from grassroots.forms import (
    AnswerForm,
    DeclineForm,
    KeepForm,
    PublishForm,
    ReturnForm,
    RouteForm,
)
from grassroots.models import Question
from grassroots.views.access import question_for
from live.models import Question as LiveQuestion


def _queue_page(request, overdue: bool):
    if not request.user.has_perm("grassroots.see_queue"):
        raise PermissionDenied
    status = request.GET.get("status", "")
    if status not in Question.Status.values:
        status = ""
    everything = queries.visible_queue(request.user)
    return render(
        request,
        "grassroots/queue.html",
        {
            "questions": queries.queue(request.user, status, overdue)[:200],
            "to_answer": queries.to_answer(request.user),
            "counts": queries.counts(everything),
            "status": status,
            "statuses": Question.Status.choices,
            "overdue": overdue,
        },
    )


@never_cache
@login_required
def queue(request):
    return _queue_page(request, overdue=False)


@never_cache
@login_required
def overdue(request):
    return _queue_page(request, overdue=True)


@never_cache
@login_required
def route(request, pk):
    question = question_for(request, pk, "grassroots.route_question")
    form = RouteForm(request.POST or None, question=question)
    if request.method == "POST" and form.is_valid():
        try:
            services.route_question(
                question,
                by=request.user,
                lecturer=form.cleaned_data["lecturer"],
                unit=form.cleaned_data["unit"],
                partner=form.cleaned_data["partner"],
                due_on=form.cleaned_data["due_on"],
            )
        except services.QuestionError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("The question has been routed."))
            return redirect("grassroots:queue")
    return render(
        request, "grassroots/route.html", {"question": question, "form": form}
    )


@never_cache
@login_required
def answer(request, pk):
    question = question_for(request, pk, "grassroots.answer_question")
    form = AnswerForm(request.POST or None, initial={"text": question.answer})
    if request.method == "POST" and form.is_valid():
        try:
            services.answer_question(
                question, by=request.user, text=form.cleaned_data["text"]
            )
        except services.QuestionError as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request, _("Your answer has been sent to the centre for review.")
            )
            return redirect("grassroots:queue")
    return render(
        request, "grassroots/answer.html", {"question": question, "form": form}
    )


REVIEW_ACTIONS = {
    "publish": PublishForm,
    "return": ReturnForm,
    "decline": DeclineForm,
}


@never_cache
@login_required
def review(request, pk):
    """Publish the answer, send it back to the lecturer, or decline the question."""
    question = question_for(request, pk, "grassroots.review_question")
    action = request.POST.get("action", "publish")
    forms = {
        name: (
            form_class(request.POST, **_form_kwargs(form_class, question))
            if request.method == "POST" and name == action
            else form_class(**_form_kwargs(form_class, question))
        )
        for name, form_class in REVIEW_ACTIONS.items()
    }
    if request.method == "POST":
        form = forms.get(action) or forms["publish"]
        if form.is_valid():
            try:
                _apply(action, question, request.user, form.cleaned_data)
            except services.QuestionError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, DONE[action]())
                return redirect("grassroots:detail", question.pk)
    return render(
        request,
        "grassroots/review.html",
        {"question": question, "forms": forms, "action": action},
    )


def _form_kwargs(form_class, question) -> dict:
    return {"question": question} if form_class is PublishForm else {}


DONE = {
    "publish": lambda: _("The answer has been published and the asker told."),
    "return": lambda: _("The answer has been sent back to the lecturer."),
    "decline": lambda: _("The question has been declined and the asker told."),
}


def _apply(action, question, user, data) -> None:
    if action == "return":
        services.return_answer(question, by=user, note=data["note"])
    elif action == "decline":
        services.decline_question(question, by=user, reason=data["reason"])
    else:
        services.publish_question(
            question,
            by=user,
            answer=data["answer"],
            lessons=data["lessons"],
            documents=data["documents"],
            programme=data["programme"],
        )


@never_cache
@login_required
def keep_live(request, pk):
    """Keep a question from the floor of a live session the user hosts."""
    live_question = get_object_or_404(
        LiveQuestion.objects.select_related("session", "author"), pk=pk
    )
    if not live_question.session.is_host(request.user):
        raise PermissionDenied
    kept = getattr(live_question, "grassroots_question", None)
    form = KeepForm(request.POST or None)
    if request.method == "POST" and kept is None and form.is_valid():
        try:
            kept = services.keep_live_question(
                live_question, by=request.user, topic=form.cleaned_data["topic"]
            )
        except services.QuestionError as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request,
                _("The question has been kept in the queue of %(centre)s.")
                % {"centre": kept.centre.name},
            )
            return redirect("grassroots:detail", kept.pk)
    return render(
        request,
        "grassroots/keep.html",
        {"live_question": live_question, "kept": kept, "form": form},
    )
