import pytest
from hypothesis import given
from hypothesis import strategies as st

from accounts.phones import InvalidPhone, display_phone, normalize_phone


@pytest.mark.parametrize(
    "spelling",
    [
        "0912 345 678",
        "0912345678",
        "+84912345678",
        "84912345678",
        "0912.345.678",
        "+84 912 345 678",
        " 0912-345-678 ",
    ],
)
def test_normalize_phone_every_spelling_is_one_number(spelling):
    assert normalize_phone(spelling) == "+84912345678"


@pytest.mark.parametrize("garbage", ["", "12345", "abc", "0912", "+1 202 555 01"])
def test_normalize_phone_rejects_what_is_not_a_phone(garbage):
    with pytest.raises(InvalidPhone):
        normalize_phone(garbage)


def test_display_phone_writes_it_the_vietnamese_way():
    assert display_phone("+84912345678") == "0912 345 678"


@given(
    subscriber=st.integers(min_value=0, max_value=9_999_999),
    separator=st.sampled_from(["", " ", ".", "-"]),
)
def test_normalize_phone_ignores_separators(subscriber, separator):
    digits = f"091{subscriber:07d}"
    spaced = separator.join([digits[:4], digits[4:7], digits[7:]])
    assert normalize_phone(spaced) == normalize_phone(digits) == f"+84{digits[1:]}"
