"""Which people a person may see: managers those granted a role in their units."""

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
