"""The live pages: joining by code, hosts' pages, creating, preparing, reporting."""

from io import BytesIO

import pytest
from openpyxl import load_workbook

from live.models import LiveSession, Participant, Poll, QuizItem
from live.services import create_session
from live.services.polls import create_poll
from live.services.quiz import add_quiz_item
from tests.factories import TrainingUnitFactory, UserFactory
from units.roles import Role
from units.services import grant_role


@pytest.fixture
def live(db):
    lecturer = UserFactory(username="gv", full_name="Ma Thị Hồng")
    grant_role(lecturer, Role.LECTURER, training_unit=TrainingUnitFactory())
    return create_session(lecturer, title="Nghị quyết Đại hội XIV")


def test_join_by_code_with_a_name_remembers_the_person(vi_client, live):
    response = vi_client.post(
        "/live/", {"code": f"{live.code[:3]} {live.code[3:]}", "name": "Lò Thị Lan"}
    )

    assert response.status_code == 302
    assert response["Location"] == f"/live/{live.code}/"
    person = Participant.objects.get()
    assert person.display_name == "Lò Thị Lan"
    page = vi_client.get(f"/live/{live.code}/").content.decode()
    assert f'data-token="{person.token}"' in page
    assert "Nghị quyết Đại hội XIV" in page


def test_join_with_wrong_code_or_no_name_says_why(vi_client, live):
    wrong = vi_client.post("/live/", {"code": "12ab", "name": "An"}).content.decode()
    missing = vi_client.post(
        "/live/", {"code": "000000", "name": "An"}
    ).content.decode()
    nameless = vi_client.post(
        "/live/", {"code": live.code, "name": " "}
    ).content.decode()

    assert "Mã gồm 6 chữ số, ví dụ 482913." in wrong
    assert "Không có phiên nào với mã này." in missing
    assert "Vui lòng nhập tên của đồng chí." in nameless
    assert Participant.objects.count() == 0


def test_participant_page_without_joining_goes_to_the_join_form(vi_client, live):
    response = vi_client.get(f"/live/{live.code}/")

    assert response["Location"] == f"/live/?code={live.code}"


def test_trainee_cannot_open_console_or_presenter(vi_client, live):
    vi_client.force_login(UserFactory())

    assert vi_client.get(f"/live/{live.code}/console/").status_code == 403
    assert vi_client.get(f"/live/{live.code}/present/").status_code == 403
    assert vi_client.get(f"/live/{live.code}/report.xlsx").status_code == 403
    assert vi_client.get("/live/new/").status_code == 403


def test_lecturer_creates_a_session_and_opens_the_console(vi_client, live):
    vi_client.force_login(live.owner)

    response = vi_client.post(
        "/live/new/", {"title": "Buổi chiều", "qa_anonymous": "on"}
    )

    created = LiveSession.objects.get(title="Buổi chiều")
    assert response["Location"] == f"/live/{created.code}/console/"
    assert len(created.code) == 6
    assert created.reactions.count() == 4
    console = vi_client.get(response["Location"]).content.decode()
    assert "Bảng điều khiển của giảng viên" in console
    presenter = vi_client.get(f"/live/{created.code}/present/").content.decode()
    assert f"{created.code[:3]} {created.code[3:]}" in presenter


def test_console_adds_a_poll_and_a_written_quiz_question(vi_client, live):
    vi_client.force_login(live.owner)

    vi_client.post(f"/live/{live.code}/console/polls/", {
        "poll-kind": "single", "poll-prompt": "Chọn chủ đề",
        "poll-options": "Đất đai\nMôi trường", "poll-scale": 5,
        "poll-results_visible": "on",
    })  # fmt: skip
    vi_client.post(f"/live/{live.code}/console/quiz/", {
        "quiz-prompt": "Đại hội XIV họp năm nào?", "quiz-options": "2021\n*2026",
        "quiz-seconds": 20,
    })  # fmt: skip
    bad = vi_client.post(f"/live/{live.code}/console/quiz/", {"quiz-seconds": 20})

    poll = Poll.objects.get()
    assert (poll.options, poll.state) == (["Đất đai", "Môi trường"], "draft")
    item = QuizItem.objects.get()
    assert (item.options, item.correct, item.seconds) == (["2021", "2026"], [1], 20)
    assert bad.status_code == 400
    assert "Hãy chọn một câu hỏi trong ngân hàng hoặc tự viết một câu." in (
        bad.content.decode()
    )


def test_report_and_xlsx_list_what_happened(vi_client, live):
    poll = create_poll(live, kind="single", prompt="Chọn", options=["A", "B"])
    person = Participant.objects.create(session=live, display_name="Lò Thị Lan")
    poll.responses.create(participant=person, choices=[1])
    item = add_quiz_item(live, prompt="Câu 1", options=["x", "y"], correct=[0])
    item.answers.create(participant=person, choices=[0], correct=True, points=1000)
    live.questions.create(author=person, text="Khi nào thi?", votes=3)
    vi_client.force_login(live.owner)

    page = vi_client.get(f"/live/{live.code}/report/").content.decode()
    workbook = load_workbook(
        BytesIO(vi_client.get(f"/live/{live.code}/report.xlsx").content)
    )

    assert "Khi nào thi?" in page
    assert "Lò Thị Lan" in page
    assert workbook.sheetnames == [
        "Người tham gia", "Câu hỏi", "Bình chọn", "Thi trực tiếp",
        "Câu trả lời của từng người", "Tình huống trực tiếp", "Chuyên cần",
    ]  # fmt: skip
    questions = list(workbook["Câu hỏi"].values)
    assert questions[1][:3] == ("Khi nào thi?", "Lò Thị Lan", 3)
    polls = list(workbook["Bình chọn"].values)
    assert [(row[0], row[2], row[3]) for row in polls[1:]] == [
        ("Chọn", "A", 0),
        ("Chọn", "B", 1),
    ]
    quiz = list(workbook["Thi trực tiếp"].values)
    assert quiz[1] == ("Câu 1", "x", 1, "Có")


def test_report_tells_no_right_answer_of_a_question_not_yet_revealed(vi_client, live):
    # The report, like every screen, may be projected while the question is asked.
    item = add_quiz_item(live, prompt="Câu 1", options=["x", "y"], correct=[0])
    QuizItem.objects.filter(pk=item.pk).update(state="open")
    person = Participant.objects.create(session=live, display_name="Lò Thị Lan")
    item.answers.create(participant=person, choices=[0], correct=True, points=1000)
    vi_client.force_login(live.owner)

    page = vi_client.get(f"/live/{live.code}/report/").content.decode()
    export = vi_client.get(f"/live/{live.code}/report.xlsx").content
    QuizItem.objects.filter(pk=item.pk).update(state="revealed")
    revealed = vi_client.get(f"/live/{live.code}/report/").content.decode()

    assert "✓" not in page
    assert "đúng)" not in page
    quiz = list(load_workbook(BytesIO(export))["Thi trực tiếp"].values)
    assert quiz[1][:3] == ("Câu 1", "x", 1)
    assert quiz[1][3] in {None, ""}
    assert "✓" in revealed
    assert "(1/1 đúng)" in revealed


def test_qr_code_is_an_svg_pointing_to_the_join_page(client, live):
    response = client.get(f"/live/{live.code}/qr.svg")

    assert response["Content-Type"] == "image/svg+xml"
    assert response.content.startswith(b"<?xml") or b"<svg" in response.content[:200]


def test_xlsx_keeps_formulas_and_control_characters_out(vi_client, live):
    # A name with a bell character and a question with an escape character made the
    # export a 500 (XML holds neither), and a name starting with "=" became a
    # formula in the lecturer's spreadsheet.
    Participant.objects.create(session=live, display_name="An\x07")
    person = Participant.objects.create(
        session=live, display_name='=HYPERLINK("http://x.invalid","Bấm")'
    )
    live.questions.create(author=person, text="Câu\x1b hỏi", votes=1)
    vi_client.force_login(live.owner)

    response = vi_client.get(f"/live/{live.code}/report.xlsx")

    assert response.status_code == 200
    workbook = load_workbook(BytesIO(response.content))
    names = {row[0].value: row[0].data_type for row in workbook["Người tham gia"].rows}
    assert names["An"] == "s"
    assert names['=HYPERLINK("http://x.invalid","Bấm")'] == "s"
    assert workbook["Câu hỏi"]["A2"].value == "Câu hỏi"
