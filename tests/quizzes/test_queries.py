"""What lessons and the gradebook read: passed quizzes and class results."""

from datetime import timedelta
from decimal import Decimal

from django.utils import timezone

from classes.services import enrol_trainee
from quizzes.queries import class_results, passed_quiz_ids
from quizzes.services import check_inline, save_answer, start_attempt, submit_attempt
from tests.factories import UserFactory
from tests.factories.classes import TrainingClassFactory
from tests.factories.quizzes import (
    quiz_with,
    right_choice,
    single_question,
    wrong_choice,
)


def test_passed_quiz_ids_counts_inline_play_and_attempts(trainee):
    q = single_question()
    inline, exam, failed = quiz_with(q), quiz_with(q), quiz_with(q)
    check_inline(inline, user=trainee, responses={q.pk: {"choice": right_choice(q).pk}})
    check_inline(failed, user=trainee, responses={q.pk: {"choice": wrong_choice(q).pk}})
    sitting = start_attempt(exam, user=trainee)
    save_answer(sitting, question_id=q.pk, seq=1, raw={"choice": right_choice(q).pk})
    submit_attempt(sitting)
    ids = [inline.pk, exam.pk, failed.pk]
    assert passed_quiz_ids(trainee, ids) == {inline.pk, exam.pk}
    assert passed_quiz_ids(UserFactory(), ids) == set()


def test_class_results_best_grade_per_trainee_and_quiz(trainee):
    training_class = TrainingClassFactory()
    enrol_trainee(training_class, trainee)
    outsider = UserFactory()
    q1, q2 = single_question(), single_question()
    quiz = quiz_with(
        q1, q2, programme=training_class.version.programme, attempts_allowed=0
    )
    other_programme = quiz_with(q1)
    for user, picks in (
        (trainee, [right_choice(q1)]),
        (trainee, [right_choice(q1), right_choice(q2)]),
        (outsider, [right_choice(q1)]),
    ):
        sitting = start_attempt(quiz, user=user)
        for seq, choice in enumerate(picks, start=1):
            save_answer(
                sitting,
                question_id=choice.question_id,
                seq=seq,
                raw={"choice": choice.pk},
            )
        submit_attempt(sitting)
    submit_attempt(start_attempt(other_programme, user=trainee))
    assert class_results(training_class) == {trainee.pk: {quiz.pk: Decimal("10.00")}}


def test_class_results_closes_attempts_that_expired_offline(trainee):
    training_class = TrainingClassFactory()
    enrol_trainee(training_class, trainee)
    q = single_question()
    quiz = quiz_with(
        q, programme=training_class.version.programme, time_limit=timedelta(minutes=5)
    )
    start = timezone.now() - timedelta(minutes=6)
    sitting = start_attempt(quiz, user=trainee, now=start)
    save_answer(
        sitting, question_id=q.pk, seq=1, raw={"choice": right_choice(q).pk}, now=start
    )
    assert class_results(training_class) == {trainee.pk: {quiz.pk: Decimal("10.00")}}
