"""Enrolment one by one and from a roster file (preview, then all or nothing)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from accounts.models import User
from accounts.phones import InvalidPhone, normalize_phone
from accounts.roles import Role
from accounts.services import create_person, grant_role
from training import access
from training.forms import EnrolForm, ReasonForm, RosterForm
from training.models import Enrolment
from training.roster import RosterError
from training.services import (
    check_roster,
    enrol_trainee,
    import_roster,
    withdraw_trainee,
)

SESSION_KEY = "roster-upload"


@transaction.atomic
def _enrol_person(training_class, data) -> Enrolment:
    try:
        phone = normalize_phone(data["phone"])
    except InvalidPhone:
        raise ValidationError(
            _("This is not a valid Vietnamese phone number.")
        ) from None
    person = User.objects.filter(phone=phone).first() or create_person(
        username=f"hv{phone[-9:]}",
        full_name=data["full_name"],
        phone=phone,
        date_of_birth=data["date_of_birth"],
        party_cell=data["party_cell"],
        position=data["position"],
    )
    grant_role(person, Role.TRAINEE, training_unit=training_class.training_unit)
    return enrol_trainee(training_class, person)


@login_required
def enrol(request, pk):
    """Enrol one person, found by phone or created."""
    training_class = access.managed_class_or_404(request.user, pk)
    form = EnrolForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            enrolment = _enrol_person(training_class, form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _("%(name)s is enrolled.") % {"name": enrolment.trainee.full_name},
            )
            return redirect("class_detail", pk=pk)
    return render(
        request, "training/enrol.html", {"training_class": training_class, "form": form}
    )


@login_required
def withdraw(request, pk, enrolment_pk):
    training_class = access.managed_class_or_404(request.user, pk)
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
        "training/withdraw.html",
        {
            "training_class": training_class,
            "enrolment": enrolment,
            "form": form,
        },
    )


@login_required
def roster(request, pk):
    """Upload -> preview with per-row errors -> confirm (nothing saved before)."""
    training_class = access.managed_class_or_404(request.user, pk)
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
        "training/roster.html",
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
