"""Answers given offline before the time was up and delivered after it (issue #13,
3): counted and marked within the grace period, kept and listed as not counted
beyond it, refused with a forged token; nothing dropped without a word."""

import json
from datetime import timedelta

import pytest
from django.core import signing
from django.utils import timezone

from quizzes.models import Answer, LateAnswer, Quiz, Sitting
from quizzes.services import start_attempt
from quizzes.services.late import TOKEN_SALT, issue_token
from tests.factories import UserFactory
from tests.factories.quizzes import quiz_with, right_choice, single_question


@pytest.fixture
def exam(db):
    quiz = quiz_with(
        single_question(title="Năm thành lập Đảng"),
        single_question(right="Trần Phú", wrongs=("Lê Duẩn",), title="Tổng Bí thư"),
        time_limit=timedelta(seconds=90),
        grace_period=timedelta(seconds=60),
    )
    trainee = UserFactory(full_name="Nguyễn Văn An")
    return quiz, trainee


def begun(quiz, trainee, seconds_ago):
    """An attempt started ``seconds_ago`` and the token its page got then."""
    sitting = start_attempt(quiz, user=trainee)
    started = timezone.now() - timedelta(seconds=seconds_ago)
    Sitting.objects.filter(pk=sitting.pk).update(
        started_at=started,
        deadline=started + quiz.time_limit if quiz.time_limit else None,
    )
    sitting.refresh_from_db()
    return sitting, issue_token(sitting, now=started)["token"]


def right_answers(sitting, token, elapsed_ms):
    saves = []
    for answer in sitting.answers.select_related("question"):
        choice = right_choice(answer.question)
        saves.append(
            {
                "question": answer.question_id,
                "seq": answer.seq + 1,
                "fields": {f"q{answer.question_id}": str(choice.pk)},
                "token": token,
                "elapsed": elapsed_ms,
            }
        )
    return {"saves": saves}


def post(client, sitting, body):
    return client.post(
        f"/quizzes/attempt/{sitting.pk}/save/",
        json.dumps(body),
        content_type="application/json",
    ).json()


def test_answers_given_at_10s_delivered_at_120s_count_within_a_60s_grace(client, exam):
    quiz, trainee = exam
    sitting, token = begun(quiz, trainee, seconds_ago=120)
    client.force_login(trainee)
    body = right_answers(sitting, token, 10_000)
    answer = post(client, sitting, body)
    assert [r["ok"] for r in answer["results"]] == [True, True]
    assert "được tính" in answer["results"][0]["message"]
    sitting.refresh_from_db()
    assert (sitting.state, str(sitting.grade)) == ("finished", "10.00")
    outcomes = set(LateAnswer.objects.values_list("outcome", flat=True))
    assert outcomes == {LateAnswer.Outcome.COUNTED}
    # A resend (the phone did not hear the answer) changes nothing.
    post(client, sitting, body)
    assert LateAnswer.objects.count() == 2
    review = client.get(f"/quizzes/attempt/{sitting.pk}/review/").content.decode()
    assert "Gửi muộn do mất mạng" in review


def test_without_grace_they_are_kept_not_counted_and_listed(client, exam):
    quiz, trainee = exam
    Quiz.objects.filter(pk=quiz.pk).update(grace_period=timedelta(0))
    sitting, token = begun(quiz, trainee, seconds_ago=120)
    client.force_login(trainee)
    answer = post(client, sitting, right_answers(sitting, token, 10_000))
    assert [r["ok"] for r in answer["results"]] == [True, True]
    assert "Không được tính" in answer["results"][0]["message"]
    sitting.refresh_from_db()
    assert (sitting.state, str(sitting.grade)) == ("finished", "0.00")
    assert not Answer.objects.filter(response__isnull=False).exists()
    late = LateAnswer.objects.all()
    assert {a.outcome for a in late} == {LateAnswer.Outcome.AFTER_GRACE}
    assert all(a.response for a in late)
    review = client.get(f"/quizzes/attempt/{sitting.pk}/review/").content.decode()
    assert "Không được tính: câu trả lời đến sau thời gian gia hạn" in review


def test_an_answer_given_after_the_time_is_kept_not_counted(client, exam):
    quiz, trainee = exam
    sitting, token = begun(quiz, trainee, seconds_ago=100)
    client.force_login(trainee)
    post(client, sitting, right_answers(sitting, token, 95_000))
    assert {a.outcome for a in LateAnswer.objects.all()} == {
        LateAnswer.Outcome.AFTER_DEADLINE
    }
    sitting.refresh_from_db()
    assert sitting.grade == 0


def test_a_forged_or_foreign_token_is_refused(client, exam):
    quiz, trainee = exam
    sitting, _token = begun(quiz, trainee, seconds_ago=120)
    forged = signing.dumps({"s": sitting.pk, "t": 0}, salt="another salt")
    _other, other_token = begun(quiz_with(single_question()), trainee, seconds_ago=1)
    client.force_login(trainee)
    for token in (forged, other_token, "x"):
        answer = post(client, sitting, right_answers(sitting, token, 10_000))
        assert [r["ok"] for r in answer["results"]] == [False, False]
        assert "mã lượt làm bài" in answer["results"][0]["message"]
    # A real token with a count that runs past the server's now is a lie too.
    real = signing.dumps(
        {"s": sitting.pk, "t": int(timezone.now().timestamp() * 1000)}, salt=TOKEN_SALT
    )
    answer = post(client, sitting, right_answers(sitting, real, 60_000))
    assert answer["results"][0]["ok"] is False
    assert not LateAnswer.objects.exists()


def test_the_lecturer_sees_the_late_answers_of_their_trainees(client, exam):
    from classes.models import Enrolment
    from tests.factories.classes import TrainingClassFactory
    from tests.factories.people import GrantFactory
    from units.roles import Role

    quiz, trainee = exam
    Quiz.objects.filter(pk=quiz.pk).update(grace_period=timedelta(0))
    training_class = TrainingClassFactory()
    Enrolment.objects.create(training_class=training_class, trainee=trainee)
    lecturer = UserFactory()
    GrantFactory(
        user=lecturer, role=Role.LECTURER, training_unit=training_class.training_unit
    )
    training_class.head_lecturer = lecturer
    training_class.save()
    sitting, token = begun(quiz, trainee, seconds_ago=120)
    client.force_login(trainee)
    post(client, sitting, right_answers(sitting, token, 10_000))
    client.force_login(lecturer)
    page = client.get("/quizzes/marking/").content.decode()
    assert "Nguyễn Văn An" in page
    assert "Không được tính: câu trả lời đến sau thời gian gia hạn" in page
    client.force_login(UserFactory())
    assert "Nguyễn Văn An" not in client.get("/quizzes/marking/").content.decode()
