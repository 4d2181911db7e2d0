"""The trainee's pages: quiz, attempt with autosave over HTTP, submit, review."""

import json
from datetime import timedelta

import pytest
from django.utils import timezone

from quizzes.models import Answer, Sitting
from quizzes.models.quizzes import ReviewItem
from quizzes.review import allowed
from quizzes.services import start_attempt, submit_attempt
from tests.factories import UserFactory
from tests.factories.quizzes import (
    essay_question,
    quiz_with,
    right_choice,
    wrong_choice,
)


@pytest.fixture
def logged_in(client, trainee):
    client.force_login(trainee)
    return client


def save(client, sitting, *items):
    body = {
        "saves": [
            {"question": q.pk, "seq": seq, "fields": fields} for q, seq, fields in items
        ]
    }
    response = client.post(
        f"/quizzes/attempt/{sitting.pk}/save/",
        json.dumps(body),
        content_type="application/json",
    )
    return response.status_code, response.json()


def test_quiz_page_lists_rules_and_starts_an_attempt(logged_in, quiz):
    quiz.time_limit = timedelta(minutes=15)
    quiz.save()
    page = logged_in.get(f"/quizzes/{quiz.slug}/").content.decode()
    assert "Thời gian làm bài: 15 phút." in page
    assert "Bắt đầu làm bài" in page
    assert "Thời gian làm bài 15 phút, tính từ khi bắt đầu." in page
    response = logged_in.post(f"/quizzes/{quiz.slug}/start/", {"confirmed": "1"})
    sitting = Sitting.objects.get()
    assert response.url == f"/quizzes/attempt/{sitting.pk}/"
    attempt = logged_in.get(response.url).content.decode()
    assert "Mất kết nối — câu trả lời được lưu trên máy và sẽ gửi lại" in attempt
    assert 'data-remaining="' in attempt
    assert "Năm thành lập Đảng" not in attempt
    assert "Đảng Cộng sản Việt Nam được thành lập năm nào?" in attempt


def test_autosave_endpoint_is_idempotent(logged_in, quiz, trainee, four_questions):
    sitting = start_attempt(quiz, user=trainee)
    q, fill = four_questions[0], four_questions[2]
    status, body = save(
        logged_in,
        sitting,
        (q, 2, {f"q{q.pk}": str(right_choice(q).pk)}),
        (fill, 1, {f"q{fill.pk}-g1": "dang vien"}),
        (q, 1, {f"q{q.pk}": str(wrong_choice(q).pk)}),
    )
    assert status == 200
    assert [(r["ok"], r["saved"], r["seq"]) for r in body["results"]] == [
        (True, True, 2),
        (True, True, 1),
        (True, False, 2),
    ]
    assert Answer.objects.get(sitting=sitting, question=q).response == {
        "choice": right_choice(q).pk
    }
    assert Answer.objects.get(sitting=sitting, question=fill).response == {
        "gaps": {"1": "dang vien"}
    }


def test_autosave_reports_bad_input_in_vietnamese(
    logged_in, quiz, trainee, four_questions
):
    sitting = start_attempt(quiz, user=trainee)
    q = four_questions[0]
    _status, body = save(logged_in, sitting, (q, 1, {f"q{q.pk}": "999999"}))
    assert body["results"][0] == {
        "question": q.pk,
        "seq": 1,
        "ok": False,
        "message": "Phương án này không thuộc câu hỏi.",
    }
    response = logged_in.post(
        f"/quizzes/attempt/{sitting.pk}/save/",
        "không phải JSON",
        content_type="application/json",
    )
    assert (response.status_code, response.json()) == (
        400,
        {"error": "Không đọc được các câu trả lời gửi lên."},
    )


def test_another_users_attempt_is_not_found(client, quiz, trainee):
    sitting = start_attempt(quiz, user=trainee)
    client.force_login(UserFactory())
    assert client.get(f"/quizzes/attempt/{sitting.pk}/").status_code == 404
    assert (
        client.post(
            f"/quizzes/attempt/{sitting.pk}/save/",
            "{}",
            content_type="application/json",
        ).status_code
        == 404
    )


def test_submit_without_javascript_saves_the_form(
    logged_in, quiz, trainee, four_questions
):
    sitting = start_attempt(quiz, user=trainee)
    fields = {
        f"q{q.pk}": right_choice(q).pk for q in four_questions if q.qtype == "single"
    }
    fields[f"q{four_questions[2].pk}-g1"] = "đảng viên"
    response = logged_in.post(
        f"/quizzes/attempt/{sitting.pk}/submit/", fields, follow=True
    )
    page = response.content.decode()
    assert "10/10" in page
    assert "Đạt" in page
    sitting.refresh_from_db()
    assert sitting.grade == 10


def test_review_follows_the_review_options(logged_in, quiz, trainee, four_questions):
    quiz.review = {
        "during": [],
        "immediately": [ReviewItem.MARKS],
        "open": [],
        "closed": [],
    }
    quiz.success_text = "Chúc mừng!"
    quiz.attempts_allowed = 1  # with attempts left, right answers wait (see below)
    quiz.save()
    sitting = start_attempt(quiz, user=trainee)
    logged_in.post(f"/quizzes/attempt/{sitting.pk}/submit/", {"autosaved": "1"})
    page = logged_in.get(f"/quizzes/attempt/{sitting.pk}/review/").content.decode()
    assert "0/10" in page
    assert "Đáp án sẽ được hiện khi bài kiểm tra cho phép." in page
    assert "Chúc mừng!" not in page
    assert "Đáp án đúng:" not in page
    quiz.review["immediately"] = [item.value for item in ReviewItem]
    quiz.fail_text = "Hãy ôn lại bài."
    quiz.save()
    page = logged_in.get(f"/quizzes/attempt/{sitting.pk}/review/").content.decode()
    assert "Hãy ôn lại bài." in page
    assert "Đáp án đúng:" in page
    assert "Chưa đúng" in page
    Sitting.objects.filter(pk=sitting.pk).update(
        finished_at=timezone.now() - timedelta(hours=1)
    )
    page = logged_in.get(f"/quizzes/attempt/{sitting.pk}/review/").content.decode()
    assert "Đáp án sẽ được hiện khi bài kiểm tra cho phép." in page


def test_opening_an_expired_attempt_grades_it(logged_in, quiz, trainee):
    quiz.time_limit = timedelta(minutes=1)
    quiz.save()
    sitting = start_attempt(
        quiz, user=trainee, now=timezone.now() - timedelta(minutes=2)
    )
    response = logged_in.get(f"/quizzes/attempt/{sitting.pk}/")
    assert response.url == f"/quizzes/attempt/{sitting.pk}/review/"
    sitting.refresh_from_db()
    assert sitting.state == "finished"


def test_index_lists_the_quizzes_of_my_programmes(logged_in, quiz):
    page = logged_in.get("/quizzes/").content.decode()
    assert quiz.title in page
    assert "Chưa làm" in page


def test_submit_without_javascript_keeps_the_attempt_open_on_bad_input(
    logged_in, quiz, trainee, four_questions
):
    sitting = start_attempt(quiz, user=trainee)
    q = four_questions[0]
    response = logged_in.post(
        f"/quizzes/attempt/{sitting.pk}/submit/", {f"q{q.pk}": "999999"}, follow=True
    )
    assert "Câu 1: Phương án này không thuộc câu hỏi." in response.content.decode()
    sitting.refresh_from_db()
    assert sitting.state == "in_progress"


def test_a_save_tells_the_page_the_deadline_as_it_is_now(
    logged_in, quiz, trainee, four_questions
):
    sitting = start_attempt(quiz, user=trainee)
    q = four_questions[0]
    wrong = str(wrong_choice(q).pk)
    _status, body = save(logged_in, sitting, (q, 1, {f"q{q.pk}": wrong}))
    assert body["remaining"] is None
    quiz.close_at = timezone.now() + timedelta(minutes=10)
    quiz.save()
    _status, body = save(logged_in, sitting, (q, 2, {f"q{q.pk}": wrong}))
    assert 500 < body["remaining"] <= 600
    quiz.close_at = timezone.now() - timedelta(minutes=1)
    quiz.save()
    _status, body = save(
        logged_in, sitting, (q, 3, {f"q{q.pk}": str(right_choice(q).pk)})
    )
    assert (body["state"], body["remaining"]) == ("finished", 0)
    assert body["results"][0]["saved"] is False
    stored = Answer.objects.get(sitting=sitting, question=q).response
    assert stored == {"choice": wrong_choice(q).pk}
    page = logged_in.get(f"/quizzes/attempt/{sitting.pk}/", follow=True)
    assert page.redirect_chain[-1][0] == f"/quizzes/attempt/{sitting.pk}/review/"


def test_an_essay_over_its_word_limit_is_refused_and_kept(logged_in, trainee):
    essay = essay_question(max_words=600)
    quiz = quiz_with(essay)
    sitting = start_attempt(quiz, user=trainee)
    long_text = " ".join(["Đảng"] * 1006)
    response = logged_in.post(
        f"/quizzes/attempt/{sitting.pk}/submit/",
        {f"q{essay.pk}-text": long_text},
        follow=True,
    )
    page = response.content.decode()
    assert "Câu 1: bài viết có 1006 từ, nhiều nhất 600 từ." in page
    assert f">{long_text}</textarea>" in page
    assert 'data-max-words="600"' in page
    sitting.refresh_from_db()
    assert sitting.state == "in_progress"


def review_page(client, sitting):
    return client.get(f"/quizzes/attempt/{sitting.pk}/review/").content.decode()


def test_right_answers_wait_for_the_last_attempt(logged_in, quiz, trainee):
    quiz.attempts_allowed = 2
    quiz.save()
    page = logged_in.get(f"/quizzes/{quiz.slug}/").content.decode()
    assert "Đáp án đúng được hiện sau lần làm bài cuối cùng" in page
    first = start_attempt(quiz, user=trainee)
    logged_in.post(f"/quizzes/attempt/{first.pk}/submit/", {"autosaved": "1"})
    page = review_page(logged_in, first)
    assert "0/10" in page
    assert "Đáp án đúng:" not in page
    second = start_attempt(quiz, user=trainee)
    logged_in.post(f"/quizzes/attempt/{second.pk}/submit/", {"autosaved": "1"})
    assert "Đáp án đúng:" in review_page(logged_in, second)
    assert "Đáp án đúng:" in review_page(logged_in, first)


def test_right_answers_of_an_unlimited_quiz_wait_for_its_close(quiz, trainee):
    start = timezone.now() - timedelta(hours=2)
    sitting = start_attempt(quiz, user=trainee, now=start)
    sitting = submit_attempt(sitting, now=start + timedelta(minutes=1))
    assert ReviewItem.RIGHT_ANSWER not in allowed(sitting, start)
    assert ReviewItem.RIGHT_ANSWER not in allowed(sitting, start + timedelta(hours=1))
    quiz.close_at = start + timedelta(hours=1)
    quiz.save()
    later = start + timedelta(minutes=90)
    sitting = Sitting.objects.get(pk=sitting.pk)
    assert ReviewItem.RIGHT_ANSWER in allowed(sitting, later)


def test_the_editor_may_show_right_answers_between_attempts(logged_in, quiz, trainee):
    quiz.attempts_allowed, quiz.right_answers_between_attempts = 3, True
    quiz.save()
    first = start_attempt(quiz, user=trainee)
    logged_in.post(f"/quizzes/attempt/{first.pk}/submit/", {"autosaved": "1"})
    assert "Đáp án đúng:" in review_page(logged_in, first)
