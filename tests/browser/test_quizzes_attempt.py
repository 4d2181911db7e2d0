"""A trainee's quiz attempt at phone size: answers survive a dropped network, and
the server grades the attempt when its time runs out."""

import re
import time
from datetime import timedelta

import pytest
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from django.utils import timezone
from playwright.sync_api import expect

from quizzes.models import Answer, Sitting
from quizzes.services import start_attempt
from tests.factories import UserFactory
from tests.factories.quizzes import (
    essay_question,
    fill_question,
    quiz_with,
    single_question,
)

BANNER = "Mất kết nối — câu trả lời được lưu trên máy và sẽ gửi lại"


def log_in(page, live_server, user):
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "accounts.backends.UsernameOrPhoneBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    page.context.add_cookies(
        [{"name": "sessionid", "value": session.session_key, "url": live_server.url}]
    )


def saved(sitting) -> int:
    return Answer.objects.filter(sitting=sitting, response__isnull=False).count()


def wait_for(condition, timeout=15.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    pytest.fail("the server never got there")


@pytest.fixture
def attempt(transactional_db):
    questions = [
        single_question(text="Đảng Cộng sản Việt Nam ra đời năm nào?"),
        single_question(
            text="Tổng Bí thư đầu tiên?", right="Trần Phú", wrongs=("Lê Duẩn",)
        ),
        fill_question(),
        single_question(text="Thời gian dự bị?", right="12 tháng", wrongs=("6 tháng",)),
    ]
    quiz = quiz_with(*questions, time_limit=timedelta(minutes=30))
    trainee = UserFactory(full_name="Nguyễn Văn An")
    return start_attempt(quiz, user=trainee), trainee


def test_answers_survive_a_dropped_network_and_time_up_grades(
    phone, live_server, attempt
):
    sitting, trainee = attempt
    log_in(phone, live_server, trainee)
    phone.goto(f"{live_server.url}/quizzes/attempt/{sitting.pk}/")
    expect(phone.get_by_text("Thời gian còn lại:")).to_be_visible()

    phone.get_by_label("1930").check()
    phone.get_by_label("Trần Phú").check()
    expect(phone.get_by_text("Đã lưu mọi câu trả lời")).to_be_visible()
    wait_for(lambda: saved(sitting) == 2)

    phone.context.set_offline(True)
    phone.get_by_label("Chỗ trống 1").fill("đảng viên")
    phone.get_by_label("12 tháng").check()
    expect(phone.get_by_text(BANNER)).to_be_visible()
    queued = phone.evaluate(
        f"JSON.parse(localStorage.getItem('quiz.queue.{sitting.pk}')).length"
    )
    assert queued == 2
    assert saved(sitting) == 2

    phone.context.set_offline(False)
    wait_for(lambda: saved(sitting) == 4)
    expect(phone.get_by_text(BANNER)).to_be_hidden()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360

    Sitting.objects.filter(pk=sitting.pk).update(
        deadline=timezone.now() + timedelta(seconds=3)
    )
    phone.reload()
    expect(phone.get_by_text("10/10")).to_be_visible(timeout=20_000)
    sitting.refresh_from_db()
    assert (sitting.state, str(sitting.grade), sitting.passed) == (
        "finished",
        "10.00",
        True,
    )


def test_check_shows_feedback_during_the_attempt_and_locks_the_answer(
    phone, live_server, attempt
):
    sitting, trainee = attempt
    quiz = sitting.quiz
    quiz.review = {**quiz.review, "during": ["correctness", "right_answer"]}
    quiz.right_answers_between_attempts = True  # a practice quiz
    quiz.save()
    log_in(phone, live_server, trainee)
    phone.goto(f"{live_server.url}/quizzes/attempt/{sitting.pk}/")
    held = []
    saves = f"**/quizzes/attempt/{sitting.pk}/save/"
    phone.route(saves, lambda route: held.append(route))
    second = phone.locator("fieldset.question").nth(1)
    second.get_by_label("Lê Duẩn").check()
    # "Kiểm tra" pressed while that answer's save is still on its way.
    second.get_by_role("button", name="Kiểm tra").click()
    while not held:
        phone.wait_for_timeout(50)
    held[0].continue_()
    phone.unroute(saves)
    second = phone.locator("fieldset.question").nth(1)
    expect(second.get_by_text("Chưa đúng")).to_be_visible()
    expect(second.get_by_text("Đáp án đúng:")).to_be_visible()
    expect(second.get_by_label("Lê Duẩn")).to_be_disabled()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    answer = Answer.objects.get(sitting=sitting, checked_at__isnull=False)
    assert answer.question.text == "Tổng Bí thư đầu tiên?"
    assert answer.mark == 0


def test_a_close_date_moved_earlier_closes_the_open_page(phone, live_server, attempt):
    sitting, trainee = attempt
    log_in(phone, live_server, trainee)
    phone.goto(f"{live_server.url}/quizzes/attempt/{sitting.pk}/")
    phone.get_by_label("1930").check()
    wait_for(lambda: saved(sitting) == 1)
    expect(phone.get_by_text("Đã lưu mọi câu trả lời")).to_be_visible()

    quiz = sitting.quiz
    quiz.close_at = timezone.now() + timedelta(seconds=8)
    quiz.save()
    phone.get_by_label("Trần Phú").check()
    wait_for(lambda: saved(sitting) == 2)
    # The save's answer carried the new deadline: the countdown is under a minute.
    expect(phone.locator("[data-timer-text]")).to_have_text(re.compile(r"^0:0\d$"))
    expect(phone.get_by_text("5/10")).to_be_visible(timeout=20_000)
    sitting.refresh_from_db()
    assert (sitting.state, sitting.finished_at) == ("finished", quiz.close_at)


def test_an_essay_counts_its_words_and_warns_past_the_limit(
    phone, live_server, transactional_db
):
    essay = essay_question(min_words=3, max_words=5)
    trainee = UserFactory(full_name="Nguyễn Văn An")
    sitting = start_attempt(quiz_with(essay), user=trainee)
    log_in(phone, live_server, trainee)
    phone.goto(f"{live_server.url}/quizzes/attempt/{sitting.pk}/")
    box = phone.get_by_label("Câu trả lời")
    box.fill("Tôi phấn đấu học tập rèn luyện")
    expect(phone.get_by_text("Số từ: 7")).to_be_visible()
    warning = "Quá 5 từ: hãy rút gọn bài viết trước khi nộp."
    expect(phone.get_by_role("status").filter(has_text=warning)).to_be_visible()
    wait_for(lambda: saved(sitting) == 1)
    phone.get_by_role("button", name="Nộp bài").click()
    expect(box).to_be_focused()
    sitting.refresh_from_db()
    assert sitting.state == "in_progress"
    assert sitting.answers.get().response == {"text": "Tôi phấn đấu học tập rèn luyện"}
    box.fill("Tôi phấn đấu học tập")
    expect(phone.get_by_text("Số từ: 5")).to_be_visible()
    expect(phone.get_by_text(warning)).to_be_hidden()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
