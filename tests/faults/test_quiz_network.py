"""F4: a quiz taker's network drops mid-quiz: connection refused, then so slow that
the phone gives up waiting while the server stores the save, then back.

The taker saves as attempt.js does (quizzes/static/quizzes/attempt.js): a queue of
{question, seq, fields} kept until the server's reply says that seq is stored, sent
again as is after a failure. Between the taker and nginx (the production layout) sits
a TCP proxy the test controls. Counted from the database: every acknowledged save is
what is stored, none older written over a newer.
"""

import asyncio
import json
from datetime import timedelta

import pytest
import requests
from django.test import Client
from django.utils import timezone

from quizzes.models import Answer, Sitting
from quizzes.services import start_attempt
from tests.factories import UserFactory
from tests.factories.quizzes import (
    quiz_with,
    right_choice,
    single_question,
    wrong_choice,
)
from tests.faults import harness

TIMEOUT = 4  # seconds the F4 taker waits for a save's reply (others: 20)


@pytest.fixture
def attempt(transactional_db):
    trainee = UserFactory(full_name="Nguyễn Văn An")
    questions = [single_question(title=f"Câu {n}") for n in range(3)]
    sitting = start_attempt(quiz_with(*questions), user=trainee)
    client = Client()
    client.force_login(trainee)
    # (right, wrong) choice of each question, read here: the test's loop cannot.
    picks = [(right_choice(q), wrong_choice(q)) for q in questions]
    return sitting, questions, picks, client.cookies["sessionid"].value


class Taker:
    def __init__(self, url: str, sitting_id: int, session_key: str, timeout=20):
        self.url, self.sitting_id, self.timeout = url, sitting_id, timeout
        self.http = requests.Session()
        self.http.cookies.set("sessionid", session_key)
        self.queue: dict[int, dict] = {}
        self.acked: dict[int, dict] = {}
        self.failures: list[str] = []
        self.refusals: list[requests.Response] = []  # the server's 5xx replies
        self.seq: dict[int, int] = {}
        self.saved: list[dict] = []  # the saves the server said it stored
        self.told: list[dict] = []  # replies that said another device's answer is kept

    def answer(self, question, choice) -> None:
        seq = self.seq[question.pk] = self.seq.get(question.pk, 0) + 1
        fields = {f"q{question.pk}": str(choice.pk)}
        self.queue[question.pk] = {
            "question": question.pk,
            "seq": seq,
            "fields": fields,
        }

    def flush(self) -> bool:
        if not self.queue:
            return True
        base = f"{self.url}/quizzes/attempt/{self.sitting_id}"
        try:
            if "csrftoken" not in self.http.cookies:
                self.http.get(
                    f"{base}/session/", timeout=self.timeout
                ).raise_for_status()
            response = self.http.post(
                f"{base}/save/",
                data=json.dumps({"saves": list(self.queue.values())}),
                headers={"Content-Type": "application/json",
                         "X-CSRFToken": self.http.cookies["csrftoken"]},
                timeout=self.timeout,
            )  # fmt: skip
        except requests.RequestException as error:
            self.failures.append(type(error).__name__)
            return False
        if response.status_code >= 500:
            self.failures.append(str(response.status_code))
            self.refusals.append(response)
            return False
        for result in response.json()["results"]:
            save = self.queue.get(result["question"])
            assert result["ok"], result
            if result["saved"]:
                self.saved.append(save)
            if result["message"]:
                # As attempt.js: shown, and the next answer counts above it.
                self.told.append(result)
                self.queue.pop(result["question"])
                self.seq[result["question"]] = max(
                    self.seq[result["question"]], result["seq"]
                )
            elif save is not None and result["seq"] >= save["seq"]:
                self.acked[save["question"]] = self.queue.pop(save["question"])
        return not self.queue


async def test_network_drops_mid_quiz(tmp_path, pg_url, redis, attempt):
    sitting, (q1, q2, q3), (c1, c2, _c3), session_key = attempt
    layout = harness.servers(
        tmp_path, database_url=pg_url, redis_url=redis.url, workers=1
    )
    proxy = harness.TcpProxy(layout.port)
    await proxy.start()
    taker = Taker(
        f"http://127.0.0.1:{proxy.port}", sitting.pk, session_key, timeout=TIMEOUT
    )
    flush = lambda: asyncio.to_thread(taker.flush)  # noqa: E731
    try:
        taker.answer(q1, c1[1])
        assert await flush()

        await proxy.refuse()
        taker.answer(q2, c2[0])
        taker.answer(q1, c1[0])
        refused = await flush()

        await proxy.slow(delay=TIMEOUT * 2)
        slow = await flush()

        await proxy.up()
        back = await flush()
    finally:
        await proxy.close()
        layout.stop()

    stored = {
        question: (seq, response)
        for question, seq, response in harness.rows(
            pg_url,
            f"SELECT question_id, seq, response FROM {Answer._meta.db_table} "
            "WHERE sitting_id = %s",
            sitting.pk,
        )
    }
    lost = sum(
        1
        for q, save in taker.acked.items()
        if stored[q][0] != save["seq"]
        or save["fields"][f"q{q}"] not in json.dumps(stored[q][1])
    )
    doubled = sum(1 for q, (seq, _r) in stored.items() if seq > taker.seq.get(q, 0))
    harness.report(
        "F4", acknowledged=len(taker.acked), failures=taker.failures,
        lost=lost, doubled=doubled, stored_seqs={q: s for q, (s, _r) in stored.items()},
    )  # fmt: skip
    assert (refused, slow, back) == (False, False, True)
    assert taker.failures[0] == "ConnectionError"
    assert taker.failures[-1] == "ReadTimeout"
    assert taker.queue == {}
    assert {q: s["seq"] for q, s in taker.acked.items()} == {q1.pk: 2, q2.pk: 1}
    assert stored[q3.pk][0] == 0
    assert (lost, doubled) == (0, 0)


@pytest.fixture
def second_device(attempt):
    sitting = attempt[0]
    client = Client()
    client.force_login(sitting.user)
    return client.cookies["sessionid"].value


async def test_one_attempt_in_two_tabs_and_two_devices(
    tmp_path, pg_url, redis, attempt, second_device
):
    """F6: two tabs share the phone's storage (one count of seqs); a second device
    starts from the seq its page was given. A save that collides with another
    device's (the same seq, another answer) is not taken for saved: the page is
    told, and its next answer counts above what is kept."""
    sitting, (q1, _q2, _q3), (c1, _c2, _c3), session_key = attempt
    layout = harness.servers(
        tmp_path, database_url=pg_url, redis_url=redis.url, workers=2
    )
    url = layout.url
    tab1 = Taker(url, sitting.pk, session_key)
    tab2 = Taker(url, sitting.pk, session_key)
    tab2.seq = tab1.seq  # localStorage: one count for both tabs
    phone2 = Taker(url, sitting.pk, second_device)
    flush = lambda taker: asyncio.to_thread(taker.flush)  # noqa: E731
    try:
        tab1.answer(q1, c1[1])
        await flush(tab1)
        tab2.answer(q1, c1[0])
        await flush(tab2)
        phone2.seq[q1.pk] = 2  # the page it opened now shows seq 2
        phone2.answer(q1, c1[1])
        await flush(phone2)
        tab1.answer(q1, c1[0])  # seq 3 again, another answer
        await flush(tab1)
        collided = tab1.told
        tab1.answer(q1, c1[0])  # given again after the message: above what is kept
        await flush(tab1)
    finally:
        layout.stop()

    seq, response = harness.rows(
        pg_url,
        f"SELECT seq, response FROM {Answer._meta.db_table} "
        "WHERE sitting_id = %s AND question_id = %s",
        sitting.pk, q1.pk,
    )[0]  # fmt: skip
    saved = [s for t in (tab1, tab2, phone2) for s in t.saved]
    last = max(saved, key=lambda s: s["seq"])
    lost = int(seq != last["seq"] or str(c1[0].pk) not in json.dumps(response))
    doubled = len(saved) - len({s["seq"] for s in saved})
    harness.report(
        "F6", saves=len(saved) + len(collided), saved=len(saved),
        told_of_other_device=len(collided), lost=lost, doubled=doubled, stored_seq=seq,
    )  # fmt: skip
    assert [r["seq"] for r in collided] == [3]
    assert (
        "đã được thay đổi ở thẻ khác hoặc trên thiết bị khác" in collided[0]["message"]
    )
    assert sorted(s["seq"] for s in saved) == [1, 2, 3, 4]
    assert (lost, doubled) == (0, 0)


@pytest.fixture
def timed_attempt(transactional_db):
    trainee = UserFactory(full_name="Trần Thị Bình")
    questions = [single_question(title=f"Câu hẹn giờ {n}") for n in range(2)]
    quiz = quiz_with(*questions, time_limit=timedelta(seconds=LIMIT_SECONDS))
    sitting = start_attempt(quiz, user=trainee)
    client = Client()
    client.force_login(trainee)
    picks = [right_choice(q) for q in questions]
    return sitting, questions, picks, client.cookies["sessionid"].value


LIMIT_SECONDS = 6


async def test_time_runs_out_while_offline(tmp_path, pg_url, redis, timed_attempt):
    """F5: the time limit passes while the phone is offline. What the server
    acknowledged before the deadline is kept and graded (the quiz submits itself);
    the answer queued offline comes back with the server's Vietnamese reason,
    and is not stored: the server's deadline is the only clock that counts."""
    sitting, (q1, q2), (r1, r2), session_key = timed_attempt
    layout = harness.servers(
        tmp_path, database_url=pg_url, redis_url=redis.url, workers=1
    )
    # The time limit starts now that the servers are up (they took a while).
    deadline = timezone.now() + timedelta(seconds=LIMIT_SECONDS)
    harness.rows(
        pg_url,
        f"UPDATE {Sitting._meta.db_table} SET deadline = %s WHERE id = %s "
        "RETURNING id",
        deadline, sitting.pk,
    )  # fmt: skip
    proxy = harness.TcpProxy(layout.port)
    await proxy.start()
    taker = Taker(f"http://127.0.0.1:{proxy.port}", sitting.pk, session_key)
    flush = lambda: asyncio.to_thread(taker.flush)  # noqa: E731
    try:
        taker.answer(q1, r1)
        assert await flush()
        await proxy.refuse()
        taker.answer(q2, r2)
        offline = await flush()
        await harness.until(
            lambda: timezone.now() > deadline, timeout=LIMIT_SECONDS + 5
        )
        await proxy.up()
        back = await flush()
    finally:
        await proxy.close()
        layout.stop()

    state, grade = harness.rows(
        pg_url,
        f"SELECT state, grade FROM {Sitting._meta.db_table} WHERE id = %s",
        sitting.pk,
    )[0]
    stored = dict(
        harness.rows(
            pg_url,
            f"SELECT question_id, seq FROM {Answer._meta.db_table} "
            "WHERE sitting_id = %s",
            sitting.pk,
        )
    )
    lost = sum(1 for q, s in taker.acked.items() if stored[q] != s["seq"])
    harness.report(
        "F5", acknowledged=len(taker.acked), told=[r["message"] for r in taker.told],
        state=state, grade=grade, stored_seqs=stored, lost=lost,
    )  # fmt: skip
    assert (offline, back) == (False, True)
    assert [r["question"] for r in taker.told] == [q2.pk]
    assert (
        "Hết giờ" in taker.told[0]["message"] or "đã đóng" in taker.told[0]["message"]
    )
    assert state == "finished"
    assert stored == {q1.pk: 1, q2.pk: 0}
    assert lost == 0
