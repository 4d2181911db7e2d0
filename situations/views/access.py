"""Who may see what: trainees their own runs, lecturers and managers their classes."""

from django.shortcuts import get_object_or_404

from classes.models import TrainingClass
from units.models import TrainingUnit


def reportable_classes(user):
    """Classes whose reports the user may open: taught, or of a managed unit."""
    if user.is_superuser:
        return TrainingClass.objects.all()
    taught = TrainingClass.objects.taught_by(user).values("pk")
    managed = TrainingUnit.objects.managed_by(user)
    return TrainingClass.objects.filter(pk__in=taught) | TrainingClass.objects.filter(
        training_unit__in=managed
    )


def report_pairs(user):
    """(class, situation) pairs the user can open a report for."""
    from situations.queries import class_situations

    classes = reportable_classes(user).distinct().select_related("version__programme")
    return [
        (training_class, situation)
        for training_class in classes
        for situation in class_situations(training_class)
    ]


def get_reportable_class(user, class_id):
    return get_object_or_404(reportable_classes(user).distinct(), pk=class_id)
