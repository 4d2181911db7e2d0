from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from quizzes import scoring
from quizzes.scoring import ChoiceSpec, QuestionSpec

ONE, HALF, ZERO = Decimal(1), Decimal("0.5"), Decimal(0)


def spec(qtype, *choices, **options):
    return QuestionSpec(qtype=qtype, choices=tuple(choices), **options)


SINGLE = spec(
    "single",
    ChoiceSpec(1, "1930", ONE),
    ChoiceSpec(2, "1945", ZERO),
    ChoiceSpec(3, "gần đúng", HALF),
)
MULTIPLE = spec(
    "multiple",
    ChoiceSpec(1, "Khiển trách", HALF),
    ChoiceSpec(2, "Cảnh cáo", HALF),
    ChoiceSpec(3, "Hạ bậc lương", Decimal("-0.5")),
)
FILL = spec(
    "fill_blanks",
    ChoiceSpec(1, "đảng viên", ONE, gap=1),
    ChoiceSpec(2, "tập trung dân chủ", ONE, gap=2),
    ChoiceSpec(3, "dân chủ", HALF, gap=2),
)
ORDERING = spec(
    "ordering",
    ChoiceSpec(10, "a", order=0),
    ChoiceSpec(11, "b", order=1),
    ChoiceSpec(12, "c", order=2),
    ChoiceSpec(13, "d", order=3),
)
MATCHING = spec(
    "matching",
    ChoiceSpec(1, "Đại hội II", match_text="1951"),
    ChoiceSpec(2, "Đại hội IV", match_text="1976"),
    ChoiceSpec(3, "", match_text="1986"),
)
NUMERIC = spec(
    "numeric",
    ChoiceSpec(1, number=Decimal(1822), tolerance=ZERO, fraction=ONE),
    ChoiceSpec(2, number=Decimal(1822), tolerance=Decimal(2), fraction=HALF),
)


def test_single_choice_scores_the_picked_choice():
    assert scoring.score(SINGLE, {"choice": 1}) == ONE
    assert scoring.score(SINGLE, {"choice": 2}) == ZERO
    assert scoring.score(SINGLE, {"choice": 3}) == HALF
    assert scoring.score(SINGLE, {}) == ZERO


def test_multiple_choice_gives_partial_credit_and_never_below_zero():
    assert scoring.score(MULTIPLE, {"choices": [1, 2]}) == ONE
    assert scoring.score(MULTIPLE, {"choices": [1]}) == HALF
    assert scoring.score(MULTIPLE, {"choices": [1, 2, 3]}) == HALF
    assert scoring.score(MULTIPLE, {"choices": [3]}) == ZERO


def test_multiple_choice_negative_marks_when_the_author_allows_them():
    negative = QuestionSpec("multiple", MULTIPLE.choices, negative_marks=True)
    assert scoring.score(negative, {"choices": [3]}) == Decimal("-0.5")


def test_fill_blanks_averages_gaps_and_takes_the_best_alternative():
    assert (
        scoring.score(FILL, {"gaps": {"1": "đảng viên", "2": "tập trung dân chủ"}})
        == ONE
    )
    assert scoring.score(FILL, {"gaps": {"1": "đảng viên", "2": "dân chủ"}}) == Decimal(
        "0.75"
    )
    assert scoring.score(FILL, {"gaps": {"1": "", "2": ""}}) == ZERO


def test_fill_blanks_ignores_case_and_spaces_but_not_diacritics_by_default():
    assert scoring.score(FILL, {"gaps": {"1": "  Đảng   Viên ", "2": "x"}}) == HALF
    assert scoring.score(FILL, {"gaps": {"1": "dang vien", "2": "x"}}) == ZERO


def test_fill_blanks_accepts_missing_diacritics_when_allowed():
    lenient = QuestionSpec("fill_blanks", FILL.choices, ignore_diacritics=True)
    answer = {"gaps": {"1": "dang vien", "2": "tap trung dan chu"}}
    assert scoring.score(lenient, answer) == ONE


def test_fill_blanks_case_sensitive_when_asked():
    strict = QuestionSpec("fill_blanks", FILL.choices, case_sensitive=True)
    assert scoring.score(strict, {"gaps": {"1": "Đảng viên"}}) == ZERO


def test_ordering_credits_items_in_their_place():
    assert scoring.score(ORDERING, {"order": [10, 11, 12, 13]}) == ONE
    assert scoring.score(ORDERING, {"order": [10, 11, 13, 12]}) == HALF
    assert scoring.score(ORDERING, {"order": []}) == ZERO


def test_matching_credits_each_right_pair():
    assert scoring.score(MATCHING, {"pairs": {"1": "1951", "2": "1976"}}) == ONE
    assert scoring.score(MATCHING, {"pairs": {"1": "1951", "2": "1986"}}) == HALF


def test_numeric_tolerance_and_several_answers():
    assert scoring.score(NUMERIC, {"number": "1822"}) == ONE
    assert scoring.score(NUMERIC, {"number": "1823,5"}) == HALF
    assert scoring.score(NUMERIC, {"number": "1825"}) == ZERO
    assert scoring.score(NUMERIC, {"number": "năm"}) == ZERO


def test_essay_is_left_for_the_lecturer():
    assert scoring.score(spec("essay"), {"text": "Bài làm"}) is None


def test_grade_out_of_ten_is_clamped_and_rounded():
    assert scoring.grade_out_of_ten(Decimal(2), Decimal(3)) == Decimal("6.67")
    assert scoring.grade_out_of_ten(Decimal(-1), Decimal(3)) == Decimal("0.00")
    assert scoring.grade_out_of_ten(Decimal(0), Decimal(0)) == Decimal("0.00")


SPECS = [SINGLE, MULTIPLE, FILL, ORDERING, MATCHING, NUMERIC]


@given(st.sampled_from(SPECS))
def test_the_right_response_earns_full_credit(question):
    assert scoring.score(question, scoring.right_response(question)) == ONE


@given(
    st.sampled_from(SPECS),
    st.lists(st.integers(0, 20), max_size=6),
    st.dictionaries(st.sampled_from(["1", "2", "3"]), st.text(max_size=12)),
    st.text(max_size=10),
)
def test_any_response_scores_between_zero_and_one(question, ids, texts, number):
    response = {
        "choice": ids[0] if ids else None,
        "choices": ids,
        "order": ids,
        "gaps": texts,
        "pairs": texts,
        "number": number,
    }
    assert ZERO <= scoring.score(question, response) <= ONE


@given(st.text(max_size=30))
def test_normalising_is_idempotent(text):
    once = scoring.normalise_text(text, case_sensitive=False, ignore_diacritics=True)
    twice = scoring.normalise_text(once, case_sensitive=False, ignore_diacritics=True)
    assert once == twice


@given(st.lists(st.sampled_from([10, 11, 12, 13]), unique=True))
def test_ordering_credit_counts_places(order):
    right = sum(1 for a, b in zip([10, 11, 12, 13], order, strict=False) if a == b)
    assert scoring.score(ORDERING, {"order": order}) == Decimal(right) / 4


@given(st.decimals(min_value=-10_000, max_value=10_000, places=3))
def test_numeric_full_credit_only_inside_the_tolerance(value):
    fraction = scoring.score(NUMERIC, {"number": str(value)})
    distance = abs(value - 1822)
    assert fraction == (ONE if distance == 0 else HALF if distance <= 2 else ZERO)


def test_strip_diacritics_handles_d_with_stroke():
    assert scoring.strip_diacritics("Đảng viên đồng chí") == "Dang vien dong chi"
