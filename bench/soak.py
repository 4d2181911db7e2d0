"""Soak: a class's worth of load for N minutes against the production layout.

    .venv/bin/python bench/soak.py [--minutes 10] [--phones 200] [--takers 50]
                                   [--readers 20]

The layout of deploy/serve_local.py (nginx in front of 2 uvicorn workers), on a
private database of the machine's PostgreSQL (`elearning_soak`, dropped and made
again; PG_URL names the server, postgres://postgres@127.0.0.1:5432 by default) and
a private redis-server on a free port. Everything listens on 127.0.0.1 only and is
ended by its pid.

The load, for `--minutes`:
- 200 live phones (tests/faults/phones.py: every action kept until acknowledged,
  resent after a reconnect), one action each about every 15 s: a question (20 %),
  an upvote of a question seen (40 %), a vote on the open poll (40 %); the lecturer
  opens a new poll every 60 s and a live quiz question every 45 s (20 s to answer),
  which each phone answers once;
- 50 quiz takers saving answers (the autosave's {question, seq, fields}) every 2–6 s;
- 20 readers opening lesson pages every 1–3 s.

Afterwards every acknowledged action is looked for in the database (lost: not
there, or not what was acknowledged). Prints JSON lines: one per action (count,
errors, p95 and p50 in ms), one per server process (RSS at the start of the load
and at its end, the growth and the bound), then the summary (errors, lost, ok).
Exits non-zero when anything is lost, an action failed, or a process grew more than
RSS_GROWTH_BOUND_MB.
"""

import argparse
import asyncio
import json
import os
import random
import secrets
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from phones import quantile, rss_kb  # noqa: E402
from quiz_submit import Phone as HttpClient  # noqa: E402

from deploy.serve_local import Layout, free_port, wait_port  # noqa: E402

PG_URL = os.environ.get("PG_URL", "postgres://postgres@127.0.0.1:5432")
DATABASE = "elearning_soak"
# A worker may grow this much over the run (sockets' buffers, caches filling up,
# the allocator's arenas): more is a leak to look for.
RSS_GROWTH_BOUND_MB = 60
LECTURER = "lecturer.control"  # opening and closing polls and quiz questions
ACK_TIMEOUT = 30  # a live action not acknowledged within this counts as an error
# Refusals the protocol gives a correct client in a race (the quiz closed while
# the answer travelled): not errors, not acknowledged, so never counted as lost.
RACES = {"closed", "already_answered", "not_found"}


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


# -- the servers -------------------------------------------------------------


TEMPLATE_SEED = (
    "from demo import centres, lessons\n"
    "from lessons.models import LessonPage\n"
    "if not LessonPage.objects.exists():\n"
    "    centres.seed(); lessons.seed()\n"
)


def fresh_database(env: dict, name: str = DATABASE) -> str:
    """`name` made again as a copy of `elearning_soak_template`: migrated and given
    the demo's centres and lessons once (kept between runs; migrated again each
    run, quick when nothing changed). bench/live_scale.py uses it too."""
    import psycopg

    template = f"{DATABASE}_template"
    with psycopg.connect(f"{PG_URL}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        found = conn.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", (template,)
        ).fetchone()
        if not found:
            conn.execute(f'CREATE DATABASE "{template}"')
    prepare = {**os.environ, **env, "DATABASE_URL": f"{PG_URL}/{template}"}
    for command in (["migrate", "-v0"], ["shell", "-c", TEMPLATE_SEED]):
        subprocess.run(
            [sys.executable, "manage.py", *command],
            cwd=ROOT,
            env=prepare,
            check=True,
            timeout=900,
        )
    with psycopg.connect(f"{PG_URL}/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return f"{PG_URL}/{name}"


def environment(database_url: str, redis_url: str, media: Path) -> dict:
    return {
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "DJANGO_SETTINGS_MODULE": "elearning.settings.dev",
        "DJANGO_DEBUG": "false",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_LOG_LEVEL": "WARNING",
        "MEDIA_ROOT": str(media),
        # The phones of a hall share one address (here all of them).
        "LIVE_JOINS_PER_ADDRESS": "100000",
        "PYTHONPATH": str(ROOT),
    }


def start_redis(folder: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    process = subprocess.Popen(
        [
            "redis-server",
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(folder),
            "--maxmemory",
            "256mb",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_port(port, process)
    return process, f"redis://127.0.0.1:{port}/0"


# -- what the run starts with ------------------------------------------------


def login(user) -> str:
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "accounts.backends.UsernameOrPhoneBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    return session.session_key


def seed(args) -> dict:
    import uuid

    from django.core.management import call_command
    from quiz_submit import make_quiz

    from accounts.models import User
    from lessons.models import LessonPage, ProgrammePage
    from live.models import Participant
    from live.services import create_session
    from live.services.polls import create_poll
    from live.services.quiz import add_quiz_item
    from quizzes.services import start_attempt

    call_command("collectstatic", interactive=False, verbosity=0)
    # Readers need no enrolment here: every programme open to those logged in.
    ProgrammePage.objects.update(enrolled_only=False)
    pages = [p.url for p in LessonPage.objects.live()][:40]
    lecturer = User.objects.create_user(
        "soak", full_name="Giảng Viên Đo Tải", is_superuser=True
    )
    live = create_session(lecturer, title="Đo tải dài", qa_moderated=False)
    people = Participant.objects.bulk_create(
        Participant(session=live, display_name=f"Đại biểu {n}", token=uuid.uuid4())
        for n in range(args.phones)
    )
    polls, items = [], []
    for n in range(args.minutes + 2):
        polls.append(
            create_poll(
                live,
                kind="single",
                prompt=f"Ý kiến {n}",
                options=["Đồng ý", "Chưa đồng ý", "Cần bàn thêm"],
            ).pk
        )
    for n in range(args.minutes * 60 // 45 + 2):
        items.append(
            add_quiz_item(
                live,
                prompt=f"Câu hỏi nhanh {n}",
                options=["A", "B", "C"],
                correct=[n % 3],
                seconds=20,
            ).pk
        )
    quiz, questions = make_quiz()
    takers = []
    for n in range(args.takers):
        user = User.objects.create(
            username=f"soak{secrets.token_hex(3)}{n}", full_name=f"Học viên {n}"
        )
        sitting = start_attempt(quiz, user=user)
        takers.append({"sitting": sitting.pk, "session": login(user)})
    readers = [
        login(User.objects.create(username=f"doc{n}", full_name=f"Người đọc {n}"))
        for n in range(args.readers)
    ]
    return {
        "code": live.code,
        "tokens": [str(p.token) for p in people],
        "host": login(lecturer),
        "polls": polls,
        "items": items,
        "questions": questions,
        "takers": takers,
        "readers": readers,
        "pages": pages,
    }


# -- the load ------------------------------------------------------------------


class Timings:
    def __init__(self):
        self.lock = threading.Lock()
        self.ms: dict[str, list[float]] = {}
        self.errors: dict[str, list] = {}

    def add(self, kind: str, ms: float | None, error=None) -> None:
        with self.lock:
            if error is None:
                self.ms.setdefault(kind, []).append(ms)
            else:
                self.errors.setdefault(kind, []).append(error)


def soak_phone_class():
    from tests.faults.phones import Phone

    class SoakPhone(Phone):
        """A phone that remembers the questions it saw and the open poll and quiz."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.questions: list[int] = []
            self.poll = self.item = None
            self.answered: set[int] = set()
            self.votes: dict[int, list] = {}  # poll -> the last choice acknowledged

        def _handle(self, message):
            super()._handle(message)
            kind = message.get("type")
            if kind == "snapshot":
                me = message.get("me") or {}
                self.participant = me.get("participant") or self.participant
            elif kind == "question":
                self.questions.append(message["question"]["id"])
                del self.questions[:-50]
            elif kind == "poll":
                poll = message["poll"]
                self.poll = poll["id"] if poll["state"] == "open" else None
            elif kind == "quiz":
                item = message["item"]
                self.item = item["id"] if item["state"] == "open" else None

    return SoakPhone


async def timed_act(phone, timings, kind, data, client_id, label=None):
    """`kind` sent; counted under `label` (the lecturer's controls together)."""
    started = time.perf_counter()
    try:
        reply = await phone.act(kind, data, client_id, timeout=ACK_TIMEOUT)
    except TimeoutError:
        timings.add(label or kind, None, "timeout")
        return None
    if reply["type"] == "ack":
        timings.add(label or kind, (time.perf_counter() - started) * 1000)
        return reply
    if reply.get("code") not in RACES:
        timings.add(label or kind, None, reply.get("code"))
    return None


async def phone_loop(phone, timings, stop, rng):
    n = 0
    while not stop.is_set():
        await asyncio.sleep(rng.uniform(0.5, 2.0))
        if phone.item is not None and phone.item not in phone.answered:
            item = phone.item
            phone.answered.add(item)
            n += 1
            data = {"item": item, "choices": [rng.randrange(3)]}
            await timed_act(phone, timings, "quiz.answer", data, f"a{n}")
            continue
        if rng.random() > 0.1:  # about one action every 15 s
            continue
        n += 1
        roll = rng.random()
        if roll < 0.2 or not phone.questions:
            text = f"{phone.label} hỏi lần {n}"
            await timed_act(phone, timings, "question.ask", {"text": text}, f"q{n}")
        elif roll < 0.6 or phone.poll is None:
            data = {"question": rng.choice(phone.questions)}
            await timed_act(phone, timings, "question.upvote", data, f"u{n}")
        else:
            poll, choice = phone.poll, [rng.randrange(3)]
            reply = await timed_act(
                phone,
                timings,
                "poll.respond",
                {"poll": poll, "choices": choice},
                f"v{n}",
            )
            if reply is not None:
                phone.votes[poll] = choice


async def lecturer_loop(host, world, timings, stop):
    polls, items = list(world["polls"]), list(world["items"])
    started, n = time.monotonic(), 0
    next_poll = next_item = started
    poll = None
    while not stop.is_set():
        now = time.monotonic()
        if now >= next_poll and polls:
            n += 1
            if poll is not None:
                data = {"poll": poll, "action": "close"}
                await timed_act(host, timings, "poll.control", data, f"c{n}", LECTURER)
            poll = polls.pop(0)
            data = {"poll": poll, "action": "open"}
            await timed_act(host, timings, "poll.control", data, f"o{n}", LECTURER)
            next_poll = now + 60
        if now >= next_item and items:
            n += 1
            data = {"item": items.pop(0), "action": "open"}
            await timed_act(host, timings, "quiz.control", data, f"i{n}", LECTURER)
            next_item = now + 45
        await asyncio.sleep(0.5)


def taker_loop(url_port, person, questions, timings, stop, acked):
    client, rng = (
        HttpClient(url_port, person["session"]),
        random.Random(person["sitting"]),
    )
    path = f"/quizzes/attempt/{person['sitting']}/save/"
    seqs = {}
    while not stop.wait(rng.uniform(2.0, 6.0)):
        question, choices = rng.choice(questions)
        seqs[question] = seqs.get(question, 0) + 1
        choice = rng.choice(choices)
        item = {
            "question": question,
            "seq": seqs[question],
            "fields": {f"q{question}": str(choice)},
        }
        try:
            status, data, ms = client.request(
                "POST", path, json.dumps({"saves": [item]}).encode()
            )
        except OSError as error:
            timings.add("quiz.save", None, type(error).__name__)
            client = HttpClient(url_port, person["session"])
            continue
        result = json.loads(data)["results"][0] if status == 200 else {}
        if result.get("ok") and result.get("seq") == seqs[question]:
            timings.add("quiz.save", ms)
            acked[(person["sitting"], question)] = (seqs[question], choice)
        else:
            timings.add("quiz.save", None, status)


def reader_loop(port, session, pages, timings, stop, seed):
    client, rng = HttpClient(port, session), random.Random(seed)
    client.headers.pop("Content-Type")
    while not stop.wait(rng.uniform(1.0, 3.0)):
        try:
            status, _body, ms = client.request("GET", rng.choice(pages))
        except OSError as error:
            timings.add("lesson.page", None, type(error).__name__)
            client = HttpClient(port, session)
            continue
        if status == 200:
            timings.add("lesson.page", ms)
        else:
            timings.add("lesson.page", None, status)


async def load(layout, world, args):
    SoakPhone = soak_phone_class()
    timings, stop_event, stop = Timings(), asyncio.Event(), threading.Event()
    base = f"ws://127.0.0.1:{layout.port}"
    host = SoakPhone(
        base, world["code"], cookie=f"sessionid={world['host']}", label="host"
    )
    await host.start()
    phones = []
    for n, token in enumerate(world["tokens"]):
        phone = SoakPhone(base, world["code"], label=f"p{n}")
        phone.token = token
        phones.append(phone)
    gate = asyncio.Semaphore(20)

    async def start(phone):
        async with gate:
            await phone.start()

    await asyncio.gather(*(start(p) for p in phones))
    rss_start = {name: rss_kb(pid) for name, pid in processes(layout)}
    log(f"{len(phones)} phones connected; load for {args.minutes} min")
    acked_saves: dict = {}
    threads = [
        threading.Thread(
            target=taker_loop,
            args=(layout.port, person, world["questions"], timings, stop, acked_saves),
        )
        for person in world["takers"]
    ] + [
        threading.Thread(
            target=reader_loop,
            args=(layout.port, session, world["pages"], timings, stop, n),
        )
        for n, session in enumerate(world["readers"])
    ]
    connections: list[int] = []
    threads.append(threading.Thread(target=count_connections, args=(connections, stop)))
    for thread in threads:
        thread.start()
    rng = random.Random(7)
    tasks = [
        asyncio.create_task(
            phone_loop(p, timings, stop_event, random.Random(rng.random()))
        )
        for p in phones
    ]
    tasks.append(asyncio.create_task(lecturer_loop(host, world, timings, stop_event)))
    await asyncio.sleep(args.minutes * 60)
    stop_event.set()
    stop.set()
    await asyncio.wait_for(asyncio.gather(*tasks), ACK_TIMEOUT + 10)
    for thread in threads:
        thread.join(60)
    rss_end = {name: rss_kb(pid) for name, pid in processes(layout)}
    for phone in [host, *phones]:
        await phone.close()
    timings.connections = max(connections, default=0)
    return timings, phones, acked_saves, rss_start, rss_end


def count_connections(out: list, stop: threading.Event) -> None:
    """The soak database's PostgreSQL connections, every 2 s."""
    import psycopg

    with psycopg.connect(f"{PG_URL}/postgres", autocommit=True) as conn:
        while not stop.wait(2):
            row = conn.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = %s", (DATABASE,)
            ).fetchone()
            out.append(row[0])


def processes(layout) -> list[tuple[str, int]]:
    named = [(f"uvicorn-{n}", p.pid) for n, p in enumerate(layout.workers)]
    return [*named, ("nginx", layout.nginx.pid)]


# -- what the database holds -------------------------------------------------


def lost_counts(phones, acked_saves) -> dict:
    from live.models import PollResponse, Question, QuestionVote, QuizAnswer
    from quizzes.models import Answer

    asked = {
        m["result"]["question"]["text"]
        for p in phones
        for m in p.acked.values()
        if isinstance(m.get("result", {}).get("question"), dict)
    }
    texts = set(Question.objects.values_list("text", flat=True))
    votes = {
        (m["result"]["question"], p.participant)
        for p in phones
        for m in p.acked.values()
        if m.get("result", {}).get("up") is True
    }
    stored_votes = set(
        QuestionVote.objects.values_list("question_id", "participant_id")
    )
    polls = {
        (poll, p.participant): choice
        for p in phones
        for poll, choice in p.votes.items()
    }
    stored_polls = {
        (r.poll_id, r.participant_id): r.choices for r in PollResponse.objects.all()
    }
    answers = {
        (m["result"]["item"], p.participant)
        for p in phones
        for m in p.acked.values()
        if "item" in m.get("result", {})
    }
    stored_answers = set(QuizAnswer.objects.values_list("item_id", "participant_id"))
    saves = {
        (a.sitting_id, a.question_id): (a.seq, json.dumps(a.response))
        for a in Answer.objects.filter(sitting_id__in={s for s, _q in acked_saves})
    }
    return {
        "question.ask": len(asked - texts),
        "question.upvote": len(votes - stored_votes),
        "poll.respond": sum(1 for k, c in polls.items() if stored_polls.get(k) != c),
        "quiz.answer": len(answers - stored_answers),
        "quiz.save": sum(
            1
            for k, (seq, choice) in acked_saves.items()
            if k not in saves or saves[k][0] != seq or str(choice) not in saves[k][1]
        ),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=int, default=10)
    parser.add_argument("--phones", type=int, default=200)
    parser.add_argument("--takers", type=int, default=50)
    parser.add_argument("--readers", type=int, default=20)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="elearning-soak-"))
    redis, redis_url = start_redis(folder)
    layout = None
    try:
        env = environment(f"{PG_URL}/{DATABASE}", redis_url, folder / "media")
        started = time.monotonic()
        fresh_database(env)
        os.environ.update(env)
        import django

        django.setup()
        world = seed(args)
        log(f"database ready in {time.monotonic() - started:.0f} s")
        (folder / "layout").mkdir()
        layout = Layout(
            workers=2,
            folder=folder / "layout",
            media_root=folder / "media",
            env=env,
            connections=2048,
            log=(folder / "servers.log").open("ab"),
        )
        layout.start()  # stopped below even when this fails halfway
        timings, phones, acked_saves, rss_start, rss_end = asyncio.run(
            load(layout, world, args)
        )
        lost = lost_counts(phones, acked_saves)
    finally:
        if layout is not None:
            layout.stop()
        redis.terminate()
        redis.wait()
    errors = 0
    for kind in sorted(set(timings.ms) | set(timings.errors) | set(lost)):
        ms, failed = timings.ms.get(kind, []), timings.errors.get(kind, [])
        errors += len(failed)
        row = {
            "action": kind,
            "count": len(ms),
            "errors": len(failed),
            "error_kinds": sorted({str(e) for e in failed})[:5],
            "lost": lost.get(kind, 0),
            "p50_ms": quantile(ms, 0.5),
            "p95_ms": quantile(ms, 0.95),
        }
        print(json.dumps(row, ensure_ascii=False), flush=True)
    grown = []
    for name in rss_start:
        growth = (rss_end[name] - rss_start[name]) / 1024
        within = growth <= RSS_GROWTH_BOUND_MB
        grown += [] if within else [name]
        print(
            json.dumps(
                {
                    "process": name,
                    "rss_start_mb": round(rss_start[name] / 1024, 1),
                    "rss_end_mb": round(rss_end[name] / 1024, 1),
                    "growth_mb": round(growth, 1),
                    "bound_mb": RSS_GROWTH_BOUND_MB,
                    "within": within,
                }
            ),
            flush=True,
        )
    ok = errors == 0 and sum(lost.values()) == 0 and not grown
    print(
        json.dumps(
            {
                "summary": "soak",
                "minutes": args.minutes,
                "phones": args.phones,
                "takers": args.takers,
                "readers": args.readers,
                "workers": 2,
                "db_connections_max": timings.connections,
                "errors": errors,
                "lost": sum(lost.values()),
                "ok": ok,
            }
        ),
        flush=True,
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
