"""Q&A over the socket: asking, upvotes (once each), moderation, the filter."""

from live.models import LiveSession, Question, QuestionVote
from tests.live.conftest import join_phone, open_phone


async def test_question_is_stored_acked_and_shown_to_all(live, lecturer):
    host = await open_phone(live.code, user=lecturer)
    an = await join_phone(live.code, "Nguyễn Văn An")
    binh = await join_phone(live.code, "Trần Thị Bình")

    ack = await an.act("question.ask", {"text": "Khi nào nộp bài thu hoạch?"})

    stored = await Question.objects.aget()
    assert ack["type"] == "ack"
    assert ack["result"]["question"]["id"] == stored.pk
    seen = await binh.expect("question")
    assert seen["question"]["text"] == "Khi nào nộp bài thu hoạch?"
    assert seen["question"]["author"] == "Nguyễn Văn An"
    assert (await host.expect("question"))["question"]["id"] == stored.pk
    for phone in (host, an, binh):
        await phone.close()


async def test_anonymous_question_hides_the_name(live):
    an = await join_phone(live.code, "Nguyễn Văn An")

    ack = await an.act("question.ask", {"text": "Xin hỏi", "anonymous": True})

    assert ack["result"]["question"]["author"] == ""
    await an.close()


async def test_anonymous_refused_when_lecturer_turned_it_off(live):
    await LiveSession.objects.filter(pk=live.pk).aupdate(qa_anonymous=False)
    an = await join_phone(live.code, "Nguyễn Văn An")

    reply = await an.act("question.ask", {"text": "Xin hỏi", "anonymous": True})

    assert reply["code"] == "not_allowed"
    assert await Question.objects.acount() == 0
    await an.close()


async def test_upvote_once_resend_no_second_vote_and_withdraw(live):
    an = await join_phone(live.code, "Nguyễn Văn An")
    binh = await join_phone(live.code, "Trần Thị Bình")
    asked = await an.act("question.ask", {"text": "Câu hỏi về đất đai"})
    question = asked["result"]["question"]["id"]

    first = await binh.act("question.upvote", {"question": question}, client_id="v1")
    repeat = await binh.act("question.upvote", {"question": question}, client_id="v1")
    other_id = await binh.act("question.upvote", {"question": question})

    assert first["result"]["votes"] == 1
    assert repeat["repeated"] is True
    assert repeat["result"]["votes"] == 1
    assert other_id["result"]["votes"] == 1
    assert await QuestionVote.objects.acount() == 1
    tally = await an.expect("question.votes")
    assert tally["votes"] == {str(question): 1}

    withdrawn = await binh.act("question.upvote", {"question": question, "up": False})
    assert withdrawn["result"]["votes"] == 0
    assert await QuestionVote.objects.acount() == 0
    await an.close()
    await binh.close()


async def test_moderated_question_waits_for_approval(live, lecturer):
    await LiveSession.objects.filter(pk=live.pk).aupdate(qa_moderated=True)
    host = await open_phone(live.code, user=lecturer)
    an = await join_phone(live.code, "Nguyễn Văn An")
    binh = await join_phone(live.code, "Trần Thị Bình")

    asked = await an.act("question.ask", {"text": "Câu hỏi chờ duyệt"})
    question = asked["result"]["question"]["id"]
    pending = await host.expect("question")
    assert pending["question"]["status"] == "pending"
    approved = await host.act(
        "question.moderate", {"question": question, "action": "approve"}
    )

    assert approved["type"] == "ack"
    shown = await binh.expect("question")
    assert shown["question"]["status"] == "approved"
    for phone in (host, an, binh):
        await phone.close()


async def test_pin_answer_hide(live, lecturer):
    host = await open_phone(live.code, user=lecturer)
    an = await join_phone(live.code, "Nguyễn Văn An")
    asked = await an.act("question.ask", {"text": "Câu hỏi"})
    question = asked["result"]["question"]["id"]

    for action in ("pin", "answered", "hide"):
        reply = await host.act(
            "question.moderate", {"question": question, "action": action}
        )
        assert reply["type"] == "ack"

    stored = await Question.objects.aget()
    assert (stored.pinned, stored.answered, stored.status) == (True, True, "hidden")
    assert (await an.expect("question.removed"))["id"] == question
    await host.close()
    await an.close()


async def test_profanity_is_refused_and_lecturer_can_extend_the_list(live, lecturer):
    host = await open_phone(live.code, user=lecturer)
    an = await join_phone(live.code, "Nguyễn Văn An")

    rude = await an.act("question.ask", {"text": "ĐÉO hiểu gì cả"})
    fine = await an.act("question.ask", {"text": "Đeo huy hiệu thế nào?"})
    await host.act("session.settings", {"blocked_words": "xàm xí, nhảm"})
    extra = await an.act("question.ask", {"text": "Toàn chuyện nhảm"})

    assert rude["code"] == "blocked_words"
    assert rude["message"] == "Vui lòng diễn đạt lại: câu hỏi có từ ngữ không phù hợp."
    assert fine["type"] == "ack"
    assert extra["code"] == "blocked_words"
    assert await Question.objects.acount() == 1
    await host.close()
    await an.close()


async def test_trainee_cannot_moderate(live):
    an = await join_phone(live.code, "Nguyễn Văn An")
    asked = await an.act("question.ask", {"text": "Câu hỏi"})

    reply = await an.act(
        "question.moderate",
        {"question": asked["result"]["question"]["id"], "action": "hide"},
    )

    assert reply["code"] == "forbidden"
    assert reply["message"] == "Chỉ giảng viên mới làm được việc này."
    assert (await Question.objects.aget()).status == "approved"
    await an.close()
