"""Group commit: actions arriving together share one transaction, each with its own
savepoint, and each is acknowledged only once stored."""

import asyncio

from asgiref.sync import sync_to_async
from django.db import transaction

from live.models import Participant, PollResponse
from live.services.polls import create_poll
from live.writer import Writer, run_together
from tests.live.conftest import join_phone, open_phone


@transaction.atomic
def add(session, name):
    return Participant.objects.create(session=session, display_name=name).display_name


@transaction.atomic
def add_then_fail(session, name):
    Participant.objects.create(session=session, display_name=name)
    raise ValueError("hỏng")


def test_a_failing_call_changes_nothing_for_the_others(live):
    outcomes = run_together(
        [(add, (live, "An")), (add_then_fail, (live, "Bình")), (add, (live, "Chi"))]
    )
    assert outcomes[0] == "An"
    assert isinstance(outcomes[1], ValueError)
    assert outcomes[2] == "Chi"
    names = set(Participant.objects.values_list("display_name", flat=True))
    assert names == {"An", "Chi"}


async def test_calls_made_together_are_stored_and_answered_each(live):
    writer = Writer()
    names = [f"Học viên {n}" for n in range(30)]
    results = await asyncio.gather(
        *(writer.run(add, live, name) for name in names),
        writer.run(add_then_fail, live, "Hỏng"),
        return_exceptions=True,
    )
    assert results[:30] == names
    assert isinstance(results[30], ValueError)
    stored = await sync_to_async(set)(
        Participant.objects.values_list("display_name", flat=True)
    )
    assert stored == set(names)


async def test_a_vote_storm_is_stored_once_each_and_acknowledged(live, lecturer):
    poll = await sync_to_async(create_poll)(
        live, kind="single", prompt="Chọn", options=["A", "B"]
    )
    host = await open_phone(live.code, user=lecturer)
    await host.act("poll.control", {"poll": poll.pk, "action": "open"})
    phones = [await join_phone(live.code, f"Học viên {n}") for n in range(12)]
    votes = [
        phone.act("poll.respond", {"poll": poll.pk, "choices": [n % 2]}, client_id="v")
        for n, phone in enumerate(phones)
    ]
    replies = await asyncio.gather(*votes)
    assert [r["type"] for r in replies] == ["ack"] * 12
    assert await PollResponse.objects.acount() == 12
    # The same ids again (lost acknowledgements): acknowledged, nothing doubled.
    again = await asyncio.gather(
        *(
            phone.act("poll.respond", {"poll": poll.pk, "choices": [0]}, client_id="v")
            for phone in phones
        )
    )
    assert all(r.get("repeated") for r in again)
    assert await PollResponse.objects.filter(choices=[1]).acount() == 6
    for phone in [host, *phones]:
        await phone.close()
