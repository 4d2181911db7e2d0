"""Autosave: per-question sequence numbers make every save idempotent."""

import pytest

from quizzes.models import Answer
from quizzes.responses import BadResponse
from quizzes.services import save_answer, start_attempt, submit_attempt
from tests.factories.quizzes import right_choice, single_question, wrong_choice


@pytest.fixture
def sitting(quiz, trainee):
    return start_attempt(quiz, user=trainee)


def stored(sitting, question):
    answer = Answer.objects.get(sitting=sitting, question=question)
    return answer.seq, answer.response


def test_a_newer_save_replaces_the_answer(sitting, four_questions):
    q = four_questions[0]
    save_answer(sitting, question_id=q.pk, seq=1, raw={"choice": wrong_choice(q).pk})
    result = save_answer(
        sitting, question_id=q.pk, seq=2, raw={"choice": right_choice(q).pk}
    )
    assert (result.saved, result.seq) == (True, 2)
    assert stored(sitting, q) == (2, {"choice": right_choice(q).pk})


def test_a_stale_save_arriving_late_is_ignored(sitting, four_questions):
    q = four_questions[0]
    save_answer(sitting, question_id=q.pk, seq=5, raw={"choice": right_choice(q).pk})
    result = save_answer(
        sitting, question_id=q.pk, seq=3, raw={"choice": wrong_choice(q).pk}
    )
    assert (result.saved, result.seq) == (False, 5)
    assert stored(sitting, q) == (5, {"choice": right_choice(q).pk})


def test_a_repeated_save_changes_nothing(sitting, four_questions):
    q = four_questions[2]
    first = save_answer(
        sitting, question_id=q.pk, seq=1, raw={"gaps": {"1": "đảng viên"}}
    )
    again = save_answer(sitting, question_id=q.pk, seq=1, raw={"gaps": {"1": "khác"}})
    assert (first.saved, again.saved, again.seq) == (True, False, 1)
    assert stored(sitting, q) == (1, {"gaps": {"1": "đảng viên"}})
    assert Answer.objects.filter(sitting=sitting).count() == 4


def test_two_tabs_cannot_both_win_after_submission(sitting, four_questions):
    q = four_questions[0]
    save_answer(sitting, question_id=q.pk, seq=1, raw={"choice": right_choice(q).pk})
    first = submit_attempt(sitting)
    late_tab = save_answer(
        sitting, question_id=q.pk, seq=2, raw={"choice": wrong_choice(q).pk}
    )
    second = submit_attempt(sitting)
    assert (late_tab.saved, late_tab.state) == (False, "finished")
    assert "đã đóng" in late_tab.message
    assert (second.grade, second.finished_at) == (first.grade, first.finished_at)
    assert stored(sitting, q) == (1, {"choice": right_choice(q).pk})


@pytest.mark.parametrize(
    ("seq", "raw", "message"),
    [
        (0, {"choice": None}, "số thứ tự"),
        ("1", {"choice": None}, "số thứ tự"),
        (True, {"choice": None}, "số thứ tự"),
        (1, {"choice": 999_999}, "không thuộc câu hỏi"),
        (1, ["x"], "không đúng dạng"),
        (1, {"choice": "abc"}, "không thuộc câu hỏi"),
    ],
)
def test_bad_saves_are_refused_with_a_message(
    sitting, four_questions, seq, raw, message
):
    q = four_questions[0]
    with pytest.raises(BadResponse, match=message):
        save_answer(sitting, question_id=q.pk, seq=seq, raw=raw)
    assert stored(sitting, q) == (0, None)


def test_a_question_outside_the_attempt_is_refused(sitting):
    other = single_question()
    with pytest.raises(BadResponse, match="không thuộc lượt làm bài"):
        save_answer(
            sitting, question_id=other.pk, seq=1, raw={"choice": right_choice(other).pk}
        )
