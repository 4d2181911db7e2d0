import pytest

from lessons.models import LessonProgress
from lessons.services import record_reading
from tests.factories.lessons import lesson_tree

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree():
    return lesson_tree()


def test_enrolled_trainee_reads_a_lesson_with_its_blocks(client, tree):
    client.force_login(tree.trainee)
    page = client.get(tree.lessons[0].url).content.decode()
    assert "<h1>Bài một</h1>" in page
    assert "Bài 1/3" in page
    assert "Đảng viên mới và nhiệm vụ" in page
    assert "Thời kỳ dự bị là 12 tháng." in page
    assert "Bạn sẽ làm gì?" in page
    assert "Ghi chú riêng cho giảng viên." not in page
    assert 'rel="next"' in page
    assert 'rel="prev"' not in page


def test_not_enrolled_trainee_gets_a_clear_page(client, tree):
    client.force_login(tree.stranger)
    response = client.get(tree.lessons[0].url)
    assert response.status_code == 403
    page = response.content.decode()
    assert "Đồng chí chưa được ghi danh vào chương trình này" in page
    assert "Thời kỳ dự bị là 12 tháng." not in page


def test_visitor_is_sent_to_log_in(client, tree):
    response = client.get(tree.programme.url)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")


def test_programme_page_shows_progress_and_where_to_continue(client, tree):
    record_reading(tree.trainee, tree.lessons[0], percent=100, finished=True)
    record_reading(tree.trainee, tree.lessons[1], percent=50)
    client.force_login(tree.trainee)
    page = client.get(tree.programme.url).content.decode()
    assert "1/3 bài đã học xong (33%)" in page
    assert 'value="33"' in page
    assert "Học tiếp</a>" in page
    assert "Đã đọc 50%" in page


def test_mark_read_without_javascript(client, tree):
    client.force_login(tree.trainee)
    response = client.post(f"/lessons/{tree.lessons[2].pk}/done/")
    assert response.status_code == 302
    progress = LessonProgress.objects.get(trainee=tree.trainee, lesson=tree.lessons[2])
    assert progress.is_read
    assert progress.furthest_percent == 100
