"""The trainee's pages at 360×740: a matching question answered and reviewed (every
choice in full inside the screen, the review saying the chosen matches in words),
the timetable as a list of days, and the Vietnamese 403 page."""

import datetime

import pytest
from playwright.sync_api import expect

from classes.models import ClassSession
from classes.services import enrol_trainee
from quizzes.models import Question, Sitting
from quizzes.services import start_attempt
from tests.browser.test_quizzes_attempt import log_in, saved, wait_for
from tests.factories import UserFactory
from tests.factories.classes import SessionFactory, TrainingClassFactory
from tests.factories.quizzes import QuestionFactory, choices, quiz_with

WIDTH = 360
LEFT = "Nghị quyết Trung ương 4 khóa XII về tăng cường xây dựng, chỉnh đốn Đảng"
MATCHES = {
    LEFT: "Năm 2016, Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII",
    "Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội": (
        "Năm 1991, Đại hội đại biểu toàn quốc lần thứ VII của Đảng"
    ),
}


def inside_the_screen(locator) -> bool:
    """The element is within the 360 px width and shows all its text."""
    box = locator.bounding_box()
    clipped = locator.evaluate("e => e.scrollWidth > e.clientWidth + 1")
    return box["x"] >= 0 and box["x"] + box["width"] <= WIDTH and not clipped


@pytest.fixture
def matching_attempt(transactional_db):
    question = QuestionFactory(
        qtype=Question.Type.MATCHING, text="Ghép mỗi văn kiện với thời điểm ban hành."
    )
    choices(question, *({"text": k, "match_text": v} for k, v in MATCHES.items()))
    trainee = UserFactory(full_name="Nguyễn Văn An")
    return start_attempt(quiz_with(question), user=trainee), trainee


def test_a_matching_question_answered_and_reviewed_at_360(
    phone, live_server, matching_attempt
):
    sitting, trainee = matching_attempt
    log_in(phone, live_server, trainee)
    phone.goto(f"{live_server.url}/quizzes/attempt/{sitting.pk}/")

    for left, right in MATCHES.items():
        pair = phone.locator("fieldset.pair", has_text=left)
        expect(pair.locator("legend")).to_have_text(left)
        assert inside_the_screen(pair.locator("legend"))
        target = pair.locator("label.target", has_text=right)
        expect(target).to_be_visible()
        expect(target).to_have_text(right)
        assert inside_the_screen(target)
        target.click()  # a tap places the match
        expect(target.locator("input")).to_be_checked()
    wait_for(lambda: saved(sitting) == 1)
    assert phone.evaluate("document.documentElement.scrollWidth") <= WIDTH

    phone.once("dialog", lambda dialog: dialog.accept())  # "Nộp bài? …"
    phone.get_by_role("button", name="Nộp bài").click()
    review = f"{live_server.url}/quizzes/attempt/{sitting.pk}/review/"
    expect(phone).to_have_url(review, timeout=20_000)
    sitting.refresh_from_db()
    assert sitting.state == Sitting.State.FINISHED
    assert sitting.score == sitting.max_score
    for left, right in MATCHES.items():
        pair = phone.locator("fieldset.pair", has_text=left)
        chosen = pair.locator(".chosen")
        expect(chosen).to_have_text(f"→ {right}")
        assert inside_the_screen(chosen)
    assert phone.locator("select").count() == 0
    assert phone.evaluate("document.documentElement.scrollWidth") <= WIDTH


def test_the_timetable_is_a_list_of_days_at_360(phone, live_server, transactional_db):
    today = datetime.date.today()
    training_class = TrainingClassFactory(starts_on=today, ends_on=today)
    trainee = UserFactory(full_name="Nguyễn Văn An")
    enrol_trainee(training_class, trainee)
    for part in (ClassSession.Part.MORNING, ClassSession.Part.AFTERNOON):
        SessionFactory(
            training_class=training_class,
            date=today,
            part=part,
            room="https://hop.example.vn/phong-hoc-truc-tuyen-lop-boi-duong-dang-vien",
        )
    log_in(phone, live_server, trainee)
    phone.goto(f"{live_server.url}/classes/{training_class.pk}/timetable/")

    day = phone.locator(".timetable-day")
    expect(day).to_have_count(1)
    expect(day.locator(".timetable-sessions > li")).to_have_count(2)
    assert inside_the_screen(day.locator(".timetable-sessions > li").first)
    assert phone.evaluate("document.documentElement.scrollWidth") <= WIDTH


def test_the_403_page_is_vietnamese_at_360(phone, live_server, transactional_db):
    person = UserFactory(full_name="Triệu Văn Hải")
    log_in(phone, live_server, person)

    response = phone.goto(f"{live_server.url}/questions/queue/")

    assert response.status == 403
    expect(phone.get_by_role("heading", name="Không được phép")).to_be_visible()
    expect(phone.get_by_role("link", name="Về trang chủ")).to_be_visible()
    assert phone.evaluate("document.documentElement.scrollWidth") <= WIDTH
