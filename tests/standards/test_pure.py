"""The pure parts: formulas, the requirement check, standing and suggestion."""

from decimal import Decimal

import pytest

from standards.formulas import NotComputable, count, meets, share
from standards.standing import by_group, judged_met, suggested_result


def test_share_is_a_percentage_to_one_place_half_up():
    assert share(1, 3) == Decimal("33.3")
    assert share(2, 3) == Decimal("66.7")
    assert share(1, 8) == Decimal("12.5")
    assert share(0, 5) == Decimal("0.0")


def test_a_share_of_nothing_is_not_computable_and_nonsense_fails():
    with pytest.raises(NotComputable):
        share(0, 0)
    with pytest.raises(ValueError, match="a share of 3 in 2"):
        share(3, 2)
    with pytest.raises(ValueError, match="a negative count"):
        count(-1)


@pytest.mark.parametrize(
    ("value", "comparison", "target", "expected"),
    [
        (Decimal("80.0"), "at_least", Decimal(80), True),
        (Decimal("79.9"), "at_least", Decimal(80), False),
        (Decimal(0), "at_most", Decimal(0), True),
        (Decimal(1), "at_most", Decimal(0), False),
        (None, "at_least", Decimal(1), None),
        (Decimal(1), "", Decimal(1), None),
    ],
)
def test_meets(value, comparison, target, expected):
    assert meets(value, comparison, target) is expected


def test_only_an_agreed_claim_counts_as_met():
    assert judged_met(True, "agree") is True
    assert judged_met(False, "agree") is False
    assert judged_met(True, "disagree") is False
    assert judged_met(True, "needs_evidence") is None
    assert judged_met(True, "") is None


def test_the_suggestion_waits_for_every_criterion():
    assert suggested_result([True, True]) == "met"
    assert suggested_result([True, False]) == "not_met"
    assert suggested_result([True, None, False]) is None
    assert suggested_result([]) is None


def test_standing_by_group_in_the_standards_order():
    rows = [
        ("results", True, True),
        ("organisation", True, None),
        ("organisation", False, False),
        ("results", None, None),
    ]
    standings = by_group(rows)
    assert [s.group for s in standings] == ["organisation", "results"]
    assert [(s.total, s.claimed, s.agreed) for s in standings] == [(2, 1, 0), (2, 1, 1)]
