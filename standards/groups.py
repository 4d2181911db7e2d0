"""The groups a centre standard arranges its criteria in (pure: no database)."""

from django.db import models
from django.utils.translation import pgettext_lazy


class Group(models.TextChoices):
    """The five parts of a province's "Quy định chuẩn trung tâm chính trị", in
    the order the standard lists them."""

    ORGANISATION = (
        "organisation",
        pgettext_lazy("standard group", "Organisation and staff"),
    )
    LECTURERS = "lecturers", pgettext_lazy("standard group", "Lecturers")
    TEACHING = "teaching", pgettext_lazy("standard group", "Programmes and teaching")
    FACILITIES = "facilities", pgettext_lazy("standard group", "Facilities")
    RESULTS = "results", pgettext_lazy("standard group", "Results")


ORDER = {value: index for index, value in enumerate(Group.values)}


def group_order(value: str) -> int:
    return ORDER.get(value, len(ORDER))
