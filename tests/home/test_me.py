"""/me/: every result in one place (attendance, scores, quizzes, situations), and the
notices bell in the header of every page."""

import datetime

import pytest
from django.utils import timezone

from classes.models import Attendance, ClassSession, Notice
from classes.services import enrol_trainee, record_attendance
from tests.factories import UserFactory
from tests.factories.classes import SessionFactory, TrainingClassFactory

pytestmark = pytest.mark.django_db
PRESENT, ABSENT = Attendance.Status.PRESENT, Attendance.Status.ABSENT


@pytest.fixture
def running():
    """A class under way: four sessions held (the roll of the last one not taken for
    this trainee), one to come; 5 periods each."""
    today = timezone.localdate()
    training_class = TrainingClassFactory(
        starts_on=today - datetime.timedelta(days=10),
        ends_on=today + datetime.timedelta(days=10),
    )
    trainee = UserFactory(full_name="Nguyễn Văn An")
    classmate = UserFactory(full_name="Trần Thị Bình")
    for person in (trainee, classmate):
        enrol_trainee(training_class, person)
    sessions = [
        SessionFactory(
            training_class=training_class,
            date=today + datetime.timedelta(days=day),
            part=ClassSession.Part.MORNING,
        )
        for day in (-8, -6, -4, -2, 3)
    ]
    source = Attendance.Source.LECTURER
    for session, status in zip(sessions[:3], (PRESENT, PRESENT, ABSENT), strict=True):
        record_attendance(session, trainee, status=status, source=source)
    record_attendance(sessions[3], classmate, status=PRESENT, source=source)
    return training_class, trainee


def test_me_counts_only_the_periods_held(client, running):
    _class, trainee = running
    client.force_login(trainee)

    page = client.get("/me/").content.decode()

    assert "Đã dự 10/20 tiết đã học; vắng 5; 5 tiết chưa điểm danh." in page
    assert "10/25" not in page


def test_standing_page_says_the_same_and_the_timetable_total(client, running):
    training_class, trainee = running
    client.force_login(trainee)

    page = client.get(f"/classes/{training_class.pk}/me/").content.decode()

    assert "Đã dự 10/20 tiết đã học; vắng 5; 5 tiết chưa điểm danh." in page
    assert "Lịch học có 25 tiết." in page


def test_me_gathers_scores_quizzes_and_situations(client, running):
    from quizzes.services.attempts import start_attempt, submit_attempt
    from situations.models import Run
    from tests.factories.quizzes import quiz_with, single_question
    from tests.situations.conftest import build_situation

    training_class, trainee = running
    programme = training_class.version.programme
    quiz = quiz_with(single_question(), programme=programme, title="Kiểm tra bài 1")
    quiz.draft = False
    quiz.save()
    submit_attempt(start_attempt(quiz, user=trainee))  # nothing answered: 0/10
    situation = build_situation(training_class)
    Run.objects.create(
        situation=situation,
        trainee=trainee,
        training_class=training_class,
        current_step=situation.steps.get(key="K1"),
        finished_at=timezone.now(),
        score="8.5",
    )
    client.force_login(trainee)

    page = client.get("/me/").content.decode()
    results = page.split('id="results"')[1].split("</section>")[0]

    assert "<h2>Kết quả của tôi</h2>" in page
    assert "Trắc nghiệm (trung bình): 0,00" in results
    assert "Kiểm tra bài 1</a>: Điểm cao nhất: 0/10" in results
    assert "Tình huống nhỏ</a>: 8,5/10 · Tốt" in results


def test_the_bell_counts_unread_notices_on_every_page(client, running):
    training_class, trainee = running
    notice = Notice.objects.create(
        recipient=trainee,
        kind=Notice.Kind.TOO_MANY_ABSENCES,
        training_class=training_class,
        trainee=trainee,
    )
    client.force_login(trainee)

    page = client.get("/quizzes/").content.decode()
    bell = page.split('id="notices-bell"')[1].split("</a>")[0]
    assert 'id="notices-bell" href="/notices/"' in page
    assert '<span class="bell-count">1<span class="sr"> chưa đọc</span>' in bell
    assert "Thông báo" in bell

    client.post(f"/notices/{notice.pk}/read/")
    bell = client.get("/quizzes/").content.decode().split('id="notices-bell"')[1]
    assert "bell-count" not in bell.split("</a>")[0]


def test_no_bell_for_visitors(client):
    assert "notices-bell" not in client.get("/quizzes/").content.decode()
