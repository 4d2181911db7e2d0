"""Continue where I stopped: the block last in view is kept with the progress,
and the programme page, /me/ and the home page bring the trainee back to it."""

import datetime
import json
import uuid

import pytest
from django.utils import timezone

from lessons.models import LessonProgress
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
    return {"id": str(uuid.uuid4()), "lesson": lesson.pk, "percent": 25, **fields}


def _stored(tree, lesson) -> LessonProgress:
    return LessonProgress.objects.get(trainee=tree.trainee, lesson=lesson)


def test_the_position_follows_the_reader_back_and_forth(tree):
    lesson = tree.lessons[0]
    record_reading(tree.trainee, lesson, percent=75, position=4)
    record_reading(tree.trainee, lesson, percent=25, position=2)
    assert _stored(tree, lesson).position == 2
    assert _stored(tree, lesson).furthest_percent == 75


def test_a_report_made_earlier_and_delivered_later_does_not_move_it_back(client, tree):
    lesson = tree.lessons[0]
    now = timezone.now()
    earlier = (now - datetime.timedelta(minutes=10)).isoformat()
    client.force_login(tree.trainee)

    _send(client, [_report(lesson, position=5, at=now.isoformat())])
    answer = _send(client, [_report(lesson, position=1, at=earlier)]).json()

    assert len(answer["accepted"]) == 1
    assert _stored(tree, lesson).position == 5


def test_a_position_out_of_range_is_refused_and_nothing_is_stored(client, tree):
    client.force_login(tree.trainee)
    answer = _send(client, [_report(tree.lessons[0], position=-3)]).json()
    assert answer["rejected"][0]["error"] == "Báo cáo tiến độ không hợp lệ."
    assert not LessonProgress.objects.filter(trainee=tree.trainee).exists()


def test_the_lesson_marks_each_block_and_knows_where_the_trainee_stopped(client, tree):
    record_reading(tree.trainee, tree.lessons[0], percent=50, position=3)
    client.force_login(tree.trainee)
    page = client.get(tree.lessons[0].url).content.decode()
    assert 'data-position="3"' in page
    assert [f'id="doan-{n}"' in page for n in range(1, 6)] == [True] * 5
    third = page.split('id="doan-3">')[1].split('id="doan-4"')[0]
    assert "Thời kỳ dự bị là 12 tháng." in third


def test_a_programme_started_says_hoc_tiep_even_when_the_next_lesson_is_new(
    client, tree
):
    record_reading(tree.trainee, tree.lessons[0], percent=100, finished=True)
    client.force_login(tree.trainee)
    programme = client.get(tree.programme.url).content.decode()
    me = client.get("/me/").content.decode()
    assert f'href="{tree.lessons[1].url}">Học tiếp</a>' in programme
    assert "Bắt đầu bài đầu tiên" not in programme
    assert f'href="{tree.lessons[1].url}">Học tiếp</a>' in me


def test_a_programme_not_started_says_start(client, tree):
    client.force_login(tree.trainee)
    page = client.get(tree.programme.url).content.decode()
    assert f'href="{tree.lessons[0].url}">Bắt đầu bài đầu tiên</a>' in page


def test_the_home_page_brings_the_trainee_back_to_the_block(client, tree):
    record_reading(tree.trainee, tree.lessons[0], percent=100, finished=True)
    record_reading(tree.trainee, tree.lessons[1], percent=50, position=4)
    client.force_login(tree.trainee)
    page = client.get("/").content.decode()
    card = page.split('class="card continue-card"')[1].split("</section>")[0]
    assert tree.programme.title in card
    assert f'href="{tree.lessons[1].url}#doan-4">Bài hai</a>' in card
    assert f'href="{tree.lessons[1].url}#doan-4">Học tiếp</a>' in card
    assert "Đã đọc 50%" in card
    assert "1/3 bài đã học xong (33%)" in card


def test_the_home_page_offers_to_start_when_nothing_is_read(client, tree):
    client.force_login(tree.trainee)
    page = client.get("/").content.decode()
    card = page.split('class="card continue-card"')[1].split("</section>")[0]
    assert f'href="{tree.lessons[0].url}">Bắt đầu học</a>' in card


def test_the_home_page_has_no_card_for_someone_in_no_class(client, tree):
    client.force_login(tree.stranger)
    assert "continue-card" not in client.get("/").content.decode()
