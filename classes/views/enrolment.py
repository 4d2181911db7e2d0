"""Enrolment one by one and from a roster file (preview, then all or nothing)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from classes import access
from classes.forms import EnrolForm, ReasonForm, RosterForm
from classes.roster import RosterError
from classes.services import (
    check_roster,
    enrol_by_phone,
    import_roster,
    withdraw_trainee,
)

SESSION_KEY = "roster-upload"


@login_required
def enrol(request, pk):
    """Enrol one person, found by phone or created."""
    training_class = access.managed_class_or_404(request, pk)
    form = EnrolForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            enrolment = enrol_by_phone(
                training_class, by=request.user, **form.cleaned_data
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _("%(name)s is enrolled.") % {"name": enrolment.trainee.full_name},
            )
            return redirect("class_detail", pk=pk)
    return render(
        request, "classes/enrol.html", {"training_class": training_class, "form": form}
    )


@login_required
def withdraw(request, pk, enrolment_pk):
    training_class = access.managed_class_or_404(request, pk)
    enrolment = get_object_or_404(training_class.enrolments, pk=enrolment_pk)
    form = ReasonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        withdraw_trainee(enrolment, reason=form.cleaned_data["reason"])
        messages.success(
            request, _("The trainee has been withdrawn; the history is kept.")
        )
        return redirect("class_detail", pk=pk)
    return render(
        request,
        "classes/withdraw.html",
        {
            "training_class": training_class,
            "enrolment": enrolment,
            "form": form,
        },
    )


@login_required
def roster(request, pk):
    """Upload -> preview with per-row errors -> confirm (nothing saved before)."""
    training_class = access.managed_class_or_404(request, pk)
    form, rows, error = (
        RosterForm(request.POST or None, request.FILES or None),
        None,
        "",
    )
    if request.method == "POST" and "confirm" in request.POST:
        return _confirm_roster(request, training_class)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        content = upload.read()
        try:
            rows = check_roster(training_class, upload.name, content)
        except RosterError as problem:
            error = str(problem)
        else:
            request.session[SESSION_KEY] = {
                "name": upload.name,
                "content": content.hex(),
            }
    return render(
        request,
        "classes/roster.html",
        {
            "training_class": training_class,
            "form": form,
            "rows": rows,
            "error": error,
            "has_errors": bool(rows) and any(r.errors for r in rows),
        },
    )


def _confirm_roster(request, training_class):
    upload = request.session.pop(SESSION_KEY, None)
    if not upload:
        messages.error(request, _("Please upload the file again."))
        return redirect("roster", pk=training_class.pk)
    try:
        count = import_roster(
            training_class, upload["name"], bytes.fromhex(upload["content"])
        )
    except (ValidationError, RosterError):
        messages.error(request, _("The roster has errors; nothing was saved."))
        return redirect("roster", pk=training_class.pk)
    messages.success(request, _("%(n)d people are enrolled.") % {"n": count})
    return redirect("class_detail", pk=training_class.pk)
