import pytest

from lessons.search import fold_text, query_words, snippet
from tests.factories.lessons import lesson_tree

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree():
    return lesson_tree(titles=("Đảng viên mới", "Lịch sử Đảng", "Kinh tế hàng hóa"))


@pytest.mark.parametrize(
    "query", ["dang vien moi", "Đảng viên mới", "ĐẢNG VIÊN MỚI", "DANG vien Moi"]
)
def test_search_ignores_accents_and_case(client, tree, query):
    client.force_login(tree.trainee)
    page = client.get("/search/", {"q": query}).content.decode()
    assert "<mark>Đảng</mark> <mark>viên</mark> <mark>mới</mark>" in page
    assert "Tìm thấy" in page


def test_search_finds_words_in_the_body_and_highlights_them(client, tree):
    client.force_login(tree.trainee)
    page = client.get("/search/", {"q": "guong mau"}).content.decode()
    assert "Tìm thấy 3 bài học." in page
    assert "<mark>gương</mark> <mark>mẫu</mark>" in page


def test_search_matches_word_starts_not_inside_words(client, tree):
    client.force_login(tree.trainee)
    page = client.get("/search/", {"q": "ang"}).content.decode()
    assert "Không tìm thấy bài học nào với “ang”" in page


def test_search_without_results_says_so(client, tree):
    client.force_login(tree.trainee)
    page = client.get("/search/", {"q": "khong co tu nay"}).content.decode()
    assert "Không tìm thấy bài học nào với “khong co tu nay”" in page
    assert "có dấu hay không dấu" in page


def test_search_hides_programmes_the_user_may_not_read(client, tree):
    client.force_login(tree.stranger)
    page = client.get("/search/", {"q": "dang vien moi"}).content.decode()
    assert "Không tìm thấy bài học nào" in page


def test_search_form_is_empty_without_a_query(client, tree):
    page = client.get("/search/").content.decode()
    assert 'name="q"' in page
    assert "Không tìm thấy" not in page


def test_search_with_only_punctuation_is_harmless(client, tree):
    client.force_login(tree.trainee)
    response = client.get("/search/", {"q": "%_'\"<script>"})
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("<main", 1)[1]


def test_fold_keeps_offsets_and_d():
    assert fold_text("Đảng Viên") == "dang vien"
    assert query_words("Đảng  đảng, VIÊN!") == ["dang", "vien"]


def test_snippet_marks_original_words():
    parts = snippet("Chi bộ họp Đảng viên mới.", ["dang", "vien"])
    assert [p.text for p in parts if p.hit] == ["Đảng", "viên"]


def test_search_hides_lessons_behind_a_password_until_it_is_given(client, tree):
    from wagtail.models import PageViewRestriction

    lesson = tree.lessons[0]
    PageViewRestriction.objects.create(
        page=lesson, restriction_type=PageViewRestriction.PASSWORD, password="bimat"
    )
    client.force_login(tree.trainee)

    hidden = client.get("/search/", {"q": "dang vien moi"}).content.decode()
    form = client.get(lesson.url).content.decode()
    action = form.split('action="')[1].split('"')[0]
    client.post(action, {"password": "bimat", "return_url": lesson.url})
    shown = client.get("/search/", {"q": "dang vien moi"}).content.decode()

    assert f'href="{lesson.url}"' not in hidden
    assert f'href="{lesson.url}"' in shown
