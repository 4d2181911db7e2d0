"""Quiz rules: attempts, dates, drafts, random subsets, time limits and expiry."""

import random
from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from quizzes.models import Answer, Quiz, Sitting
from quizzes.services import (
    AttemptRefused,
    close_expired_attempts,
    save_answer,
    start_attempt,
    submit_attempt,
)
from quizzes.services.attempts import draw_slots
from tests.factories.quizzes import (
    essay_question,
    quiz_with,
    right_choice,
    wrong_choice,
)


def answer_all(sitting, questions, *, right=True):
    for q in questions:
        if q.qtype == "fill_blanks":
            raw = {"gaps": {"1": "đảng viên" if right else "quần chúng"}}
        else:
            raw = {"choice": (right_choice(q) if right else wrong_choice(q)).pk}
        save_answer(sitting, question_id=q.pk, seq=1, raw=raw)


def test_start_creates_one_empty_answer_row_per_question(quiz, trainee):
    sitting = start_attempt(quiz, user=trainee)
    rows = list(sitting.answers.values_list("order", "seq", "response"))
    assert rows == [(0, 0, None), (1, 0, None), (2, 0, None), (3, 0, None)]
    assert sitting.number == 1
    assert sitting.state == Sitting.State.IN_PROGRESS


def test_start_resumes_the_open_attempt_on_any_device(quiz, trainee):
    first = start_attempt(quiz, user=trainee)
    assert start_attempt(quiz, user=trainee).pk == first.pk
    assert Sitting.objects.count() == 1


def test_all_right_passes_with_the_success_text(quiz, trainee, four_questions):
    sitting = start_attempt(quiz, user=trainee)
    answer_all(sitting, four_questions)
    sitting = submit_attempt(sitting)
    assert (sitting.state, sitting.grade, sitting.passed) == (
        "finished",
        Decimal("10.00"),
        True,
    )
    assert sitting.score == Decimal(4)


def test_pass_mark_decides_pass_or_fail(quiz, trainee, four_questions):
    quiz.pass_mark = Decimal("7.5")
    quiz.save()
    sitting = start_attempt(quiz, user=trainee)
    answer_all(sitting, four_questions[:3])
    sitting = submit_attempt(sitting)
    assert (sitting.grade, sitting.passed) == (Decimal("7.50"), True)
    quiz.pass_mark = Decimal("8")
    quiz.save()
    second = start_attempt(quiz, user=trainee)
    answer_all(second, four_questions[:3])
    assert submit_attempt(second).passed is False


def test_single_attempt_refuses_a_second(quiz, trainee):
    quiz.single_attempt = True
    quiz.save()
    submit_attempt(start_attempt(quiz, user=trainee))
    with pytest.raises(AttemptRefused, match="hết số lượt"):
        start_attempt(quiz, user=trainee)


def test_attempts_allowed_counts_every_attempt(quiz, trainee):
    quiz.attempts_allowed = 2
    quiz.save()
    submit_attempt(start_attempt(quiz, user=trainee))
    second = start_attempt(quiz, user=trainee)
    assert second.number == 2
    submit_attempt(second)
    with pytest.raises(AttemptRefused):
        start_attempt(quiz, user=trainee)


def test_draft_and_dates_are_enforced(quiz, trainee):
    now = timezone.now()
    quiz.draft = True
    quiz.save()
    with pytest.raises(AttemptRefused, match="chưa được công bố"):
        start_attempt(quiz, user=trainee)
    quiz.draft, quiz.open_at = False, now + timedelta(hours=1)
    quiz.save()
    with pytest.raises(AttemptRefused, match="mở lúc"):
        start_attempt(quiz, user=trainee)
    quiz.open_at, quiz.close_at = now - timedelta(hours=2), now - timedelta(hours=1)
    quiz.save()
    with pytest.raises(AttemptRefused, match="đã đóng"):
        start_attempt(quiz, user=trainee)


def test_random_subset_keeps_the_quiz_order(quiz):
    quiz.max_questions = 2
    quiz.save()
    slots = draw_slots(quiz, random.Random(4))
    assert len(slots) == 2
    assert [s.order for s in slots] == sorted(s.order for s in slots)


def test_random_order_shuffles_per_attempt(quiz):
    quiz.random_order = True
    quiz.save()
    orders = {
        tuple(s.order for s in draw_slots(quiz, random.Random(seed)))
        for seed in range(20)
    }
    assert len(orders) > 1
    assert all(sorted(o) == [0, 1, 2, 3] for o in orders)


def test_deadline_is_the_earlier_of_time_limit_and_close(quiz, trainee):
    now = timezone.now()
    quiz.time_limit, quiz.close_at = timedelta(minutes=30), now + timedelta(minutes=10)
    quiz.save()
    sitting = start_attempt(quiz, user=trainee, now=now)
    assert sitting.due_at == quiz.close_at


def timed(quiz, rule):
    quiz.time_limit, quiz.overdue_handling = timedelta(minutes=10), rule
    quiz.save()
    return quiz


def test_expiry_while_offline_is_graded_with_what_was_saved(
    quiz, trainee, four_questions
):
    timed(quiz, Quiz.Overdue.AUTOSUBMIT)
    start = timezone.now()
    sitting = start_attempt(quiz, user=trainee, now=start)
    answer_all(sitting, four_questions[:2])
    assert close_expired_attempts(now=start + timedelta(minutes=11)) == 1
    sitting.refresh_from_db()
    assert (sitting.state, sitting.grade, sitting.finished_at) == (
        "finished",
        Decimal("5.00"),
        sitting.due_at,
    )


def test_saves_after_the_deadline_change_nothing(quiz, trainee, four_questions):
    timed(quiz, Quiz.Overdue.AUTOSUBMIT)
    start = timezone.now()
    sitting = start_attempt(quiz, user=trainee, now=start)
    late = start + timedelta(minutes=10, seconds=1)
    q = four_questions[0]
    result = save_answer(
        sitting, question_id=q.pk, seq=1, raw={"choice": right_choice(q).pk}, now=late
    )
    assert (result.saved, result.state) == (False, "finished")
    assert Answer.objects.get(sitting=sitting, question=q).response is None


def test_grace_period_allows_only_submitting(quiz, trainee, four_questions):
    timed(quiz, Quiz.Overdue.GRACE)
    start = timezone.now()
    sitting = start_attempt(quiz, user=trainee, now=start)
    answer_all(sitting, four_questions[:1])
    in_grace = start + timedelta(minutes=12)
    q = four_questions[1]
    result = save_answer(
        sitting,
        question_id=q.pk,
        seq=1,
        raw={"choice": right_choice(q).pk},
        now=in_grace,
    )
    assert (result.saved, result.state) == (False, "overdue")
    assert "chỉ còn có thể nộp bài" in result.message
    sitting = submit_attempt(sitting, now=in_grace)
    assert (sitting.state, sitting.grade) == ("finished", Decimal("2.50"))


def test_grace_period_over_abandons_the_attempt(quiz, trainee):
    timed(quiz, Quiz.Overdue.GRACE)
    start = timezone.now()
    sitting = start_attempt(quiz, user=trainee, now=start)
    close_expired_attempts(now=start + timedelta(minutes=16))
    sitting.refresh_from_db()
    assert (sitting.state, sitting.grade) == ("abandoned", None)


def test_abandon_rule_leaves_the_attempt_ungraded(quiz, trainee):
    timed(quiz, Quiz.Overdue.ABANDON)
    start = timezone.now()
    sitting = start_attempt(quiz, user=trainee, now=start)
    sitting = submit_attempt(sitting, now=start + timedelta(minutes=11))
    assert (sitting.state, sitting.grade) == ("abandoned", None)


def test_unanswered_essay_is_marked_zero_explicitly(trainee):
    essay = essay_question()
    quiz = quiz_with(essay)
    sitting = submit_attempt(start_attempt(quiz, user=trainee))
    answer = sitting.answers.get()
    assert (answer.mark, answer.marked_at is not None) == (Decimal(0), True)
    assert (sitting.needs_marking, sitting.grade, sitting.passed) == (
        False,
        Decimal("0.00"),
        False,
    )


def test_answered_essay_waits_for_the_lecturer(trainee):
    essay = essay_question()
    quiz = quiz_with(essay)
    sitting = start_attempt(quiz, user=trainee)
    save_answer(sitting, question_id=essay.pk, seq=1, raw={"text": "Tôi sẽ phấn đấu."})
    sitting = submit_attempt(sitting)
    assert (sitting.needs_marking, sitting.passed) == (True, None)


def test_a_close_date_set_after_the_start_closes_the_open_attempt(
    quiz, trainee, four_questions
):
    start = timezone.now()
    sitting = start_attempt(quiz, user=trainee, now=start)
    answer_all(sitting, four_questions[:1])
    quiz.close_at = start + timedelta(minutes=5)
    quiz.save()
    q = four_questions[1]
    late = start + timedelta(minutes=6)
    result = save_answer(
        sitting, question_id=q.pk, seq=1, raw={"choice": right_choice(q).pk}, now=late
    )
    assert (result.saved, result.state) == (False, "finished")
    assert Answer.objects.get(sitting=sitting, question=q).response is None
    sitting.refresh_from_db()
    assert (sitting.finished_at, sitting.grade) == (quiz.close_at, Decimal("2.50"))


def test_a_close_date_moved_later_gives_the_open_attempt_that_time(
    quiz, trainee, four_questions
):
    start = timezone.now()
    quiz.time_limit, quiz.close_at = timedelta(minutes=30), start + timedelta(minutes=5)
    quiz.save()
    sitting = start_attempt(quiz, user=trainee, now=start)
    quiz.close_at = start + timedelta(hours=2)
    quiz.save()
    q = four_questions[0]
    result = save_answer(
        sitting,
        question_id=q.pk,
        seq=1,
        raw={"choice": right_choice(q).pk},
        now=start + timedelta(minutes=20),
    )
    assert (result.saved, result.state) == (True, "in_progress")
    sitting.refresh_from_db()
    assert sitting.due_at == start + timedelta(minutes=30)


def test_closing_expired_attempts_follows_the_close_date_as_it_is_now(
    quiz, trainee, four_questions
):
    start = timezone.now()
    quiz.overdue_handling = Quiz.Overdue.ABANDON
    quiz.save()
    sitting = start_attempt(quiz, user=trainee, now=start)
    quiz.close_at = start + timedelta(minutes=5)
    quiz.save()
    assert close_expired_attempts(now=start + timedelta(minutes=4)) == 0
    assert close_expired_attempts(now=start + timedelta(minutes=6)) == 1
    sitting.refresh_from_db()
    assert (sitting.state, sitting.grade) == ("abandoned", None)


def test_an_essay_outside_its_word_limits_cannot_be_submitted(trainee):
    essay = essay_question(min_words=5, max_words=600)
    quiz = quiz_with(essay)
    sitting = start_attempt(quiz, user=trainee)
    long_text = " ".join(["đảng"] * 1006)
    save_answer(sitting, question_id=essay.pk, seq=1, raw={"text": long_text})
    with pytest.raises(AttemptRefused) as refusal:
        submit_attempt(sitting)
    assert refusal.value.messages == [
        "Câu 1: bài viết có 1006 từ, nhiều nhất 600 từ. "
        "Hãy rút gọn rồi nộp lại; bài viết vẫn được giữ nguyên."
    ]
    sitting.refresh_from_db()
    assert sitting.state == "in_progress"
    assert sitting.answers.get().response == {"text": long_text}
    save_answer(sitting, question_id=essay.pk, seq=2, raw={"text": "Tôi phấn đấu"})
    with pytest.raises(AttemptRefused, match="có 3 từ, ít nhất 5 từ"):
        submit_attempt(sitting)
    save_answer(
        sitting, question_id=essay.pk, seq=3, raw={"text": " ".join(["từ"] * 600)}
    )
    assert submit_attempt(sitting).state == "finished"


def test_a_blank_essay_or_time_up_does_not_wait_for_the_word_limit(trainee):
    essay = essay_question(min_words=80, max_words=600)
    quiz = quiz_with(essay, time_limit=timedelta(minutes=10))
    start = timezone.now()
    assert submit_attempt(start_attempt(quiz, user=trainee, now=start)).state == (
        "finished"
    )
    sitting = start_attempt(quiz, user=trainee, now=start)
    save_answer(sitting, question_id=essay.pk, seq=1, raw={"text": "Quá ngắn"})
    sitting = submit_attempt(sitting, now=start + timedelta(minutes=11))
    assert (sitting.state, sitting.needs_marking) == ("finished", True)
