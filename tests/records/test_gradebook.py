"""The gradebook's columns per quiz and per situation, on the page and in the export."""

import io
import re
import uuid

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from openpyxl import load_workbook

from classes.services import enrol_trainee, mark_attendance
from quizzes.services import save_answer, start_attempt, submit_attempt
from situations import services as situation_services
from tests.factories import UserFactory
from tests.factories.quizzes import quiz_with, right_choice, single_question
from tests.situations.conftest import build_situation
from tests.situations.test_reports import play
from tests.situations.test_services import ANSWERS

HISTORY, CHARTER = "Kiểm tra 1 — Lịch sử Đảng", "Kiểm tra 2 — Điều lệ Đảng"


def attempt(quiz, user, *right_questions):
    """A graded attempt answering ``right_questions`` right and the rest blank."""
    sitting = start_attempt(quiz, user=user)
    for seq, question in enumerate(right_questions, start=1):
        choice = right_choice(question)
        save_answer(
            sitting, question_id=question.pk, seq=seq, raw={"choice": choice.pk}
        )
    return submit_attempt(sitting)


@pytest.fixture
def online(graded):
    """Two quizzes and a situation of the class's programme.

    An: history 5 then 10 (the best, 10, counts), charter 0, the situation's first
    run 10. Bình: history 5; the charter and the situation not attempted.
    """
    programme = graded.training_class.version.programme
    q1, q2, q3 = single_question(), single_question(), single_question()
    history = quiz_with(q1, q2, programme=programme, title=HISTORY)
    charter = quiz_with(q3, programme=programme, title=CHARTER)
    quiz_with(single_question(), programme=programme, title="Nháp", draft=True)
    an, binh = graded.trainees[:2]
    attempt(history, an, q1)
    attempt(history, an, q1, q2)
    attempt(charter, an)
    attempt(history, binh, q1)
    situation = build_situation(graded.training_class)
    run = play(situation, an, 1, 2, 1, 1)
    situation_services.submit_reflection(
        run, trainee=an, client_id=uuid.uuid4(), answers=ANSWERS
    )
    play(situation, an, 2)  # a replay does not count
    graded.situation = situation
    return graded


def gradebook_rows(page: str) -> tuple[list[str], dict[str, list[str]]]:
    """(header texts, {trainee: cell texts}) of the gradebook table as shown."""
    table = page.split('class="table gradebook"')[1].split("</table>")[0]
    head, body = table.split("</thead>")

    def text(html):
        return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()

    headers = [text(h) for h in re.findall(r"<th[^>]*>(.*?)</th>", head, re.S)]
    rows = {}
    for row in re.findall(r"<tr>(.*?)</tr>", body, re.S):
        name = text(re.search(r"<th[^>]*>(.*?)</th>", row, re.S).group(1))
        rows[name] = [text(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
    return headers, rows


def test_each_quiz_and_situation_has_its_own_column(client, online):
    client.force_login(online.lecturer)
    page = client.get(f"/classes/{online.training_class.pk}/gradebook/")
    headers, rows = gradebook_rows(page.content.decode())
    assert headers == [
        "Họ và tên",
        "Chuyên cần",
        "Bài thu hoạch",
        f"Trắc nghiệm {HISTORY}",
        f"Trắc nghiệm {CHARTER}",
        "Trắc nghiệm (trung bình)",
        "Tình huống Tình huống nhỏ",
        "Bài tập tình huống (trung bình)",
        "Điểm tổng kết",
        "Xếp loại",
    ]
    # Bài thu hoạch, history, charter, their mean, the situation, its mean.
    assert rows["Nguyễn Văn An"][1:7] == [
        "8,00",
        "10,00",
        "0,00",
        "5,00",
        "10,00",
        "10,00",
    ]
    assert rows["Trần Thị Bình"][1:7] == ["7,00", "5,00", "—", "5,00", "—", "—"]
    assert rows["Lê Văn Cường"][1:7] == ["6,00", "—", "—", "—", "—", "—"]
    assert "Nháp" not in page.content.decode()  # a draft nobody took


def test_the_gradebook_reads_a_bounded_number_of_queries(
    client, online, django_assert_max_num_queries
):
    client.force_login(online.lecturer)
    url = f"/classes/{online.training_class.pk}/gradebook/"
    with CaptureQueriesContext(connection) as before:
        client.get(url)
    # Twice the trainees, and a third quiz that everyone takes.
    programme = online.training_class.version.programme
    extra = quiz_with(single_question(), programme=programme, title="Kiểm tra 3")
    for number in range(4):
        person = UserFactory(username=f"hv_them{number}")
        enrol_trainee(online.training_class, person)
    for session in online.sessions:
        mark_attendance(session, {})
    for enrolment in online.training_class.enrolments.all():
        attempt(extra, enrolment.trainee)
    with django_assert_max_num_queries(len(before.captured_queries)):
        page = client.get(url)
    assert "Kiểm tra 3" in page.content.decode()
    assert len(before.captured_queries) <= 25  # 17 when written


def test_the_results_export_has_a_column_per_quiz_and_situation(client, online):
    client.force_login(online.manager)
    response = client.get(f"/classes/{online.training_class.pk}/results.xlsx")
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    assert header[6:12] == [
        "Bài thu hoạch",
        f"Trắc nghiệm: {HISTORY}",
        f"Trắc nghiệm: {CHARTER}",
        "Trắc nghiệm (trung bình)",
        "Tình huống: Tình huống nhỏ",
        "Bài tập tình huống (trung bình)",
    ]
    assert header[-3:] == ["Điểm tổng kết", "Xếp loại", "Đủ điều kiện"]
    assert rows[1][1] == "Nguyễn Văn An"
    assert list(rows[1][6:12]) == [8.0, 10.0, 0.0, 5.0, 10.0, 10.0]
    assert rows[2][1] == "Trần Thị Bình"
    assert list(rows[2][6:12]) == [7.0, 5.0, None, 5.0, None, None]


def test_without_online_work_the_gradebook_lists_the_items_not_yet_done(client, graded):
    programme = graded.training_class.version.programme
    quiz_with(single_question(), programme=programme, title=HISTORY)
    client.force_login(graded.lecturer)
    page = client.get(f"/classes/{graded.training_class.pk}/gradebook/")
    headers, rows = gradebook_rows(page.content.decode())
    # The item's column, but no average: nobody's score to average yet.
    assert headers[2:5] == ["Bài thu hoạch", f"Trắc nghiệm {HISTORY}", "Điểm tổng kết"]
    assert rows["Nguyễn Văn An"][1:4] == ["8,00", "—", "8,00"]
