"""Lesson pages against their budget: bytes, queries, speed against a static copy.

    .venv/bin/python bench/pages.py [--requests 300]

Builds a temporary SQLite database (or uses DATABASE_URL) with the demo programmes
and one lesson of about 2,000 words with one image, then, in one process, calls the
Django application (full middleware, session, database) for each page as the demo
trainee, and WhiteNoise serving a static copy of the same HTML. Prints one JSON
object per page: compressed bytes by type, bytes before the text is readable (HTML
and CSS; scripts are deferred, images lazy), SQL queries, requests/s and p95 latency
of the page and of the static copy, and their ratio. Exits non-zero over budget.
"""

import argparse
import gzip
import io
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUDGET = {"html": 14_000, "css": 15_000, "js": 30_000, "before_readable": 100_000}
MAX_QUERIES = 10


def setup_django(tmp: Path) -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{tmp / 'bench.sqlite3'}")
    os.environ["DJANGO_SETTINGS_MODULE"] = "elearning.settings.dev"
    os.environ["DJANGO_DEBUG"] = "false"
    os.environ["MEDIA_ROOT"] = str(tmp / "media")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    from demo import centres as training_demo
    from demo import lessons as lessons_demo

    training_demo.seed()
    lessons_demo.seed()


def long_lesson():
    """A lesson of about 2,000 words and one image, in the trainee's programme."""
    from django.core.files.images import ImageFile
    from PIL import Image as PILImage
    from wagtail.images.models import Image

    from demo.lesson_text import read_lesson
    from lessons.models import LessonPage, ModulePage

    buffer = io.BytesIO()
    PILImage.effect_mandelbrot((1600, 1000), (-2, -1.2, 1, 1.2), 60).convert(
        "RGB"
    ).save(buffer, "JPEG", quality=85)
    image = Image(title="Ảnh minh họa", file=ImageFile(buffer, name="minh-hoa.jpg"))
    image.save()
    body = []
    for name in ("dai-doan-ket", "nguyen-tac-to-chuc-dang", "ren-luyen-dang-vien"):
        body += read_lesson(name)["body"]
    body.insert(
        3,
        {
            "type": "image",
            "value": {
                "image": {
                    "image": image.pk,
                    "decorative": False,
                    "alt_text": "Ảnh minh họa",
                },
                "caption": "",
            },
        },
    )
    module = ModulePage.objects.get(title__startswith="Phần 3. Xây dựng Đảng")
    lesson = module.add_child(
        instance=LessonPage(
            title="Bài đo: một bài dài có ảnh", summary="Bài để đo.", body=body
        )
    )
    lesson.save_revision().publish()
    return LessonPage.objects.get(pk=lesson.pk)


def gz(data: bytes) -> int:
    return len(gzip.compress(data, 9))


def static_bytes(paths: list[str]) -> int:
    from django.contrib.staticfiles import finders

    return sum(gz(Path(finders.find(path)).read_bytes()) for path in paths)


def timed(call, count: int) -> tuple[float, float]:
    durations = []
    for _ in range(count):
        start = time.perf_counter()
        call()
        durations.append(time.perf_counter() - start)
    p95 = statistics.quantiles(durations, n=20)[18] * 1000
    return count / sum(durations), p95


def fetch_page(client, url: str) -> tuple[bytes, int, int]:
    """The page's HTML, its gzipped size and its SQL queries (after a warm-up)."""
    from django.db import connection

    client.get(url)
    queries = []
    with connection.execute_wrapper(
        lambda run, sql, *rest: queries.append(sql) or run(sql, *rest)
    ):
        response = client.get(url, HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 200, (url, response.status_code)
    html = (
        gzip.decompress(response.content)
        if response.get("Content-Encoding") == "gzip"
        else response.content
    )
    return html, len(response.content), len(queries)


def static_copy(html: bytes, tmp: Path):
    """A call that has WhiteNoise serve `html` as a static file, as a request would."""
    from whitenoise import WhiteNoise

    copy = tmp / "copy"
    copy.mkdir(exist_ok=True)
    (copy / "index.html").write_bytes(html)
    static_app = WhiteNoise(lambda env, start: [], root=str(copy), index_file=True)

    def static_call():
        environ = {
            "REQUEST_METHOD": "GET",
            "PATH_INFO": "/",
            "QUERY_STRING": "",
            "SERVER_NAME": "localhost",
            "SERVER_PORT": "80",
            "HTTP_ACCEPT_ENCODING": "gzip",
            "wsgi.url_scheme": "http",
        }
        b"".join(static_app(environ, lambda *a: None))

    return static_call


def measure(client, url: str, count: int, tmp: Path) -> dict:
    html, html_gz, queries = fetch_page(client, url)
    static_call = static_copy(html, tmp)
    page_rps, page_p95 = timed(lambda: client.get(url), count)
    static_rps, static_p95 = timed(static_call, count)
    css = static_bytes(["css/site.css", "lessons/lessons.css"])
    js = static_bytes(["vendor/htmx.min.js", "js/site.js", "js/lesson.js"])
    return {
        "page": url,
        "html_bytes": html_gz,
        "css_bytes": css,
        "js_bytes": js,
        "before_readable_bytes": html_gz + css,
        "sql_queries": queries,
        "requests_per_s": round(page_rps, 1),
        "p95_ms": round(page_p95, 2),
        "reference": "static copy of the same HTML (WhiteNoise, same process)",
        "reference_requests_per_s": round(static_rps, 1),
        "reference_p95_ms": round(static_p95, 2),
        "ratio_requests_per_s": round(page_rps / static_rps, 3),
    }


def over_budget(row: dict) -> list[str]:
    checks = {
        "html": row["html_bytes"],
        "css": row["css_bytes"],
        "js": row["js_bytes"],
        "before_readable": row["before_readable_bytes"],
    }
    problems = [f"{k} {v} > {BUDGET[k]}" for k, v in checks.items() if v > BUDGET[k]]
    if row["sql_queries"] > MAX_QUERIES:
        problems.append(f"queries {row['sql_queries']} > {MAX_QUERIES}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        setup_django(tmp)
        from django.test import Client

        from accounts.models import User
        from lessons.models import ProgrammePage

        lesson = long_lesson()
        client = Client(HTTP_HOST="localhost")
        client.force_login(User.objects.get(username="hocvien"))
        programme = ProgrammePage.objects.get(title__startswith="Lý luận chính trị")
        failed = False
        for url in [lesson.url, programme.url, "/search/?q=dang+vien+moi", "/me/"]:
            row = measure(client, url, args.requests, tmp)
            row["words"] = lesson.word_count if url == lesson.url else None
            row["over_budget"] = over_budget(row) if url == lesson.url else []
            failed |= bool(row["over_budget"])
            print(json.dumps(row, ensure_ascii=False), flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
