"""Issue #14, 7: the demo bank's right answer is not always A, and a bank question
copied into a live session comes in a shuffled order unless the editor said not to."""

from collections import Counter

import pytest

from demo.quizzes import BANKS
from live import sources
from tests.factories.quizzes import single_question

pytestmark = pytest.mark.django_db


def test_the_demo_banks_right_answers_are_spread_over_the_places():
    places = Counter(
        next(i for i, choice in enumerate(question.choices) if choice.fraction > 0)
        for bank in BANKS.values()
        for _category, _module, questions in bank
        for question in questions
        if question.qtype == "single"
    )
    total = sum(places.values())
    assert total >= 6
    assert len(places) >= 3, places
    assert places[0] < total / 2, places


def _four_choice_question(**kwargs):
    return single_question(
        right="Dân biết, dân bàn, dân làm, dân kiểm tra",
        wrongs=("Dân nghe", "Dân xem", "Dân đọc"),
        **kwargs,
    )


def test_a_copied_question_is_shuffled_and_keeps_its_right_answer():
    question = _four_choice_question(shuffle_choices=True)

    copies = [sources.copy_question(question.pk) for _ in range(30)]

    for fields in copies:
        assert sorted(fields["options"]) == sorted(
            choice.text for choice in question.choices.all()
        )
        assert [fields["options"][i] for i in fields["correct"]] == [
            "Dân biết, dân bàn, dân làm, dân kiểm tra"
        ]
    assert len({tuple(fields["options"]) for fields in copies}) > 1


def test_an_unshuffled_question_keeps_the_editors_order():
    question = _four_choice_question(shuffle_choices=False)
    written = [choice.text for choice in question.choices.all()]

    fields = sources.copy_question(question.pk)

    assert fields["options"] == written
