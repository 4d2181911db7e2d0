"""Lookups within what the person may see: anything else is a 404."""

from django.http import Http404
from django.shortcuts import get_object_or_404

from standards.models import CriteriaSet, SelfAssessment
from units.models import AdminUnit, TrainingUnit
from units.roles import Role


def visible_assessments(user):
    return SelfAssessment.objects.filter(
        training_unit__in=TrainingUnit.objects.managed_by(user)
    ).select_related("training_unit", "criteria_set")


def assessment_or_404(request, pk) -> SelfAssessment:
    assessment = get_object_or_404(
        SelfAssessment.objects.select_related(
            "training_unit__province", "criteria_set"
        ),
        pk=pk,
    )
    if not request.user.has_perm("standards.view_assessment", assessment):
        raise Http404
    return assessment


def overseen_provinces(user):
    """The provinces whose criteria the user writes."""
    if user.is_superuser:
        return AdminUnit.objects.provinces()
    if not user.is_authenticated:
        return AdminUnit.objects.none()
    return AdminUnit.objects.filter(
        pk__in=user.grants.current()
        .filter(role=Role.PROVINCE_MANAGER)
        .values("province")
    )


def visible_criteria_sets(user):
    if user.is_superuser:
        return CriteriaSet.objects.all()
    if not user.is_authenticated:
        return CriteriaSet.objects.none()
    run = TrainingUnit.objects.run_by(user).values("province")
    return CriteriaSet.objects.filter(
        province__in=overseen_provinces(user)
    ) | CriteriaSet.objects.published().filter(province__in=run)


def criteria_set_or_404(request, pk) -> CriteriaSet:
    criteria_set = get_object_or_404(
        CriteriaSet.objects.select_related("province"), pk=pk
    )
    if not request.user.has_perm("standards.view_criteria_set", criteria_set):
        raise Http404
    return criteria_set
