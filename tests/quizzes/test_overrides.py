"""Per-trainee and per-class overrides (Moodle's user and group overrides): an open
attempt follows them at once, a trainee's own beats the class's, and only those
who teach the class or run its centre may give one."""

import json
from datetime import timedelta

import pytest
from django.utils import timezone

from classes.models import Enrolment
from quizzes.models import QuizOverride, Sitting
from quizzes.models.quizzes import ReviewItem
from quizzes.review import allowed
from quizzes.services import close_expired_attempts, start_attempt, submit_attempt
from quizzes.services.overrides import set_override
from tests.factories import UserFactory
from tests.factories.classes import TrainingClassFactory
from tests.factories.people import GrantFactory
from tests.factories.quizzes import quiz_with, right_choice, single_question
from units.roles import Role


@pytest.fixture
def setting(db):
    training_class = TrainingClassFactory(
        starts_on=timezone.localdate() - timedelta(days=1),
        ends_on=timezone.localdate() + timedelta(days=5),
    )
    quiz = quiz_with(
        single_question(),
        single_question(right="Trần Phú", wrongs=("Lê Duẩn",)),
        programme=training_class.version.programme,
        time_limit=timedelta(minutes=30),
    )
    trainee = UserFactory(full_name="Nguyễn Văn An")
    Enrolment.objects.create(training_class=training_class, trainee=trainee)
    lecturer = UserFactory(full_name="Trần Thị Lan")
    GrantFactory(
        user=lecturer, role=Role.LECTURER, training_unit=training_class.training_unit
    )
    training_class.head_lecturer = lecturer
    training_class.save()
    manager = UserFactory()
    GrantFactory(
        user=manager,
        role=Role.CENTRE_MANAGER,
        training_unit=training_class.training_unit,
    )
    return training_class, quiz, trainee, lecturer, manager


def save(client, sitting):
    question = sitting.answers.first().question
    choice = right_choice(question)
    body = {
        "saves": [
            {
                "question": question.pk,
                "seq": 1,
                "fields": {f"q{question.pk}": str(choice.pk)},
            }
        ]
    }
    return client.post(
        f"/quizzes/attempt/{sitting.pk}/save/",
        json.dumps(body),
        content_type="application/json",
    )


def test_extra_time_given_during_an_open_attempt_extends_it(client, setting):
    training_class, quiz, trainee, lecturer, _ = setting
    sitting = start_attempt(quiz, user=trainee)
    # 29 of the 30 minutes are gone.
    Sitting.objects.filter(pk=sitting.pk).update(
        started_at=timezone.now() - timedelta(minutes=29),
        deadline=timezone.now() + timedelta(minutes=1),
    )
    set_override(
        quiz,
        training_class=training_class,
        trainee=trainee,
        by=lecturer,
        time_limit=timedelta(minutes=45),
    )
    client.force_login(trainee)
    answer = save(client, sitting).json()
    assert answer["results"][0]["saved"] is True
    assert 15 * 60 - 5 <= answer["remaining"] <= 16 * 60
    # Past the quiz's own limit, the attempt stays open for the trainee.
    later = timezone.now() + timedelta(minutes=5)
    assert close_expired_attempts(now=later) == 0
    sitting.refresh_from_db()
    assert sitting.state == Sitting.State.IN_PROGRESS


def test_a_class_override_moves_the_close_date_of_its_trainees(client, setting):
    training_class, quiz, trainee, lecturer, _ = setting
    quiz.close_at = timezone.now() + timedelta(minutes=2)
    quiz.save()
    sitting = start_attempt(quiz, user=trainee)
    set_override(
        quiz,
        training_class=training_class,
        by=lecturer,
        close_at=timezone.now() + timedelta(minutes=20),
    )
    client.force_login(trainee)
    assert save(client, sitting).json()["remaining"] > 18 * 60
    # Another trainee, not in the class, keeps the quiz's close date.
    other = UserFactory()
    assert start_attempt(quiz, user=other).due_at == quiz.close_at


def test_the_trainees_own_override_beats_the_class_one(setting):
    training_class, quiz, trainee, lecturer, _ = setting
    quiz.close_at = timezone.now() + timedelta(hours=1)
    quiz.attempts_allowed = 1
    quiz.time_limit = None
    quiz.save()
    own = timezone.now() + timedelta(hours=2)
    set_override(
        quiz,
        training_class=training_class,
        by=lecturer,
        close_at=timezone.now() + timedelta(hours=5),
        attempts_allowed=3,
    )
    set_override(
        quiz, training_class=training_class, trainee=trainee, by=lecturer, close_at=own
    )
    sitting = start_attempt(quiz, user=trainee)
    assert sitting.due_at == own
    # The trainee's override leaves attempts alone: the class's 3 apply.
    assert sitting.terms.max_attempts == 3


def test_the_lecturer_gives_an_extension_on_the_page(client, setting):
    training_class, quiz, trainee, lecturer, _ = setting
    client.force_login(lecturer)
    url = f"/quizzes/overrides/{training_class.pk}/"
    page = client.get(url)
    assert "Gia hạn bài kiểm tra" in page.content.decode()
    response = client.post(
        url,
        {"quiz": quiz.pk, "trainee": trainee.pk, "close_at": "", "minutes": "45"},
    )
    assert response.status_code == 302
    override = QuizOverride.objects.get()
    assert (override.user, override.time_limit) == (trainee, timedelta(minutes=45))
    page = client.get(url).content.decode()
    assert "Nguyễn Văn An" in page
    assert "45 phút" in page


def test_an_extension_with_nothing_given_or_a_bad_date_is_refused_in_vietnamese(
    client, setting
):
    training_class, quiz, _, lecturer, _ = setting
    client.force_login(lecturer)
    url = f"/quizzes/overrides/{training_class.pk}/"
    empty = client.post(url, {"quiz": quiz.pk}).content.decode()
    assert "Hãy cho ngày đóng, thời gian làm bài hoặc số lần làm bài." in empty
    bad = client.post(url, {"quiz": quiz.pk, "close_at": "31/02/2026 10:00"})
    assert "Hãy viết ngày theo dạng dd/mm/yyyy hh:mm." in bad.content.decode()
    assert not QuizOverride.objects.exists()


def test_another_centres_manager_cannot_give_one(client, setting):
    training_class, quiz, trainee, _, manager = setting
    stranger = UserFactory()
    GrantFactory(user=stranger, role=Role.CENTRE_MANAGER)  # another centre
    client.force_login(stranger)
    url = f"/quizzes/overrides/{training_class.pk}/"
    assert client.get(url).status_code == 404
    posted = client.post(url, {"quiz": quiz.pk, "trainee": trainee.pk, "minutes": 90})
    assert posted.status_code == 404
    client.force_login(trainee)
    assert client.post(url, {"quiz": quiz.pk, "minutes": 90}).status_code == 404
    assert not QuizOverride.objects.exists()
    # The class's own centre manager may.
    client.force_login(manager)
    assert client.post(url, {"quiz": quiz.pk, "minutes": 90}).status_code == 302
    assert QuizOverride.objects.get().training_class == training_class


def test_an_extension_is_removed_on_the_page_and_a_bad_one_is_not_found(
    client, setting
):
    training_class, quiz, trainee, lecturer, _ = setting
    override = set_override(
        quiz,
        training_class=training_class,
        trainee=trainee,
        by=lecturer,
        attempts_allowed=2,
    )
    client.force_login(lecturer)
    url = f"/quizzes/overrides/{training_class.pk}/"
    assert client.post(url, {"remove": "abc"}).status_code == 404
    assert client.post(url, {"remove": override.pk + 1000}).status_code == 404
    assert client.post(url, {"remove": override.pk}).status_code == 302
    assert not QuizOverride.objects.exists()


def test_a_closed_quiz_stays_open_for_a_trainee_given_a_later_close_date(
    client, setting
):
    training_class, quiz, trainee, lecturer, _ = setting
    quiz.close_at = timezone.now() - timedelta(hours=1)
    quiz.save()
    later = timezone.now() + timedelta(days=1)
    set_override(
        quiz,
        training_class=training_class,
        trainee=trainee,
        by=lecturer,
        close_at=later,
    )
    client.force_login(trainee)
    index = client.get("/quizzes/").content.decode()
    assert "Đã đóng" not in index
    page = client.get(f"/quizzes/{quiz.slug}/").content.decode()
    assert "Bắt đầu làm bài" in page
    assert timezone.localtime(later).strftime("%H:%M %d/%m/%Y") in page
    assert start_attempt(quiz, user=trainee).is_open


def test_right_answers_wait_for_the_trainee_s_own_close_date(setting):
    # The class's quiz closed an hour ago, but this trainee was given two more days:
    # the review of an earlier attempt must not show right answers while they may
    # still sit it (Moodle reads "after the quiz is closed" with the overrides).
    training_class, quiz, trainee, lecturer, _ = setting
    now = timezone.now()
    quiz.attempts_allowed = 2
    quiz.close_at = now - timedelta(hours=1)
    quiz.review = {**(quiz.review or {}), "closed": [ReviewItem.RIGHT_ANSWER]}
    quiz.save()
    start = now - timedelta(hours=3)
    mine = submit_attempt(
        start_attempt(quiz, user=trainee, now=start), now=start + timedelta(minutes=5)
    )
    classmate = UserFactory(full_name="Lê Thị Hoa")
    Enrolment.objects.create(training_class=training_class, trainee=classmate)
    theirs = submit_attempt(
        start_attempt(quiz, user=classmate, now=start), now=start + timedelta(minutes=5)
    )
    set_override(
        quiz,
        training_class=training_class,
        trainee=trainee,
        by=lecturer,
        close_at=now + timedelta(days=2),
    )

    mine, theirs = Sitting.objects.get(pk=mine.pk), Sitting.objects.get(pk=theirs.pk)
    assert ReviewItem.RIGHT_ANSWER not in allowed(mine, now)
    assert ReviewItem.RIGHT_ANSWER in allowed(theirs, now)  # their quiz is closed
    assert ReviewItem.RIGHT_ANSWER in allowed(mine, now + timedelta(days=3))
