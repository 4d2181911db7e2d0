"""The demo question banks and quizzes that `seed_demo` loads."""

from collections import Counter
from datetime import timedelta

from demo import quizzes as quizzes_demo
from quizzes import scoring
from quizzes.models import Choice, Question, Quiz, QuizQuestion


def test_demo_banks_cover_every_type_and_programme(demo):
    types = Counter(Question.objects.values_list("qtype", flat=True))
    assert sum(types.values()) >= 40
    assert set(types) == {t.value for t in Question.Type}
    programmes = set(
        Question.objects.values_list("category__programme__name", flat=True)
    )
    assert programmes == {
        "Bồi dưỡng nhận thức về Đảng",
        "Lý luận chính trị dành cho đảng viên mới",
        "Sơ cấp lý luận chính trị",
    }


def test_final_quizzes_and_one_timed_exam(demo):
    finals = Quiz.objects.filter(slug__startswith="kiem-tra-cuoi-khoa")
    assert sorted(finals.values_list("programme__name", flat=True)) == [
        "Bồi dưỡng nhận thức về Đảng",
        "Lý luận chính trị dành cho đảng viên mới",
    ]
    exam = Quiz.objects.get(time_limit__isnull=False)
    assert (exam.time_limit, exam.single_attempt, exam.programme.name) == (
        timedelta(minutes=30),
        True,
        "Sơ cấp lý luận chính trị",
    )
    assert exam.slots.count() == 10


def test_every_demo_question_has_a_right_answer(demo):
    for question in Question.objects.exclude(qtype="essay"):
        spec = question.spec()
        assert scoring.score(spec, scoring.right_response(spec)) == 1, question.title


def test_seeding_twice_changes_nothing(demo):
    before = (
        Question.objects.count(),
        Choice.objects.count(),
        Quiz.objects.count(),
        QuizQuestion.objects.count(),
    )
    quizzes_demo.seed()
    after = (
        Question.objects.count(),
        Choice.objects.count(),
        Quiz.objects.count(),
        QuizQuestion.objects.count(),
    )
    assert after == before
