"""Polls over the socket: every kind, answers replaced not doubled, hidden results."""

from asgiref.sync import sync_to_async

from live.models import PollResponse
from live.services.polls import create_poll
from tests.live.conftest import join_phone, open_phone


async def _poll(live, **fields):
    return await sync_to_async(create_poll)(live, **fields)


async def test_single_choice_poll_tally_reaches_everyone(live, lecturer):
    poll = await _poll(live, kind="single", prompt="Chọn chủ đề", options=["A", "B"])
    host = await open_phone(live.code, user=lecturer)
    an = await join_phone(live.code, "Nguyễn Văn An")

    opened = await host.act("poll.control", {"poll": poll.pk, "action": "open"})
    shown = await an.expect("poll")
    vote = await an.act(
        "poll.respond", {"poll": poll.pk, "choices": [1]}, client_id="p1"
    )
    repeat = await an.act(
        "poll.respond", {"poll": poll.pk, "choices": [1]}, client_id="p1"
    )

    assert opened["type"] == "ack"
    assert shown["poll"]["state"] == "open"
    assert vote["type"] == "ack"
    assert repeat["repeated"] is True
    # Tallies go out on a tick: the host's screen catches up with the vote.
    tally = await host.expect("poll.results", poll=poll.pk, counts=[0, 1])
    assert tally["responses"] == 1
    assert await PollResponse.objects.acount() == 1
    await host.close()
    await an.close()


async def test_changing_a_vote_replaces_it(live, lecturer):
    poll = await _poll(live, kind="multiple", prompt="Chọn", options=["A", "B", "C"])
    host = await open_phone(live.code, user=lecturer)
    an = await join_phone(live.code, "Nguyễn Văn An")
    await host.act("poll.control", {"poll": poll.pk, "action": "open"})

    await an.act("poll.respond", {"poll": poll.pk, "choices": [0, 2]})
    await an.act("poll.respond", {"poll": poll.pk, "choices": [1]})

    stored = await PollResponse.objects.aget()
    assert stored.choices == [1]
    await host.close()
    await an.close()


async def test_bad_choices_are_refused_clearly(live, lecturer):
    poll = await _poll(live, kind="single", prompt="Chọn", options=["A", "B"])
    host = await open_phone(live.code, user=lecturer)
    an = await join_phone(live.code, "Nguyễn Văn An")
    await host.act("poll.control", {"poll": poll.pk, "action": "open"})

    for bad in ([5], [], ["1"], [0, 1], "0", [True]):
        reply = await an.act("poll.respond", {"poll": poll.pk, "choices": bad})
        assert reply["type"] == "error", bad
        assert reply["message"].startswith("Vui lòng chọn")
    assert await PollResponse.objects.acount() == 0
    await host.close()
    await an.close()


async def test_closed_poll_refuses_answers(live):
    poll = await _poll(live, kind="single", prompt="Chọn", options=["A", "B"])
    an = await join_phone(live.code, "Nguyễn Văn An")

    reply = await an.act("poll.respond", {"poll": poll.pk, "choices": [0]})

    assert reply["code"] == "closed"
    assert reply["message"] == "Cuộc bình chọn này chưa mở hoặc đã đóng."
    await an.close()


async def test_word_cloud_keeps_vietnamese_words_whole(live, lecturer):
    poll = await _poll(live, kind="words", prompt="Một từ về dân chủ cơ sở")
    host = await open_phone(live.code, user=lecturer)
    an = await join_phone(live.code, "Nguyễn Văn An")
    binh = await join_phone(live.code, "Trần Thị Bình")
    await host.act("poll.control", {"poll": poll.pk, "action": "open"})

    await an.act("poll.respond", {"poll": poll.pk, "text": "Dân chủ, minh bạch"})
    await binh.act("poll.respond", {"poll": poll.pk, "text": "dân  chủ\ndan chu"})

    words = [["dân chủ", 2], ["dan chu", 1], ["minh bạch", 1]]
    tally = await host.expect("poll.results", poll=poll.pk, words=words)
    assert tally["responses"] == 2
    for phone in (host, an, binh):
        await phone.close()


async def test_rating_and_open_text(live, lecturer):
    rating = await _poll(live, kind="rating", prompt="Mức độ hài lòng", scale=5)
    opinion = await _poll(live, kind="text", prompt="Góp ý")
    host = await open_phone(live.code, user=lecturer)
    an = await join_phone(live.code, "Nguyễn Văn An")
    await host.act("poll.control", {"poll": rating.pk, "action": "open"})
    await host.act("poll.control", {"poll": opinion.pk, "action": "open"})

    too_high = await an.act("poll.respond", {"poll": rating.pk, "rating": 6})
    await an.act("poll.respond", {"poll": rating.pk, "rating": 4})
    await an.act("poll.respond", {"poll": opinion.pk, "text": "Bài giảng rất hay"})

    assert too_high["type"] == "error"
    counts = [0, 0, 0, 1, 0]
    rated = await host.expect("poll.results", poll=rating.pk, counts=counts)
    assert rated["responses"] == 1
    texts = ["Bài giảng rất hay"]
    written = await host.expect("poll.results", poll=opinion.pk, texts=texts)
    assert written["responses"] == 1
    await host.close()
    await an.close()


async def test_hidden_results_reach_hosts_only_until_revealed(live, lecturer):
    poll = await _poll(
        live, kind="single", prompt="Chọn", options=["A", "B"], results_visible=False
    )
    host = await open_phone(live.code, user=lecturer)
    an = await join_phone(live.code, "Nguyễn Văn An")
    await host.act("poll.control", {"poll": poll.pk, "action": "open"})

    await an.act("poll.respond", {"poll": poll.pk, "choices": [0]})
    await host.expect("poll.results", counts=[1, 0])
    await host.act(
        "poll.control", {"poll": poll.pk, "action": "results", "visible": True}
    )

    revealed = await an.expect("poll.results")
    assert revealed["counts"] == [1, 0]
    await host.close()
    await an.close()
