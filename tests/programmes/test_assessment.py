"""Eligibility and classification at their boundaries (pure: no ORM)."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from programmes import assessment
from programmes.assessment import Item, Policy, evaluate

EXACT = Policy(rounding=Decimal("0.01"))
scores = st.decimals(min_value=0, max_value=10, places=2)


def outcome(score, attended=25, total=25, policy=EXACT):
    return evaluate(
        policy, attended=attended, total_periods=total, items=[Item("Bài", score)]
    )


def test_score_4_99_fails_and_5_00_passes():
    assert not outcome(Decimal("4.99")).eligible
    assert outcome(Decimal("4.99")).below_pass == ["Bài"]
    assert outcome(Decimal("4.99")).classification == assessment.FAIL
    assert outcome(Decimal("5.00")).eligible
    assert outcome(Decimal("5.00")).classification == assessment.AVERAGE


def test_attendance_79_percent_fails_and_80_passes():
    assert not outcome(Decimal(8), attended=79, total=100).eligible
    assert outcome(Decimal(8), attended=79, total=100).short_periods == 1
    assert outcome(Decimal(8), attended=80, total=100).eligible
    assert outcome(Decimal(8), attended=80, total=100).short_periods == 0


def test_attendance_counts_periods_exactly_not_rounded_percentages():
    # 20 of 25 periods is exactly 80%; 19 is 76%.
    assert outcome(Decimal(8), attended=20, total=25).eligible
    assert outcome(Decimal(8), attended=19, total=25).short_periods == 1
    # 36 of 45 is 80%; 35 of 45 is 77.8%.
    assert outcome(Decimal(8), attended=36, total=45).eligible
    assert not outcome(Decimal(8), attended=35, total=45).eligible


@given(scores)
def test_an_item_passes_exactly_from_the_pass_score(score):
    assert outcome(score).eligible is (score >= Decimal(5))


@given(st.integers(min_value=1, max_value=400), st.data())
def test_attendance_passes_exactly_from_80_percent(total, data):
    attended = data.draw(st.integers(min_value=0, max_value=total))
    assert outcome(Decimal(9), attended, total).eligible is (
        attended * 100 >= 80 * total
    )


@pytest.mark.parametrize(
    ("score", "expected"),
    [
        ("10", assessment.EXCELLENT),
        ("9.00", assessment.EXCELLENT),
        ("8.99", assessment.VERY_GOOD),
        ("8.00", assessment.VERY_GOOD),
        ("7.99", assessment.GOOD),
        ("6.50", assessment.GOOD),
        ("6.49", assessment.AVERAGE),
        ("5.00", assessment.AVERAGE),
        ("4.99", assessment.FAIL),
        ("0", assessment.FAIL),
    ],
)
def test_classification_bands(score, expected):
    assert assessment.classify(Decimal(score), EXACT) == expected


@given(scores, scores)
def test_classification_never_goes_down_as_the_score_goes_up(low, high):
    order = [
        assessment.FAIL,
        assessment.AVERAGE,
        assessment.GOOD,
        assessment.VERY_GOOD,
        assessment.EXCELLENT,
    ]
    low, high = sorted([low, high])
    assert order.index(assessment.classify(low, EXACT)) <= order.index(
        assessment.classify(high, EXACT)
    )


def test_final_score_is_rounded_half_up_to_the_policy_step():
    policy = Policy(rounding=Decimal("0.5"))
    items = [Item("A", Decimal("7.25")), Item("B", Decimal("7.00"))]  # mean 7.125
    assert assessment.final_score(items, policy.rounding) == Decimal("7.00")
    assert assessment.round_score(Decimal("7.25"), Decimal("0.5")) == Decimal("7.50")
    assert assessment.round_score(Decimal("4.95"), Decimal("0.1")) == Decimal("5.00")
    assert assessment.round_score(Decimal("4.94"), Decimal("0.1")) == Decimal("4.90")


def test_final_score_is_weighted():
    items = [Item("Thu hoạch", Decimal(8), 2), Item("Kiểm tra", Decimal(5), 1)]
    assert assessment.final_score(items, Decimal("0.1")) == Decimal("7.00")


def test_missing_work_is_listed_and_blocks_eligibility():
    result = evaluate(
        EXACT,
        attended=25,
        total_periods=25,
        items=[Item("Thu hoạch", None), Item("Kiểm tra", Decimal(9))],
    )
    assert not result.eligible
    assert result.missing == ["Thu hoạch"]
    assert result.final_score == Decimal("9.00")


def test_a_class_with_no_graded_work_is_not_eligible():
    assert not evaluate(EXACT, attended=25, total_periods=25, items=[]).eligible


def test_a_class_override_of_the_pass_score_is_respected():
    strict = Policy(pass_score=Decimal("6.00"), rounding=Decimal("0.01"))
    assert not outcome(Decimal("5.99"), policy=strict).eligible
    assert outcome(Decimal("6.00"), policy=strict).eligible


def test_absences_allowed_before_the_minimum_is_out_of_reach():
    assert assessment.absences_allowed(25, 80) == 5
    assert assessment.absences_allowed(45, 80) == 9
    assert assessment.absences_allowed(100, 100) == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nội dung | 6\nLiên hệ | 4",
            [("Nội dung", Decimal(6)), ("Liên hệ", Decimal(4))],
        ),
        ("A | 2,5\n\nB | 7.5", [("A", Decimal("2.5")), ("B", Decimal("7.5"))]),
    ],
)
def test_parse_rubric(text, expected):
    assert assessment.parse_rubric(text) == expected


@pytest.mark.parametrize("text", ["Nội dung 6", "| 4", "A | x", "A | -1"])
def test_parse_rubric_names_the_bad_line(text):
    with pytest.raises(ValueError, match="1"):
        assessment.parse_rubric(text)
