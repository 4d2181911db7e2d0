"""import_questions / export_questions: all or nothing, and a GIFT round trip."""

import io
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from quizzes.models import Category, Choice, Question, QuizQuestion
from tests.quizzes.test_gift import EXAMPLES


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.mark.django_db
def test_import_moodle_examples_prints_the_counts():
    out, _err = run(
        "import_questions", str(EXAMPLES), "--format", "gift", "--category", "Moodle"
    )
    assert out.strip() == (
        "imported 43 questions (16 single, 2 multiple, 5 true_false, 9 fill_blanks, "
        "3 matching, 8 numeric)"
    )
    assert Category.objects.get().name == "Moodle"
    assert Question.objects.count() == 43


@pytest.mark.django_db
def test_a_malformed_file_imports_nothing(tmp_path: Path):
    path = tmp_path / "hong.gift"
    path.write_text("Câu tốt {=a ~b}\n\nCâu hỏng {=a ~b\n", encoding="utf-8")
    with pytest.raises(CommandError) as caught:
        run("import_questions", str(path), "--format", "gift")
    assert 'Dòng 3: Phần đáp án thiếu dấu "}" đóng.' in str(caught.value)
    assert (
        Question.objects.count(),
        Choice.objects.count(),
        Category.objects.count(),
    ) == (0, 0, 0)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("content", "fmt", "message"),
    [
        (b"\xff\xfe", "gift", "không phải văn bản UTF-8"),
        # not a zip: read as an uploaded content.json, whose problem is named
        (b"{", "h5p", "Tệp JSON hỏng: dòng 1, cột 2"),
    ],
)
def test_unreadable_files_are_refused(tmp_path, content, fmt, message):
    path = tmp_path / "tep"
    path.write_bytes(content)
    with pytest.raises(CommandError, match=message):
        run("import_questions", str(path), "--format", fmt)
    assert Question.objects.count() == 0


@pytest.mark.django_db
def test_missing_file_is_named():
    with pytest.raises(CommandError, match="Không tìm thấy tệp"):
        run("import_questions", "/khong/co.gift", "--format", "gift")


def snapshot():
    return sorted(
        (
            q.category.name,
            q.qtype,
            q.title,
            q.text,
            q.text_format,
            q.general_feedback,
            [
                (
                    c.text,
                    c.fraction,
                    c.feedback,
                    c.gap,
                    c.match_text,
                    c.number,
                    c.tolerance,
                )
                for c in q.choices.all()
            ],
        )
        for q in Question.objects.order_by("pk")
    )


@pytest.mark.django_db
def test_export_imports_back_to_the_same_questions(tmp_path, demo):
    out, err = run("export_questions", "--format", "gift")
    assert "Bỏ qua 2 câu hỏi" in err
    before = [row for row in snapshot() if row[1] not in ("ordering", "drag_words")]
    QuizQuestion.objects.all().delete()
    Question.objects.all().delete()
    path = tmp_path / "xuat.gift"
    path.write_text(out, encoding="utf-8")
    printed, _err = run("import_questions", str(path), "--format", "gift")
    assert printed.startswith(f"imported {len(before)} questions")
    assert snapshot() == before


@pytest.mark.django_db
def test_export_one_category(demo):
    out, _err = run(
        "export_questions",
        "--format",
        "gift",
        "--category",
        "Nhận thức về Đảng — Bài 3: Điều lệ Đảng",
    )
    assert out.startswith("$CATEGORY: Nhận thức về Đảng — Bài 3: Điều lệ Đảng\n")
    assert "::Thời gian dự bị::" in out
    with pytest.raises(CommandError, match="Không có câu hỏi nào"):
        run("export_questions", "--format", "gift", "--category", "Không tồn tại")
