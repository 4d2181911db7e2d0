"""GIFT import: Moodle's own example file, question by question, and our edge cases."""
# ruff: noqa: E501  (the expectations are rows of Moodle's file, kept one per line)

from decimal import Decimal
from pathlib import Path

import pytest

from quizzes.formats import FormatError, gift, gift_writer

# Moodle's own example file (tests/quizzes/data/SOURCE.md).
EXAMPLES = Path(__file__).parent / "data" / "moodle-examples.gift"

# (first line, type, title, text, format, answers): answers are (text, credit, feedback),
# (value, tolerance, credit, feedback) for numeric and (item, match) for matching.
EXPECTED = [
    (
        8,
        "single",
        "Who's buried in Grant's tomb?",
        "Who's buried in Grant's tomb?",
        "moodle",
        [("Grant", "0", ""), ("Jefferson", "0", ""), ("no one", "1", "")],
    ),
    (
        10,
        "single",
        "Grant is … in Grant's tomb.",
        "Grant is [[1]] in Grant's tomb.",
        "moodle",
        [("buried", "0", ""), ("entombed", "1", ""), ("living", "0", "")],
    ),
    (
        12,
        "true_false",
        "Grant is buried in Grant's tomb.",
        "Grant is buried in Grant's tomb.",
        "moodle",
        [("Đúng", "0", ""), ("Sai", "1", "")],
    ),
    (
        14,
        "fill_blanks",
        "Who's buried in Grant's tomb?",
        "Who's buried in Grant's tomb?",
        "moodle",
        [("no one", "1", ""), ("nobody", "1", "")],
    ),
    (
        16,
        "numeric",
        "When was Ulysses S. Grant born?",
        "When was Ulysses S. Grant born?",
        "moodle",
        [("1822", "1", "1", "")],
    ),
    (
        25,
        "single",
        "Who's buried in Grant's tomb?",
        "Who's buried in Grant's tomb?",
        "moodle",
        [("Grant", "0", ""), ("Jefferson", "0", ""), ("no one", "1", "")],
    ),
    (
        27,
        "single",
        "Grant is … in Grant's tomb.",
        "Grant is [[1]] in Grant's tomb.",
        "moodle",
        [("buried", "0", ""), ("entombed", "1", ""), ("living", "0", "")],
    ),
    (
        29,
        "single",
        "The American holiday of Thanksgiving is celebrated on the … Thursday of Novembe…",
        "The American holiday of Thanksgiving is celebrated on the [[1]] Thursday of November.",
        "moodle",
        [("second", "0", ""), ("third", "0", ""), ("fourth", "1", "")],
    ),
    (
        35,
        "single",
        "Japanese characters originally came from what country?",
        "Japanese characters originally came from what country?",
        "moodle",
        [
            ("India", "0", ""),
            ("China", "1", ""),
            ("Korea", "0", ""),
            ("Egypt", "0", ""),
        ],
    ),
    (
        43,
        "fill_blanks",
        "Who's buried in Grant's tomb?",
        "Who's buried in Grant's tomb?",
        "moodle",
        [("no one", "1", ""), ("nobody", "1", "")],
    ),
    (
        45,
        "fill_blanks",
        "Two plus two equals ….",
        "Two plus two equals [[1]].",
        "moodle",
        [("four", "1", ""), ("4", "1", "")],
    ),
    (
        49,
        "true_false",
        "Grant is buried in Grant's tomb.",
        "Grant is buried in Grant's tomb.",
        "moodle",
        [("Đúng", "0", ""), ("Sai", "1", "")],
    ),
    (
        51,
        "true_false",
        "The sun rises in the east.",
        "The sun rises in the east.",
        "moodle",
        [("Đúng", "1", ""), ("Sai", "0", "")],
    ),
    (
        55,
        "matching",
        "Matching Question.",
        "Matching Question.",
        "moodle",
        [
            ("subquestion1", "subanswer1"),
            ("subquestion2", "subanswer2"),
            ("subquestion3", "subanswer3"),
        ],
    ),
    (
        61,
        "matching",
        "Match the following countries with their corresponding capitals.",
        "Match the following countries with their corresponding capitals.",
        "moodle",
        [
            ("Canada", "Ottawa"),
            ("Italy", "Rome"),
            ("Japan", "Tokyo"),
            ("India", "New Delhi"),
        ],
    ),
    (
        70,
        "numeric",
        "When was Ulysses S. Grant born?",
        "When was Ulysses S. Grant born?",
        "moodle",
        [("1822", "0", "1", "")],
    ),
    (
        72,
        "numeric",
        "What is the value of pi (to 3 decimal places)? ….",
        "What is the value of pi (to 3 decimal places)? [[1]].",
        "moodle",
        [("3.1415", "0.0005", "1", "")],
    ),
    (
        74,
        "numeric",
        "What is the value of pi (to 3 decimal places)? ….",
        "What is the value of pi (to 3 decimal places)? [[1]].",
        "moodle",
        [("3.1415", "0.0005", "1", "")],
    ),
    (
        76,
        "numeric",
        "When was Ulysses S. Grant born?",
        "When was Ulysses S. Grant born?",
        "moodle",
        [("1822", "0", "1", ""), ("1822", "2", "0.5", "")],
    ),
    (
        85,
        "numeric",
        "What's 2 plus 2?",
        "What's 2 plus 2?",
        "moodle",
        [("4", "0", "1", "")],
    ),
    (
        90,
        "fill_blanks",
        "Kanji Origins",
        "Japanese characters originally came from what country?",
        "moodle",
        [("China", "1", "")],
    ),
    (
        93,
        "single",
        "Thanksgiving Date",
        "The American holiday of Thanksgiving is celebrated on the [[1]] Thursday of November.",
        "moodle",
        [("second", "0", ""), ("third", "0", ""), ("fourth", "1", "")],
    ),
    (
        98,
        "single",
        "What's the answer to this multiple-choice question?",
        "What's the answer to this multiple-choice question?",
        "moodle",
        [
            ("wrong answer", "0", "feedback comment on the wrong answer"),
            ("another wrong answer", "0", "feedback comment on this wrong answer"),
            ("right answer", "1", "Very good!"),
        ],
    ),
    (
        103,
        "fill_blanks",
        "Who's buried in Grant's tomb?",
        "Who's buried in Grant's tomb?",
        "moodle",
        [("no one", "1", "excellent answer!"), ("nobody", "1", "excellent answer!")],
    ),
    (
        108,
        "fill_blanks",
        "Who's buried in **Grant's tomb**?",
        "Who's buried in **Grant's tomb**?",
        "markdown",
        [("no one", "1", "excellent answer!"), ("nobody", "1", "excellent answer!")],
    ),
    (
        113,
        "true_false",
        "Grant is buried in Grant's tomb.",
        "Grant is buried in Grant's tomb.",
        "moodle",
        [("Đúng", "0", "No one is buried in Grant's tomb."), ("Sai", "1", "")],
    ),
    (
        115,
        "single",
        "Difficult question.",
        "Difficult question.",
        "moodle",
        [
            ("wrong answer", "0", ""),
            ("half credit answer", "0.5", ""),
            ("full credit answer", "1", ""),
        ],
    ),
    (
        117,
        "single",
        "Jesus' hometown",
        "Jesus Christ was from [[1]].",
        "moodle",
        [
            ("Jerusalem", "0", "This was an important city, but the wrong answer."),
            ("Bethlehem", "0.25", "He was born here, but not raised here."),
            ("Galilee", "0.5", "You need to be more specific."),
            ("Nazareth", "1", "Yes! That's right!"),
        ],
    ),
    (
        123,
        "fill_blanks",
        "Jesus' hometown",
        "Jesus Christ was from",
        "moodle",
        [
            ("Nazareth", "1", "Yes! That's right!"),
            ("Nazereth", "0.75", "Right, but misspelled."),
            ("Bethlehem", "0.25", "He was born here, but not raised here."),
        ],
    ),
    (
        130,
        "multiple",
        "What two people are entombed in Grant's tomb?",
        "What two people are entombed in Grant's tomb?",
        "moodle",
        [
            ("No one", "0", ""),
            ("Grant", "0.5", ""),
            ("Grant's wife", "0.5", ""),
            ("Grant's father", "0", ""),
        ],
    ),
    (
        136,
        "multiple",
        "What two people are entombed in Grant's tomb?",
        "What two people are entombed in Grant's tomb?",
        "moodle",
        [
            ("No one", "-0.5", ""),
            ("Grant", "0.5", ""),
            ("Grant's wife", "0.5", ""),
            ("Grant's father", "-0.5", ""),
        ],
    ),
    (
        143,
        "single",
        "Which answer equals 5?",
        "Which answer equals 5?",
        "moodle",
        [("= 2 + 2", "0", ""), ("= 2 + 3", "1", ""), ("= 2 + 4", "0", "")],
    ),
    (
        148,
        "single",
        "GIFT Control Characters",
        "Which of the following is NOT a control character for the GIFT import format?",
        "moodle",
        [
            ("~", "0", "~ is a control character."),
            ("=", "0", "= is a control character."),
            ("#", "0", "# is a control character."),
            ("{", "0", "{ is a control character."),
            ("}", "0", "} is a control character."),
            (
                "\\",
                "1",
                "Correct! \\ (backslash) is not a control character. BUT, it is used to escape the control characters. So, to specify a literal backslash, you must escape it with a backslash (as shown in this example).",
            ),
        ],
    ),
    (
        167,
        "single",
        "Who's buried in Grant's tomb?",
        "Who's buried in Grant's tomb?",
        "moodle",
        [("Grant", "0", ""), ("Jefferson", "0", ""), ("no one", "1", "")],
    ),
    (
        169,
        "single",
        "Grant is … in Grant's tomb.",
        "Grant is [[1]] in Grant's tomb.",
        "moodle",
        [("buried", "0", ""), ("entombed", "1", ""), ("living", "0", "")],
    ),
    (
        171,
        "true_false",
        "Grant is buried in Grant's tomb.",
        "Grant is buried in Grant's tomb.",
        "moodle",
        [("Đúng", "0", ""), ("Sai", "1", "")],
    ),
    (
        173,
        "fill_blanks",
        "Who's buried in Grant's tomb?",
        "Who's buried in Grant's tomb?",
        "moodle",
        [("no one", "1", ""), ("nobody", "1", "")],
    ),
    (
        175,
        "numeric",
        "When was Ulysses S. Grant born?",
        "When was Ulysses S. Grant born?",
        "moodle",
        [("1822", "5", "1", "")],
    ),
    (
        177,
        "matching",
        "Match the following countries with their corresponding capitals.",
        "Match the following countries with their corresponding capitals.",
        "moodle",
        [("Canada", "Ottawa"), ("Italy", "Rome"), ("Japan", "Tokyo")],
    ),
    (
        184,
        "single",
        "Grant's Tomb",
        "Grant is [[1]] in Grant's tomb.",
        "moodle",
        [
            ("buried", "0", "No one is buried there."),
            ("entombed", "1", "Right answer!"),
            ("living", "0", "We hope not!"),
        ],
    ),
    (
        190,
        "single",
        "Difficult multiple choice question.",
        "Difficult multiple choice question.",
        "moodle",
        [
            ("wrong answer", "0", "comment on wrong answer"),
            ("half credit answer", "0.5", "comment on answer"),
            ("full credit answer", "1", "well done!"),
        ],
    ),
    (
        195,
        "fill_blanks",
        "Jesus' hometown (Short answer ex.)",
        "Jesus Christ was from [[1]].",
        "moodle",
        [
            ("Nazareth", "1", "Yes! That's right!"),
            ("Nazereth", "0.75", "Right, but misspelled."),
            ("Bethlehem", "0.25", "He was born here, but not raised here."),
        ],
    ),
    (
        202,
        "numeric",
        "Numerical example",
        "When was Ulysses S. Grant born?",
        "moodle",
        [
            ("1822", "0", "1", "Correct! 100% credit"),
            (
                "1822",
                "2",
                "0.5",
                "He was born in 1822. You get 50% credit for being close.",
            ),
        ],
    ),
]


@pytest.fixture(scope="module")
def moodle_questions():
    return gift.parse(EXAMPLES.read_text(encoding="utf-8"))


def answers_of(question):
    if question.qtype == "numeric":
        return [
            (f"{c.number}", f"{c.tolerance}", str(c.fraction), c.feedback)
            for c in question.choices
        ]
    if question.qtype == "matching":
        return [(c.text, c.match_text) for c in question.choices]
    return [(c.text, str(c.fraction), c.feedback) for c in question.choices]


def test_moodle_examples_holds_43_questions(moodle_questions):
    assert len(moodle_questions) == 43 == len(EXPECTED)


@pytest.mark.parametrize("index", range(len(EXPECTED)))
def test_moodle_example_question(moodle_questions, index):
    line, qtype, title, text, fmt, answers = EXPECTED[index]
    question = moodle_questions[index]
    assert question.location.endswith(f" {line}")
    assert question.qtype == qtype
    assert question.title == title
    assert question.text == text
    assert question.text_format == fmt
    assert answers_of(question) == answers


def test_moodle_examples_export_and_import_back_the_same(moodle_questions):
    again = gift.parse(gift_writer.write(moodle_questions))
    assert [(q.qtype, q.title, q.text, answers_of(q)) for q in again] == [
        (q.qtype, q.title, q.text, answers_of(q)) for q in moodle_questions
    ]


def test_category_essay_and_general_feedback():
    source = (
        "$CATEGORY: $course$/top/Lịch sử Đảng\n\n"
        "// a comment\n"
        "::Tự luận::[html]<p>Trình bày ý nghĩa</p> {####Nêu được 3 ý.}\n\n"
        "Năm thành lập Đảng? {=1930 ####Ngày 3/2/1930}\n"
    )
    essay, short = gift.parse(source)
    assert (essay.category, essay.qtype, essay.text_format) == (
        "Lịch sử Đảng",
        "essay",
        "html",
    )
    assert essay.text == "<p>Trình bày ý nghĩa</p>"
    assert essay.general_feedback == "Nêu được 3 ý."
    assert short.general_feedback == "Ngày 3/2/1930"
    assert short.category == "Lịch sử Đảng"


def test_escapes_and_newlines_survive():
    (question,) = gift.parse("Ký hiệu \\{a\\} \\: b\\nc {=x \\= y#đúng \\# ~z}")
    assert question.text == "Ký hiệu {a} : b c"
    assert answers_of(question) == [("x = y", "1", "đúng #"), ("z", "0", "")]


def test_errors_name_each_line_in_vietnamese():
    source = "Câu một {=a ~b\n\nCâu hai {#năm}\n\nCâu ba {~%150%a =b}\n\nCâu bốn\n"
    with pytest.raises(FormatError) as caught:
        gift.parse(source)
    assert caught.value.problems == [
        'Dòng 1: Phần đáp án thiếu dấu "}" đóng.',
        'Dòng 3: "năm" không phải là số.',
        "Dòng 5: Trọng số phải nằm trong khoảng từ -100% đến 100%.",
        "Dòng 7: Câu hỏi không có phần đáp án trong ngoặc {…}.",
    ]


def test_an_empty_file_is_an_error():
    with pytest.raises(FormatError, match="không có câu hỏi"):
        gift.parse("// chỉ có chú thích\n")


def test_writer_escapes_control_characters():
    (question,) = gift.parse("::a\\:b::Chọn {=\\{x\\} ~\\~y}")
    text = gift_writer.write([question])
    assert "\\{x\\}" in text
    assert "\\~y" in text
    assert "::a\\:b::" in text
    assert gift.parse(text)[0].choices[0].text == "{x}"


def test_numeric_range_becomes_value_and_tolerance():
    (question,) = gift.parse("Pi? {#3.141..3.142}")
    assert (question.choices[0].number, question.choices[0].tolerance) == (
        Decimal("3.1415"),
        Decimal("0.0005"),
    )
