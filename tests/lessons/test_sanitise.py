import pytest

from lessons.models import LessonPage
from lessons.sanitise import sanitise_html
from tests.factories.lessons import lesson_tree

ATTACKS = [
    '<p>Chào<script>alert("x")</script></p>',
    '<p onclick="alert(1)">Chào</p>',
    '<p><a href="javascript:alert(1)">Chào</a></p>',
    '<p><a href="JaVaScRiPt:alert(1)">Chào</a></p>',
    '<p><img src="x" onerror="alert(1)">Chào</p>',
    '<p><iframe src="https://example.com"></iframe>Chào</p>',
    '<p><a href="data:text/html;base64,PHNjcmlwdD4=">Chào</a></p>',
    '<p style="background:url(javascript:alert(1))">Chào</p>',
]


@pytest.mark.parametrize("html", ATTACKS)
def test_sanitise_removes_scripts_events_and_dangerous_links(html):
    clean = sanitise_html(html).lower()
    assert "chào" in clean
    for bad in (
        "<script",
        "onclick",
        "onerror",
        "javascript:",
        "<iframe",
        "data:",
        "style=",
    ):
        assert bad not in clean


def test_sanitise_keeps_wagtail_links_and_embeds():
    html = (
        '<p><b>Đậm</b> <a linktype="page" id="3">trang</a> '
        '<a href="https://vi.wikipedia.org/">ngoài</a></p>'
        '<embed embedtype="image" id="1" format="fullwidth" alt="Ảnh"/>'
    )
    clean = sanitise_html(html)
    assert '<a linktype="page" id="3">trang</a>' in clean
    assert '<a href="https://vi.wikipedia.org/">ngoài</a>' in clean
    assert '<embed embedtype="image" id="1" format="fullwidth" alt="Ảnh">' in clean
    assert "<b>Đậm</b>" in clean


@pytest.mark.django_db
def test_lesson_text_is_stored_and_shown_clean(client):
    tree = lesson_tree(titles=("Bài có mã độc",))
    lesson = tree.lessons[0]
    lesson.body = [
        {"type": "text", "value": ATTACKS[0] + ATTACKS[1] + ATTACKS[2]},
        {"type": "callout", "value": {"kind": "note", "text": ATTACKS[4]}},
    ]
    lesson.save_revision().publish()
    stored = LessonPage.objects.get(pk=lesson.pk).body.raw_data
    assert "script" not in stored[0]["value"]
    client.force_login(tree.trainee)
    page = client.get(lesson.url).content.decode()
    body = page.split('class="lesson-body"', 1)[1].split("</article>", 1)[0]
    assert "Chào" in body
    assert "alert" not in body
    assert "javascript:" not in body


@pytest.mark.django_db
def test_rich_text_put_straight_into_the_database_is_cleaned_on_display(client):
    tree = lesson_tree(titles=("Bài sửa thẳng trong cơ sở dữ liệu",))
    lesson = tree.lessons[0]
    raw = [
        {
            "type": "text",
            "value": '<p onmouseover="x()">Nội dung<script>x()</script></p>',
            "id": "a1",
        }
    ]
    LessonPage.objects.filter(pk=lesson.pk).update(body=raw)
    client.force_login(tree.trainee)
    page = client.get(lesson.url).content.decode()
    assert "Nội dung" in page
    assert "onmouseover" not in page
    assert "x()</script>" not in page
