"""When a quiz can be taken: with its class or its own dates; what the quiz page
says before and after; confirmation before a single-attempt or timed quiz."""

import datetime
from datetime import timedelta

import pytest
from django.utils import timezone

from classes.models import Enrolment
from quizzes.models import Sitting
from quizzes.services import AttemptRefused, start_attempt
from tests.factories.classes import TrainingClassFactory


@pytest.fixture
def logged_in(client, trainee):
    client.force_login(trainee)
    return client


@pytest.fixture
def final_exam(quiz, trainee):
    """A single-attempt final exam of the programme of a class that starts in five
    weeks, the trainee enrolled."""
    starts = timezone.localdate() + timedelta(weeks=5)
    training_class = TrainingClassFactory(
        starts_on=starts, ends_on=starts + timedelta(days=30)
    )
    Enrolment.objects.create(training_class=training_class, trainee=trainee)
    quiz.programme = training_class.version.programme
    quiz.single_attempt, quiz.time_limit = True, timedelta(minutes=45)
    quiz.save()
    return quiz


def quiz_page(client, quiz):
    return client.get(f"/quizzes/{quiz.slug}/").content.decode()


def test_a_quiz_of_a_class_opens_with_the_class(logged_in, final_exam, trainee):
    starts = timezone.localdate() + timedelta(weeks=5)
    with pytest.raises(AttemptRefused, match=f"{starts:%d/%m/%Y}"):
        start_attempt(final_exam, user=trainee)
    page = quiz_page(logged_in, final_exam)
    assert f"Mở từ {starts:%d/%m/%Y}" in page
    assert "Bắt đầu làm bài" not in page
    logged_in.post(f"/quizzes/{final_exam.slug}/start/", {"confirmed": "1"})
    assert not Sitting.objects.exists()
    first_day = timezone.make_aware(datetime.datetime.combine(starts, datetime.time(8)))
    assert start_attempt(final_exam, user=trainee, now=first_day).number == 1


def test_its_own_later_open_date_still_holds(final_exam, trainee):
    starts = timezone.localdate() + timedelta(weeks=5)
    opens = timezone.make_aware(
        datetime.datetime.combine(starts + timedelta(days=20), datetime.time(7, 30))
    )
    final_exam.open_at = opens
    final_exam.save()
    with pytest.raises(AttemptRefused, match="07:30"):
        start_attempt(final_exam, user=trainee, now=opens - timedelta(days=1))
    assert start_attempt(final_exam, user=trainee, now=opens).number == 1


def test_a_closed_quiz_says_so_and_offers_no_start(logged_in, quiz):
    quiz.close_at = timezone.now() - timedelta(days=1)
    quiz.save()
    page = quiz_page(logged_in, quiz)
    assert "Đã đóng" in page
    assert "Bắt đầu làm bài" not in page
    index = logged_in.get("/quizzes/").content.decode()
    assert "Đã đóng" in index


def test_a_single_attempt_timed_quiz_asks_before_it_starts(logged_in, final_exam):
    starts = timezone.localdate() - timedelta(days=1)
    final_exam.programme.versions.first().classes.update(starts_on=starts)
    page = quiz_page(logged_in, final_exam)
    assert "Thời gian làm bài 45 phút" in page
    assert "chỉ được làm 1 lần" in page
    assert 'type="checkbox" name="confirmed" value="1" required' in page
    response = logged_in.post(f"/quizzes/{final_exam.slug}/start/", follow=True)
    assert "Hãy xác nhận" in response.content.decode()
    assert not Sitting.objects.exists()
    response = logged_in.post(f"/quizzes/{final_exam.slug}/start/", {"confirmed": "1"})
    assert response.url == f"/quizzes/attempt/{Sitting.objects.get().pk}/"


def test_an_untimed_practice_quiz_starts_at_once(logged_in, quiz):
    page = quiz_page(logged_in, quiz)
    assert 'name="confirmed"' not in page
    logged_in.post(f"/quizzes/{quiz.slug}/start/")
    assert Sitting.objects.count() == 1
