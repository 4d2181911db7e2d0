"""Join by code, the participant page and the presenter screen."""

import time

from axes.helpers import get_client_ip_address
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from live import codes, limits
from live.forms import JoinForm
from live.models import LiveSession, Participant
from live.services import ActionError, join_session
from live.views.access import can_host, hosted_session
from live.views.texts import ui_texts


def token_key(code: str) -> str:
    return f"live:{code}"


@require_http_methods(["GET", "POST"])
def join(request):
    """`/live/`: a code (and, for someone not logged in, a name)."""
    form = JoinForm(request.POST or None, initial={"code": request.GET.get("code")})
    if request.method == "POST" and form.is_valid():
        code = form.cleaned_data["code"]
        try:
            session = codes.find(code, get_client_ip_address(request) or "")
        except codes.TooManyMisses:
            return _too_many_misses(request, form)
        if session is None:
            form.add_error("code", _("There is no session with this code."))
        elif request.user.is_authenticated or request.session.get(token_key(code)):
            return redirect("live:participant", code=code)
        elif not form.cleaned_data["name"].strip():
            form.add_error("name", _("Please enter your name."))
        elif not limits.joins.get(
            (session.pk, get_client_ip_address(request) or "")
        ).allow(time.monotonic()):
            form.add_error(
                "name",
                _("Too many people joined from this network: please wait a moment."),
            )
        else:
            try:
                person = join_session(session, name=form.cleaned_data["name"])
            except ActionError as error:
                form.add_error("name", error.message)
            else:
                request.session[token_key(code)] = str(person.token)
                return redirect("live:participant", code=code)
    hosted = (
        LiveSession.objects.hosted_by(request.user)[:10]
        if can_host(request.user)
        else []
    )
    return render(
        request,
        "live/join.html",
        {"form": form, "hosted": hosted, "can_host": can_host(request.user)},
    )


def _too_many_misses(request, form):
    message = _(
        "Too many wrong codes from this place. Please wait %(minutes)s minutes, "
        "or scan the QR code on the screen."
    ) % {"minutes": codes.wait_minutes()}
    form.errors.setdefault("code", form.error_class()).append(message)
    return render(
        request, "live/join.html", {"form": form, "hosted": [], "can_host": False},
        status=429,
    )  # fmt: skip


def participant(request, code):
    """`/live/<code>/`: the phone screen; the script draws it from the snapshot."""
    try:
        session = codes.find(code, get_client_ip_address(request) or "")
    except codes.TooManyMisses:
        return _too_many_misses(request, JoinForm(initial={"code": code}))
    if session is None:
        raise Http404
    token = request.session.get(token_key(code), "")
    if not request.user.is_authenticated and not _known(session, token):
        return redirect(f"{reverse('live:join')}?code={code}")
    return render(
        request,
        "live/participant.html",
        _context(session, "participant", token=token,
                 host=session.is_host(request.user)),
    )  # fmt: skip


def _known(session: LiveSession, token: str) -> bool:
    try:
        return (
            bool(token)
            and Participant.objects.filter(session=session, token=token).exists()
        )
    except Exception:  # noqa: BLE001 - a malformed token is simply unknown
        return False


def presenter(request, code):
    """`/live/<code>/present/`: the projector (1920×1080), for the hosts."""
    session = hosted_session(request, code)
    return render(request, "live/presenter.html", _context(session, "presenter"))


def _context(session: LiveSession, view: str, **extra) -> dict:
    return {
        "session": session,
        "view": view,
        "texts": ui_texts(),
        "join_url": f"/live/?code={session.code}",
        **extra,
    }
