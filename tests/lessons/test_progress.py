import json
import uuid

import pytest

from lessons.models import LessonProgress, ProgressReceipt
from lessons.services import record_reading
from tests.factories.lessons import lesson_tree

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree():
    return lesson_tree()


def _send(client, reports):
    return client.post(
        "/lessons/progress/",
        data=json.dumps({"reports": reports}),
        content_type="application/json",
    )


def _report(lesson, **fields):
    return {"id": str(uuid.uuid4()), "lesson": lesson.pk, "percent": 0, **fields}


def test_progress_only_grows_and_the_first_finish_stays(tree):
    lesson = tree.lessons[0]
    record_reading(tree.trainee, lesson, percent=60)
    first = record_reading(tree.trainee, lesson, percent=100, finished=True).read_at
    progress = record_reading(tree.trainee, lesson, percent=20)
    assert progress.furthest_percent == 100
    assert progress.read_at == first


def test_offline_reports_sync_once_even_when_sent_twice(client, tree):
    client.force_login(tree.trainee)
    reports = [
        _report(tree.lessons[0], percent=50),
        _report(
            tree.lessons[0], percent=100, finished=True, at="2026-11-20T08:30:00+07:00"
        ),
        _report(tree.lessons[1], percent=25),
    ]
    first = _send(client, reports).json()
    again = _send(client, reports).json()
    assert sorted(first["accepted"]) == sorted(r["id"] for r in reports)
    assert again["accepted"] == first["accepted"]
    assert ProgressReceipt.objects.filter(trainee=tree.trainee).count() == 3
    rows = {p.lesson_id: p for p in LessonProgress.objects.filter(trainee=tree.trainee)}
    assert rows[tree.lessons[0].pk].furthest_percent == 100
    assert rows[tree.lessons[0].pk].read_at.isoformat() == "2026-11-20T01:30:00+00:00"
    assert rows[tree.lessons[1].pk].furthest_percent == 25
    assert len(rows) == 2


def test_bad_reports_are_refused_one_by_one_with_a_vietnamese_reason(client, tree):
    client.force_login(tree.trainee)
    good = _report(tree.lessons[0], percent=30)
    answer = _send(
        client,
        [
            good,
            {"id": "khong-phai-uuid", "lesson": tree.lessons[0].pk, "percent": 10},
            _report(tree.lessons[0], percent=250),
            _report(tree.lessons[0], percent="nhieu"),
        ],
    ).json()
    assert answer["accepted"] == [good["id"]]
    assert [r["error"] for r in answer["rejected"]] == [
        "Báo cáo tiến độ không hợp lệ."
    ] * 3
    assert LessonProgress.objects.get(trainee=tree.trainee).furthest_percent == 30


def test_reports_for_a_lesson_not_open_to_the_user_are_refused(client, tree):
    client.force_login(tree.stranger)
    report = _report(tree.lessons[0], percent=100, finished=True)
    answer = _send(client, [report]).json()
    assert answer["rejected"] == [
        {"id": report["id"], "error": "Đồng chí không được mở bài học này."}
    ]
    assert not LessonProgress.objects.exists()


@pytest.mark.parametrize("body", ["không phải json", "{}", '{"reports": 5}', "[]"])
def test_malformed_requests_get_a_clear_400(client, tree, body):
    client.force_login(tree.trainee)
    response = client.post(
        "/lessons/progress/", data=body, content_type="application/json"
    )
    assert response.status_code == 400
    assert response.json() == {"error": "Yêu cầu không hợp lệ."}


def test_logged_out_phone_is_asked_to_log_in_and_nothing_is_lost(client, tree):
    response = _send(client, [_report(tree.lessons[0], percent=10)])
    assert response.status_code == 401
    assert response.json() == {"error": "Hãy đăng nhập lại."}


def test_my_programmes_shows_progress_on_me_page(client, tree):
    record_reading(tree.trainee, tree.lessons[0], percent=100, finished=True)
    client.force_login(tree.trainee)
    page = client.get("/me/").content.decode()
    assert "Chương trình của tôi" in page
    assert tree.programme.title in page
    assert "1/3 bài đã học xong (33%)" in page
    assert "Bài hai" in page  # continue with the next lesson


def test_lesson_page_query_count_is_within_budget(
    client, tree, django_assert_max_num_queries
):
    client.force_login(tree.trainee)
    client.get(tree.lessons[1].url)
    # 11: the header's notices bell counts the unread notices (one indexed query).
    with django_assert_max_num_queries(11):
        response = client.get(tree.lessons[1].url)
    assert response.status_code == 200
