"""The pages: asking with a photo, bad attachments, another centre's question
(IDOR), answering without the right, the bank, the queue, keeping a live
question."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from grassroots.models import Question
from live.models import Participant
from live.models import Question as LiveQuestion
from live.services import create_session
from tests.grassroots.conftest import JPEG, PNG, make_question, published, routed


@pytest.fixture
def ask_as(client, world):
    def ask(user, **fields):
        client.force_login(user)
        data = {
            "topic": world.topic.pk,
            "commune": world.commune.pk,
            "text": "Mốc giới giải phóng mặt bằng cắm sai, báo ai?",
        }
        data.update(fields)
        return client.post("/questions/ask/", data, HTTP_ACCEPT_LANGUAGE="vi")

    return ask


def test_a_commune_cadre_asks_with_a_photo_and_sees_it(client, world, ask_as):
    photo = SimpleUploadedFile("moc.png", PNG, content_type="image/png")

    response = ask_as(world.cadre, attachment=photo, anonymous="on")

    question = Question.objects.get()
    assert response.status_code == 302
    assert response.url == f"/questions/{question.pk}/"
    assert question.anonymous
    assert question.centre == world.centre
    page = client.get(response.url, HTTP_ACCEPT_LANGUAGE="vi").content.decode()
    assert "Mốc giới giải phóng mặt bằng cắm sai" in page
    assert f'src="/questions/{question.pk}/attachment/"' in page
    photo_response = client.get(f"/questions/{question.pk}/attachment/")
    assert b"".join(photo_response.streaming_content) == PNG
    assert photo_response["Content-Type"] == "image/png"
    assert "no-store" in photo_response["Cache-Control"]


def test_a_file_that_is_not_an_image_under_an_image_s_name_is_refused(world, ask_as):
    fake = SimpleUploadedFile("anh.jpg", b"MZ\x90\x00 not a photo", "image/jpeg")

    response = ask_as(world.cadre, attachment=fake)

    page = response.content.decode()
    assert response.status_code == 200
    assert "không đúng như tên của nó" in page
    assert "Mốc giới giải phóng mặt bằng cắm sai, báo ai?" in page  # text kept
    assert not Question.objects.exists()


def test_a_program_or_other_kind_of_file_is_refused(world, ask_as):
    program = SimpleUploadedFile("cai-dat.exe", b"MZ\x90\x00", "application/x-msdos")

    response = ask_as(world.cadre, attachment=program)

    assert "Không đính kèm được loại tệp này" in response.content.decode()
    assert not Question.objects.exists()


def test_an_oversized_photo_is_refused_with_the_limit(world, ask_as):
    big = SimpleUploadedFile(
        "lon.jpg", JPEG + b"\x00" * (5 * 1024 * 1024), "image/jpeg"
    )

    response = ask_as(world.cadre, attachment=big)

    assert "Tệp quá lớn" in response.content.decode()
    assert "5,0" in response.content.decode() or "5.0" in response.content.decode()
    assert not Question.objects.exists()


def test_offensive_words_are_refused_on_the_form(world, ask_as):
    response = ask_as(world.cadre, text="Cán bộ xã làm ăn kiểu đồ chó")

    assert "từ ngữ thô tục" in response.content.decode()
    assert not Question.objects.exists()


def test_the_daily_limit_is_said_on_the_form(world, ask_as, settings):
    settings.GRASSROOTS_QUESTIONS_PER_DAY = 1
    ask_as(world.cadre)

    response = ask_as(world.cadre, text="Câu hỏi thứ hai trong ngày")

    assert "Xin gửi câu này vào ngày mai" in response.content.decode()
    assert Question.objects.count() == 1


def test_another_centre_s_question_is_not_found(client, world):
    question = routed(world)
    for path in ["", "attachment/", "route/", "answer/", "review/"]:
        client.force_login(world.other_manager)
        assert client.get(f"/questions/{question.pk}/{path}").status_code == 404
        assert client.post(f"/questions/{question.pk}/{path}").status_code == 404

    response = client.post(
        f"/questions/{question.pk}/review/",
        {"action": "decline", "reason": "Không thuộc thẩm quyền"},
    )

    assert response.status_code == 404
    question.refresh_from_db()
    assert question.status == Question.Status.ASSIGNED
    client.force_login(world.other_manager)
    queue = client.get("/questions/queue/").content.decode()
    assert question.text not in queue


def test_answering_without_the_right_is_refused(client, world):
    question = routed(world)
    client.force_login(world.colleague)

    response = client.post(f"/questions/{question.pk}/answer/", {"text": "Tôi trả lời"})

    assert response.status_code == 403
    question.refresh_from_db()
    assert question.answer == ""


def test_the_lecturer_answers_and_the_manager_publishes(client, world):
    question = routed(world)
    client.force_login(world.lecturer)
    client.post(f"/questions/{question.pk}/answer/", {"text": "Báo UBND xã."})
    client.force_login(world.manager)

    response = client.post(
        f"/questions/{question.pk}/review/",
        {"action": "publish", "answer": "Báo ngay UBND xã và Hội đồng bồi thường."},
    )

    assert response.status_code == 302
    question.refresh_from_db()
    assert question.status == Question.Status.PUBLISHED
    client.force_login(world.cadre)
    page = client.get(f"/questions/{question.pk}/").content.decode()
    assert "Báo ngay UBND xã và Hội đồng bồi thường." in page


def test_a_past_due_date_is_refused_on_the_route_form(client, world):
    question = make_question(world)
    client.force_login(world.manager)
    past = (datetime.date.today() - datetime.timedelta(days=2)).strftime("%d/%m/%Y")

    response = client.post(
        f"/questions/{question.pk}/route/",
        {"lecturer": world.lecturer.pk, "due_on": past},
        HTTP_ACCEPT_LANGUAGE="vi",
    )

    assert "Hạn đã qua" in response.content.decode()
    question.refresh_from_db()
    assert question.status == Question.Status.NEW


def test_the_bank_finds_an_answer_typed_without_diacritics(client, world):
    published(world, "Bồi thường khi giải phóng mặt bằng", "Theo giá đất cụ thể.")
    client.force_login(world.trainee)

    page = client.get("/questions/?q=giai+phong+mat+bang").content.decode()

    assert "Bồi thường khi giải phóng mặt bằng" in page


def test_similar_answered_questions_show_under_the_box(client, world):
    answered = published(world, "Hộ nghèo được hỗ trợ tiền điện thế nào?", "Đáp.")
    client.force_login(world.cadre)

    response = client.get("/questions/similar/", {"text": "ho ngheo ho tro tien dien"})

    assert f"/questions/{answered.pk}/" in response.content.decode()


def test_the_overdue_list_shows_only_late_questions(client, world):
    late = routed(
        world,
        text="Câu hỏi đã quá hạn",
        due_on=datetime.date.today() - datetime.timedelta(days=2),
    )
    routed(world, text="Câu hỏi còn hạn")
    client.force_login(world.manager)

    page = client.get("/questions/overdue/", HTTP_ACCEPT_LANGUAGE="vi").content.decode()

    assert late.text in page
    assert "Câu hỏi còn hạn" not in page


def test_the_host_keeps_a_live_question_and_others_may_not(client, world):
    session = create_session(world.lecturer, title="Thảo luận")
    person = Participant.objects.create(session=session, display_name="Khách")
    live_question = LiveQuestion.objects.create(
        session=session, author=person, anonymous=True, text="Xã tự quyết giá đất?"
    )
    client.force_login(world.colleague)
    url = f"/questions/live/{live_question.pk}/keep/"
    assert client.post(url, {"topic": world.topic.pk}).status_code == 403
    client.force_login(world.lecturer)

    response = client.post(url, {"topic": world.topic.pk})

    kept = Question.objects.get()
    assert response.status_code == 302
    assert kept.text == "Xã tự quyết giá đất?"
    assert kept.anonymous
    assert kept.asker is None
    assert kept.centre == world.centre
