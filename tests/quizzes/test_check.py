"""Moodle's immediate feedback: "Kiểm tra" during the attempt scores and locks one
answer."""

import json

import pytest

from quizzes.models import Answer, Sitting
from quizzes.models.quizzes import ReviewItem
from quizzes.services import start_attempt
from tests.factories import UserFactory
from tests.factories.quizzes import right_choice, wrong_choice


@pytest.fixture
def logged_in(client, trainee):
    client.force_login(trainee)
    return client


def during(quiz, items):
    quiz.review = {**quiz.review, "during": items}
    quiz.save()


def save(client, sitting, question, seq, choice):
    body = {
        "saves": [
            {
                "question": question.pk,
                "seq": seq,
                "fields": {f"q{question.pk}": choice.pk},
            }
        ]
    }
    response = client.post(
        f"/quizzes/attempt/{sitting.pk}/save/",
        json.dumps(body),
        content_type="application/json",
    )
    return response.json()["results"][0]


def check(client, sitting, question):
    return client.post(
        f"/quizzes/attempt/{sitting.pk}/check/{question.pk}/",
        {"autosaved": "1"},
        follow=True,
    )


def test_no_check_button_when_nothing_is_shown_during_the_attempt(
    logged_in, quiz, trainee, four_questions
):
    during(quiz, [])
    sitting = start_attempt(quiz, user=trainee)
    page = logged_in.get(f"/quizzes/attempt/{sitting.pk}/").content.decode()
    assert "data-check" not in page
    first = four_questions[0]
    save(logged_in, sitting, first, 1, right_choice(first))
    page = check(logged_in, sitting, first).content.decode()
    assert "Bài kiểm tra này không cho kiểm tra đáp án trong khi làm bài." in page
    assert Answer.objects.get(sitting=sitting, question=first).checked_at is None


def test_check_shows_what_the_quiz_allows_and_locks_the_answer(
    logged_in, quiz, trainee, four_questions
):
    # A practice quiz: right answers while attempts remain are the editor's choice.
    quiz.right_answers_between_attempts = True
    during(quiz, [ReviewItem.CORRECTNESS, ReviewItem.RIGHT_ANSWER])
    sitting = start_attempt(quiz, user=trainee)
    first, second = four_questions[0], four_questions[1]
    page = logged_in.get(f"/quizzes/attempt/{sitting.pk}/").content.decode()
    assert page.count("data-check") == 4  # every question of the quiz is checkable
    save(logged_in, sitting, second, 1, wrong_choice(second))
    response = check(logged_in, sitting, second)
    page = response.content.decode()
    assert response.redirect_chain[-1][0].endswith(f"#q{second.pk}")
    assert '<p class="qstate">Chưa đúng</p>' in page
    assert "Đáp án đúng:" in page
    assert page.count("data-check") == 3
    stored = Answer.objects.get(sitting=sitting, question=second)
    assert stored.checked_at is not None
    assert stored.mark == 0
    # A later save (another tab, a queued resend) no longer changes it.
    result = save(logged_in, sitting, second, 2, right_choice(second))
    assert result["saved"] is False
    assert (
        result["message"] == "Câu trả lời này đã được kiểm tra nên không thể sửa nữa."
    )
    stored.refresh_from_db()
    assert stored.response == {"choice": wrong_choice(second).pk}
    # The other questions can still be answered; the grade counts the checked one.
    assert save(logged_in, sitting, first, 1, right_choice(first))["saved"] is True
    logged_in.post(f"/quizzes/attempt/{sitting.pk}/submit/", {"autosaved": "1"})
    sitting.refresh_from_db()
    assert sitting.state == Sitting.State.FINISHED
    assert Answer.objects.get(sitting=sitting, question=second).mark == 0
    assert Answer.objects.get(sitting=sitting, question=first).mark > 0


def test_check_without_javascript_saves_the_form_first(
    logged_in, quiz, trainee, four_questions
):
    during(quiz, [ReviewItem.CORRECTNESS])
    sitting = start_attempt(quiz, user=trainee)
    first = four_questions[0]
    response = logged_in.post(
        f"/quizzes/attempt/{sitting.pk}/check/{first.pk}/",
        {"autosaved": "0", f"q{first.pk}": right_choice(first).pk},
        follow=True,
    )
    assert '<p class="qstate">Đúng</p>' in response.content.decode()
    stored = Answer.objects.get(sitting=sitting, question=first)
    assert stored.response == {"choice": right_choice(first).pk}
    assert stored.checked_at is not None


def test_checking_someone_elses_attempt_or_a_foreign_question(
    client, quiz, trainee, four_questions
):
    during(quiz, [ReviewItem.CORRECTNESS])
    sitting = start_attempt(quiz, user=trainee)
    client.force_login(UserFactory())
    assert check(client, sitting, four_questions[0]).status_code == 404
    client.force_login(trainee)
    response = client.post(
        f"/quizzes/attempt/{sitting.pk}/check/999999/", {"autosaved": "1"}, follow=True
    )
    assert "Câu hỏi này không thuộc lượt làm bài." in response.content.decode()
    assert client.get(f"/quizzes/attempt/{sitting.pk}/check/1/").status_code == 405


def test_check_keeps_the_right_answer_while_attempts_remain(
    logged_in, quiz, trainee, four_questions
):
    quiz.attempts_allowed = 2
    during(quiz, [ReviewItem.CORRECTNESS, ReviewItem.RIGHT_ANSWER])
    sitting = start_attempt(quiz, user=trainee)
    second = four_questions[1]
    save(logged_in, sitting, second, 1, wrong_choice(second))
    page = check(logged_in, sitting, second).content.decode()
    assert '<p class="qstate">Chưa đúng</p>' in page
    assert "Đáp án đúng:" not in page
