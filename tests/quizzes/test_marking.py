"""Essay marking by lecturers, and regrading after a correction."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from classes.services import enrol_trainee
from quizzes.models import Choice
from quizzes.services import (
    close_expired_attempts,
    mark_answer,
    regrade_question,
    save_answer,
    start_attempt,
    submit_attempt,
)
from tests.factories import GrantFactory, UserFactory
from tests.factories.classes import TrainingClassFactory
from tests.factories.quizzes import (
    essay_question,
    quiz_with,
    right_choice,
    single_question,
    wrong_choice,
)
from units.roles import Role


@pytest.fixture
def essay_sitting(trainee):
    essay = essay_question()
    mc = single_question()
    quiz = quiz_with(essay, mc)
    sitting = start_attempt(quiz, user=trainee)
    save_answer(
        sitting,
        question_id=essay.pk,
        seq=1,
        raw={"text": "Tôi sẽ học tập và làm theo Bác."},
    )
    save_answer(sitting, question_id=mc.pk, seq=1, raw={"choice": right_choice(mc).pk})
    return submit_attempt(sitting)


def test_marking_completes_the_grade(essay_sitting):
    lecturer = UserFactory()
    answer = essay_sitting.answers.get(question__qtype="essay")
    mark_answer(answer, marker=lecturer, mark="0,5", comment="Cần cụ thể hơn.")
    essay_sitting.refresh_from_db()
    answer.refresh_from_db()
    assert (answer.mark, answer.comment, answer.marked_by) == (
        Decimal("0.5"),
        "Cần cụ thể hơn.",
        lecturer,
    )
    assert (essay_sitting.needs_marking, essay_sitting.grade, essay_sitting.passed) == (
        False,
        Decimal("7.50"),
        True,
    )


@pytest.mark.parametrize(
    ("mark", "message"),
    [
        ("abc", "bằng số"),
        ("2", "từ 0 đến 1"),
        ("-1", "từ 0 đến 1"),
        ("NaN", "từ 0 đến 1"),
    ],
)
def test_bad_marks_are_refused(essay_sitting, mark, message):
    answer = essay_sitting.answers.get(question__qtype="essay")
    with pytest.raises(ValidationError, match=message):
        mark_answer(answer, marker=UserFactory(), mark=mark)
    answer.refresh_from_db()
    assert answer.mark is None


def test_marking_queue_shows_lecturers_their_trainees(client, essay_sitting, trainee):
    training_class = TrainingClassFactory()
    enrol_trainee(training_class, trainee)
    lecturer = GrantFactory(role=Role.LECTURER).user
    stranger = GrantFactory(role=Role.LECTURER).user
    training_class.head_lecturer = lecturer
    training_class.save()
    client.force_login(stranger)
    assert (
        "Không còn bài nào cần chấm" in client.get("/quizzes/marking/").content.decode()
    )
    client.force_login(lecturer)
    page = client.get("/quizzes/marking/").content.decode()
    assert "1 bài đang chờ" in page
    answer = essay_sitting.answers.get(question__qtype="essay")
    detail = client.get(f"/quizzes/marking/{answer.question_id}/").content.decode()
    assert "Nguyễn Văn An" in detail
    assert "Tôi sẽ học tập và làm theo Bác." in detail
    assert "Đủ ý: 6 điểm" in detail
    response = client.post(
        f"/quizzes/marking/answer/{answer.pk}/",
        {"mark": "1", "comment": "Tốt"},
        follow=True,
    )
    assert "Đã chấm bài của Nguyễn Văn An." in response.content.decode()
    answer.refresh_from_db()
    assert answer.mark == Decimal(1)


def test_regrade_dry_run_lists_changes_and_stores_nothing(trainee):
    q = single_question()
    quiz = quiz_with(q)
    sitting = start_attempt(quiz, user=trainee)
    save_answer(sitting, question_id=q.pk, seq=1, raw={"choice": wrong_choice(q).pk})
    submit_attempt(sitting)
    Choice.objects.filter(pk=wrong_choice(q).pk).update(fraction=Decimal(1))
    changes = regrade_question(q, dry_run=True)
    assert [(c.sitting.pk, c.old_grade, c.new_grade) for c in changes] == [
        (sitting.pk, Decimal("0.00"), Decimal("10.00"))
    ]
    sitting.refresh_from_db()
    assert sitting.grade == Decimal("0.00")
    regrade_question(q, dry_run=False)
    sitting.refresh_from_db()
    assert (sitting.grade, sitting.passed) == (Decimal("10.00"), True)
    assert regrade_question(q, dry_run=True) == []


def test_a_trainee_cannot_open_the_marking_pages(client, essay_sitting, trainee):
    # The marking page shows the essay's rubric; the trainee may be sitting it.
    question = essay_sitting.answers.get(question__qtype="essay").question
    client.force_login(trainee)

    for url in ("/quizzes/marking/", f"/quizzes/marking/{question.pk}/"):
        page = client.get(url)
        assert page.status_code == 403
        assert "Đủ ý" not in page.content.decode()


def test_the_marker_sees_an_essay_closed_outside_its_word_limit(client, trainee):
    essay = essay_question(max_words=5)
    quiz = quiz_with(essay, time_limit=timedelta(minutes=10))
    start = timezone.now() - timedelta(hours=1)
    sitting = start_attempt(quiz, user=trainee, now=start)
    text = "Tôi sẽ học tập và làm theo Bác."
    save_answer(sitting, question_id=essay.pk, seq=1, raw={"text": text}, now=start)
    close_expired_attempts(now=start + timedelta(minutes=11))
    training_class = TrainingClassFactory()
    enrol_trainee(training_class, trainee)
    training_class.head_lecturer = GrantFactory(role=Role.LECTURER).user
    training_class.save()
    client.force_login(training_class.head_lecturer)
    page = client.get(f"/quizzes/marking/{essay.pk}/").content.decode()
    assert text in page
    assert "8 từ · <strong>vượt giới hạn: nhiều nhất 5 từ</strong>" in page
