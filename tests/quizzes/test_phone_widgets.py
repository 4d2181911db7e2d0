"""Matching and ordering questions on a phone: every choice in full as something to
tap, and the review saying the chosen answer in words."""

import pytest

from quizzes.models import Question
from quizzes.services import start_attempt
from tests.factories import UserFactory
from tests.factories.quizzes import QuestionFactory, choices, quiz_with

pytestmark = pytest.mark.django_db

LONG = "Nghị quyết Trung ương 4 khóa XII về tăng cường xây dựng, chỉnh đốn Đảng"


def matching_question():
    question = QuestionFactory(
        qtype=Question.Type.MATCHING, text="Ghép mỗi văn kiện với năm ban hành."
    )
    return choices(
        question,
        {"text": LONG, "match_text": "Năm 2016, Hội nghị Trung ương lần thứ tư"},
        {"text": "Cương lĩnh năm 1991", "match_text": "Năm 1991, Đại hội VII"},
    )


def ordering_question():
    question = QuestionFactory(
        qtype=Question.Type.ORDERING, text="Xếp các sự kiện theo thời gian."
    )
    return choices(
        question,
        {"text": "Thành lập Đảng"},
        {"text": "Cách mạng Tháng Tám"},
        {"text": "Đổi mới"},
    )


@pytest.fixture
def sitting():
    trainee = UserFactory(full_name="Nguyễn Văn An")
    quiz = quiz_with(matching_question(), ordering_question())
    return start_attempt(quiz, user=trainee)


def test_matching_offers_every_match_in_full_to_tap(client, sitting):
    client.force_login(sitting.user)
    question = sitting.quiz.questions.get(qtype="matching")
    left = question.choices.get(text=LONG)

    page = client.get(f"/quizzes/attempt/{sitting.pk}/").content.decode()

    assert f"<legend>{LONG}</legend>" in page
    assert (
        f'<input type="radio" name="q{question.pk}-m{left.pk}" '
        'value="Năm 2016, Hội nghị Trung ương lần thứ tư">'
        "<span>Năm 2016, Hội nghị Trung ương lần thứ tư</span>"
    ) in page
    assert "<select" not in page.split('class="matching"')[1].split("</div>")[0]


def test_review_says_the_chosen_match_and_order_in_words(client, sitting):
    client.force_login(sitting.user)
    matching = sitting.quiz.questions.get(qtype="matching")
    ordering = sitting.quiz.questions.get(qtype="ordering")
    left = {c.text: c.pk for c in matching.choices.all()}
    items = {c.text: c.pk for c in ordering.choices.all()}
    fields = {
        f"q{matching.pk}-m{left[LONG]}": "Năm 1991, Đại hội VII",
        f"q{ordering.pk}-o{items['Đổi mới']}": "1",
        f"q{ordering.pk}-o{items['Thành lập Đảng']}": "2",
    }

    response = client.post(f"/quizzes/attempt/{sitting.pk}/submit/", fields)
    page = client.get(response.url).content.decode()

    assert f"<legend>{LONG}</legend>" in page
    assert "→</span> <strong>Năm 1991, Đại hội VII</strong>" in page
    assert "<em>Chưa ghép</em>" in page  # Cương lĩnh năm 1991 left unmatched
    assert '<span class="place">1</span><span>Đổi mới</span>' in page
    assert '<span class="place">2</span><span>Thành lập Đảng</span>' in page
    assert "<em>Chưa xếp:</em> Cách mạng Tháng Tám" in page
