"""Quiz autosave under load: 50 trainees saving answers against one server process.

    .venv/bin/python bench/quiz_submit.py [--trainees 50] [--rounds 4]

Starts one uvicorn process (pinned to CPU 0 with --pin) on a free
loopback port with a temporary SQLite database, or with DATABASE_URL when it is set.
Each trainee answers every question `rounds` times, with a per-question sequence
number, waiting 1-3 s between saves (one save every 2 s on average: far faster than
people answer, about as fast as the debounced typing saves come), and re-sends every
fifth save (a repeat, as a phone does after a lost acknowledgement). The reference,
in the same run, against the same server and at the same time, is GET /healthz (one
Django request with one database query) polled by `--pollers` clients. Afterwards the
database must hold exactly the last answer of every question: zero lost, zero
duplicated. Prints one JSON object per line; exits non-zero when a limit is missed.
"""

import argparse
import http.client
import json
import os
import random
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
P95_LIMIT_MS = 100
QUESTIONS = 10


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_port(port: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise SystemExit(f"port {port} did not open")


def environment(tmp: Path) -> dict:
    env = dict(os.environ)
    env.setdefault("DATABASE_URL", f"sqlite:///{tmp / 'bench.sqlite3'}")
    env.update(
        DJANGO_SETTINGS_MODULE="elearning.settings.dev",
        DJANGO_DEBUG="false",
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
    )
    return env


def prepare(trainees: int) -> list[dict]:
    """Questions, trainees, their open attempts and logged-in sessions."""
    import django

    django.setup()
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    from accounts.models import User
    from quizzes.services import start_attempt

    quiz, questions = make_quiz()
    people = []
    for n in range(trainees):
        user = User.objects.create(
            username=f"tai{secrets.token_hex(4)}{n}", full_name=f"Học viên {n}"
        )
        sitting = start_attempt(quiz, user=user)
        session = SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = "accounts.backends.UsernameOrPhoneBackend"
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        people.append(
            {
                "sitting": sitting.pk,
                "session": session.session_key,
                "questions": questions,
            }
        )
    return people


def make_quiz():
    """A quiz of single-choice questions: (quiz, [(question id, choice ids)])."""
    from decimal import Decimal

    from quizzes.models import Category, Choice, Question, Quiz, QuizQuestion

    category = Category.objects.create(name=f"Đo tải {secrets.token_hex(4)}")
    quiz = Quiz.objects.create(title="Đo tải", slug=f"do-tai-{secrets.token_hex(4)}")
    questions = []
    for n in range(QUESTIONS):
        q = Question.objects.create(
            category=category, qtype="single", title=f"Câu {n}", text="?"
        )
        choices = [
            Choice.objects.create(
                question=q, order=i, text=str(i), fraction=Decimal(i == 0)
            )
            for i in range(4)
        ]
        QuizQuestion.objects.create(quiz=quiz, question=q, order=n)
        questions.append((q.pk, [c.pk for c in choices]))
    return quiz, questions


class Phone:
    """One trainee's HTTP/1.1 keep-alive connection with a session and CSRF cookie."""

    def __init__(self, port: int, session: str):
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        self.csrf = secrets.token_hex(16)
        self.headers = {
            "Cookie": f"sessionid={session}; csrftoken={self.csrf}",
            "X-CSRFToken": self.csrf,
            "Content-Type": "application/json",
            "Host": "127.0.0.1",
        }

    def request(
        self, method: str, path: str, body: bytes | None = None
    ) -> tuple[int, bytes, float]:
        start = time.perf_counter()
        self.connection.request(method, path, body=body, headers=self.headers)
        response = self.connection.getresponse()
        data = response.read()
        return response.status, data, (time.perf_counter() - start) * 1000


def poll_reference(port: int, session: str, stop: threading.Event, out: list) -> None:
    phone, rng = Phone(port, session), random.Random(session)
    while not stop.is_set():
        status, _body, ms = phone.request("GET", "/healthz")
        out.append((status == 200, ms))
        stop.wait(rng.uniform(0.5, 1.5))


def run_saves(port: int, person: dict, rounds: int, out: list, sent: dict) -> None:
    phone, rng = Phone(port, person["session"]), random.Random(person["sitting"])
    path = f"/quizzes/attempt/{person['sitting']}/save/"
    seqs, count = {}, 0
    for round_ in range(rounds):
        for question, choices in person["questions"]:
            time.sleep(rng.uniform(1.0, 3.0))
            seqs[question] = seqs.get(question, 0) + 1
            choice = choices[(round_ + question) % len(choices)]
            item = {
                "question": question,
                "seq": seqs[question],
                "fields": {f"q{question}": str(choice)},
            }
            body = json.dumps({"saves": [item]}).encode()
            repeats = 2 if count % 5 == 4 else 1
            for _ in range(repeats):
                status, data, ms = phone.request("POST", path, body)
                result = json.loads(data)["results"][0] if status == 200 else {}
                out.append(
                    (
                        status == 200
                        and result.get("ok")
                        and result.get("seq") == seqs[question],
                        ms,
                    )
                )
            sent[(person["sitting"], question)] = (seqs[question], choice)
            count += 1


def cpu_ms(pid: int) -> float:
    """User + system CPU time of a process (Linux /proc), in milliseconds."""
    stat = Path(f"/proc/{pid}/stat")
    if not stat.exists():
        return 0.0
    fields = stat.read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def run_threads(worker, people) -> None:
    threads = [threading.Thread(target=worker, args=(p,)) for p in people]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def summary(target: str, samples: list, **extra) -> dict:
    times = sorted(ms for _ok, ms in samples)
    cut = statistics.quantiles(times, n=100)
    return {
        "target": target,
        "requests": len(samples),
        "failed": sum(1 for ok, _ms in samples if not ok),
        "p50_ms": round(cut[49], 2),
        "p95_ms": round(cut[94], 2),
        "p99_ms": round(cut[98], 2),
        "max_ms": round(times[-1], 2),
        **extra,
    }


def verify(sent: dict) -> dict:
    from django.db.models import Count

    from quizzes.models import Answer

    sittings = {s for s, _q in sent}
    rows = Answer.objects.filter(sitting_id__in=sittings)
    duplicated = sum(
        r["n"] - 1
        for r in rows.values("sitting_id", "question_id").annotate(n=Count("pk"))
    )
    stored = {
        (a.sitting_id, a.question_id): (a.seq, (a.response or {}).get("choice"))
        for a in rows
    }
    lost = sum(1 for key, value in sent.items() if stored.get(key) != value)
    return {
        "check": "database",
        "expected_answers": len(sent),
        "stored_answers": rows.count(),
        "lost": lost,
        "duplicated": duplicated,
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--trainees", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--pollers", type=int, default=10)
    parser.add_argument("--pin", action="store_true", help="pin the server to CPU 0")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="quiz-bench-"))
    env = environment(tmp)
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    python = sys.executable
    subprocess.run(
        [python, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True
    )
    people = prepare(args.trainees)
    port = free_port()
    pin = ["taskset", "-c", "0"] if args.pin and shutil.which("taskset") else []
    server = start_server(python, port, pin, env)
    try:
        wait_port(port)
        ref_line, save_line, check = measure(server, port, people, args)
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(tmp, ignore_errors=True)
    for line in (ref_line, save_line, check):
        print(json.dumps(line, ensure_ascii=False))
    ok = save_line["p95_ms"] <= P95_LIMIT_MS and not save_line["failed"]
    return 0 if ok and check["lost"] == 0 and check["duplicated"] == 0 else 1


def start_server(python: str, port: int, pin: list, env: dict) -> subprocess.Popen:
    return subprocess.Popen(
        [
            *pin,
            python,
            "-m",
            "uvicorn",
            "elearning.asgi:application",
            "--port",
            str(port),
            "--no-access-log",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def measure(server, port: int, people: list[dict], args) -> tuple[dict, dict, dict]:
    """Saves by every trainee while the reference is polled, then the DB check."""
    reference, saves, sent, stop = [], [], {}, threading.Event()
    warm = Phone(port, people[0]["session"])
    for _ in range(20):
        warm.request("GET", "/healthz")
    pollers = [
        threading.Thread(
            target=poll_reference, args=(port, p["session"], stop, reference)
        )
        for p in people[: args.pollers]
    ]
    cpu_before = cpu_ms(server.pid)
    for poller in pollers:
        poller.start()
    run_threads(lambda p: run_saves(port, p, args.rounds, saves, sent), people)
    stop.set()
    for poller in pollers:
        poller.join()
    cpu_used = cpu_ms(server.pid) - cpu_before
    ref_line = summary(
        "reference: GET /healthz (same server, same time)",
        reference,
        pollers=args.pollers,
    )
    save_line = summary(
        "quiz save (autosave POST)",
        saves,
        trainees=args.trainees,
        p95_limit_ms=P95_LIMIT_MS,
        server_cpu_ms_per_request=round(
            cpu_used / max(1, len(saves) + len(reference)), 2
        ),
        load_average_1min=round(os.getloadavg()[0], 2),
    )
    ratio = save_line["p95_ms"] / max(ref_line["p95_ms"], 0.01)
    save_line["p95_ratio_to_reference"] = round(ratio, 2)
    return ref_line, save_line, verify(sent)


if __name__ == "__main__":
    sys.exit(main())
