"""F7: PostgreSQL restarted (an immediate shutdown, then a start with crash
recovery) while a quiz taker saves and phones vote.

The servers run on a PRIVATE cluster (initdb into a temporary folder, a free port),
a copy of the test database: the machine's PostgreSQL is never restarted. During
the outage a save gets an error the page treats as "offline" (it keeps the answer and
sends it again) and a live action gets no acknowledgement (the phone resends it);
after it, the same processes serve again without a restart of their own. Counted
from the database: every acknowledged save and question stored once.
"""

import asyncio
import shutil
import tempfile
from pathlib import Path

import pytest

from live.models import Question
from quizzes.models import Answer
from tests.faults import harness
from tests.faults.phones import Phone
from tests.faults.test_quiz_network import Taker, attempt  # noqa: F401


@pytest.fixture
def private_pg():
    # Under /tmp itself: pytest's folders are closed to the postgres user.
    folder = Path(tempfile.mkdtemp(prefix="elearning-pg-"))
    cluster = harness.Postgres(folder).start()
    yield cluster
    cluster.stop()
    shutil.rmtree(folder, ignore_errors=True)


async def test_postgres_restarted_during_saves_and_votes(
    tmp_path,
    pg_url,
    redis,
    live,
    attempt,  # noqa: F811
    private_pg,
):
    sitting, (q1, q2, _q3), (c1, c2, _c3), session_key = attempt
    url = private_pg.copy_of(pg_url, "elearning_f7")
    layout = harness.servers(tmp_path, database_url=url, redis_url=redis.url)
    base = f"ws://127.0.0.1:{layout.port}"
    taker = Taker(layout.url, sitting.pk, session_key)
    flush = lambda: asyncio.to_thread(taker.flush)  # noqa: E731
    phones = []
    try:
        phones = [
            await Phone(base, live.code, name=f"Đại biểu {word}", label=word).start()
            for word in ("mot", "hai", "ba", "bon")
        ]
        taker.answer(q1, c1[1])
        assert await flush()
        for phone in phones:
            await phone.act("question.ask", {"text": f"{phone.label} trước"}, "q0")

        private_pg.crash()
        taker.answer(q2, c2[0])
        during = await flush()
        page = await asyncio.to_thread(
            taker.http.get, f"{layout.url}/quizzes/attempt/{sitting.pk}/", timeout=20
        )
        sent = [
            phone.send("question.ask", {"text": f"{phone.label} trong"}, "q1")
            for phone in phones
        ]
        await asyncio.sleep(1)
        private_pg.start()
        await asyncio.wait_for(asyncio.gather(*sent), 120)
        for _attempt in range(60):  # as the page does: again until it is taken
            if await flush():
                break
            await asyncio.sleep(1)
        for phone in phones:
            await phone.act("question.ask", {"text": f"{phone.label} sau"}, "q2")
    finally:
        for phone in phones:
            await phone.close()
        layout.stop()

    questions = harness.rows(
        url,
        f"SELECT text, count(*) FROM {Question._meta.db_table} "
        "WHERE session_id = %s GROUP BY text",
        live.pk,
    )
    answers = dict(
        harness.rows(
            url,
            f"SELECT question_id, seq FROM {Answer._meta.db_table} "
            "WHERE sitting_id = %s",
            sitting.pk,
        )
    )
    acked = {
        m["result"]["question"]["text"]
        for p in phones
        for m in p.acked.values()
        if "question" in m.get("result", {})
    }
    lost = len(acked - {t for t, _n in questions}) + sum(
        1 for q, s in taker.acked.items() if answers[q] != s["seq"]
    )
    doubled = sum(n - 1 for _t, n in questions)
    harness.report(
        "F7", acknowledged=len(acked) + len(taker.acked), lost=lost, doubled=doubled,
        save_during_outage=taker.failures, page_during_outage=page.status_code,
        phones_told_unavailable=sum(len(p.unavailable) for p in phones),
        phone_errors=[p.errors for p in phones],
    )  # fmt: skip
    assert during is False
    # Told in Vietnamese to try again, not a bare 500: JSON to the page's save…
    refusal = taker.refusals[0]
    assert refusal.status_code == 503
    assert int(refusal.headers["Retry-After"]) > 0
    assert "thử lại" in refusal.json()["error"]
    # …a page to a reader.
    assert page.status_code == 503
    assert page.headers["Content-Type"].startswith("text/html")
    assert int(page.headers["Retry-After"]) > 0
    assert "Hệ thống tạm thời gián đoạn" in page.text
    # Phones are answered "try again later" (in Vietnamese) and resend on their own.
    told = [m for p in phones for m in p.unavailable]
    assert told
    assert all("thử lại" in m["message"] and m["retry_ms"] > 0 for m in told)
    assert len(acked) == 12
    assert taker.queue == {}
    assert (lost, doubled) == (0, 0)
