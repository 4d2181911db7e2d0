import pytest

from tests.factories import UserFactory
from tests.factories.quizzes import fill_question, quiz_with, single_question


@pytest.fixture
def trainee(db):
    return UserFactory(full_name="Nguyễn Văn An")


@pytest.fixture
def four_questions(db):
    return [
        single_question(title="Năm thành lập Đảng"),
        single_question(right="Trần Phú", wrongs=("Lê Duẩn",), title="Tổng Bí thư"),
        fill_question(title="Đảng viên dự bị"),
        single_question(right="12 tháng", wrongs=("6 tháng",), title="Thời gian dự bị"),
    ]


@pytest.fixture
def quiz(four_questions):
    return quiz_with(*four_questions)
