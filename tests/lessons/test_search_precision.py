"""Precision of lesson search on 20 queries over the demo lessons.

A lesson is expected for a query when its title, summary or text holds the query's
words side by side, as written: a word typed with its accents must appear with
those accents ("hồ" is not "họ"), a word typed without accents stands for any
accented form ("dang" is "Đảng"). Each lesson is named by the start of its title.

Two figures, the mean over the queries:
- precision: the share of the lessons shown that were expected;
- R-precision: the share of the first k lessons shown that were expected, k being
  the number expected (it rewards ranking the exact phrase first).

Measured before this search (the LIKE search over folded word starts, main at
ac29acb): precision 0.49, R-precision 0.76, on SQLite.
"""

import html
import re

import pytest

from lessons.models import LessonPage

pytestmark = pytest.mark.django_db

BEFORE = {"precision": 0.49, "r_precision": 0.76}

QUERIES = [
    ("nghị quyết", ["Bài 3. Những", "Chuyên đề 8."]),
    (
        "hồ chí minh",
        [
            "Bài 1. Khái",
            "Bài 4. Học",
            "Bài 5. Phấn",
            "Chuyên đề 1.",
            "Chuyên đề 2.",
            "Chuyên đề 3.",
            "Chuyên đề 8.",
            "Chuyên đề 10.",
            "Kết luận",
            "Bài 1. Chủ",
        ],
    ),
    ("khởi nghĩa", ["Bài 1. Khái"]),
    ("điều lệ đảng", ["Bài 3. Những", "Bài 5. Phấn"]),
    (
        "dang vien",
        [
            "Bài 1. Khái",
            "Bài 3. Những",
            "Bài 5. Phấn",
            "Chuyên đề 1.",
            "Chuyên đề 3.",
            "Chuyên đề 8.",
            "Chuyên đề 10.",
            "Kết luận",
        ],
    ),
    ("kết luận 66", ["Kết luận"]),
    ("chi bộ", ["Bài 3. Những", "Bài 5. Phấn", "Chuyên đề 8.", "Chuyên đề 10."]),
    ("kinh tế thị trường", ["Bài 11."]),
    ("đại đoàn kết", ["Chuyên đề 3.", "Bài 13."]),
    ("quốc phòng", ["Chuyên đề 6.", "Bài 15."]),
    ("cương lĩnh", ["Bài 1. Khái", "Bài 2. Cương", "Bài 3. Những", "Chuyên đề 8."]),
    ("tự phê bình", ["Bài 3. Những", "Chuyên đề 8."]),
    ("trung tâm chính trị", ["Chuyên đề 10.", "Kết luận"]),
    (
        "dân chủ",
        ["Bài 1. Khái", "Bài 3. Những", "Chuyên đề 3.", "Chuyên đề 8.", "Bài 13."],
    ),
    ("hội nhập quốc tế", ["Chuyên đề 7."]),
    ("cách mạng tháng tám", ["Bài 16."]),
    ("cong nghiep hoa", ["Bài 10."]),
    ("hàng hóa", ["Bài 5. Kinh"]),
    ("đảng viên dự bị", ["Bài 3. Những", "Chuyên đề 10."]),
    ("tư bản", ["Bài 6."]),
]
RESULT_LINK = re.compile(r'<a class="result-title" href="([^"]+)"')


def _lessons_shown(client, query: str) -> list[str]:
    page = client.get("/search/", {"q": query}).content.decode()
    return [html.unescape(url) for url in RESULT_LINK.findall(page)]


def _expected_lessons(starts: list[str], lessons: list[LessonPage]) -> set[str]:
    found = set()
    for start in starts:
        matching = [lesson.url for lesson in lessons if lesson.title.startswith(start)]
        assert len(matching) == 1, start
        found.add(matching[0])
    return found


def measure(client) -> dict:
    lessons = list(LessonPage.objects.live())
    precision = r_precision = 0.0
    for query, starts in QUERIES:
        expected = _expected_lessons(starts, lessons)
        shown = _lessons_shown(client, query)
        precision += len(expected & set(shown)) / len(shown) if shown else 0.0
        r_precision += len(expected & set(shown[: len(expected)])) / len(expected)
    count = len(QUERIES)
    return {"precision": precision / count, "r_precision": r_precision / count}


def test_search_precision_on_the_demo_lessons(client, lesson_demo, django_user_model):
    assert len(QUERIES) == 20
    reader = django_user_model.objects.create_superuser("docgia", password="x")
    client.force_login(reader)

    after = measure(client)

    print(  # noqa: T201 (the figures are the point)
        f"\nsearch precision before {BEFORE['precision']:.2f}, "
        f"after {after['precision']:.2f}; R-precision before "
        f"{BEFORE['r_precision']:.2f}, after {after['r_precision']:.2f}"
    )
    assert after["precision"] >= 0.95
    assert after["r_precision"] >= 0.95
