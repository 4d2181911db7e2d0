"""What a person reads when an imported file is broken: a Vietnamese sentence naming
the file, the line or the JSON path, never the parser's own English."""

import io
import json
import zipfile

import pytest

from quizzes.formats import FormatError, h5p
from tests.i18n.crawler import english


def package(content: bytes, meta: bytes = b'{"mainLibrary": "H5P.TrueFalse"}'):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("content/content.json", content)
        archive.writestr("h5p.json", meta)
    return buffer.getvalue()


def problems(data: bytes) -> list[str]:
    with pytest.raises(FormatError) as caught:
        h5p.parse(data)
    for problem in caught.value.problems:
        assert english(problem) == [], problem
    return caught.value.problems


def test_a_broken_content_json_names_the_member_the_line_and_the_problem():
    content = '{\n  "question": "Đúng?",\n  "correct": "true"\n  "x": 1\n}'.encode()

    assert problems(package(content)) == [
        "Tệp H5P hỏng: content/content.json dòng 4, cột 3: thiếu dấu phẩy."
    ]


def test_a_broken_h5p_json_is_named_too():
    content = json.dumps({"question": "Đúng hay sai?", "correct": "true"}).encode()

    assert problems(package(content, b'{"mainLibrary": }')) == [
        "Tệp H5P hỏng: h5p.json dòng 1, cột 17: thiếu một giá trị."
    ]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (b'{"question": "x", }', "tên thuộc tính phải đặt trong dấu ngoặc kép"),
        (b'{"question" "x"}', "thiếu dấu hai chấm"),
        (b'{"question": "x', "một chuỗi thiếu dấu ngoặc kép đóng"),
        (b'{"question": "x"} {}', "còn văn bản thừa sau giá trị JSON"),
        (b'{"question": "a\\qb"}', "một chuỗi thoát bằng dấu \\ không hợp lệ"),
    ],
)
def test_an_uploaded_content_json_says_what_is_wrong_where(text, problem):
    (said,) = problems(text)

    assert said.startswith("Tệp JSON hỏng: dòng 1, cột ")
    assert said.endswith(f": {problem}.")


def test_text_that_is_not_utf8_is_said_so():
    assert problems(b"\xff\xfe{}") == [
        "Tệp không phải gói .h5p cũng không phải văn bản JSON mã UTF-8."
    ]
    assert problems(package(b'{"question": "\xe0"}')) == [
        "Tệp H5P hỏng: content/content.json không phải văn bản mã UTF-8."
    ]


def test_a_zip_cut_short_is_a_broken_package():
    whole = package(json.dumps({"question": "x", "correct": "true"}).encode())

    assert problems(whole[: len(whole) // 2]) == [
        "Tệp H5P hỏng: không mở được như một gói zip."
    ]
