"""F1, F2: the private redis-server killed with kill -9 under two workers, then
restarted with its data (F1, append-only file) or empty (F2).

During the outage each process fans out to its own sockets and every socket, the
lecturer's included, is told `status: reconnecting`; the lecturer's carries a
Vietnamese message (the session keeps working on this server and will be synchronised
again). When Redis is back every socket is told `ok` and gets a fresh snapshot, in
which the questions asked on the other process during the outage are there. Counted
from the database: every acknowledged question stored once.
"""

import pytest
import redis as redis_client

from live.models import Question
from tests.faults import harness
from tests.faults.harness import until
from tests.faults.phones import Phone


@pytest.mark.parametrize("with_data", [True, False], ids=["F1-with-data", "F2-empty"])
async def test_redis_killed_and_restarted(
    tmp_path, pg_url, live, lecturer_cookie, with_data
):
    redis = harness.Redis(tmp_path / "redis", persist=with_data).start()
    layout = harness.servers(tmp_path, database_url=pg_url, redis_url=redis.url)
    a, b = (f"ws://127.0.0.1:{port}" for port in layout.worker_ports)
    phones = []
    try:
        # The lecturer and one phone on process A, another phone on process B.
        host = await Phone(a, live.code, cookie=lecturer_cookie, label="host").start()
        an = await Phone(a, live.code, name="Nguyễn Văn An", label="an").start()
        binh = await Phone(b, live.code, name="Trần Thị Bình", label="binh").start()
        phones = [host, an, binh]
        host.keep = {"question"}
        await an.act("question.ask", {"text": "Trước sự cố"}, "ask-0")
        redis_client.Redis.from_url(redis.url).set("faults:marker", "1")

        redis.kill9()
        for phone in phones:
            await until(lambda p=phone: "reconnecting" in p.statuses)
        # Each process goes on alone: stored, acknowledged, sent to its own sockets.
        ask = "question.ask"
        asked_a = await an.act(ask, {"text": "Hỏi ở A khi Redis mất"}, "ask-1")
        asked_b = await binh.act(ask, {"text": "Hỏi ở B khi Redis mất"}, "ask-1")
        await until(lambda: _texts(host) >= {"Trước sự cố", "Hỏi ở A khi Redis mất"})
        seen_during = set(_texts(host))

        if with_data:
            redis.start()
        else:
            redis.start(empty_folder=tmp_path / "redis-empty")
        for phone in phones:
            await until(lambda p=phone: p.statuses[-1:] == ["ok"], timeout=30)
        await until(lambda: _snapshot_texts(host) >= {"Hỏi ở B khi Redis mất"})
        # Across processes again: B's next question reaches the lecturer on A live.
        await binh.act("question.ask", {"text": "Sau khi Redis trở lại"}, "ask-2")
        await until(lambda: "Sau khi Redis trở lại" in _texts(host))
        marker = redis_client.Redis.from_url(redis.url).get("faults:marker")
    finally:
        for phone in phones:
            await phone.close()
        layout.stop()
        redis.stop()

    acked = {
        (p.participant, m["result"]["question"]["text"])
        for p in (an, binh)
        for m in p.acked.values()
        if "question" in m.get("result", {})
    }
    stored = harness.rows(
        pg_url,
        f"SELECT author_id, text, count(*) FROM {Question._meta.db_table} "
        "WHERE session_id = %s GROUP BY author_id, text",
        live.pk,
    )
    lost = len(acked - {(author, text) for author, text, _n in stored})
    doubled = sum(n - 1 for _a, _t, n in stored)
    harness.report(
        "F1" if with_data else "F2",
        acknowledged=len(acked), stored=sum(n for *_x, n in stored), lost=lost,
        doubled=doubled, lecturer_told=host.statuses,
        redis_data_kept=marker is not None,
    )  # fmt: skip
    assert asked_a["type"] == asked_b["type"] == "ack"
    assert "Hỏi ở B khi Redis mất" not in seen_during  # B's was not fanned out to A
    assert host.statuses[:1] == ["reconnecting"]
    # The lecturer is told the hall goes on, in Vietnamese; phones see the short line.
    assert "phiên vẫn chạy trên máy chủ này" in host.status_messages[0]
    assert "đồng bộ lại" in host.status_messages[0]
    assert an.status_messages[0] is None
    assert host.statuses[-1] == "ok"
    assert (marker is not None) is with_data
    assert len(acked) == 4
    assert (lost, doubled) == (0, 0)


def _texts(phone) -> set:
    return {m["question"]["text"] for m in phone.events if m["type"] == "question"}


def _snapshot_texts(phone) -> set:
    return {q["text"] for q in (phone.snapshot or {}).get("questions", [])}
