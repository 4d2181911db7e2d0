"""Grading a sitting from its answer rows."""

from decimal import Decimal

from django.utils import timezone

from quizzes import scoring
from quizzes.models import Answer, Question, Sitting
from quizzes.responses import is_blank


def specs_for(question_ids) -> dict[int, scoring.QuestionSpec]:
    questions = Question.objects.filter(pk__in=question_ids).prefetch_related("choices")
    return {q.pk: q.spec() for q in questions}


def score_answer(answer: Answer, spec: scoring.QuestionSpec, *, now=None) -> None:
    """Set the answer's credit and mark; a blank essay gets 0 explicitly."""
    if spec.qtype == "essay":
        if answer.marked_at is None and is_blank(answer.response):
            answer.fraction, answer.mark = Decimal(0), Decimal(0)
            answer.marked_at = now or timezone.now()
        return
    answer.fraction = scoring.score(spec, answer.response)
    answer.mark = scoring.mark(answer.fraction, answer.max_mark)


def total_sitting(sitting: Sitting, answers) -> None:
    """Totals, grade out of 10 and pass/fail; pass is unknown while essays wait."""
    answers = list(answers)
    sitting.max_score = sum((a.max_mark for a in answers), Decimal(0))
    sitting.score = sum((a.mark or Decimal(0) for a in answers), Decimal(0))
    sitting.needs_marking = any(a.mark is None for a in answers)
    sitting.grade = scoring.grade_out_of_ten(sitting.score, sitting.max_score)
    if sitting.needs_marking:
        sitting.passed = None
    else:
        sitting.passed = sitting.grade >= sitting.quiz.pass_mark


def grade_sitting(sitting: Sitting, *, now=None) -> Sitting:
    """Score every answer and store the totals (the caller holds the lock)."""
    answers = list(sitting.answers.all())
    specs = specs_for([a.question_id for a in answers])
    for answer in answers:
        score_answer(answer, specs[answer.question_id], now=now)
    Answer.objects.bulk_update(answers, ["fraction", "mark", "marked_at"])
    total_sitting(sitting, answers)
    sitting.save(
        update_fields=["score", "max_score", "grade", "passed", "needs_marking"]
    )
    return sitting
