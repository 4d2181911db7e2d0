"""QuizBlock in a lesson: "Kiểm tra", "Làm lại", "Xem đáp án" without a reload."""

import pytest
from django.test import RequestFactory

from quizzes.blocks import QuizBlock
from quizzes.models import Sitting
from quizzes.player import options_token
from quizzes.queries import passed_quiz_ids
from tests.factories.quizzes import quiz_with, right_choice, single_question


@pytest.fixture
def question(db):
    return single_question(general_feedback="Ngày 3/2/1930.")


@pytest.fixture
def inline_quiz(question):
    return quiz_with(question)


def render_block(quiz, **flags):
    block = QuizBlock()
    value = block.to_python({"quiz": quiz.pk, "heading": "Tự kiểm tra", **flags})
    request = RequestFactory().get("/")
    return block.render(value, context={"request": request})


def test_block_renders_the_player_with_the_allowed_buttons(inline_quiz):
    html = render_block(
        inline_quiz, allow_check=True, allow_retry=True, allow_solution=False
    )
    assert "Tự kiểm tra" in html
    assert "Kiểm tra" in html
    assert f'hx-post="/quizzes/inline/{inline_quiz.pk}/check/"' in html
    assert "Xem đáp án" not in html


def test_check_scores_stores_and_counts_toward_progress(
    client, trainee, inline_quiz, question
):
    client.force_login(trainee)
    token = options_token(inline_quiz.pk, check=True, retry=True, solution=True)
    data = {"opts": token, f"q{question.pk}": right_choice(question).pk}
    html = client.post(
        f"/quizzes/inline/{inline_quiz.pk}/check/", data, HTTP_HX_REQUEST="true"
    ).content.decode()
    assert "Điểm của đồng chí: 10/10." in html
    assert "Đạt — kết quả được tính vào tiến độ bài học." in html
    assert "Chính xác!" in html
    assert "Ngày 3/2/1930." in html
    assert "Làm lại" in html
    assert "Xem đáp án" in html
    sitting = Sitting.objects.get()
    assert (sitting.mode, sitting.state, sitting.passed) == ("inline", "finished", True)
    assert passed_quiz_ids(trainee, [inline_quiz.pk]) == {inline_quiz.pk}


def test_retry_gives_a_fresh_player_and_solution_shows_the_answer(client, inline_quiz):
    token = options_token(inline_quiz.pk, check=True, retry=True, solution=True)
    fresh = client.get(
        f"/quizzes/inline/{inline_quiz.pk}/check/", {"opts": token}
    ).content.decode()
    assert "Kiểm tra" in fresh
    assert "checked" not in fresh
    solution = client.get(
        f"/quizzes/inline/{inline_quiz.pk}/solution/", {"opts": token}
    ).content.decode()
    assert "Đáp án đúng:</strong> 1930" in solution


def test_the_solution_stays_hidden_when_the_author_says_so(client, inline_quiz):
    token = options_token(inline_quiz.pk, check=True, retry=True, solution=False)
    assert (
        client.get(
            f"/quizzes/inline/{inline_quiz.pk}/solution/", {"opts": token}
        ).status_code
        == 400
    )
    forged = token[:-2] + "xx"
    response = client.get(
        f"/quizzes/inline/{inline_quiz.pk}/solution/", {"opts": forged}
    )
    assert (response.status_code, response.content.decode()) == (
        400,
        "Khối câu hỏi này đã cũ; hãy tải lại trang.",
    )


def test_anonymous_check_gives_feedback_without_storing(client, inline_quiz, question):
    token = options_token(inline_quiz.pk, check=True, retry=True, solution=True)
    data = {"opts": token, f"q{question.pk}": right_choice(question).pk}
    html = client.post(
        f"/quizzes/inline/{inline_quiz.pk}/check/", data
    ).content.decode()
    assert "Hãy đăng nhập để kết quả được tính vào tiến độ bài học." in html
    assert Sitting.objects.count() == 0


def test_block_template_needs_no_inline_script_or_style(inline_quiz):
    html = render_block(inline_quiz)
    assert "<script" not in html
    assert "style=" not in html
