"""The pure rules: word-cloud words, the profanity filter, quiz points, rate limit."""

from hypothesis import given
from hypothesis import strategies as st

from live import scoring, text
from live.limits import RateLimit


def test_cloud_words_keep_multi_syllable_words_and_diacritics():
    assert text.cloud_words("Dân Chủ,  minh bạch\nđoàn kết; thêm") == [
        "dân chủ",
        "minh bạch",
        "đoàn kết",
    ]
    assert text.cloud_words("dân chủ, dan chu") == ["dân chủ", "dan chu"]


def test_cloud_words_normalise_composed_and_decomposed_letters():
    decomposed = "da\u0302n chu\u0309"
    assert text.cloud_words(decomposed) == ["dân chủ"]


@given(st.text(max_size=200))
def test_cloud_words_never_more_than_three_short_entries(answer):
    words = text.cloud_words(answer)
    assert len(words) <= 3
    assert all(0 < len(word) <= 40 for word in words)


# 41 common forms: accented, unaccented, abbreviated, spelled out, look-alikes.
PROFANE = (
    "địt", "ĐỊT", "đụ má", "du ma", "dit me", "d1t mẹ", "đéo hiểu", "Đ.É.O hiểu",
    "đ*é*o", "deo biet", "lồnnn", "l0n", "vãi lồn", "vai lon", "buồi", "bu0i",
    "cặc", "đĩ", "con đĩ", "đ m", "đ.m", "đ-m-m", "đcm", "dcm", "dkm", "vcl", "vl",
    "clgt", "cmnr", "óc chó", "oc cho", "chó đẻ", "cho de", "mẹ mày", "me may",
    "đồ chó", "thằng chó", "mả mẹ", "mẹ kiếp", "me kiep", "khốn nạn",
)  # fmt: skip
# Everyday words that share letters with them, with and without diacritics, and short
# codes that look like disguises ("d1").
CLEAN = (
    "Đeo kính, đèo cao, các đồng chí", "các bạn đi du lịch", "buổi học hôm nay",
    "con lợn nhà tôi lớn", "nuôi chó giữ nhà", "đi dự hội nghị", "dân chủ ở cơ sở",
    "cac ban oi", "lon bia", "buoi sang", "deo khau trang", "du lich", "con lon",
    "lớp K1 năm 2025", "ý a, b, c", "Vĩnh Long", "Nghị quyết 57 năm 2024",
    "email a@b.vn", "giá 5$", "đồ dùng học tập", "d1 trước", "lớp k1",
)  # fmt: skip


def test_profanity_catches_every_common_form():
    assert len(PROFANE) == 41
    assert [form for form in PROFANE if not text.contains_blocked(form)] == []


def test_profanity_spares_everyday_words():
    assert [line for line in CLEAN if text.contains_blocked(line)] == []


def test_profanity_takes_the_lecturers_words_as_written():
    assert text.contains_blocked("toàn chuyện nhảm", "nhảm\nxàm")
    assert not text.contains_blocked("toàn chuyện nhẩm", "nhảm\nxàm")


def test_points_correctness_only_by_default():
    assert scoring.points(True, elapsed_ms=29_000, seconds=30, speed=False) == 1000
    assert scoring.points(False, elapsed_ms=100, seconds=30, speed=True) == 0


def test_speed_points_from_half_to_full():
    assert scoring.points(True, elapsed_ms=0, seconds=30, speed=True) == 1000
    assert scoring.points(True, elapsed_ms=30_000, seconds=30, speed=True) == 500
    assert scoring.points(True, elapsed_ms=15_000, seconds=30, speed=True) == 750


def test_latency_is_taken_off_and_grace_accepts_slow_networks():
    assert scoring.answer_elapsed_ms(10_000, 4_000, 500) == 5_500
    assert scoring.answer_elapsed_ms(4_100, 4_000, 500) == 0
    assert scoring.in_time(31_900, 30)
    assert not scoring.in_time(32_100, 30)


def test_multiple_choice_needs_exactly_the_right_set():
    assert scoring.is_correct([2, 0], [0, 2])
    assert not scoring.is_correct([0], [0, 2])
    assert not scoring.is_correct([], [])


def test_rate_limit_allows_a_burst_then_refills():
    limit = RateLimit(rate=10, burst=20)
    allowed = [limit.allow(100.0) for _ in range(25)]
    assert allowed.count(True) == 20
    assert limit.retry_after_ms() == 100
    assert limit.allow(100.5)
