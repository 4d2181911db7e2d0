"""The partner bodies a centre works with, and what each does with its classes.
Bodies and co-organised classes are edited in the Wagtail admin."""

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from classes.models import TrainingClass
from partners.forms import BodyFilterForm
from partners.models import ClassPartnership, Organisation
from units.models import TrainingUnit


def _may_list(user) -> bool:
    return user.has_perm("partners.view_bodies")


@login_required
@require_safe
def partner_list(request):
    if not _may_list(request.user):
        raise Http404
    form = BodyFilterForm(request.GET)
    bodies = Organisation.objects.visible_to(request.user).select_related(
        "training_unit", "seat"
    )
    if form.is_valid() and form.cleaned_data["kind"]:
        bodies = bodies.filter(kind=form.cleaned_data["kind"])
    # The Front first, then the mass organisations…, as the kinds are listed.
    order = {kind: index for index, kind in enumerate(Organisation.Kind.values)}
    bodies = sorted(bodies, key=lambda body: (order[body.kind], body.name))
    return render(request, "partners/list.html", {"form": form, "bodies": bodies})


@login_required
@require_safe
def partner_detail(request, pk):
    body = get_object_or_404(
        Organisation.objects.select_related("training_unit", "province", "seat"),
        pk=pk,
    )
    if not request.user.has_perm("partners.view_body", body):
        raise Http404
    classes = TrainingClass.objects.visible_to(request.user)
    managed = TrainingUnit.objects.managed_by(request.user)
    partnerships = (
        ClassPartnership.objects.filter(organisation=body, training_class__in=classes)
        .select_related("training_class__version__programme", "lent_lecturer")
        .prefetch_related("trainees__trainee")
    )
    lecturers = body.lecturers.filter(training_unit__in=managed).select_related(
        "user", "training_unit"
    )
    return render(
        request,
        "partners/detail.html",
        {
            "body": body,
            "partnerships": partnerships,
            "lecturers": lecturers,
            "managed_units": set(managed.values_list("pk", flat=True)),
            "edits": request.user.has_perm("partners.change_organisation", body),
        },
    )
