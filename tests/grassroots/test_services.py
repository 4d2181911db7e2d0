"""The question's path: asked, routed, answered, returned, published, declined."""

import datetime

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from accounts import sms
from grassroots import queries, services
from grassroots.models import Question
from grassroots.services import QuestionError
from live.models import Participant
from live.models import Question as LiveQuestion
from live.services import create_session
from partners.models import Organisation
from tests.grassroots.conftest import JPEG, make_question, published, routed

TODAY = datetime.date.today


@pytest.fixture
def sms_outbox(settings):
    settings.SMS_URL = "memory://"
    sms.outbox.clear()
    return sms.outbox


def test_a_question_goes_to_the_queue_of_the_centre_serving_its_commune(world):
    question = services.ask_question(
        world.cadre,
        topic=world.topic,
        commune=world.other_commune,
        text="  Hộ không đồng ý giao đất thì vận động thế nào?  ",
        anonymous=True,
    )

    question.refresh_from_db()
    assert question.centre == world.other_centre
    assert question.status == Question.Status.NEW
    assert question.text == "Hộ không đồng ý giao đất thì vận động thế nào?"
    assert question.asker == world.cadre
    assert question.asker_name == ""  # others do not see the name


def test_a_photo_is_kept_with_the_question(world):
    photo = SimpleUploadedFile("anh-hien-truong.jpg", JPEG, content_type="image/jpeg")

    question = services.ask_question(
        world.trainee,
        topic=world.topic,
        commune=world.commune,
        text="Mốc giới đặt sai vị trí",
        attachment=photo,
    )

    question.refresh_from_db()
    assert question.attachment.name.endswith(".jpg")
    with question.attachment.open("rb") as stored:
        assert stored.read() == JPEG
    assert question.is_image


def test_offensive_words_are_refused_and_nothing_is_stored(world):
    with pytest.raises(QuestionError, match=r"thô tục|offensive"):
        services.ask_question(
            world.cadre,
            topic=world.topic,
            commune=world.commune,
            text="Cán bộ địa chính làm ăn kiểu đồ chó",
        )

    assert not Question.objects.exists()


def test_a_commune_no_centre_serves_is_refused(world):
    with pytest.raises(QuestionError):
        services.ask_question(
            world.cadre, topic=world.topic, commune=world.unserved, text="Hỏi gì đó"
        )
    assert not Question.objects.exists()


def test_a_person_may_send_so_many_questions_a_day(world, settings):
    settings.GRASSROOTS_QUESTIONS_PER_DAY = 2
    for number in range(2):
        services.ask_question(
            world.cadre, topic=world.topic, commune=world.commune, text=f"Câu {number}"
        )
    yesterday = make_question(world, text="Hôm qua")
    Question.objects.filter(pk=yesterday.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=1)
    )

    with pytest.raises(QuestionError, match="2"):
        services.ask_question(
            world.cadre, topic=world.topic, commune=world.commune, text="Câu thứ ba"
        )

    assert services.questions_left_today(world.cadre) == 0
    assert services.questions_left_today(world.trainee) == 2
    assert Question.objects.filter(asker=world.cadre).count() == 3


def test_routed_answered_sent_back_answered_again_and_published(
    world, sms_outbox, django_capture_on_commit_callbacks
):
    world.cadre.phone = "+84912888999"
    world.cadre.email = "hai@example.vn"
    world.cadre.save()
    question = make_question(world)
    due = TODAY() + datetime.timedelta(days=7)

    services.route_question(
        question, by=world.manager, lecturer=world.lecturer, due_on=due
    )
    services.answer_question(question, by=world.lecturer, text="Bản nháp")
    services.return_answer(question, by=world.manager, note="Dẫn điều luật cụ thể")
    question.refresh_from_db()
    assert question.status == Question.Status.ASSIGNED
    assert question.review_note == "Dẫn điều luật cụ thể"
    services.answer_question(question, by=world.lecturer, text="Theo Điều 91...")
    with django_capture_on_commit_callbacks(execute=True):
        services.publish_question(
            question, by=world.manager, answer="Theo Điều 91 Luật Đất đai 2024..."
        )

    question.refresh_from_db()
    assert question.status == Question.Status.PUBLISHED
    assert question.answer == "Theo Điều 91 Luật Đất đai 2024..."
    assert question.answered_by == world.lecturer
    assert question.published_by == world.manager
    assert question.review_note == ""
    assert [m["to"] for m in sms_outbox] == ["+84912888999"]
    assert f"/questions/{question.pk}/" in sms_outbox[0]["text"]
    assert mail.outbox[-1].to == ["hai@example.vn"]
    assert queries.unseen_answers(world.cadre) == 1
    services.mark_seen(question, world.cadre)
    assert queries.unseen_answers(world.cadre) == 0


def test_each_step_refuses_a_question_in_the_wrong_state(world):
    question = make_question(world)
    due = TODAY() + datetime.timedelta(days=2)

    with pytest.raises(QuestionError):
        services.answer_question(question, by=world.lecturer, text="Trả lời sớm")
    with pytest.raises(QuestionError):
        services.publish_question(question, by=world.manager, answer="Công bố sớm")
    services.route_question(
        question, by=world.manager, lecturer=world.lecturer, due_on=due
    )
    with pytest.raises(QuestionError):
        services.answer_question(question, by=world.lecturer, text="   ")
    services.answer_question(question, by=world.lecturer, text="Trả lời")
    with pytest.raises(QuestionError):
        services.route_question(
            question, by=world.manager, lecturer=world.colleague, due_on=due
        )
    services.decline_question(question, by=world.manager, reason="Trùng câu đã trả lời")
    with pytest.raises(QuestionError):
        services.decline_question(question, by=world.manager, reason="Lần nữa")
    question.refresh_from_db()
    assert question.status == Question.Status.DECLINED


def test_routing_is_to_the_centre_s_lecturers_its_school_or_partners(world):
    question = make_question(world)
    due = TODAY() + datetime.timedelta(days=2)

    for wrong in [
        {"lecturer": world.other_lecturer},
        {"unit": world.other_centre},
        {"lecturer": world.lecturer, "unit": world.school},
        {},
    ]:
        with pytest.raises(QuestionError):
            services.route_question(question, by=world.manager, due_on=due, **wrong)
    with pytest.raises(QuestionError):
        services.route_question(
            question,
            by=world.manager,
            lecturer=world.lecturer,
            due_on=TODAY() - datetime.timedelta(days=1),
        )
    services.route_question(question, by=world.manager, unit=world.school, due_on=due)

    question.refresh_from_db()
    assert question.assigned_unit == world.school
    assert world.school_lecturer.has_perm("grassroots.answer_question", question)
    assert not world.lecturer.has_perm("grassroots.answer_question", question)


def test_a_partner_body_s_answer_is_recorded_by_the_centre_s_manager(world):
    front = Organisation.objects.create(
        name="Ủy ban MTTQ Việt Nam xã Kim Bình",
        kind=Organisation.Kind.FATHERLAND_FRONT,
        province=world.province,
        training_unit=world.centre,
    )
    elsewhere = Organisation.objects.create(
        name="Hội Nông dân xã Hòa Phú",
        kind=Organisation.Kind.FARMERS_ASSOCIATION,
        province=world.province,
        training_unit=world.other_centre,
    )
    question = make_question(world)
    due = TODAY() + datetime.timedelta(days=5)

    with pytest.raises(QuestionError):
        services.route_question(
            question, by=world.manager, partner=elsewhere, due_on=due
        )
    services.route_question(question, by=world.manager, partner=front, due_on=due)

    question.refresh_from_db()
    assert question.assigned_partner == front
    assert world.manager.has_perm("grassroots.answer_question", question)
    assert not world.lecturer.has_perm("grassroots.answer_question", question)
    assert list(queries.to_answer(world.manager)) == [question]


def test_overdue_lists_open_questions_past_their_due_date(world):
    late = routed(world, due_on=TODAY() - datetime.timedelta(days=1))
    routed(world, due_on=TODAY())
    make_question(
        world,
        status=Question.Status.PUBLISHED,
        due_on=TODAY() - datetime.timedelta(days=9),
    )
    routed(
        world, centre=world.other_centre, due_on=TODAY() - datetime.timedelta(days=3)
    )

    assert list(queries.queue(world.manager, overdue=True)) == [late]
    assert late.is_overdue


def test_the_bank_finds_answers_without_diacritics_by_topic(world):
    land = published(
        world,
        "Giải phóng mặt bằng làm đường liên xã",
        "Bồi thường theo giá đất cụ thể.",
    )
    published(
        world,
        "Cài đặt định danh điện tử",
        "Tải VNeID từ kho ứng dụng chính thức.",
        topic=world.other_topic,
    )
    routed(world, text="Giải phóng mặt bằng chưa trả lời")

    assert list(queries.bank("giai phong mat bang")) == [land]
    assert list(queries.bank("GIÁ ĐẤT")) == [land]
    [digital] = queries.bank("", topic=world.other_topic)
    assert digital.text.startswith("Cài")
    assert list(queries.bank("phong mat", topic=world.other_topic)) == []


def test_similar_answered_questions_are_found_before_sending(world):
    answered = published(
        world,
        "Đảng viên đi làm ăn xa thì sinh hoạt đảng ở đâu?",
        "Sinh hoạt tạm thời nơi làm việc.",
    )
    routed(world, text="Đảng viên đi làm ăn xa có phải đóng đảng phí không?")

    found = queries.similar_answered("dang vien di lam an xa sinh hoat the nao")

    assert found == [answered]
    assert queries.similar_answered("Giá lúa năm nay") == []


def test_a_live_question_is_kept_once_in_the_host_s_centre(world):
    session = create_session(world.lecturer, title="Thảo luận Nghị quyết")
    person = Participant.objects.create(
        session=session, user=world.trainee, display_name="An"
    )
    live_question = LiveQuestion.objects.create(
        session=session, author=person, text="Xã có được tự quyết giá đất không?"
    )

    kept = services.keep_live_question(
        live_question, by=world.lecturer, topic=world.topic
    )
    again = services.keep_live_question(
        live_question, by=world.lecturer, topic=world.other_topic
    )

    assert again == kept
    assert kept.centre == world.centre
    assert kept.asker == world.trainee
    assert kept.source == Question.Source.LIVE
    assert kept.status == Question.Status.NEW
    assert Question.objects.count() == 1
