"""A centre manager ends accounts and, after the retention period, anonymises
them (a dry run first: the page lists exactly who would be anonymised)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from units.models import TrainingUnit
from units.people import people_run_by
from units.retention import anonymise, deactivate, due_for_anonymising


def _require_runner(user):
    if not (user.is_superuser or TrainingUnit.objects.run_by(user).exists()):
        raise PermissionDenied


@login_required
def deactivate_person(request, pk):
    _require_runner(request.user)
    person = get_object_or_404(people_run_by(request.user), pk=pk, is_active=True)
    if person.pk == request.user.pk:
        raise PermissionDenied
    if request.method == "POST":
        deactivate(person)
        messages.success(
            request,
            _("%(name)s can no longer log in. Their results stay.")
            % {"name": person.full_name},
        )
        return redirect("retention")
    return render(request, "units/deactivate.html", {"person": person})


@login_required
def retention(request):
    """The dry run (GET) and the anonymisation of exactly the people it listed."""
    _require_runner(request.user)
    due = due_for_anonymising(people_run_by(request.user), request.user)
    if request.method == "POST":
        chosen = due.filter(pk__in=request.POST.getlist("person"))
        count = 0
        for person in chosen:
            anonymise(person)
            count += 1
        messages.success(request, _("%(n)d accounts were anonymised.") % {"n": count})
        return redirect("retention")
    return render(request, "units/retention.html", {"due": due.order_by("sort_key")})
