import re

import pytest
from django.db import connection
from wagtail.rich_text import RichText

from lessons.models import LessonPage
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
    assert "<mark>Đảng viên mới</mark>" in page
    assert "Tìm thấy" in page


def test_search_finds_words_in_the_body_and_highlights_them(client, tree):
    client.force_login(tree.trainee)
    page = client.get("/search/", {"q": "guong mau"}).content.decode()
    assert "Tìm thấy 3 bài học." in page
    assert "<mark>gương mẫu</mark>" in page


def test_search_matches_word_starts_not_inside_words(client, tree):
    client.force_login(tree.trainee)
    page = client.get("/search/", {"q": "ang"}).content.decode()
    assert "Không tìm thấy bài học nào với “ang”" in page


def test_search_without_results_says_so(client, tree):
    client.force_login(tree.trainee)
    page = client.get("/search/", {"q": "khong co tu nay"}).content.decode()
    assert "Không tìm thấy bài học nào với “khong co tu nay”" in page
    assert "gõ không dấu để tìm mọi cách viết" in page


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


def _lesson_with(tree, title, text):
    from tests.factories.lessons import publish

    body = [{"type": "text", "value": f"<p>{text}</p>"}]
    return publish(tree.module, LessonPage(title=title, summary="", body=body))


def _marks(page: str) -> list[str]:
    return re.findall(r"<mark>(.*?)</mark>", page.split("<main", 1)[1])


def test_search_matches_whole_words_not_folded_parts_of_words(client, tree):
    _lesson_with(tree, "Cách mạng", "Cuộc khởi nghĩa giành chính quyền năm 1945.")
    resolution = _lesson_with(tree, "Học tập", "Học tập nghị quyết của Đảng.")
    client.force_login(tree.trainee)

    page = client.get("/search/", {"q": "nghị quyết"}).content.decode()

    assert _links(page) == [resolution.url]
    assert _marks(page) == ["nghị quyết"]


def test_search_with_accents_does_not_mark_other_accented_forms(client, tree):
    lesson = _lesson_with(
        tree, "Tư tưởng Hồ Chí Minh", "Họ học theo tư tưởng Hồ Chí Minh mỗi ngày."
    )
    client.force_login(tree.trainee)

    page = client.get("/search/", {"q": "hồ chí minh"}).content.decode()

    assert _links(page) == [lesson.url]
    assert _marks(page) == ["Hồ Chí Minh", "Hồ Chí Minh"]
    assert "<mark>Họ</mark>" not in page


def test_search_ranks_the_exact_phrase_first_and_shows_the_whole_title(client, tree):
    long_title = (
        "Chuyên đề 10. Phấn đấu, rèn luyện để xứng đáng là đảng viên Đảng Cộng sản"
    )
    apart = _lesson_with(tree, "Kỷ luật", "Đảng viên giữ kỷ luật; chi bộ mới họp.")
    phrase = _lesson_with(tree, long_title, "Mỗi đảng viên mới phải rèn luyện.")
    client.force_login(tree.trainee)

    page = client.get("/search/", {"q": "rèn luyện"}).content.decode()
    words = client.get("/search/", {"q": "kỷ luật họp"}).content.decode()

    assert _links(page) == [phrase.url]
    assert "Chuyên đề 10. Phấn đấu, <mark>rèn luyện</mark> để xứng đáng là " in page
    assert _links(words) == [apart.url]
    assert "có đủ các từ nhưng không liền nhau" in words


def test_search_without_exact_accents_falls_back_to_folded_words(client, tree):
    lesson = _lesson_with(tree, "Kinh tế", "Phát triển kinh tế hàng hóa ở nông thôn.")
    client.force_login(tree.trainee)

    page = client.get("/search/", {"q": "hàng hoà nông thôn"}).content.decode()

    assert _links(page) == [lesson.url]
    assert "Không bài nào khớp đúng dấu đã gõ" in page


def test_search_snippet_is_around_the_match(client, tree):
    filler = " ".join(["Nội dung mở đầu của bài học."] * 30)
    _lesson_with(tree, "Bài dài", f"{filler} Chi bộ họp thường kỳ mỗi tháng.")
    client.force_login(tree.trainee)

    page = client.get("/search/", {"q": "họp thường kỳ"}).content.decode()

    snippet = page.split('class="result-snippet">')[1].split("</p>")[0]
    assert snippet.startswith("…")
    assert "Chi bộ <mark>họp thường kỳ</mark> mỗi tháng." in snippet


def test_search_survives_a_300_character_query(client, tree):
    query = ("đảng viên " * 40)[:300]
    client.force_login(tree.trainee)

    page = client.get("/search/", {"q": query + "x" * 50}).content.decode()

    assert "Chỉ tìm theo 32 từ đầu tiên." in page
    assert 'maxlength="300"' in page
    assert "x" * 10 not in page


def test_search_index_follows_publishing_and_unpublishing(client, tree):
    lesson = _lesson_with(tree, "Bài mới", "Nội dung về hợp tác xã kiểu mới.")
    client.force_login(tree.trainee)

    def found(query):
        return _links(client.get("/search/", {"q": query}).content.decode())

    before = found("hợp tác xã")
    lesson.body = [("text", RichText("<p>Nội dung về kinh tế tập thể.</p>"))]
    lesson.save_revision()  # a draft: not what trainees read yet
    draft = found("hợp tác xã")
    lesson.get_latest_revision().publish()
    published, old_words = found("kinh tế tập thể"), found("hợp tác xã")
    lesson.refresh_from_db()
    lesson.unpublish()
    gone = found("kinh tế tập thể")

    assert before == draft == published == [lesson.url]
    assert old_words == gone == []
    assert _index_rows(lesson.pk) == 0


def _index_rows(lesson_id: int) -> int:
    from lessons.search.backends import TABLE

    key = "lesson_id" if connection.vendor == "postgresql" else "rowid"
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM {TABLE} WHERE {key} = %s", [lesson_id])
        return cursor.fetchone()[0]


def _links(page: str) -> list[str]:
    return re.findall(r'<a class="result-title" href="([^"]+)"', page)
