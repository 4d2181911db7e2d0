"""A question set inside a lesson plays inline at phone size, H5P-style."""

import pytest
from playwright.sync_api import expect

from lessons.models import LessonPage
from quizzes.queries import passed_quiz_ids
from tests.browser.test_quizzes_attempt import log_in
from tests.factories.lessons import lesson_tree, publish
from tests.factories.quizzes import quiz_with, single_question


@pytest.fixture
def lesson_with_quiz(transactional_db):
    tree = lesson_tree(titles=("Bài một",))
    question = single_question(
        text="Đảng Cộng sản Việt Nam ra đời năm nào?", general_feedback="Ngày 3/2/1930."
    )
    quiz = quiz_with(question, title="Tự kiểm tra bài một")
    block = {
        "quiz": quiz.pk,
        "heading": "Tự kiểm tra",
        "allow_check": True,
        "allow_retry": True,
        "allow_solution": True,
    }
    lesson = publish(
        tree.module,
        LessonPage(
            title="Bài có câu hỏi",
            summary="Tóm tắt.",
            body=[{"type": "quiz", "value": block}],
        ),
    )
    return tree, lesson, quiz


def test_check_retry_and_solution_without_reloading(
    phone, live_server, lesson_with_quiz
):
    tree, lesson, quiz = lesson_with_quiz
    log_in(phone, live_server, tree.trainee)
    phone.goto(f"{live_server.url}{lesson.url}")
    phone.evaluate("window.stillHere = true")

    phone.get_by_label("1945").check()
    phone.get_by_role("button", name="Kiểm tra").click()
    expect(phone.get_by_text("Chưa đúng: 1945")).to_be_visible()
    expect(phone.get_by_text("Chưa đạt.")).to_be_visible()

    phone.get_by_role("button", name="Xem đáp án").click()
    expect(phone.get_by_text("Đáp án đúng: 1930")).to_be_visible()

    phone.get_by_role("button", name="Làm lại").click()
    expect(phone.get_by_role("button", name="Kiểm tra")).to_be_visible()
    phone.get_by_label("1930").check()
    phone.get_by_role("button", name="Kiểm tra").click()
    expect(phone.get_by_text("Điểm của đồng chí: 10/10.")).to_be_visible()
    expect(phone.get_by_text("Ngày 3/2/1930.")).to_be_visible()
    assert phone.evaluate("window.stillHere") is True
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    assert passed_quiz_ids(tree.trainee, [quiz.pk]) == {quiz.pk}
