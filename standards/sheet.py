"""What a self-assessment's page shows: each criterion with its figure (worked
out now while the centre may still change it, as submitted afterwards), what the
centre says, what the province judged, and the standing by group."""

from dataclasses import dataclass, field

from standards import computations
from standards.formulas import meets
from standards.groups import Group
from standards.models import Answer, SelfAssessment
from standards.standing import by_group, judged_met, suggested_result


@dataclass
class Row:
    answer: Answer
    outcome: computations.Outcome | None
    claimed: bool | None
    judged: bool | None
    live: bool
    evidence: list = field(default_factory=list)

    @property
    def criterion(self):
        return self.answer.criterion


@dataclass
class Sheet:
    assessment: SelfAssessment
    groups: list[tuple[str, list[Row]]]
    standings: list
    suggestion: str | None

    @property
    def rows(self) -> list[Row]:
        return [row for _label, rows in self.groups for row in rows]


def _row(answer, editable: bool, figures) -> Row:
    criterion = answer.criterion
    live = editable and answer.verdict != Answer.Verdict.AGREE
    outcome = None
    claimed = answer.claimed_met
    if criterion.is_computed:
        if live:
            outcome = computations.evaluate(criterion.computation, figures)
            claimed = meets(outcome.value, criterion.comparison, criterion.target)
        else:
            registered = computations.REGISTRY.get(criterion.computation)
            outcome = computations.Outcome(
                answer.value,
                answer.value_error,
                registered.unit if registered else "",
            )
    return Row(
        answer=answer,
        outcome=outcome,
        claimed=claimed,
        judged=judged_met(answer.claimed_met, answer.verdict),
        live=live,
        evidence=list(answer.evidence.all()),
    )


def build(assessment: SelfAssessment, today=None) -> Sheet:
    figures = computations.Figures(assessment.training_unit, assessment.year, today)
    editable = assessment.centre_may_edit
    rows = [_row(a, editable, figures) for a in assessment.answers_in_order()]
    labels = dict(Group.choices)
    groups: list[tuple[str, list[Row]]] = []
    for row in rows:
        label = str(labels.get(row.criterion.group, row.criterion.group))
        if not groups or groups[-1][0] != label:
            groups.append((label, []))
        groups[-1][1].append(row)
    return Sheet(
        assessment=assessment,
        groups=groups,
        standings=by_group((r.criterion.group, r.claimed, r.judged) for r in rows),
        suggestion=suggested_result(r.judged for r in rows),
    )


def build_row(assessment: SelfAssessment, answer: Answer, today=None) -> Row:
    figures = computations.Figures(assessment.training_unit, assessment.year, today)
    return _row(answer, assessment.centre_may_edit, figures)
