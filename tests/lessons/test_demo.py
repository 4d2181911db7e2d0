import pytest

from demo import lessons as lessons_demo
from lessons.models import LessonPage, ModulePage, ProgrammePage

pytestmark = pytest.mark.django_db


def test_demo_builds_the_three_programmes_with_their_real_structures(lesson_demo):
    programmes = {p.title: p for p in ProgrammePage.objects.live()}
    assert set(programmes) == {
        "Bồi dưỡng nhận thức về Đảng",
        "Lý luận chính trị dành cho đảng viên mới",
        "Sơ cấp lý luận chính trị",
    }
    lessons = {
        title: LessonPage.objects.live().descendant_of(page).count()
        for title, page in programmes.items()
    }
    assert lessons == {
        "Bồi dưỡng nhận thức về Đảng": 5,
        "Lý luận chính trị dành cho đảng viên mới": 11,  # 10 topics + Kết luận 66
        "Sơ cấp lý luận chính trị": 18,
    }
    version = programmes["Sơ cấp lý luận chính trị"].programme_version
    assert version.programme.name == "Sơ cấp lý luận chính trị"
    assert programmes["Sơ cấp lý luận chính trị"].total_periods == 295


def test_at_least_six_lessons_are_substantial_with_callouts_and_questions(lesson_demo):
    full = [
        lesson
        for lesson in LessonPage.objects.live()
        if lesson.word_count >= 600
        and {"callout", "discussion"} <= {b.block_type for b in lesson.body}
    ]
    assert len(full) >= 6


def test_conclusion_66_lesson_quotes_each_section_with_an_explanation(lesson_demo):
    lesson = LessonPage.objects.get(title__startswith="Kết luận 66-KL/TW")
    quotes = [b.value for b in lesson.body if b.block_type == "quotation"]
    assert len(quotes) >= 15
    first = quotes[1]
    assert first["text"].startswith("1. Sau 10 năm thực hiện Quyết định số 185-QĐ/TW")
    assert "Kết luận 66-KL/TW" in first["source"]
    assert "ghi nhận kết quả" in first["explanation"].source
    # The paragraph split by a page break in the copy is whole again.
    assert any("còn trùng lặp nội dung" in quote["text"] for quote in quotes)


def test_slugs_keep_d_as_d(lesson_demo):
    module = ModulePage.objects.get(title__startswith="Phần 3. Xây dựng Đảng")
    assert module.slug == "phan-3-xay-dung-dang-va-ren-luyen-dang-vien"


def test_seed_twice_changes_nothing(lesson_demo):
    before = (LessonPage.objects.count(), LessonPage.objects.latest("pk").pk)
    lessons_demo.seed()
    assert (LessonPage.objects.count(), LessonPage.objects.latest("pk").pk) == before
