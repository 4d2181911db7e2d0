"""Issuing credentials, one credential's page, its PDF, revocation and re-issue."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from classes import access
from classes.forms import ReasonForm
from records.forms import CorrectionForm, IssueForm
from records.gradebook import class_standings
from records.models import Credential, CredentialTemplate, SigningForm
from records.pdf import credential_pdf
from records.services import (
    correct_credential,
    issue_credentials,
    reissue_credential,
    revoke_credential,
)
from records.services.credentials import CORRECTABLE
from units.roles import Role


def _signer_defaults(user, training_class) -> dict:
    """The signer as the manager's grant names them, the place as the unit's
    template prints it; a deputy ("Phó …") signs KT. for the head."""
    unit = training_class.training_unit
    template = CredentialTemplate.default_for(
        unit, training_class.version.credential_type
    )
    grant = (
        user.grants.current()
        .filter(role=Role.CENTRE_MANAGER, training_unit=unit)
        .first()
    )
    title = getattr(grant, "title", "").strip()
    for suffix in (template.unit_line, unit.name):
        if suffix and title.lower().endswith(suffix.lower()):
            title = title[: -len(suffix)].strip(" ,")
    if title.lower() == template.head_title.lower():
        title = template.head_title
    return {
        "signer_name": user.full_name,
        "signer_title": title,
        "signing_form": SigningForm.ON_BEHALF if title.startswith("Phó") else "",
        "place_name": template.place_name,
    }


@login_required
def issue(request, pk):
    """The manager confirms the list of eligible trainees, then issues at once."""
    training_class = access.managed_class_or_404(
        request, pk, write="records.issue_credentials"
    )
    standings, held, eligible = _issue_candidates(training_class)
    form = _issue_form(request, training_class, eligible)
    if request.method == "POST" and form.is_valid():
        issued = _issue_from(form, training_class, request.user)
        if issued is not None:
            messages.success(
                request, _("%(n)d credentials issued.") % {"n": len(issued)}
            )
            return redirect("issue", pk=pk)
    return render(
        request,
        "records/issue.html",
        {
            "training_class": training_class,
            "form": form,
            "standings": standings,
            "held": held,
            "eligible": eligible,
            "template_url": _template_url(request.user, training_class),
            "counts": _counts(training_class),
        },
    )


def _counts(training_class) -> dict:
    """The class's credentials by status: in force, revoked, replaced."""
    by_status = dict(
        training_class.credentials.values_list("status")
        .annotate(n=Count("pk"))
        .values_list("status", "n")
    )
    return {status: by_status.get(status, 0) for status in Credential.Status.values}


def _template_url(user, training_class) -> str:
    """Where the unit's template of the class's credential is edited, if the user
    may edit it (its centre manager, an administrator)."""
    if not user.has_perm("records.change_credentialtemplate"):
        return ""
    template = CredentialTemplate.default_for(
        training_class.training_unit, training_class.version.credential_type
    )
    prefix = "wagtailsnippets_records_credentialtemplate"
    if template.pk:
        return reverse(f"{prefix}:edit", args=[template.pk])
    return reverse(f"{prefix}:add")


def _issue_candidates(training_class) -> tuple[list, dict, list]:
    """(standings, {trainee id: their latest credential id, valid or revoked},
    eligible standings of the trainees holding none; a revoked one is re-issued
    from its own page)."""
    standings = class_standings(training_class)
    held = dict(
        training_class.credentials.filter(reissued_as__isnull=True).values_list(
            "trainee_id", "pk"
        )
    )
    eligible = [s for s in standings if s.outcome.eligible and s.trainee.pk not in held]
    return standings, held, eligible


def _issue_form(request, training_class, eligible) -> IssueForm:
    """The issue form, the signer filled in and every eligible trainee ticked."""
    form = IssueForm(
        request.POST or None,
        initial=_signer_defaults(request.user, training_class)
        | {"trainees": [s.trainee.pk for s in eligible]},
    )
    form.fields["trainees"].choices = [
        (s.trainee.pk, s.trainee.full_name) for s in eligible
    ]
    return form


def _issue_from(form, training_class, user) -> list[Credential] | None:
    """Issue as the valid form says; None, the error put on the form, if refused."""
    data = form.cleaned_data
    try:
        return issue_credentials(
            training_class,
            trainee_ids=data["trainees"],
            issued_by=user,
            signer_name=data["signer_name"],
            signer_title=data["signer_title"],
            place_name=data["place_name"],
            signing_form=data["signing_form"],
        )
    except ValidationError as error:
        form.add_error(None, error)
        return None


def _credential_or_404(user, pk) -> Credential:
    return get_object_or_404(
        Credential.objects.visible_to(user).select_related("training_class"), pk=pk
    )


@login_required
def credential(request, pk):
    found = _credential_or_404(request.user, pk)
    can_manage = request.user.has_perm(
        "records.issue_credentials", found.training_class
    )
    return render(
        request,
        "records/credential.html",
        {
            "credential": found,
            "can_manage": can_manage,
            "events": found.events.select_related("actor") if can_manage else [],
            "reason_form": ReasonForm(),
            "correction_form": CorrectionForm(
                initial={f: getattr(found, f) for f in CORRECTABLE}
            ),
        },
    )


@login_required
def credential_pdf_view(request, pk):
    found = _credential_or_404(request.user, pk)
    url = request.build_absolute_uri(reverse("verify_code", args=[found.code]))
    response = HttpResponse(credential_pdf(found, url), content_type="application/pdf")
    name = found.serial_no.replace("/", "-")
    response["Content-Disposition"] = f'inline; filename="{name}.pdf"'
    return response


def _change(request, pk, action, done: str):
    found = _credential_or_404(request.user, pk)
    if not access.can_teach(request.user, found.training_class):
        raise Http404
    access.require(request, "records.issue_credentials", found.training_class)
    form = ReasonForm(request.POST)
    if request.method != "POST" or not form.is_valid():
        messages.error(request, _("Please give a reason."))
        return redirect("credential", pk=pk)
    try:
        result = action(found, by=request.user, reason=form.cleaned_data["reason"])
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("credential", pk=pk)
    messages.success(request, done)
    return redirect("credential", pk=result.pk)


@require_POST
@login_required
def revoke(request, pk):
    return _change(request, pk, revoke_credential, _("The credential is revoked."))


@require_POST
@login_required
def reissue(request, pk):
    return _change(
        request, pk, reissue_credential, _("A corrected credential has been issued.")
    )


@require_POST
@login_required
def correct(request, pk):
    """Replace a valid credential by a corrected copy under a new number."""
    found = _credential_or_404(request.user, pk)
    if not access.can_teach(request.user, found.training_class):
        raise Http404
    access.require(request, "records.issue_credentials", found.training_class)
    form = CorrectionForm(request.POST)
    if not form.is_valid():
        errors = [e for field in form.errors.values() for e in field]
        messages.error(request, " ".join(errors))
        return redirect("credential", pk=pk)
    changes = {f: form.cleaned_data[f] for f in CORRECTABLE}
    try:
        new = correct_credential(
            found, by=request.user, reason=form.cleaned_data["reason"], **changes
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("credential", pk=pk)
    messages.success(request, _("A corrected credential has been issued."))
    return redirect("credential", pk=new.pk)
