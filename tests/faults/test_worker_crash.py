"""F3: one of two workers killed with kill -9 while 300 phones are connected
through nginx (the production layout, deploy/).

The phones joined, answered a revealed quiz question (a score), and are asking
questions when the worker dies with some of them in flight. The phones of the dead
worker reconnect through nginx to the other one with their token: the same
participant, the same score; they resend what was not acknowledged with the same
ids. Counted from the database: every acknowledged question stored once.
"""

import asyncio

import pytest

from live.models import ClientAction, Question
from live.services.quiz import add_quiz_item
from tests.faults import harness
from tests.faults.phones import Phone, gather_limited

PHONES = 300
ASKS = 4  # per phone: one before the crash, two in flight, one after


@pytest.fixture
def item(live):
    return add_quiz_item(
        live, prompt="Đại hội XIV họp năm nào?", options=["2025", "2026"],
        correct=[1], seconds=120,
    )  # fmt: skip


async def test_worker_killed_under_300_phones(
    tmp_path, pg_url, redis, live, item, lecturer_cookie
):
    laps = harness.Laps()
    layout = harness.servers(tmp_path, database_url=pg_url, redis_url=redis.url)
    laps("servers")
    base = f"ws://127.0.0.1:{layout.port}"
    phones = []
    try:
        host = await Phone(
            base, live.code, cookie=lecturer_cookie, label="host"
        ).start()
        phones = [
            Phone(base, live.code, name=f"Học viên {n:03}", label=f"{n}")
            for n in range(PHONES)
        ]
        await gather_limited(phone.start() for phone in phones)
        laps("join")
        await host.act("quiz.control", {"item": item.pk, "action": "open"}, "open")
        await gather_limited(
            p.act("quiz.answer", {"item": item.pk, "choices": [n % 2]}, "answer")
            for n, p in enumerate(phones)
        )
        await host.act("quiz.control", {"item": item.pk, "action": "reveal"}, "reveal")
        scores = await gather_limited(
            p.act("quiz.me", {"item": item.pk}, "me") for p in phones
        )
        before = {
            p.participant: reply["result"]["score"]
            for p, reply in zip(phones, scores, strict=True)
        }
        laps("quiz")
        await gather_limited(_ask(p, 0) for p in phones)
        laps("ask")
        connections = sum(p.connections for p in phones)

        # Two questions in flight on every phone, and one worker dies under them.
        for k in (1, 2):
            for phone in phones:
                _send_ask(phone, k)
        # Kill when the first of them are acknowledged: some stored and answered,
        # some stored whose answer dies with the worker, some never read.
        await harness.until(
            lambda: sum("ask-1" in p.acked for p in phones) >= 20, timeout=60
        )
        killed = layout.kill_worker(0)
        resent = sum(len(p.pending) for p in phones)
        await asyncio.gather(*(p.settled(timeout=240) for p in phones))
        laps("crash")
        await gather_limited(_ask(p, 3) for p in phones)
        laps("after")
        moved = [p for p in phones if p.connections > 1]
        # Who each moved phone is on its new socket (the snapshot it got there).
        after = {
            p.participant: (p.snapshot["me"]["participant"], p.snapshot["me"]["score"])
            for p in moved
        }
    finally:
        for phone in [*phones, *([host] if phones else [])]:
            await phone.close()
        layout.stop()

    acked = {
        (p.participant, m["result"]["question"]["text"])
        for p in phones
        for m in p.acked.values()
        if "question" in m.get("result", {})
    }
    repeated = sum(1 for p in phones for m in p.acked.values() if m.get("repeated"))
    stored = harness.rows(
        pg_url,
        f"SELECT author_id, text, count(*) FROM {Question._meta.db_table} "
        "WHERE session_id = %s GROUP BY author_id, text",
        live.pk,
    )
    actions = harness.rows(
        pg_url,
        f"SELECT count(*), count(DISTINCT (actor, client_id)) FROM "
        f"{ClientAction._meta.db_table} WHERE session_id = %s AND kind = %s",
        live.pk, "question.ask",
    )[0]  # fmt: skip
    lost = len(acked - {(author, text) for author, text, _n in stored})
    doubled = sum(n - 1 for *_x, n in stored) + actions[0] - actions[1]
    harness.report(
        "F3", phones=PHONES, killed_pid=killed, reconnected=len(moved),
        connections_before=connections, acknowledged=len(acked), resent=resent,
        repeated=repeated,
        stored=sum(n for *_x, n in stored), lost=lost, doubled=doubled,
        errors=sum(len(p.errors) for p in phones), phases=laps,
    )  # fmt: skip
    assert 0 < len(moved) < PHONES  # nginx had spread them over both workers
    assert all(p.errors == {} for p in phones)
    assert len(acked) == PHONES * ASKS
    assert (lost, doubled) == (0, 0)
    # The same person, with the same score, on the other worker.
    assert after == {
        p.participant: (p.participant, before[p.participant]) for p in moved
    }
    assert len(set(before.values())) == 2  # right and wrong answers scored apart


def _text(phone, k: int) -> str:
    return f"Câu hỏi {k} của {phone.label}"


def _send_ask(phone, k: int):
    return phone.send("question.ask", {"text": _text(phone, k)}, f"ask-{k}")


async def _ask(phone, k: int) -> None:
    reply = await asyncio.wait_for(_send_ask(phone, k), 60)
    assert reply["type"] == "ack", reply
