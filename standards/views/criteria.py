"""The province's criteria: versions, their criteria while a draft, publishing."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from standards import access, computations, services
from standards.forms import CriteriaSetForm, CriterionForm, NewVersionForm
from standards.groups import Group
from standards.models import Criterion


@login_required
def criteria_sets(request):
    user = request.user
    sets = access.visible_criteria_sets(user).select_related("province")
    may_add = user.has_perm("standards.add_criteria_set")
    if not may_add and not sets.exists():
        raise Http404
    provinces = access.overseen_provinces(user)
    data = request.POST if request.method == "POST" else None
    form = NewVersionForm(data, provinces=provinces) if may_add else None
    if request.method == "POST":
        if form is None:
            raise PermissionDenied
        if form.is_valid():
            new = services.create_version(form.cleaned_data["province"], user)
            messages.success(
                request,
                _("A new draft version has been made; change it, then publish it."),
            )
            return redirect("standards:criteria_set", new.pk)
    return render(
        request,
        "standards/criteria_sets.html",
        {"sets": sets.order_by("province__name", "-version"), "form": form},
    )


def _changeable(request, pk):
    criteria_set = access.criteria_set_or_404(request, pk)
    if not request.user.has_perm("standards.change_criteria_set", criteria_set):
        raise PermissionDenied
    return criteria_set


def _grouped(criteria_set):
    labels = dict(Group.choices)
    groups: list[tuple[str, list]] = []
    for criterion in criteria_set.criteria_in_order():
        criterion.figure_label = computations.label_of(criterion.computation)
        label = labels.get(criterion.group, criterion.group)
        if not groups or groups[-1][0] != label:
            groups.append((label, []))
        groups[-1][1].append(criterion)
    return groups


@login_required
def criteria_set(request, pk):
    found = access.criteria_set_or_404(request, pk)
    may_change = request.user.has_perm("standards.change_criteria_set", found)
    form = None
    if found.is_draft and may_change:
        form = CriteriaSetForm(request.POST or None, instance=found)
    if request.method == "POST":
        if not may_change:
            raise PermissionDenied
        if form is None:
            return _published(request, found)
        if form.is_valid():
            try:
                services.update_criteria_set(
                    found,
                    title=form.cleaned_data["title"],
                    decision=form.cleaned_data["decision"],
                    applies_from_year=form.cleaned_data["applies_from_year"],
                )
            except ValidationError as error:
                for message in error.messages:
                    form.add_error(None, message)
            else:
                messages.success(request, _("Saved."))
                return redirect("standards:criteria_set", found.pk)
    return render(
        request,
        "standards/criteria_set.html",
        {
            "criteria_set": found,
            "groups": _grouped(found),
            "form": form,
            "may_change": may_change and found.is_draft,
        },
    )


def _published(request, criteria_set):
    """A published set is not changed: back to it, saying why."""
    messages.error(
        request,
        _(
            "A published set of criteria cannot be changed: make a new version of "
            "it instead."
        ),
    )
    return redirect("standards:criteria_set", criteria_set.pk)


def _criterion_form(request, criteria_set, criterion):
    if not criteria_set.is_draft:
        return _published(request, criteria_set)
    form = CriterionForm(request.POST or None, instance=criterion)
    if request.method == "POST" and form.is_valid():
        try:
            services.save_criterion(form.save(commit=False))
        except ValidationError as error:
            for message in error.messages:
                form.add_error(None, message)
        else:
            messages.success(request, _("Saved."))
            return redirect("standards:criteria_set", criteria_set.pk)
    return render(
        request,
        "standards/criterion_form.html",
        {"criteria_set": criteria_set, "form": form, "criterion": criterion},
    )


@login_required
def new_criterion(request, pk):
    found = _changeable(request, pk)
    position = found.criteria.count() + 1
    return _criterion_form(
        request, found, Criterion(criteria_set=found, position=position)
    )


@login_required
def edit_criterion(request, pk, criterion_id):
    found = _changeable(request, pk)
    criterion = get_object_or_404(found.criteria, pk=criterion_id)
    return _criterion_form(request, found, criterion)


@login_required
def delete_criterion(request, pk, criterion_id):
    found = _changeable(request, pk)
    criterion = get_object_or_404(found.criteria, pk=criterion_id)
    if not found.is_draft:
        return _published(request, found)
    if request.method == "POST":
        try:
            services.delete_criterion(criterion)
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        else:
            messages.success(request, _("The criterion has been deleted."))
        return redirect("standards:criteria_set", found.pk)
    return render(
        request,
        "standards/criterion_delete.html",
        {"criteria_set": found, "criterion": criterion},
    )


@login_required
def publish(request, pk):
    found = _changeable(request, pk)
    if not found.is_draft:
        return _published(request, found)
    errors = []
    if request.method == "POST":
        try:
            services.publish_criteria_set(found, request.user)
        except ValidationError as error:
            errors = error.messages
        else:
            messages.success(
                request,
                _("Published: centres use it for self-assessments from %(year)s.")
                % {"year": found.applies_from_year},
            )
            return redirect("standards:criteria_set", found.pk)
    return render(
        request,
        "standards/publish.html",
        {"criteria_set": found, "errors": errors},
    )
