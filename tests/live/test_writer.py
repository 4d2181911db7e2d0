"""Group commit: actions arriving together share one transaction, each with its own
savepoint, and each is acknowledged only once stored."""

import asyncio

from asgiref.sync import sync_to_async
from django.db import transaction

from live.models import ClientAction, Participant, Poll, PollResponse
from live.services import ActionError, Actor, perform
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


def test_actions_stored_together_read_once_and_still_see_each_other(
    live, lecturer, django_assert_max_num_queries
):
    """A batch's shared reads (message ids stored, people admitted, the session and
    the poll) answer like one action at a time: a repeated id inside the batch is a
    repeat, and a lecturer's admission inside the batch counts for the votes after it.
    """
    poll = create_poll(live, kind="single", prompt="Chọn", options=["A", "B"])
    poll.state = Poll.State.OPEN
    poll.save()
    an, binh = (
        Participant.objects.create(session=live, display_name=name)
        for name in ("Nguyễn Văn An", "Trần Thị Bình")
    )
    chi = Participant.objects.create(
        session=live, display_name="Lê Thị Chi", admitted=False
    )
    people = {
        p.display_name: Actor(live.pk, participant_id=p.pk) for p in (an, binh, chi)
    }
    host = Actor(live.pk, user_id=lecturer.pk, is_host=True)

    def vote(name, client_id, choice):
        message = {"type": "poll.respond", "id": client_id,
                   "data": {"poll": poll.pk, "choices": [choice]}}  # fmt: skip
        return (perform, (people[name], message))

    admit = {"type": "session.admit", "id": "a1", "data": {"participant": chi.pk}}
    calls = [
        vote("Nguyễn Văn An", "v1", 0),
        vote("Trần Thị Bình", "v1", 1),
        vote("Nguyễn Văn An", "v1", 1),  # the same message again
        vote("Lê Thị Chi", "v1", 0),  # still waiting in the lobby
        (perform, (host, admit)),
        vote("Lê Thị Chi", "v2", 0),
    ]
    # One at a time these six take 37 queries.
    with django_assert_max_num_queries(33):
        outcomes = run_together(calls)

    assert [o[1] for o in outcomes[:3]] == [False, False, True]
    assert outcomes[2][0].reply == outcomes[0][0].reply
    assert isinstance(outcomes[3], ActionError)
    assert outcomes[3].code == "waiting"
    assert outcomes[4][1] is False
    assert outcomes[5][1] is False
    stored = dict(
        PollResponse.objects.values_list("participant__display_name", "choices")
    )
    assert stored == {
        "Nguyễn Văn An": [0],
        "Trần Thị Bình": [1],
        "Lê Thị Chi": [0],
    }
    assert ClientAction.objects.count() == 4
