"""Enrolment one by one and from a roster file (preview, then all or nothing)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from classes import access
from classes.forms import EnrolForm, ReasonForm, RosterForm
from classes.roster import RosterError
from classes.roster_files import rejected_xlsx
from classes.services import (
    check_roster,
    enrol_by_phone,
    import_roster,
    withdraw_trainee,
)

SESSION_KEY = "roster-upload"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


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
    if request.method == "POST" and "rejected" in request.POST:
        return _rejected_rows(request, training_class)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        content = upload.read()
        try:
            rows = check_roster(training_class, upload.name, content, by=request.user)
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
            "good": [r for r in rows or [] if not r.errors],
        },
    )


def _stored_upload(request):
    upload = request.session.get(SESSION_KEY)
    return (upload["name"], bytes.fromhex(upload["content"])) if upload else None


def _rejected_rows(request, training_class):
    """The rows in error of the file being checked, to correct and upload again."""
    upload = _stored_upload(request)
    if upload is None:
        messages.error(request, _("Please upload the file again."))
        return redirect("roster", pk=training_class.pk)
    rows = check_roster(training_class, *upload, by=request.user)
    response = HttpResponse(
        rejected_xlsx([row for row in rows if row.errors]), content_type=XLSX
    )
    name = f"dong-loi-{training_class.code}.xlsx"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def _confirm_roster(request, training_class):
    upload = _stored_upload(request)
    request.session.pop(SESSION_KEY, None)
    if upload is None:
        messages.error(request, _("Please upload the file again."))
        return redirect("roster", pk=training_class.pk)
    keep_good = request.POST.get("confirm") == "good"
    try:
        count = import_roster(
            training_class, *upload, by=request.user, keep_good=keep_good
        )
    except (ValidationError, RosterError):
        messages.error(request, _("The roster has errors; nothing was saved."))
        return redirect("roster", pk=training_class.pk)
    messages.success(request, _("%(n)d people are enrolled.") % {"n": count})
    return redirect("class_detail", pk=training_class.pk)
