"""Which people a person may see: managers those granted a role in their units."""

from django.contrib.auth import get_user_model
from django.db.models import Q

from units.models import TrainingUnit


def visible_people(people, viewer):
    """The part of `people` the viewer may see: managers see those of their units,
    everybody else only themselves."""
    if viewer.is_superuser:
        return people
    units = TrainingUnit.objects.managed_by(viewer)
    return people.filter(
        Q(pk=viewer.pk) | Q(grants__training_unit__in=units)
    ).distinct()


def people_run_by(user):
    """People with a role in a unit the user runs (its centre manager): whose
    accounts they may end, and to whom they may give activation codes."""
    people = get_user_model().objects.all()
    if user.is_superuser:
        return people
    units = TrainingUnit.objects.run_by(user)
    return people.filter(grants__training_unit__in=units).distinct()
