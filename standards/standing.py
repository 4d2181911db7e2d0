"""Pure: where a self-assessment stands, criterion by criterion and by group.

A criterion counts as met once the province agrees with a centre that says it is
met; "disagree" counts it as not met; "more evidence needed" and no review yet leave
it undecided. The suggested result is "up to standard" when every criterion is met,
"not up to standard" as soon as one is not, and nothing while one is undecided.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from standards.groups import Group, group_order

AGREE = "agree"
DISAGREE = "disagree"


def judged_met(claimed_met: bool | None, verdict: str) -> bool | None:
    if verdict == AGREE:
        return bool(claimed_met)
    if verdict == DISAGREE:
        return False
    return None


def suggested_result(judgements: Iterable[bool | None]) -> str | None:
    """ "met", "not_met", or None while any criterion is undecided."""
    judgements = list(judgements)
    if not judgements or any(j is None for j in judgements):
        return None
    return "met" if all(judgements) else "not_met"


@dataclass
class GroupStanding:
    group: str
    label: str
    total: int = 0
    claimed: int = 0  # the centre says met
    agreed: int = 0  # and the province agrees

    @property
    def all_claimed(self) -> bool:
        return self.total > 0 and self.claimed == self.total


def by_group(
    rows: Iterable[tuple[str, bool | None, bool | None]],
) -> list[GroupStanding]:
    """Rows of (group, claimed met, judged met) -> one standing per group, in the
    standard's order (groups without criteria left out)."""
    labels = dict(Group.choices)
    standings: dict[str, GroupStanding] = {}
    for group, claimed, judged in rows:
        standing = standings.setdefault(
            group, GroupStanding(group, str(labels.get(group, group)))
        )
        standing.total += 1
        standing.claimed += claimed is True
        standing.agreed += judged is True
    return sorted(standings.values(), key=lambda s: group_order(s.group))
