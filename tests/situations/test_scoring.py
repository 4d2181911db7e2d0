from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from situations.scoring import bar_widths, rubric_score, score_out_of_ten


def test_score_out_of_ten_is_share_of_the_best_total():
    assert score_out_of_ten({"dv": 2, "pl": 1}, 5) == Decimal("6.0")
    assert score_out_of_ten({"dv": 5}, 5) == Decimal("10.0")
    assert score_out_of_ten({"dv": 2}, 3) == Decimal("6.7")


def test_score_out_of_ten_never_below_zero_and_ten_when_nothing_to_earn():
    assert score_out_of_ten({"dv": -4}, 5) == Decimal("0.0")
    assert score_out_of_ten({}, 0) == Decimal("10.0")


@given(
    st.dictionaries(st.sampled_from(["a", "b", "c"]), st.integers(-20, 20)),
    st.integers(-5, 40),
)
def test_score_out_of_ten_stays_on_the_scale(points, best):
    score = score_out_of_ten(points, best)
    assert Decimal(0) <= score <= Decimal(10)
    assert score == score.quantize(Decimal("0.1"))


def test_rubric_score_is_the_weighted_mean():
    weights = {"Căn cứ pháp lý": 60, "Tính khả thi": 40}
    marks = {"Căn cứ pháp lý": Decimal(8), "Tính khả thi": Decimal(5)}
    assert rubric_score(weights, marks) == Decimal("6.8")
    assert rubric_score(weights, {"Căn cứ pháp lý": Decimal(8)}) is None


def test_bar_widths_are_percentages_of_the_best():
    assert bar_widths({"dv": 3, "pl": -1, "tc": 0}, {"dv": 4, "pl": 2, "tc": 0}) == {
        "dv": 75,
        "pl": 0,
        "tc": 0,
    }
