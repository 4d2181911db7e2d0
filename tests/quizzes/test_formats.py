"""Aiken and H5P import, parsed without the database."""

import io
import json
import zipfile
from decimal import Decimal

import pytest

from quizzes.formats import FormatError, aiken, h5p, parse

AIKEN = """Đảng Cộng sản Việt Nam ra đời năm nào?
A. 1925
B. 1930
C) 1945
ANSWER: B

Tổng Bí thư đầu tiên của Đảng là ai?
A. Trần Phú
B. Lê Hồng Phong
ANSWER: A
"""


def test_aiken_questions_and_answers():
    first, second = aiken.parse(AIKEN)
    assert (first.qtype, first.text) == (
        "single",
        "Đảng Cộng sản Việt Nam ra đời năm nào?",
    )
    assert [(c.text, c.fraction) for c in first.choices] == [
        ("1925", Decimal(0)),
        ("1930", Decimal(1)),
        ("1945", Decimal(0)),
    ]
    assert [c.fraction for c in second.choices] == [Decimal(1), Decimal(0)]


def test_aiken_problems_name_their_lines():
    bad = "Câu một?\nA. x\nB. y\nANSWER: D\n\nA. lạc\n\nCâu ba?\nA. x\nB. y\n"
    with pytest.raises(FormatError) as caught:
        aiken.parse(bad)
    assert caught.value.problems == [
        'Dòng 4: Đáp án "D" không có trong các phương án.',
        "Dòng 6: Có phương án hoặc đáp án đứng trước khi có câu hỏi.",
        'Dòng 8: câu hỏi thiếu dòng "ANSWER:".',
    ]


MULTI = {
    "question": "<p>Hình thức kỷ luật đảng viên chính thức?</p>",
    "answers": [
        {
            "text": "<div>Khiển trách</div>",
            "correct": True,
            "tipsAndFeedback": {"chosenFeedback": "Đúng"},
        },
        {"text": "Cảnh cáo", "correct": True},
        {"text": "Hạ bậc lương", "correct": False},
    ],
}
TRUE_FALSE = {
    "question": "Chi bộ sinh hoạt mỗi tháng một lần.",
    "correct": "true",
    "behaviour": {"feedbackOnCorrect": "Chính xác", "feedbackOnWrong": "Xem Điều lệ"},
}
BLANKS = {
    "text": "Điền từ:",
    "questions": [
        "<p>Đảng tổ chức theo nguyên tắc *tập trung dân chủ/tap trung dan chu*.</p>"
    ],
    "behaviour": {"caseSensitive": False},
}
DRAG = {
    "taskDescription": "Kéo từ vào chỗ trống",
    "textField": "Đội tiên phong của giai cấp *công nhân*.",
    "distractors": "*nông dân*",
}


def package(library: str, content: dict) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("h5p.json", json.dumps({"mainLibrary": library}))
        archive.writestr(
            "content/content.json", json.dumps(content, ensure_ascii=False)
        )
    return buffer.getvalue()


def test_h5p_multichoice_package():
    (q,) = h5p.parse(package("H5P.MultiChoice", MULTI))
    assert (q.qtype, q.text) == (
        "multiple",
        "<p>Hình thức kỷ luật đảng viên chính thức?</p>",
    )
    assert [(c.text, c.fraction, c.feedback) for c in q.choices] == [
        ("Khiển trách", Decimal("0.5"), "Đúng"),
        ("Cảnh cáo", Decimal("0.5"), ""),
        ("Hạ bậc lương", Decimal(0), ""),
    ]


def test_h5p_true_false_blanks_and_drag_text_content_json():
    (tf,) = parse(json.dumps(TRUE_FALSE).encode(), "h5p")
    assert [(c.text, c.fraction, c.feedback) for c in tf.choices] == [
        ("Đúng", Decimal(1), "Chính xác"),
        ("Sai", Decimal(0), "Xem Điều lệ"),
    ]
    (blanks,) = parse(json.dumps(BLANKS).encode(), "h5p")
    assert blanks.qtype == "fill_blanks"
    assert "nguyên tắc [[1]]." in blanks.text
    assert [c.text for c in blanks.choices] == [
        "tập trung dân chủ",
        "tap trung dan chu",
    ]
    assert blanks.case_sensitive is False
    (drag,) = parse(json.dumps(DRAG).encode(), "h5p")
    assert drag.qtype == "drag_words"
    assert drag.text.endswith("giai cấp [[1]].")
    assert [(c.text, c.gap) for c in drag.choices] == [
        ("công nhân", 1),
        ("nông dân", None),
    ]


def test_h5p_question_set():
    content = {
        "questions": [
            {"library": "H5P.MultiChoice 1.16", "params": MULTI},
            {"library": "H5P.TrueFalse 1.8", "params": TRUE_FALSE},
        ]
    }
    questions = h5p.parse(package("H5P.QuestionSet", content))
    assert [q.qtype for q in questions] == ["multiple", "true_false"]
    assert [q.location for q in questions] == ["$.questions[0]", "$.questions[1]"]


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (
            {
                "questions": [
                    {
                        "library": "H5P.MultiChoice 1.16",
                        "params": {
                            "question": "x",
                            "answers": [{"text": "a"}, {"text": "b"}],
                        },
                    }
                ]
            },
            "Đường dẫn JSON $.questions[0].params.answers: "
            "không có phương án nào được đánh dấu đúng",
        ),
        (
            {"questions": [{"library": "H5P.Essay 1.5", "params": {}}]},
            "Đường dẫn JSON $.questions[0].library: loại H5P.Essay không được hỗ trợ",
        ),
        (
            {"question": "x", "correct": "có"},
            'Đường dẫn JSON $.correct: phải là "true" hoặc "false"',
        ),
        (
            {"textField": "không có chỗ trống"},
            "Đường dẫn JSON $.textField: không có từ nào được đánh dấu *từ*",
        ),
    ],
)
def test_h5p_problems_name_the_json_path(content, problem):
    with pytest.raises(FormatError) as caught:
        h5p.parse(json.dumps(content).encode())
    assert caught.value.problems == [problem]


def test_h5p_garbage_is_refused():
    with pytest.raises(FormatError, match=r"^Tệp H5P hỏng: không mở được như một gói"):
        h5p.parse(b"PK\x03\x04 broken")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("h5p.json", "{}")
    with pytest.raises(FormatError, match=r"không có tệp content/content\.json"):
        h5p.parse(buffer.getvalue())


def test_h5p_members_that_inflate_past_their_limit_are_refused_unread():
    # A 204 KB package whose h5p.json inflates to 200 MB raised memory by ~400 MB.
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("content/content.json", json.dumps(MULTI))
        archive.writestr("h5p.json", b" " * 200_000_000)
    assert len(buffer.getvalue()) < 300_000

    with pytest.raises(FormatError, match=r"h5p\.json quá lớn \(tối đa 64 KB\)"):
        h5p.parse(buffer.getvalue())
