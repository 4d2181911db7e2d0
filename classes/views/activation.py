"""The class's activation slips: new codes for those who have not set a password,
or for one person again (a forgotten password, a misused account)."""

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.translation import gettext as _

from classes import access
from classes.forms import SlipsForm
from classes.services.activation import (
    code_history,
    give_slips,
    waiting_for_activation,
)
from classes.slips import slips_pdf, slips_xlsx
from units.people import people_run_by

TYPES = {
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def _download(request, training_class, slips, kind) -> HttpResponse:
    link = request.build_absolute_uri("/activate/")
    if kind == "pdf":
        unit = training_class.training_unit.name
        body = slips_pdf(slips, class_name=str(training_class), unit=unit, link=link)
    else:
        body = slips_xlsx(slips, link=link)
    response = HttpResponse(body, content_type=TYPES[kind])
    name = f"phieu-kich-hoat-{training_class.code}.{kind}"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@login_required
def activation_slips(request, pk):
    training_class = access.managed_class_or_404(request, pk)
    access.require(request, "classes.give_activation_codes", training_class)
    waiting = waiting_for_activation(training_class)
    form = SlipsForm(request.POST or None, training_class=training_class)
    if request.method == "POST" and form.is_valid():
        chosen = form.cleaned_data["enrolment"]
        people = [chosen.trainee] if chosen else waiting
        if people:
            slips = give_slips(
                by=request.user,
                people=people,
                compromised=bool(chosen) and form.cleaned_data["compromised"],
            )
            return _download(
                request, training_class, slips, form.cleaned_data["format"]
            )
        form.add_error(
            None,
            _(
                "Everyone in this class has set a password. To give one person a "
                "new code, choose them."
            ),
        )
    context = {
        "training_class": training_class,
        "waiting": waiting,
        "form": form,
        "history": code_history(training_class),
        "now": timezone.now(),
    }
    return render(request, "classes/activation_slips.html", context)


@login_required
def person_slip(request, pk):
    """One person's slip: a lecturer or manager invited from the admin, or anyone
    of the centre who needs a new code outside a class."""
    person = get_object_or_404(people_run_by(request.user), pk=pk, is_active=True)
    if request.method == "POST":
        slips = give_slips(
            by=request.user,
            people=[person],
            compromised=request.POST.get("compromised") == "on",
        )
        grant = person.grants.select_related("training_unit").first()
        unit = grant.training_unit.name if grant and grant.training_unit else ""
        link = request.build_absolute_uri("/activate/")
        response = HttpResponse(
            slips_pdf(slips, class_name="", unit=unit, link=link),
            content_type=TYPES["pdf"],
        )
        name = f"phieu-kich-hoat-{person.username}.pdf"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response
    history = person.activation_codes.select_related("issued_by", "user")
    context = {"person": person, "history": history[:50], "now": timezone.now()}
    return render(request, "classes/person_slip.html", context)
