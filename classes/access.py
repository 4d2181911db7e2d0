"""Who may see or change which class: every lookup by id goes through here (404)."""

from django.db.models import Q
from django.shortcuts import get_object_or_404

from classes.models import TrainingClass
from units.models import TrainingUnit


def managed_classes(user):
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
    return managed_classes(user).filter(pk=training_class.pk).exists()


def can_teach(user, training_class) -> bool:
    return staff_classes(user).filter(pk=training_class.pk).exists()


def _get(queryset, pk):
    return get_object_or_404(
        queryset.select_related("version__programme", "training_unit"), pk=pk
    )


def managed_class_or_404(user, pk) -> TrainingClass:
    return _get(managed_classes(user), pk)


def staff_class_or_404(user, pk) -> TrainingClass:
    return _get(staff_classes(user), pk)


def visible_class_or_404(user, pk) -> TrainingClass:
    return _get(TrainingClass.objects.visible_to(user), pk)
