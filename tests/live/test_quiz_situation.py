"""Live quiz and live situation over the socket."""

import datetime

from asgiref.sync import sync_to_async
from django.utils import timezone

from live.models import LiveSession, Participant, QuizAnswer, QuizItem, SituationVote
from live.scoring import MAX_ONE_WAY_MS, points
from live.services.quiz import add_quiz_item
from live.services.situation import add_step
from tests.live.conftest import join_phone, open_phone


async def _item(live, **fields):
    fields = {"prompt": "Đại hội XIV họp năm nào?", "options": ["2021", "2026"],
              "correct": [1], **fields}  # fmt: skip
    return await sync_to_async(add_quiz_item)(live, **fields)


async def test_quiz_round_scores_correct_answers_and_reveals(live, lecturer):
    item = await _item(live)
    host = await open_phone(live.code, user=lecturer)
    an = await join_phone(live.code, "Nguyễn Văn An")
    binh = await join_phone(live.code, "Trần Thị Bình")

    await host.act("quiz.control", {"item": item.pk, "action": "open"})
    shown = await an.expect("quiz")
    right = await an.act(
        "quiz.answer", {"item": item.pk, "choices": [1]}, client_id="a"
    )
    again = await an.act(
        "quiz.answer", {"item": item.pk, "choices": [1]}, client_id="a"
    )
    changed = await an.act("quiz.answer", {"item": item.pk, "choices": [0]})
    await binh.act("quiz.answer", {"item": item.pk, "choices": [0]})
    live_counts = await host.expect("quiz.results", item=item.pk, counts=[1, 1])
    await host.act("quiz.control", {"item": item.pk, "action": "reveal"})
    results = await binh.expect("quiz.results", item=item.pk)
    mine = await an.act("quiz.me", {"item": item.pk})

    assert "correct" not in shown["item"]
    assert right["type"] == "ack"
    assert again["repeated"] is True
    assert changed["code"] == "already_answered"
    assert live_counts["counts"] == [1, 1]
    assert results["correct_answers"] == 1
    assert results["leaderboard"] == [{"name": "Nguyễn Văn An", "score": 1000}]
    assert mine["result"] == {
        "score": 1000,
        "answer": {"item": item.pk, "choices": [1], "correct": True, "points": 1000},
    }
    assert await QuizAnswer.objects.acount() == 2
    for phone in (host, an, binh):
        await phone.close()


async def test_late_answer_is_refused_after_grace(live, lecturer):
    item = await _item(live, seconds=10)
    host = await open_phone(live.code, user=lecturer)
    an = await join_phone(live.code, "Nguyễn Văn An")
    await host.act("quiz.control", {"item": item.pk, "action": "open"})
    past = timezone.now() - datetime.timedelta(seconds=13)
    await QuizItem.objects.filter(pk=item.pk).aupdate(opened_at=past)

    reply = await an.act("quiz.answer", {"item": item.pk, "choices": [1]})

    assert reply["code"] == "closed"
    assert reply["message"] == "Đã hết giờ trả lời câu hỏi này."
    await host.close()
    await an.close()


async def test_speed_points_compensate_for_latency(live, lecturer):
    await LiveSession.objects.filter(pk=live.pk).aupdate(quiz_speed_points=True)
    item = await _item(live, seconds=10)
    host = await open_phone(live.code, user=lecturer)
    an = await join_phone(live.code, "Nguyễn Văn An")
    await host.act("quiz.control", {"item": item.pk, "action": "open"})
    await an.ws.send_json_to({"type": "ping", "id": "p", "rtt": 4000})
    await an.expect("pong")
    past = timezone.now() - datetime.timedelta(seconds=2)
    await QuizItem.objects.filter(pk=item.pk).aupdate(opened_at=past)

    await an.act("quiz.answer", {"item": item.pk, "choices": [1]})
    on_the_clock = (timezone.now() - past).total_seconds() * 1000

    answer = await QuizAnswer.objects.aget()
    # At least 2 s and at most what passed until the ack were on the clock; the
    # (capped) one-way latency of 1.5 s is taken off whatever the machine's load.
    assert answer.elapsed_ms >= 2000 - MAX_ONE_WAY_MS - 5
    assert answer.elapsed_ms <= on_the_clock - MAX_ONE_WAY_MS + 5
    assert answer.points == points(
        True, elapsed_ms=answer.elapsed_ms, seconds=10, speed=True
    )
    assert answer.points > points(
        True, elapsed_ms=answer.elapsed_ms + MAX_ONE_WAY_MS, seconds=10, speed=True
    )
    await host.close()
    await an.close()


async def test_situation_vote_change_and_reveal(live, lecturer):
    step = await sync_to_async(add_step)(
        live,
        title="Khiếu nại đất đai",
        prompt="Người dân tập trung trước trụ sở xã. Đồng chí làm gì trước?",
        choices=[
            {"label": "Mời đại diện đối thoại", "consequence": "Tình hình dịu lại."},
            {"label": "Gọi công an giải tán", "consequence": "Căng thẳng tăng."},
        ],
    )
    host = await open_phone(live.code, user=lecturer)
    an = await join_phone(live.code, "Nguyễn Văn An")
    binh = await join_phone(live.code, "Trần Thị Bình")

    await host.act("situation.control", {"step": step.pk, "action": "open"})
    shown = await an.expect("situation")
    await an.act("situation.vote", {"step": step.pk, "choice": 1})
    await an.act("situation.vote", {"step": step.pk, "choice": 0})
    await binh.act("situation.vote", {"step": step.pk, "choice": 0})
    bad = await binh.act("situation.vote", {"step": step.pk, "choice": 7})
    tally = await host.expect("situation.results", step=step.pk, counts=[2, 0])
    await host.act("situation.control", {"step": step.pk, "action": "reveal"})
    revealed = await an.expect("situation", timeout=5)
    late = await binh.act("situation.vote", {"step": step.pk, "choice": 1})

    assert "consequence" not in shown["step"]["choices"][0]
    assert bad["type"] == "error"
    assert tally["counts"] == [2, 0]
    assert revealed["step"]["chosen"] == 0
    assert revealed["step"]["choices"][0]["consequence"] == "Tình hình dịu lại."
    assert late["code"] == "closed"
    assert await SituationVote.objects.acount() == 2
    for phone in (host, an, binh):
        await phone.close()


async def test_reactions_are_counted_and_coalesced(live, lecturer):
    host = await open_phone(live.code, user=lecturer)
    an = await join_phone(live.code, "Nguyễn Văn An")

    for _ in range(3):
        await an.act("react", {"reaction": "clap"})
    bad = await an.act("react", {"reaction": "bomb"})

    tally = await host.expect("reactions")
    while tally["reactions"]["clap"] < 3:
        tally = await host.expect("reactions")
    assert tally["reactions"] == {"like": 0, "love": 0, "clap": 3, "question": 0}
    assert bad["code"] == "invalid"
    await host.close()
    await an.close()


async def test_participant_score_survives_reconnect(live, lecturer):
    item = await _item(live)
    host = await open_phone(live.code, user=lecturer)
    an = await join_phone(live.code, "Nguyễn Văn An")
    await host.act("quiz.control", {"item": item.pk, "action": "open"})
    await an.act("quiz.answer", {"item": item.pk, "choices": [1]})
    await host.act("quiz.control", {"item": item.pk, "action": "reveal"})
    await an.close()

    again = await open_phone(live.code, token=an.token)

    me = again.snapshot["me"]
    assert me["score"] == 1000
    assert me["quiz_answers"] == {
        str(item.pk): {"choices": [1], "correct": True, "points": 1000}
    }
    assert (await Participant.objects.aget(pk=me["participant"])).score == 1000
    await host.close()
    await again.close()
