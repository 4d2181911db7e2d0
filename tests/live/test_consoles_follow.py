"""A console already open follows what the preparation page and the console's
forms change (added, edited, moved, copied, deleted), without a reload; the
phones hear nothing of drafts."""

from asgiref.sync import sync_to_async

from live.services.polls import create_poll
from live.services.quiz import add_quiz_item
from tests.live.conftest import join_phone, open_phone
from tests.live.test_lecturer_preparation import console, url  # noqa: F401 - a fixture
from tests.live.test_revocation import bridge_listening


async def test_an_open_console_follows_the_preparation_page(
    live,
    lecturer,
    console,  # noqa: F811
):
    poll = await sync_to_async(create_poll)(
        live, kind="single", prompt="Chủ đề nào?", options=["Đất đai", "Môi trường"]
    )
    first = await sync_to_async(add_quiz_item)(
        live, prompt="Câu một", options=["A", "B"], correct=[0]
    )
    second = await sync_to_async(add_quiz_item)(
        live, prompt="Câu hai", options=["C", "D"], correct=[1]
    )
    host = await open_phone(live.code, user=lecturer)
    assert [p["prompt"] for p in host.snapshot["polls"]] == ["Chủ đề nào?"]
    phone = await join_phone(live.code, "Lò Thị Lan")
    await bridge_listening()
    post = sync_to_async(console.post)

    edited = await post(
        url(live, "prepare_edit", "poll", poll.pk),
        {
            "poll-kind": "single",
            "poll-prompt": "Chủ đề nào cần thảo luận thêm?",
            "poll-options": "Đất đai\nMôi trường\nMạng xã hội",
            "poll-scale": 5,
        },
    )
    assert edited.status_code == 302
    event = await host.expect("activities")
    assert [(p["prompt"], p["options"]) for p in event["polls"]] == [
        ("Chủ đề nào cần thảo luận thêm?", ["Đất đai", "Môi trường", "Mạng xã hội"])
    ]

    await post(url(live, "prepare_step", "quiz", second.pk, "up"))
    event = await host.expect("activities")
    assert [i["prompt"] for i in event["quiz"]] == ["Câu hai", "Câu một"]

    await post(url(live, "prepare_step", "quiz", first.pk, "duplicate"))
    event = await host.expect("activities")
    assert [i["prompt"] for i in event["quiz"]] == ["Câu hai", "Câu một", "Câu một"]

    await post(url(live, "prepare_step", "quiz", second.pk, "delete"))
    event = await host.expect("activities")
    assert [i["prompt"] for i in event["quiz"]] == ["Câu một", "Câu một"]
    # No right answer in it: the same quiz items as the hosts' snapshot.
    assert all(i.get("correct") is None for i in event["quiz"])

    added = await post(
        url(live, "add_poll"),
        {"poll-kind": "rating", "poll-prompt": "Buổi học thế nào?", "poll-scale": 5},
    )
    assert added.status_code == 302
    event = await host.expect("activities")
    assert [p["prompt"] for p in event["polls"]][-1] == "Buổi học thế nào?"

    # The phones hear nothing of drafts.
    assert "activities" not in await _heard(phone)
    await phone.close()
    await host.close()


async def test_a_refused_change_tells_no_one(live, lecturer, console):  # noqa: F811
    host = await open_phone(live.code, user=lecturer)
    await bridge_listening()

    refused = await sync_to_async(console.post)(
        url(live, "add_poll"),
        {"poll-kind": "single", "poll-prompt": "Một lựa chọn?", "poll-options": "A"},
    )

    assert refused.status_code == 400
    assert "activities" not in await _heard(host)
    await host.close()


async def _heard(socket) -> list[str]:
    """The types of what reaches the socket until it is quiet for half a second."""
    heard = []
    while not await socket.ws.receive_nothing(timeout=0.5):
        heard.append((await socket.ws.receive_json_from())["type"])
    return heard
