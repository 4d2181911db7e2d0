"""Preparing polls and quiz questions before class: the list, editing a draft,
moving, duplicating and deleting (the lecturer's, as the console)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from live import sources
from live.announce import activities_changed
from live.forms import PollForm, QuizItemForm
from live.services import ActionError
from live.services import prepare as preparing
from live.services.polls import update_poll
from live.services.quiz import update_quiz_item
from live.views.access import hosted_session
from live.views.console import quiz_form_fields

STEPS = {"up", "down", "duplicate", "delete"}


def prepare_context(request, session, **forms) -> dict:
    return {
        "session": session,
        "polls": session.polls.all(),
        "items": session.quiz_items.all(),
        "poll_form": forms.get("poll_form") or PollForm(prefix="poll"),
        "quiz_form": forms.get("quiz_form")
        or QuizItemForm(prefix="quiz", bank=sources.bank_questions()),
    }


@login_required
@require_GET
def prepare(request, code):
    """`/live/<code>/prepare/`: every poll and quiz question, in the order asked."""
    session = hosted_session(request, code)
    return render(request, "live/prepare.html", prepare_context(request, session))


@login_required
@require_http_methods(["GET", "POST"])
def edit(request, code, kind, activity_id):
    """A draft poll or quiz question, changed before it is opened."""
    session = hosted_session(request, code)
    thing = _prepared(session, kind, activity_id)
    form = _edit_form(request, kind, thing)
    if request.method == "POST":
        try:
            if kind == "poll" and form.is_valid():
                data = dict(form.cleaned_data)
                options = data.pop("options").splitlines()
                update_poll(thing, options=options, **data)
                return _done(request, session, _("Saved."))
            fields = kind == "quiz" and quiz_form_fields(form)
            if fields:
                fields.pop("source_question_id", None)
                fields.setdefault("image", thing.image)
                update_quiz_item(thing, **fields)
                return _done(request, session, _("Saved."))
        except ActionError as error:
            messages.error(request, error.message)
    status = 400 if request.method == "POST" else 200
    context = {"session": session, "form": form, "kind": kind, "thing": thing}
    return render(request, "live/prepare_edit.html", context, status=status)


@login_required
@require_POST
def step(request, code, kind, activity_id, action):
    """Move up or down, duplicate or delete one poll or quiz question."""
    session = hosted_session(request, code)
    if action not in STEPS:
        raise Http404
    _prepared(session, kind, activity_id)
    try:
        if action in {"up", "down"}:
            preparing.move(session, kind, activity_id, up=action == "up")
            activities_changed(session)
            return redirect("live:prepare", code=code)
        if action == "duplicate":
            preparing.duplicate(session, kind, activity_id)
            return _done(
                request, session, _("Copied: the copy is at the end of the list.")
            )
        preparing.delete_draft(session, kind, activity_id)
        return _done(request, session, _("Deleted."))
    except ActionError as error:
        messages.error(request, error.message)
        return redirect("live:prepare", code=code)


def _prepared(session, kind, activity_id):
    try:
        return preparing.prepared(session, kind, activity_id)
    except ActionError:
        raise Http404 from None


def _edit_form(request, kind, thing):
    data = request.POST if request.method == "POST" else None
    if kind == "poll":
        initial = {
            "kind": thing.kind, "prompt": thing.prompt,
            "options": "\n".join(thing.options), "scale": thing.scale,
            "results_visible": thing.results_visible,
        }  # fmt: skip
        return PollForm(data, initial=initial, prefix="poll")
    form = QuizItemForm(
        data,
        request.FILES or None,
        initial=QuizItemForm.initial_for(thing),
        prefix="quiz",
    )
    del form.fields["bank_question"]
    return form


def _done(request, session, message):
    """A change made: the open consoles are told, the page shows the list again."""
    activities_changed(session)
    messages.success(request, message)
    return redirect("live:prepare", code=session.code)
