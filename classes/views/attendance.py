"""Attendance: the lecturer's roll call, the presenter's QR code, self check-in."""

import secrets
import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from classes import access, checkin_codes
from classes.models import Attendance, ClassSession, Enrolment
from classes.services import check_in, mark_attendance
from elearning.qr import qr_svg

DEVICE_COOKIE = "device"
DEVICE_MAX_AGE = 5 * 365 * 24 * 3600


def _roll_call_or_403(request, pk) -> ClassSession:
    """The session, when the user may take its attendance: its own lecturer, or
    whoever runs the class (a lecturer of another session, or the province's
    manager, sees it 403)."""
    session = get_object_or_404(
        ClassSession.objects.select_related("training_class"), pk=pk
    )
    access.staff_class_or_404(request, session.training_class_id, write=None)
    access.require(request, "classes.take_attendance", session)
    return session


@login_required
def roll_call(request, pk):
    """Everyone present by default; the lecturer taps the exceptions and saves."""
    session = _roll_call_or_403(request, pk)
    enrolments = session.training_class.enrolments.filter(
        status=Enrolment.Status.ACTIVE
    ).select_related("trainee")
    if request.method == "POST":
        marks = {
            e.trainee_id: request.POST.get(f"status-{e.trainee_id}", "present")
            for e in enrolments
        }
        try:
            saved = mark_attendance(session, marks)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request, _("Attendance saved for %(n)d trainees.") % {"n": saved}
            )
            return redirect("roll_call", pk=pk)
    recorded = {a.trainee_id: a for a in session.attendance.all()}
    rows = [(e, recorded.get(e.trainee_id)) for e in enrolments]
    return render(
        request,
        "classes/roll_call.html",
        {
            "session": session,
            "rows": rows,
            "statuses": Attendance.Status.choices,
        },
    )


def _current_session(training_class):
    today = timezone.localtime()
    sessions = list(training_class.sessions.filter(date=today.date()))
    if not sessions:
        return None
    part = (
        "morning" if today.hour < 12 else "afternoon" if today.hour < 18 else "evening"
    )
    return next((s for s in sessions if s.part == part), sessions[0])


@login_required
def presenter(request, pk):
    """The screen in the hall: a QR code that changes every 15 seconds."""
    training_class = access.staff_class_or_404(request, pk)
    access.require(request, "classes.teach_class", training_class)
    session_id = request.GET.get("session")
    session = (
        training_class.sessions.filter(pk=session_id).first()
        if session_id and session_id.isdigit()
        else _current_session(training_class)
    )
    return render(
        request,
        "classes/presenter.html",
        {
            "training_class": training_class,
            "session": session,
            "today_sessions": training_class.sessions.filter(date=timezone.localdate()),
            **(_qr_context(request, session) if session else {}),
        },
    )


def _qr_context(request, session) -> dict:
    now = time.time()
    code = checkin_codes.make_code(session.pk, now, settings.SECRET_KEY)
    url = request.build_absolute_uri(reverse("check_in", args=[code]))
    return {
        "session": session,
        "code": code,
        "check_in_url": url,
        "qr": qr_svg(url),
        "seconds_left": checkin_codes.seconds_left(now),
        "present": session.attendance.filter(
            status__in=[Attendance.Status.PRESENT, Attendance.Status.LATE]
        ).count(),
    }


@login_required
def presenter_qr(request, pk, session_pk):
    """The htmx fragment the presenter screen fetches every few seconds."""
    training_class = access.staff_class_or_404(request, pk)
    access.require(request, "classes.teach_class", training_class)
    session = get_object_or_404(training_class.sessions, pk=session_pk)
    return render(request, "classes/presenter_qr.html", _qr_context(request, session))


@login_required
def self_check_in(request, code):
    """The page the QR code opens: marks the logged-in trainee present."""
    device = request.COOKIES.get(DEVICE_COOKIE) or secrets.token_hex(16)
    try:
        attendance = check_in(code, request.user, device=device)
    except ValidationError as error:
        response = render(
            request,
            "classes/check_in.html",
            {"error": " ".join(error.messages)},
            status=400,
        )
    except ClassSession.DoesNotExist:
        response = render(
            request,
            "classes/check_in.html",
            {"error": _("This is not a valid check-in code.")},
            status=400,
        )
    else:
        response = render(request, "classes/check_in.html", {"attendance": attendance})
    response.set_cookie(
        DEVICE_COOKIE,
        device,
        max_age=DEVICE_MAX_AGE,
        httponly=True,
        samesite="Lax",
        secure=request.is_secure(),
    )
    return response
