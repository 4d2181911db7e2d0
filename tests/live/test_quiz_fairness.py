"""A live quiz is fair: nothing tells right from wrong before the reveal, a revealed
or closed question is final, and a visitor cannot take over someone's identity."""

from asgiref.sync import sync_to_async

from live.models import Participant
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
