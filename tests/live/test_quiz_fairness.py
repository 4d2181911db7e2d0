"""A live quiz is fair: nothing tells right from wrong before the reveal, and a revealed
or closed question is final."""

from asgiref.sync import sync_to_async

from live.models import Participant, QuizAnswer, QuizItem
from live.services.quiz import add_quiz_item
from tests.live.conftest import join_phone, open_phone


async def _item(live, **fields):
    fields = {"prompt": "Đại hội XIV họp năm nào?", "options": ["2021", "2026"],
              "correct": [1], **fields}  # fmt: skip
    return await sync_to_async(add_quiz_item)(live, **fields)


async def test_no_screen_is_told_the_right_answer_while_the_question_is_open(
    live, lecturer
):
    item = await _item(live)
    presenter = await open_phone(live.code, user=lecturer)
    an = await join_phone(live.code, "Nguyễn Văn An")

    await presenter.act("quiz.control", {"item": item.pk, "action": "open"})
    shown = await presenter.expect("quiz")
    await an.act("quiz.answer", {"item": item.pk, "choices": [1]})
    tally = await presenter.expect("quiz.results", item=item.pk, answers=1)
    await presenter.send("sync")
    again = await presenter.expect("snapshot")
    await presenter.act("quiz.control", {"item": item.pk, "action": "reveal"})
    revealed = await presenter.expect("quiz.results", item=item.pk)

    assert "correct" not in shown["item"]
    assert "correct_answers" not in tally
    assert all("correct" not in quiz for quiz in again["quiz"])
    assert all("correct_answers" not in r for r in again["quiz_results"])
    assert revealed["correct_answers"] == 1
    await presenter.close()
    await an.close()


async def test_answers_earn_nothing_visible_until_the_reveal(live, lecturer):
    item = await _item(live)
    host = await open_phone(live.code, user=lecturer)
    right = await join_phone(live.code, "Nguyễn Văn An")
    wrong = await join_phone(live.code, "Trần Thị Bình")
    await host.act("quiz.control", {"item": item.pk, "action": "open"})

    await right.act("quiz.answer", {"item": item.pk, "choices": [1]})
    await wrong.act("quiz.answer", {"item": item.pk, "choices": [0]})
    told = [await p.act("quiz.me", {"item": item.pk}) for p in (right, wrong)]
    await right.send("sync")
    snapshot = await right.expect("snapshot")
    await host.send("sync")
    hosts = await host.expect("snapshot")

    assert [reply["result"] for reply in told] == [
        {"score": 0, "answer": {"item": item.pk, "choices": [1]}},
        {"score": 0, "answer": {"item": item.pk, "choices": [0]}},
    ]
    assert snapshot["leaderboard"] == []
    assert hosts["leaderboard"] == []
    assert snapshot["me"]["score"] == 0
    assert snapshot["me"]["quiz_answers"] == {str(item.pk): {"choices": [1]}}
    assert await Participant.objects.filter(score__gt=0).acount() == 0

    await host.act("quiz.control", {"item": item.pk, "action": "reveal"})
    after = await right.act("quiz.me", {"item": item.pk})
    assert after["result"]["score"] == 1000
    assert after["result"]["answer"]["correct"] is True
    for phone in (host, right, wrong):
        await phone.close()


async def test_a_revealed_or_closed_question_is_final(live, lecturer):
    revealed, closed = await _item(live), await _item(live, prompt="Câu hai")
    host = await open_phone(live.code, user=lecturer)
    an = await join_phone(live.code, "Nguyễn Văn An")
    for item in (revealed, closed):
        await host.act("quiz.control", {"item": item.pk, "action": "open"})
    await an.act("quiz.answer", {"item": revealed.pk, "choices": [1]})
    await host.act("quiz.control", {"item": revealed.pk, "action": "reveal"})
    await host.act("quiz.control", {"item": closed.pk, "action": "close"})
    late = await join_phone(live.code, "Người Đến Muộn")

    refused = [
        await host.act("quiz.control", {"item": item.pk, "action": action})
        for item, action in (
            (revealed, "open"), (closed, "open"), (revealed, "reveal"),
            (revealed, "close"), (closed, "close"),
        )
    ]  # fmt: skip
    answers = [
        await late.act("quiz.answer", {"item": item.pk, "choices": [1]})
        for item in (revealed, closed)
    ]
    draft = await _item(live, prompt="Câu ba")
    early = [
        await host.act("quiz.control", {"item": draft.pk, "action": action})
        for action in ("close", "reveal")
    ]

    assert [r["code"] for r in refused] == ["final"] * 5
    assert refused[0]["message"] == (
        "Câu hỏi này đã kết thúc: không mở lại hay thay đổi được nữa."
    )
    assert [r["code"] for r in answers] == ["closed", "closed"]
    assert [r["code"] for r in early] == ["not_open", "not_open"]
    states = {i.pk: i.state async for i in QuizItem.objects.all()}
    assert states == {revealed.pk: "revealed", closed.pk: "closed", draft.pk: "draft"}
    assert await QuizAnswer.objects.acount() == 1
    scores = [p.score async for p in Participant.objects.order_by("pk")]
    assert scores == [1000, 0]
    for phone in (host, an, late):
        await phone.close()


async def test_the_server_closes_a_question_when_its_time_is_up(live, lecturer):
    # No time to answer: the question closes after the server's 2 s of grace and
    # 1.5 s of latency allowance.
    item = await _item(live, seconds=0)
    host = await open_phone(live.code, user=lecturer)
    an = await join_phone(live.code, "Nguyễn Văn An")

    await host.act("quiz.control", {"item": item.pk, "action": "open"})
    told = [await phone.expect("quiz.closed", timeout=10) for phone in (an, host)]
    late = await an.act("quiz.answer", {"item": item.pk, "choices": [1]})
    stored = await QuizItem.objects.aget(pk=item.pk)
    revealed = await host.act("quiz.control", {"item": item.pk, "action": "reveal"})

    assert [event["item"] for event in told] == [item.pk, item.pk]
    assert stored.state == "closed"
    assert late["code"] == "closed"
    assert revealed["type"] == "ack"
    await host.close()
    await an.close()
