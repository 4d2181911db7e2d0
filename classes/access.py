"""Which class a request may reach: every lookup by id goes through here.

A class outside what the person may read is 404 (its existence is not told); a
request that would change something asks the write permission of
`classes/rules.py` and is 403 without it. GET and HEAD only read.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import get_object_or_404

from classes.models import TrainingClass
from units.models import TrainingUnit

READS = {"GET", "HEAD", "OPTIONS"}


def managed_classes(user):
    """Classes the user reads as a manager (the centre's, or the province's)."""
    return TrainingClass.objects.filter(
        training_unit__in=TrainingUnit.objects.managed_by(user)
    )


def staff_classes(user):
    """Classes the user manages or teaches."""
    if user.is_superuser:
        return TrainingClass.objects.all()
    return TrainingClass.objects.filter(
        Q(pk__in=managed_classes(user).values("pk"))
        | Q(pk__in=TrainingClass.objects.taught_by(user).values("pk"))
    )


def can_manage(user, training_class) -> bool:
    """May change the class (the centre's manager): buttons are shown for this."""
    return user.has_perm("classes.change_class", training_class)


def can_teach(user, training_class) -> bool:
    return staff_classes(user).filter(pk=training_class.pk).exists()


def require(request, permission: str, obj) -> None:
    if not request.user.has_perm(permission, obj):
        raise PermissionDenied


def require_for_changes(request, permission: str | None, obj) -> None:
    """403 for a request that changes something without the permission."""
    if permission and request.method not in READS:
        require(request, permission, obj)


def _get(queryset, pk):
    return get_object_or_404(
        queryset.select_related("version__programme", "training_unit"), pk=pk
    )


def managed_class_or_404(request, pk, write="classes.change_class") -> TrainingClass:
    training_class = _get(managed_classes(request.user), pk)
    require_for_changes(request, write, training_class)
    return training_class


def staff_class_or_404(request, pk, write="classes.teach_class") -> TrainingClass:
    training_class = _get(staff_classes(request.user), pk)
    require_for_changes(request, write, training_class)
    return training_class


def visible_class_or_404(request, pk) -> TrainingClass:
    return _get(TrainingClass.objects.visible_to(request.user), pk)
