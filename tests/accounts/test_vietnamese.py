import string

from hypothesis import assume, given
from hypothesis import strategies as st

from elearning.vietnamese import (
    fold,
    given_name,
    name_sort_key,
    slugify_vi,
    word_sort_key,
)


def test_slugify_vi_keeps_d_with_stroke():
    assert slugify_vi("Đảng viên mới") == "dang-vien-moi"
    assert slugify_vi("Bồi dưỡng nhận thức về Đảng") == "boi-duong-nhan-thuc-ve-dang"


def test_fold_removes_diacritics_and_case():
    assert fold("Đảng Viên MỚI") == "dang vien moi"


def test_given_name_is_the_last_word():
    assert given_name("Nguyễn Thị Thu Hà") == "Hà"


def test_name_sort_key_orders_by_given_name_in_vietnamese_alphabet():
    names = [
        "Trần Văn Bình",
        "Phạm Đức",
        "Nguyễn Thị Ánh",
        "Vũ Ăn",
        "Lê Văn An",
        "Hoàng Thị Dung",
        "Bùi Minh Âu",
    ]
    assert sorted(names, key=name_sort_key) == [
        "Lê Văn An",
        "Nguyễn Thị Ánh",
        "Vũ Ăn",
        "Bùi Minh Âu",
        "Trần Văn Bình",
        "Hoàng Thị Dung",
        "Phạm Đức",
    ]


def test_name_sort_key_breaks_ties_by_family_name():
    assert sorted(["Trần An", "Lê An"], key=name_sort_key) == ["Lê An", "Trần An"]


vietnamese_words = st.text(
    alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạếềểễệ", min_size=1, max_size=8
)


@given(st.lists(vietnamese_words, min_size=1, max_size=4))
def test_name_sort_key_is_plain_lowercase_ascii(words):
    key = name_sort_key(" ".join(words))
    assert set(key) <= set(string.ascii_lowercase)


@given(vietnamese_words, vietnamese_words)
def test_name_sort_key_given_name_decides_before_family_name(first, second):
    assume(word_sort_key(first)[0] != word_sort_key(second)[0])
    one, two = f"Zz {first}", f"Aa {second}"
    assert (name_sort_key(one) < name_sort_key(two)) == (
        name_sort_key(first) < name_sort_key(second)
    )
