"""Wagtail admin: question bank and quizzes, import with preview, regrade."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from quizzes.admin_views.viewsets import QuizViewSet
from quizzes.models import Question, Quiz
from tests.factories import TrainingUnitFactory, UserFactory
from tests.factories.quizzes import quiz_with, single_question
from units.roles import Role
from units.services import grant_role

GIFT = (
    "::Năm thành lập::Đảng ra đời năm nào? {=1930 ~1945}\n\n::Tự luận::Trình bày. {}\n"
)


@pytest.fixture
def admin_client(client, db):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


def upload(client, content: str, fmt="gift", category="Nhập thử"):
    file = SimpleUploadedFile("cau-hoi.gift", content.encode())
    data = {"file": file, "format": fmt, "category": category}
    return client.post("/admin/quizzes/import/", data)


def test_import_previews_then_imports(admin_client):
    preview = upload(admin_client, GIFT).content.decode()
    assert "Xem trước: 2 câu hỏi" in preview
    assert "Đảng ra đời năm nào?" in preview
    assert Question.objects.count() == 0
    token = preview.split('name="token" value="')[1].split('"')[0]
    data = {"token": token, "format": "gift", "category": "Nhập thử"}
    response = admin_client.post("/admin/quizzes/import/", data, follow=True)
    assert "Đã nhập 2 câu hỏi" in response.content.decode()
    assert sorted(Question.objects.values_list("qtype", "category__name")) == [
        ("essay", "Nhập thử"),
        ("single", "Nhập thử"),
    ]


def test_import_of_a_bad_file_lists_problems_and_saves_nothing(admin_client):
    page = upload(admin_client, "Câu hỏng {=a ~b\n").content.decode()
    assert "Chưa nhập câu hỏi nào" in page
    assert "Dòng 1: Phần đáp án thiếu dấu" in page
    assert Question.objects.count() == 0


def test_an_expired_preview_token_is_refused(admin_client):
    data = {"token": "not-a-uuid", "format": "gift"}
    response = admin_client.post("/admin/quizzes/import/", data, follow=True)
    assert "Tệp đã tải lên không còn" in response.content.decode()


def test_question_preview_and_regrade_pages(admin_client):
    question = single_question(text="Tổng Bí thư đầu tiên là ai?")
    page = admin_client.get(
        f"/admin/quizzes/question/{question.pk}/preview/"
    ).content.decode()
    assert "Tổng Bí thư đầu tiên là ai?" in page
    assert "Đáp án đúng:" in page
    regrade = admin_client.get(
        f"/admin/quizzes/question/{question.pk}/regrade/"
    ).content.decode()
    assert "Chạy thử: chưa có gì thay đổi." in regrade
    assert "Không bài làm nào thay đổi điểm." in regrade


def test_bank_and_quiz_edit_pages_render(admin_client):
    question = single_question()
    quiz = quiz_with(question)
    listing = admin_client.get("/admin/snippets/quizzes/question/").content.decode()
    assert question.title in listing
    edit = admin_client.get(
        f"/admin/snippets/quizzes/quiz/edit/{quiz.pk}/"
    ).content.decode()
    assert "Tùy chọn xem lại" in edit
    assert "Trong khi làm bài" in edit
    assert (
        admin_client.get(
            f"/admin/snippets/quizzes/question/edit/{question.pk}/"
        ).status_code
        == 200
    )


def test_quiz_review_options_are_saved_from_checkboxes(db):
    form_class = QuizViewSet().get_edit_handler().get_form_class()
    data = {
        "title": "Kiểm tra cuối khóa",
        "slug": "kiem-tra-cuoi-khoa",
        "pass_mark": "5",
        "attempts_allowed": "0",
        "overdue_handling": "autosubmit",
        "grace_period": "00:05:00",
        "slots-TOTAL_FORMS": "0",
        "slots-INITIAL_FORMS": "0",
        "slots-MIN_NUM_FORMS": "0",
        "slots-MAX_NUM_FORMS": "1000",
        "review_immediately": ["attempt", "marks"],
        "review_closed": ["right_answer"],
    }
    form = form_class(data, instance=Quiz(), for_user=UserFactory(is_superuser=True))
    assert form.is_valid(), form.errors
    quiz = form.save()
    assert quiz.review == {
        "during": [],
        "immediately": ["attempt", "marks"],
        "open": [],
        "closed": ["right_answer"],
    }


def staff_with(role):
    person = UserFactory(is_staff=False)
    grant_role(person, role, training_unit=TrainingUnitFactory())
    return person


def test_a_lecturer_who_reads_the_bank_cannot_import_or_regrade(client, db):
    question = single_question(text="Tổng Bí thư đầu tiên là ai?")
    client.force_login(staff_with(Role.LECTURER))

    imported = upload(client, GIFT)
    regraded = client.post(f"/admin/quizzes/question/{question.pk}/regrade/")
    menu = client.get("/admin/").content.decode()

    # Wagtail answers a refusal by going back to the dashboard with its message.
    for refused in (imported, regraded):
        assert (refused.status_code, refused.url) == (302, "/admin/")
    assert "không có quyền" in menu
    assert Question.objects.count() == 1
    assert "Nhập câu hỏi" not in menu


def test_an_editor_imports_questions(client, db):
    client.force_login(staff_with(Role.EDITOR))

    preview = upload(client, GIFT)

    assert preview.status_code == 200
    assert "Xem trước: 2 câu hỏi" in preview.content.decode()


def quiz_form_data(**changes):
    data = {
        "title": "Kiểm tra cuối khóa",
        "slug": "kiem-tra-cuoi-khoa",
        "pass_mark": "5",
        "attempts_allowed": "3",
        "overdue_handling": "autosubmit",
        "grace_period": "00:05:00",
        "slots-TOTAL_FORMS": "0",
        "slots-INITIAL_FORMS": "0",
        "slots-MIN_NUM_FORMS": "0",
        "slots-MAX_NUM_FORMS": "1000",
        "review_immediately": ["attempt", "marks", "right_answer"],
    }
    return {**data, **changes}


def test_the_editor_is_warned_before_giving_away_the_answers(admin_client):
    quiz = quiz_with(single_question(), attempts_allowed=3)
    url = f"/admin/snippets/quizzes/quiz/edit/{quiz.pk}/"
    edit = admin_client.get(url).content.decode()
    assert "đáp án đúng sau lần làm bài cuối cùng hoặc khi bài kiểm tra đã đóng" in edit
    response = admin_client.post(url, quiz_form_data(), follow=True)
    page = response.content.decode()
    assert "chép lại ở lần sau" not in page
    data = quiz_form_data(right_answers_between_attempts="on")
    response = admin_client.post(url, data, follow=True)
    quiz.refresh_from_db()
    assert quiz.right_answers_between_attempts is True
    assert "Bài kiểm tra này cho làm 3 lần" in response.content.decode()
    assert "chép lại ở lần sau" in response.content.decode()
