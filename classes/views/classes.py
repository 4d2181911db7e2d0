"""Classes for their staff: the list, one class, its timetable, the lecturer's week."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from classes import access
from classes.forms import ClassForm, SessionForm
from classes.models import ClassSession, TrainingClass
from classes.services import schedule_session
from classes.services.timetable import delete_session, why_not_delete
from units.models import TrainingUnit
from units.roles import Role

PART_ORDER = {"morning": 0, "afternoon": 1, "evening": 2}


def in_day_order(sessions) -> list[ClassSession]:
    return sorted(sessions, key=lambda s: (s.date, PART_ORDER.get(s.part, 3)))


@login_required
def class_list(request):
    staff = access.staff_classes(request.user).select_related(
        "version__programme", "training_unit"
    )
    mine = TrainingClass.objects.for_trainee(request.user).select_related(
        "version__programme"
    )
    return render(
        request,
        "classes/class_list.html",
        {
            "staff_classes": staff,
            "my_classes": mine,
            "today": timezone.localdate(),
        },
    )


@login_required
def timetable(request, pk):
    """The printable timetable (lịch học) of a class."""
    training_class = access.visible_class_or_404(request, pk)
    return render(
        request,
        "classes/timetable.html",
        {
            "training_class": training_class,
            "sessions": in_day_order(
                training_class.sessions.select_related("lecturer")
            ),
            "can_manage": access.can_manage(request.user, training_class),
        },
    )


def _lecturers(training_class, session=None):
    """The unit's lecturers, and the session's own one even if no longer listed."""
    return User.objects.filter(
        Q(
            grants__role=Role.LECTURER,
            grants__training_unit=training_class.training_unit,
        )
        | Q(pk=session.lecturer_id if session else None)
    ).distinct()


def _session_or_404(training_class, session_pk) -> ClassSession:
    return get_object_or_404(
        training_class.sessions.select_related("lecturer"), pk=session_pk
    )


@login_required
def add_session(request, pk, session_pk=None):
    """Add a session to the timetable, or change one (the same form and checks)."""
    training_class = access.managed_class_or_404(request, pk)
    session = _session_or_404(training_class, session_pk) if session_pk else None
    initial = {}
    if session:
        initial = {
            field: getattr(session, field)
            for field in ("date", "part", "periods", "topic", "lecturer", "room")
        }
    form = SessionForm(
        request.POST or None,
        initial=initial,
        lecturers=_lecturers(training_class, session),
    )
    if request.method == "POST" and form.is_valid():
        try:
            schedule_session(training_class, session=session, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            if session:
                messages.success(request, _("The session has been changed."))
            else:
                messages.success(
                    request, _("The session has been added to the timetable.")
                )
            return redirect("class_detail", pk=pk)
    return render(
        request,
        "classes/session_form.html",
        {
            "training_class": training_class,
            "session": session,
            "form": form,
        },
    )


@login_required
def remove_session(request, pk, session_pk):
    """Confirm, then delete a session that nobody has been marked at yet."""
    training_class = access.managed_class_or_404(request, pk)
    session = _session_or_404(training_class, session_pk)
    refusal = why_not_delete(session)
    if request.method == "POST":
        try:
            delete_session(session)
        except ValidationError as error:
            refusal = error.messages[0]
        else:
            messages.success(request, _("The session has been deleted."))
            return redirect("class_detail", pk=pk)
    return render(
        request,
        "classes/session_delete.html",
        {
            "training_class": training_class,
            "session": session,
            "refusal": refusal,
        },
        status=409 if refusal and request.method == "POST" else 200,
    )


@login_required
def teaching(request):
    """The lecturer's own schedule across classes, from today on."""
    sessions = (
        ClassSession.objects.filter(
            lecturer=request.user, date__gte=timezone.localdate()
        )
        .select_related("training_class__version__programme")
        .order_by("date", "part")
    )
    return render(
        request, "classes/teaching.html", {"sessions": in_day_order(sessions)}
    )


def _class_form(request, instance=None) -> ClassForm:
    units = TrainingUnit.objects.run_by(request.user)
    lecturers = User.objects.filter(
        grants__role=Role.LECTURER, grants__training_unit__in=units
    ).distinct()
    return ClassForm(
        request.POST or None, instance=instance, units=units, lecturers=lecturers
    )


@login_required
def edit_class(request, pk=None):
    """Open a class (or change one) in a unit the user manages."""
    instance = access.managed_class_or_404(request, pk) if pk else None
    if instance is None and not TrainingUnit.objects.run_by(request.user).exists():
        raise Http404
    form = _class_form(request, instance)
    if request.method == "POST" and form.is_valid():
        training_class = form.save()
        messages.success(request, _("The class has been saved."))
        return redirect("class_detail", pk=training_class.pk)
    return render(
        request,
        "classes/class_form.html",
        {
            "form": form,
            "training_class": instance,
        },
    )
