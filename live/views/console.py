"""The lecturer's side: creating a session, the console, preparing activities."""

import uuid

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.files.storage import default_storage
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from live import sources
from live.announce import activities_changed
from live.forms import PollForm, QuizItemForm, SessionForm, SituationForm
from live.services import ActionError, create_session
from live.services.polls import create_poll
from live.services.quiz import add_quiz_item
from live.services.situation import add_step
from live.views.access import can_host, class_sessions_for, hosted_session
from live.views.texts import ui_texts


@login_required
def new(request):
    if not can_host(request.user):
        raise PermissionDenied
    form = SessionForm(
        request.POST or None, class_sessions=class_sessions_for(request.user)
    )
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        cohosts = data.pop("cohosts", [])
        session = create_session(request.user, **data)
        session.cohosts.set(cohosts)
        return redirect("live:console", code=session.code)
    return render(request, "live/new.html", {"form": form})


@login_required
def console(request, code):
    session = hosted_session(request, code)
    return render(request, "live/console.html", _console_context(request, session))


def _console_context(request, session, **forms) -> dict:
    return {
        "session": session,
        "view": "console",
        "texts": ui_texts(),
        "poll_form": forms.get("poll_form") or PollForm(prefix="poll"),
        "quiz_form": forms.get("quiz_form")
        or QuizItemForm(prefix="quiz", bank=_bank()),
        "situation_form": forms.get("situation_form")
        or SituationForm(prefix="situation", situations=_situations(request.user)),
    }


def _bank():
    return sources.bank_questions()


def _situations(user):
    return sources.situations(user)


@login_required
@require_POST
def add_poll(request, code):
    session = hosted_session(request, code)
    form = PollForm(request.POST, prefix="poll")
    if form.is_valid():
        data = form.cleaned_data
        options = data.pop("options").splitlines()
        if _saved(request, create_poll, session, options=options, **data):
            return _back(request, code)
    return _again(request, session, poll_form=form)


@login_required
@require_POST
def add_quiz(request, code):
    session = hosted_session(request, code)
    form = QuizItemForm(request.POST, request.FILES, prefix="quiz", bank=_bank())
    fields = quiz_form_fields(form)
    if fields and _saved(request, add_quiz_item, session, **fields):
        return _back(request, code)
    return _again(request, session, quiz_form=form)


def quiz_form_fields(form) -> dict | None:
    """add_quiz_item's fields from a valid form (the bank's question, or the one
    written), with its image stored; None with the form's error otherwise."""
    if not form.is_valid():
        return None
    picked = form.cleaned_data.get("bank_question")
    fields = sources.copy_question(picked) if picked else form.written()
    if fields is None:
        form.add_error("bank_question", _("This question cannot be asked live."))
        return None
    upload = form.cleaned_data.get("image")
    if upload:
        # Under images/: the only media path served to anyone (as Wagtail's images).
        name = default_storage.save(
            f"images/live/{uuid.uuid4().hex}.{upload.live_extension}", upload
        )
        fields["image"] = default_storage.url(name)
    return {**fields, "seconds": form.cleaned_data["seconds"]}


def _back(request, code):
    """To the preparation page when the form came from there, else the console."""
    if request.POST.get("back") == "prepare":
        return redirect("live:prepare", code=code)
    return redirect("live:console", code=code)


def _again(request, session, **forms):
    """The form again with its errors, on the page it came from."""
    if request.POST.get("back") == "prepare":
        from live.views.prepare import prepare_context

        context = prepare_context(request, session, **forms)
        return render(request, "live/prepare.html", context, status=400)
    context = _console_context(request, session, **forms)
    return render(request, "live/console.html", context, status=400)


@login_required
@require_POST
def add_situation(request, code):
    session = hosted_session(request, code)
    form = SituationForm(
        request.POST, prefix="situation", situations=_situations(request.user)
    )
    if form.is_valid():
        fields = sources.first_step(form.cleaned_data["situation"])
        if fields and _saved(request, add_step, session, **fields):
            return redirect("live:console", code=code)
    return _again(request, session, situation_form=form)


def _saved(request, service, session, **fields) -> bool:
    try:
        service(session, **fields)
    except ActionError as error:
        messages.error(request, error.message)
        return False
    activities_changed(session)
    messages.success(request, _("Added. Open it from the list when you are ready."))
    return True
