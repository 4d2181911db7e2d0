"""The import preview names each question's type in Vietnamese, not by its code."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.factories import UserFactory
from tests.i18n.crawler import english, read

GIFT = (
    "::Năm::Đảng ra đời năm nào? {=1930 ~1945}\n\n"
    "::Đúng sai::Đảng ra đời năm 1930. {TRUE}\n\n"
    "::Nhiều::Chọn các năm có Đại hội. {~%50%1986 ~%50%1991 ~%-100%1990}\n\n"
    "::Số::Có bao nhiêu kỳ Đại hội đến năm 2021? {#13}\n\n"
    "::Tự luận::Trình bày. {}\n"
)


@pytest.mark.django_db
def test_the_preview_says_each_type_in_vietnamese(client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    file = SimpleUploadedFile("cau-hoi.gift", GIFT.encode())
    data = {"file": file, "format": "gift", "category": "Nhập thử"}

    page = client.post("/admin/quizzes/import/", data).content.decode()

    start = page.index('<table class="listing">')
    table = page[start : page.index("</table>", start)]
    cells = read(table).strings
    assert [text for text in cells if english(text)] == []
    types = ("Một lựa chọn", "Đúng/sai", "Nhiều lựa chọn", "Trả lời bằng số", "Tự luận")
    for label in types:
        assert f"<td>{label}</td>" in table


@pytest.mark.django_db
def test_the_quiz_list_says_draft_or_not_without_true_or_false(client):
    from tests.factories.quizzes import quiz_with, single_question

    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    quiz_with(single_question(), draft=True)
    quiz_with(single_question(), draft=False)

    page = client.get("/admin/snippets/quizzes/quiz/").content.decode()

    start = page.index('<table class="listing')
    table = read(page[start : page.index("</table>", start)]).strings
    assert "True" not in table
    assert "False" not in table
    assert "Có" in table
    assert "Không" in table
