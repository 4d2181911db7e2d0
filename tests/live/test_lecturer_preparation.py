"""Issue #14, what lecturers still miss: quiz questions of more kinds than multiple
choice (true/false, a typed answer matched with Vietnamese tolerance, ordering, a
slider), from the bank with its image; preparing polls and questions before class
(edit, reorder, duplicate, delete); the export's sheet of each person's answers."""

from datetime import datetime
from decimal import Decimal
from io import BytesIO

import pytest
from django.test import Client
from django.urls import reverse
from openpyxl import load_workbook

from live import payloads, snapshot, sources
from live.export import session_workbook
from live.models import Poll, QuizAnswer, QuizItem
from live.services import ActionError, create_session
from live.services.polls import create_poll
from live.services.quiz import add_quiz_item
from quizzes.models import Question as BankQuestion
from tests.factories import UserFactory
from tests.factories.quizzes import QuestionFactory, choices
from tests.live.test_lecturer_tools import act, host, person, refused

pytestmark = pytest.mark.django_db


@pytest.fixture
def session(lecturer):
    return create_session(lecturer, title="Nghị quyết Đại hội XIV")


def opened(session, **fields) -> QuizItem:
    item = add_quiz_item(session, seconds=60, **fields)
    act(host(session), "quiz.control", {"item": item.pk, "action": "open"})
    return item


def answer(session, item, name, **data):
    _someone, actor = person(session, name)
    return act(actor, "quiz.answer", {"item": item.pk, **data})


# -- kinds of question ------------------------------------------------------------


def test_a_typed_answer_is_matched_whatever_the_case_spaces_and_diacritics(session):
    item = opened(
        session,
        kind="typed",
        prompt="Ai đọc Tuyên ngôn độc lập?",
        answer_spec={"accepted": ["Chủ tịch Hồ Chí Minh", "Bác Hồ"]},
    )

    answer(session, item, "An", text="  chu tich   ho chi minh ")
    answer(session, item, "Bình", text="BÁC HỒ")
    answer(session, item, "Chi", text="Hồ Chí")

    stored = dict(QuizAnswer.objects.values_list("text", "correct"))
    assert stored == {
        "chu tich ho chi minh": True,
        "BÁC HỒ": True,
        "Hồ Chí": False,
    }


def test_a_typed_answer_can_be_strict_about_diacritics(session):
    item = opened(
        session,
        kind="typed",
        prompt="Từ nào?",
        answer_spec={"accepted": ["Đảng"], "ignore_diacritics": False},
    )

    answer(session, item, "An", text="dang")
    answer(session, item, "Bình", text="đảng")

    assert dict(QuizAnswer.objects.values_list("text", "correct")) == {
        "dang": False,
        "đảng": True,
    }


def test_a_slider_answer_counts_within_its_tolerance_and_refuses_outside_its_range(
    session,
):
    item = opened(
        session,
        kind="numeric",
        prompt="Năm Cách mạng tháng Tám?",
        answer_spec={
            "min": 1900,
            "max": 2000,
            "step": 1,
            "answer": 1945,
            "tolerance": 1,
        },
    )

    answer(session, item, "An", number=1946)
    answer(session, item, "Bình", number=1950)
    too_big = answer(session, item, "Chi", number=2001)
    not_a_number = answer(session, item, "Dũng", number="1945")

    assert dict(QuizAnswer.objects.values_list("number", "correct")) == {
        1946: True,
        1950: False,
    }
    assert refused(too_big, "invalid")
    assert refused(not_a_number, "invalid")


def test_ordering_is_right_only_in_the_right_order_and_needs_every_item(session):
    # Shown: Đại hội, Hội nghị, Chi bộ; the right order is Chi bộ, Hội nghị, Đại hội.
    item = opened(
        session,
        kind="ordering",
        prompt="Từ cấp thấp đến cao",
        options=["Đại hội", "Hội nghị", "Chi bộ"],
        correct=[2, 1, 0],
    )

    answer(session, item, "An", choices=[2, 1, 0])
    answer(session, item, "Bình", choices=[0, 1, 2])
    twice = answer(session, item, "Chi", choices=[2, 2, 0])
    short = answer(session, item, "Dũng", choices=[2, 1])

    assert sorted(QuizAnswer.objects.values_list("correct", flat=True)) == [
        False,
        True,
    ]
    assert refused(twice, "invalid")
    assert refused(short, "invalid")


def test_true_false_shows_dung_sai(session):
    item = opened(session, kind="true_false", prompt="Hà Nội là thủ đô.", correct=[0])

    answer(session, item, "An", choices=[0])

    assert item.options == ["Đúng", "Sai"]
    assert QuizAnswer.objects.get().correct is True


def test_no_kind_tells_its_answer_before_the_reveal(session):
    typed = opened(
        session, kind="typed", prompt="Thủ đô?", answer_spec={"accepted": ["Hà Nội"]}
    )
    slider = add_quiz_item(
        session,
        kind="numeric",
        prompt="Năm?",
        answer_spec={"min": 0, "max": 2000, "step": 1, "answer": 1945},
    )

    shown = [payloads.quiz_item(typed), payloads.quiz_item(slider)]
    assert all("correct" not in item for item in shown)
    assert "Hà Nội" not in str(snapshot.build(host(session)))
    assert "1945" not in str(shown)
    assert (shown[1]["min"], shown[1]["max"]) == (0, 2000)

    act(host(session), "quiz.control", {"item": typed.pk, "action": "reveal"})
    typed.refresh_from_db()
    assert payloads.quiz_item(typed)["correct"] == ["Hà Nội"]


@pytest.mark.parametrize(
    "fields",
    [
        {"kind": "typed", "answer_spec": {"accepted": ["  "]}},
        {
            "kind": "numeric",
            "answer_spec": {"min": 10, "max": 0, "step": 1, "answer": 5},
        },
        {
            "kind": "numeric",
            "answer_spec": {"min": 0, "max": 10, "step": 1, "answer": 50},
        },
        {"kind": "ordering", "options": ["Một", "Hai"], "correct": [0, 0]},
        {"kind": "true_false", "correct": [0, 1]},
        {"kind": "essay"},
    ],
)
def test_a_question_that_cannot_be_answered_is_refused(session, fields):
    with pytest.raises(ActionError) as refusal:
        add_quiz_item(session, prompt="Câu hỏi", **fields)

    assert refused(refusal.value, "invalid")
    assert not QuizItem.objects.exists()


# -- from the bank -----------------------------------------------------------------


def test_bank_questions_of_each_kind_are_copied_for_live_use_with_their_image():
    ordering = choices(
        QuestionFactory(
            qtype=BankQuestion.Type.ORDERING,
            title="Thứ tự",
            text='<p>Xếp thứ tự</p><img src="/media/so-do.png" alt="">',
        ),
        {"text": "Chi bộ"},
        {"text": "Đảng bộ"},
        {"text": "Trung ương"},
    )
    numeric = choices(
        QuestionFactory(qtype=BankQuestion.Type.NUMERIC, text="Năm thành lập Đảng?"),
        {"number": Decimal("1930"), "fraction": Decimal(1)},
    )
    gap = choices(
        QuestionFactory(
            qtype=BankQuestion.Type.FILL_BLANKS, text="Người đứng đầu chi bộ là [[1]]."
        ),
        {"gap": 1, "text": "bí thư", "fraction": Decimal(1)},
    )
    true_false = choices(
        QuestionFactory(qtype=BankQuestion.Type.TRUE_FALSE, text="Đúng hay sai?"),
        {"text": "Sai", "fraction": Decimal(1)},
        {"text": "Đúng"},
    )

    as_ordering = sources.copy_question(ordering.pk)
    as_slider = sources.copy_question(numeric.pk)
    as_typed = sources.copy_question(gap.pk)
    as_true_false = sources.copy_question(true_false.pk)

    assert as_ordering["image"] == "/media/so-do.png"
    shown = as_ordering["options"]
    assert [shown[i] for i in as_ordering["correct"]] == [
        "Chi bộ",
        "Đảng bộ",
        "Trung ương",
    ]
    assert shown != ["Chi bộ", "Đảng bộ", "Trung ương"]
    spec = as_slider["answer_spec"]
    assert (spec["answer"], spec["min"], spec["max"]) == (1930, 0, 10000)
    assert as_typed["prompt"] == "Người đứng đầu chi bộ là ……."
    assert as_typed["answer_spec"]["accepted"] == ["bí thư"]
    assert (as_true_false["kind"], as_true_false["correct"]) == ("true_false", [1])
    session = create_session(UserFactory(is_superuser=True), title="Ôn tập")
    for fields in (as_ordering, as_slider, as_typed, as_true_false):
        add_quiz_item(session, **fields)
    assert list(session.quiz_items.values_list("kind", flat=True)) == [
        "ordering",
        "numeric",
        "typed",
        "true_false",
    ]


def test_an_image_elsewhere_than_the_site_is_not_taken():
    outside = QuestionFactory(text='<img src="https://example.org/x.png"> Câu hỏi?')
    choices(outside, {"text": "Có", "fraction": Decimal(1)}, {"text": "Không"})

    assert sources.copy_question(outside.pk)["image"] == ""


# -- preparing before class ----------------------------------------------------------


@pytest.fixture
def console(lecturer):
    client = Client()
    client.force_login(lecturer)
    return client


def url(session, name, *args):
    return reverse(f"live:{name}", args=[session.code, *args])


def test_the_lecturer_reorders_duplicates_edits_and_deletes_before_class(
    session, console
):
    first = add_quiz_item(session, prompt="Câu một", options=["A", "B"], correct=[0])
    second = add_quiz_item(session, prompt="Câu hai", options=["C", "D"], correct=[1])

    console.post(url(session, "prepare_step", "quiz", second.pk, "up"))
    assert list(session.quiz_items.values_list("prompt", flat=True)) == [
        "Câu hai",
        "Câu một",
    ]
    console.post(url(session, "prepare_step", "quiz", first.pk, "duplicate"))
    copy = session.quiz_items.last()
    assert (copy.prompt, copy.options, copy.state) == ("Câu một", ["A", "B"], "draft")

    edited = console.post(
        url(session, "prepare_edit", "quiz", copy.pk),
        {
            "quiz-kind": "typed",
            "quiz-prompt": "Thủ đô nước ta?",
            "quiz-options": "Hà Nội\nThành phố Hà Nội",
            "quiz-seconds": 20,
            "quiz-ignore_diacritics": "on",
        },
    )
    assert edited.status_code == 302
    copy.refresh_from_db()
    assert (copy.kind, copy.prompt, copy.seconds) == ("typed", "Thủ đô nước ta?", 20)
    assert copy.answer_spec["accepted"] == ["Hà Nội", "Thành phố Hà Nội"]

    console.post(url(session, "prepare_step", "quiz", first.pk, "delete"))
    assert list(session.quiz_items.values_list("prompt", flat=True)) == [
        "Câu hai",
        "Thủ đô nước ta?",
    ]
    page = console.get(url(session, "prepare")).content.decode()
    assert "Chuẩn bị hoạt động" in page
    assert "Thủ đô nước ta?" in page


def test_a_poll_is_edited_and_moved_on_the_preparation_page(session, console):
    poll = create_poll(
        session, kind="single", prompt="Chọn một", options=["Có", "Không"]
    )
    create_poll(session, kind="words", prompt="Một từ")

    console.post(
        url(session, "prepare_edit", "poll", poll.pk),
        {
            "poll-kind": "rating",
            "poll-prompt": "Mức hài lòng",
            "poll-scale": 4,
            "poll-options": "",
        },
    )
    console.post(url(session, "prepare_step", "poll", poll.pk, "down"))

    assert list(session.polls.values_list("prompt", "kind", "scale")) == [
        ("Một từ", "words", 5),
        ("Mức hài lòng", "rating", 4),
    ]


def test_what_was_asked_cannot_be_edited_or_deleted(session, console):
    item = add_quiz_item(session, prompt="Câu một", options=["A", "B"], correct=[0])
    act(host(session), "quiz.control", {"item": item.pk, "action": "open"})

    edit = console.post(
        url(session, "prepare_edit", "quiz", item.pk),
        {
            "quiz-kind": "choice",
            "quiz-prompt": "Đổi",
            "quiz-options": "*A\nB",
            "quiz-seconds": 30,
        },
    )
    delete = console.post(
        url(session, "prepare_step", "quiz", item.pk, "delete"), follow=True
    )

    item.refresh_from_db()
    assert (item.prompt, item.state) == ("Câu một", "open")
    assert "Chỉ sửa được câu hỏi chưa mở." in edit.content.decode()
    assert "Chỉ xoá được hoạt động chưa mở." in delete.content.decode()


def test_another_sessions_activity_and_other_people_get_nothing(
    session, console, lecturer
):
    theirs = create_session(UserFactory(is_superuser=True), title="Phiên khác")
    foreign = add_quiz_item(theirs, prompt="Của họ", options=["A", "B"], correct=[0])
    mine = add_quiz_item(session, prompt="Của tôi", options=["A", "B"], correct=[0])
    trainee = Client()
    trainee.force_login(UserFactory())

    assert (
        console.post(
            url(session, "prepare_step", "quiz", foreign.pk, "delete")
        ).status_code
        == 404
    )
    assert (
        console.get(url(session, "prepare_edit", "quiz", foreign.pk)).status_code == 404
    )
    assert (
        console.post(
            url(session, "prepare_step", "quiz", mine.pk, "explode")
        ).status_code
        == 404
    )
    assert (
        console.get(url(session, "prepare_edit", "slide", mine.pk)).status_code == 404
    )
    assert (
        trainee.post(
            url(session, "prepare_step", "quiz", mine.pk, "delete")
        ).status_code
        == 403
    )
    assert Client().get(url(session, "prepare")).status_code == 302
    assert QuizItem.objects.count() == 2


def test_a_written_quiz_question_with_a_disguised_image_is_refused(session, console):
    from django.core.files.uploadedfile import SimpleUploadedFile

    fake = SimpleUploadedFile("anh.png", b"<script>alert(1)</script>")

    response = console.post(
        url(session, "add_quiz"),
        {
            "back": "prepare",
            "quiz-kind": "true_false",
            "quiz-prompt": "Đúng không?",
            "quiz-statement_true": "on",
            "quiz-seconds": 30,
            "quiz-image": fake,
        },
    )

    assert response.status_code == 400
    assert "Hình ảnh phải là tệp PNG hoặc JPEG." in response.content.decode()
    assert not QuizItem.objects.exists()


# -- the export ------------------------------------------------------------------------


def test_the_export_has_each_persons_answers_with_account_phone_and_date_cells(
    session,
):
    user = UserFactory(full_name="Nguyễn Văn An", username="an.nv", phone="0912345678")
    poll = create_poll(session, kind=Poll.Kind.RATING, prompt="Hài lòng?", scale=5)
    act(host(session), "poll.control", {"poll": poll.pk, "action": "open"})
    item = opened(
        session, kind="typed", prompt="Thủ đô?", answer_spec={"accepted": ["Hà Nội"]}
    )
    an = person(session, "Nguyễn Văn An", user=user)[1]
    act(an, "poll.respond", {"poll": poll.pk, "rating": 4})
    act(an, "quiz.answer", {"item": item.pk, "text": "ha noi"})
    visitor = person(session, '=HYPERLINK("http://x")')[1]
    act(visitor, "quiz.answer", {"item": item.pk, "text": "=1+1"})
    act(host(session), "quiz.control", {"item": item.pk, "action": "reveal"})

    book = load_workbook(BytesIO(session_workbook(session)))

    sheet = book["Câu trả lời của từng người"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Họ và tên", "Tài khoản", "Số điện thoại")
    mine = [row for row in rows if row[1] == "an.nv"]
    assert [row[3:8] for row in mine] == [
        ("Bình chọn", "Hài lòng?", "4", None, None),
        ("Thi trực tiếp", "Thủ đô?", "ha noi", "Có", 1000),
    ]
    assert all(row[2] == "0912 345 678" for row in mine)
    times = list(sheet["I"][1:])
    assert all(isinstance(cell.value, datetime) for cell in times)
    assert {cell.number_format for cell in times} == {"dd/mm/yyyy hh:mm"}
    formulas = [c for row in sheet.iter_rows() for c in row if c.data_type == "f"]
    assert formulas == []
    joined = book["Người tham gia"]["B"][1]
    assert isinstance(joined.value, datetime)
    assert book["Tình huống trực tiếp"]["C"][0].value == "Lượt bình chọn"


def test_a_written_question_keeps_its_uploaded_image_where_the_site_serves_it(
    session, console, settings, tmp_path
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    settings.MEDIA_ROOT = tmp_path
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
    image = SimpleUploadedFile("so-do.png", png, content_type="image/png")

    console.post(
        url(session, "add_quiz"),
        {
            "quiz-kind": "true_false",
            "quiz-prompt": "Sơ đồ này đúng không?",
            "quiz-statement_true": "on",
            "quiz-seconds": 30,
            "quiz-image": image,
        },
    )

    item = QuizItem.objects.get()
    assert item.image.startswith("/media/images/live/")
    assert item.image.endswith(".png")
    # /media/images/ is the media path nginx (and `make run`) serve to anyone.
    assert (tmp_path / item.image.removeprefix("/media/")).read_bytes() == png
