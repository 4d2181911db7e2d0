"""The bài thu hoạch: handing in, grading by rubric, the gradebook and its export."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import load_workbook

from records.gradebook import trainee_standing
from records.models import Assessment, AssessmentResult
from records.services import create_assessment, grade_result, submit_work


def test_a_trainee_writes_the_assignment_online(client, course):
    trainee = course.trainees[0]
    client.force_login(trainee)
    url = f"/assessments/{course.essay.pk}/hand-in/"
    response = client.post(url, {"text": "Bài thu hoạch của tôi về lịch sử Đảng."})
    assert response.status_code == 302
    result = AssessmentResult.objects.get(trainee=trainee)
    assert result.text == "Bài thu hoạch của tôi về lịch sử Đảng."
    assert result.submitted_at is not None
    page = client.get(url).content.decode()
    assert "đồng chí có thể sửa cho đến khi bài được chấm" in page


def test_an_empty_hand_in_is_refused_with_a_message(client, course):
    client.force_login(course.trainees[0])
    page = client.post(f"/assessments/{course.essay.pk}/hand-in/", {"text": " "})
    assert "Vui lòng viết bài hoặc đính kèm tệp." in page.content.decode()
    assert not AssessmentResult.objects.exists()


def test_an_upload_of_the_wrong_type_is_refused(course):
    with pytest.raises(ValidationError, match="Vui lòng đính kèm tệp PDF"):
        submit_work(
            course.essay,
            course.trainees[0],
            file=SimpleUploadedFile("virus.exe", b"MZ"),
        )
    assert not AssessmentResult.objects.exists()


@pytest.mark.parametrize(
    ("name", "content"),
    [("bai.pdf", b"MZ\x90\x00 a program"), ("bai.docx", b"<html><script>")],
)
def test_a_file_named_as_a_document_but_not_one_is_refused(course, name, content):
    with pytest.raises(ValidationError, match="Vui lòng đính kèm tệp PDF"):
        submit_work(
            course.essay, course.trainees[0], file=SimpleUploadedFile(name, content)
        )
    assert not AssessmentResult.objects.exists()


def test_a_real_pdf_is_handed_in(course):
    result = submit_work(
        course.essay,
        course.trainees[0],
        file=SimpleUploadedFile("bai.pdf", "%PDF-1.7\n bài thu hoạch".encode()),
    )
    assert result.file.name.endswith(".pdf")


def test_another_class_cannot_hand_in_here(client, course, django_user_model):
    stranger = django_user_model.objects.create(username="la2", full_name="Người Lạ")
    client.force_login(stranger)
    assert client.get(f"/assessments/{course.essay.pk}/hand-in/").status_code == 404


def test_grading_by_rubric_sums_the_criteria(client, course):
    trainee = course.trainees[0]
    submit_work(course.essay, trainee, text="Bài làm")
    client.force_login(course.lecturer)
    url = f"/assessments/{course.essay.pk}/grade/{trainee.pk}/"
    response = client.post(url, {"point_0": "5", "point_1": "3,5", "comment": "Tốt"})
    assert response.status_code == 302
    result = AssessmentResult.objects.get(trainee=trainee)
    assert (str(result.score), result.rubric_points, result.comment) == (
        "8.50",
        ["5", "3.5"],
        "Tốt",
    )
    assert result.graded_by == course.lecturer
    with pytest.raises(ValidationError, match="đã được chấm"):
        submit_work(course.essay, trainee, text="Sửa lại")


def test_a_criterion_over_its_maximum_is_refused(client, course):
    trainee = course.trainees[0]
    client.force_login(course.lecturer)
    page = client.post(
        f"/assessments/{course.essay.pk}/grade/{trainee.pk}/",
        {"point_0": "7", "point_1": "3"},
    ).content.decode()
    assert "Nội dung: từ 0 đến 6 điểm." in page
    assert not AssessmentResult.objects.exists()


@pytest.mark.parametrize(
    ("score", "message"), [("11", "từ 0 đến 10"), ("abc", "Điểm là số")]
)
def test_a_direct_score_must_be_on_the_10_point_scale(course, score, message):
    test = create_assessment(course.training_class, kind="test", title="Kiểm tra")
    with pytest.raises(ValidationError, match=message):
        grade_result(test, course.trainees[0], grader=course.lecturer, score=score)


def test_a_rubric_that_does_not_add_up_to_10_is_refused(course):
    with pytest.raises(ValidationError, match="Tổng điểm các tiêu chí phải bằng 10"):
        create_assessment(
            course.training_class, kind="assignment", title="X", rubric="A | 5\nB | 4"
        )
    assert Assessment.objects.count() == 1


def test_the_gradebook_shows_scores_final_and_classification(client, graded):
    client.force_login(graded.lecturer)
    page = client.get(
        f"/classes/{graded.training_class.pk}/gradebook/"
    ).content.decode()
    assert "Bài thu hoạch" in page
    assert "Giỏi" in page  # 8.0
    assert "Chưa đủ điều kiện" in page  # 4.5
    assert "100.0%" in page or "100,0%" in page


def test_the_results_export_is_a_real_workbook(client, graded):
    client.force_login(graded.manager)
    response = client.get(f"/classes/{graded.training_class.pk}/results.xlsx")
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:2] == ("STT", "Họ và tên")
    assert rows[1][1] == "Nguyễn Văn An"
    assert rows[1][-3:] == (8.0, "Giỏi", "Có")
    assert rows[4][-1] == "Không"


def test_the_trainee_sees_the_rule_and_what_is_missing(client, course):
    client.force_login(course.trainees[0])
    page = client.get(f"/classes/{course.training_class.pk}/me/").content.decode()
    assert "Dự học ít nhất 80% số tiết" in page
    assert "điểm bài “Bài thu hoạch”" in page
    assert "Viết bài thu hoạch" in page


def test_a_class_override_changes_the_rule_shown(client, graded):
    graded.training_class.pass_score = "8.50"
    graded.training_class.save()
    client.force_login(graded.trainees[0])
    page = client.get(f"/classes/{graded.training_class.pk}/me/").content.decode()
    assert "mỗi bài đạt từ 8,5 điểm" in page
    assert "bài “Bài thu hoạch” đạt từ 8,5 điểm" in page


def test_quiz_results_of_the_programme_enter_the_gradebook(client, graded):
    from quizzes.services.attempts import start_attempt, submit_attempt
    from tests.factories.quizzes import quiz_with, single_question

    quiz = quiz_with(
        single_question(), programme=graded.training_class.version.programme
    )
    if quiz.draft:
        quiz.draft = False
        quiz.save()
    submit_attempt(start_attempt(quiz, user=graded.trainees[0]))  # nothing answered
    client.force_login(graded.lecturer)
    page = client.get(
        f"/classes/{graded.training_class.pk}/gradebook/"
    ).content.decode()
    assert "Trắc nghiệm (trung bình)" in page
    standing = trainee_standing(graded.training_class, graded.trainees[0])
    assert [(i.label, i.score) for i in standing.items][1] == (
        "Trắc nghiệm (trung bình)",
        0,
    )
    assert standing.outcome.below_pass == ["Trắc nghiệm (trung bình)"]
    other = trainee_standing(graded.training_class, graded.trainees[1])
    assert other.outcome.missing == ["Trắc nghiệm (trung bình)"]
