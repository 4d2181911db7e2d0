"""The province's view: every centre's standing for a year, side by side.

Read from what the centres submitted (a draft shows only that it is being written:
its figures are not the centre's word yet); no figure is worked out here."""

import datetime
from dataclasses import dataclass

from django.db.models import Q

from standards.groups import Group
from standards.models import SelfAssessment
from standards.standing import GroupStanding, by_group, judged_met
from units.models import TrainingUnit

CENTRE_TYPES = [TrainingUnit.Type.COMMUNE_CENTRE, TrainingUnit.Type.DISTRICT_CENTRE]


@dataclass
class CentreStanding:
    unit: TrainingUnit
    assessment: SelfAssessment | None
    groups: dict[str, GroupStanding]

    @property
    def shown(self) -> bool:
        """Its figures are the centre's word: submitted at least once."""
        return self.assessment is not None and self.assessment.submitted_at is not None

    @property
    def cells(self) -> list[GroupStanding | None]:
        """One per group of the standard, in its order (None: nothing to show)."""
        return [self.groups.get(value) for value in Group.values]


def centres_in_year(units, year: int):
    first, last = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    return (
        units.filter(type__in=CENTRE_TYPES)
        .filter(
            Q(valid_from__isnull=True) | Q(valid_from__lte=last),
            Q(valid_to__isnull=True) | Q(valid_to__gte=first),
        )
        .select_related("province")
    )


def standings(units, year: int) -> list[CentreStanding]:
    centres = list(centres_in_year(units, year))
    assessments = {
        a.training_unit_id: a
        for a in SelfAssessment.objects.filter(
            training_unit__in=[c.pk for c in centres], year=year
        )
        .select_related("criteria_set")
        .prefetch_related("answers__criterion")
    }
    rows = []
    for centre in centres:
        assessment = assessments.get(centre.pk)
        groups = {}
        if assessment is not None and assessment.submitted_at is not None:
            groups = {
                g.group: g
                for g in by_group(
                    (
                        a.criterion.group,
                        a.claimed_met,
                        judged_met(a.claimed_met, a.verdict),
                    )
                    for a in assessment.answers.all()
                )
            }
        rows.append(CentreStanding(centre, assessment, groups))
    return rows


def group_columns() -> list[tuple[str, str]]:
    return list(Group.choices)
