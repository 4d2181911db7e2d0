"""Regrading after a question is corrected, with a dry run."""

from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction

from quizzes.models import Answer, Question, Sitting
from quizzes.services.grading import score_answer, total_sitting


@dataclass(frozen=True)
class RegradeChange:
    sitting: Sitting
    old_grade: Decimal | None
    new_grade: Decimal | None


def _regraded(sitting: Sitting, spec, question_id: int) -> tuple[Sitting, list]:
    answers = list(sitting.answers.all())
    changed = []
    for answer in answers:
        if answer.question_id == question_id and spec.qtype != "essay":
            before = answer.mark
            score_answer(answer, spec)
            if answer.mark != before:
                changed.append(answer)
    total_sitting(sitting, answers)
    return sitting, changed


@transaction.atomic
def regrade_question(question: Question, *, dry_run: bool) -> list[RegradeChange]:
    """Rescore every finished attempt holding the question.

    Returns the attempts whose marks change (who, old grade, new grade). With
    ``dry_run`` nothing is stored; otherwise the answers and totals are updated.
    """
    question = Question.objects.prefetch_related("choices").get(pk=question.pk)
    spec = question.spec()
    holding = Answer.objects.filter(question=question).values("sitting_id")
    sittings = (
        Sitting.objects.finished()
        .filter(pk__in=holding)
        .select_related("quiz", "user")
        .select_for_update(of=("self",))
        .order_by("pk")
    )
    changes = []
    for sitting in sittings:
        old = sitting.grade
        sitting, changed = _regraded(sitting, spec, question.pk)
        if not changed:
            continue
        changes.append(RegradeChange(sitting, old, sitting.grade))
        if not dry_run:
            Answer.objects.bulk_update(changed, ["fraction", "mark"])
            sitting.save(update_fields=["score", "grade", "passed", "needs_marking"])
    return changes
