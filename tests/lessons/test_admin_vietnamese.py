"""The Wagtail admin in Vietnamese for everything an editor and a manager touch."""

import html
import re

import pytest
from wagtail.models import Workflow

from accounts.models import User
from lessons.editorial import WORKFLOW_NAME
from lessons.models import LessonPage, ModulePage

pytestmark = pytest.mark.django_db

ENGLISH = [
    "Save draft", "Publish", "Preview", "Add child page", "Pages", "Images",
    "Documents", "Snippets", "Reports", "Settings", "Help", "Dashboard", "Search",
    "Edit", "History", "Delete", "Move", "Copy", "Unpublish", "Submit", "Approve",
    "Request changes", "Cancel", "Save", "Add", "Actions", "More actions", "Live",
    "Draft", "Status", "Title", "Content", "Promote", "Compare", "Workflow",
    "Sign out", "Log out", "Account", "Upload", "Choose", "Privacy", "Comments",
    "Add an image", "Add a document", "Add documents", "Page type", "Updated",
    "Awaiting my review", "Awaiting your review", "Your most recent edits",
    "Sort by", "Filter", "Show",
    "Previous", "Next", "Preview in new tab", "Schedule to publish", "Current draft",
    "Live version", "Go live date/time", "Expiry date/time", "Slug", "Locked",
    "Private", "Public", "Owner", "Any", "Tags", "Collection", "File", "Notes",
]  # fmt: skip


def _visible_lines(page: str) -> set[str]:
    page = re.sub(r"<(script|style|template)\b.*?</\1>", " ", page, flags=re.S)
    attributes = re.findall(r'(?:title|placeholder|aria-label|alt)="([^"]*)"', page)
    text = re.sub(r"<[^>]+>", "\n", page)
    lines = [*text.split("\n"), *attributes]
    return {html.unescape(line).strip() for line in lines if line.strip()}


def _english_on(client, url: str) -> list[str]:
    response = client.get(url)
    assert response.status_code == 200, url
    lines = _visible_lines(response.content.decode())
    return [label for label in ENGLISH if label in lines]


@pytest.fixture
def lesson(lesson_demo):
    return LessonPage.objects.get(title__startswith="Bài 3. Những nội dung cơ bản")


def _editor_screens(lesson) -> list[str]:
    module = ModulePage.objects.first()
    revisions = list(lesson.revisions.order_by("pk").values_list("pk", flat=True))
    return [
        "/admin/",
        f"/admin/pages/{lesson.get_parent().pk}/",
        f"/admin/pages/add/lessons/lessonpage/{module.pk}/",
        f"/admin/pages/{lesson.pk}/edit/",
        f"/admin/pages/{lesson.pk}/history/",
        f"/admin/pages/{lesson.pk}/revisions/compare/{revisions[0]}...{revisions[-1]}/",
        "/admin/pages/search/?q=dang",
        "/admin/images/",
        "/admin/images/add/",
        "/admin/documents/",
        "/admin/documents/multiple/add/",
        "/admin/reports/workflow/",
        "/admin/account/",
    ]


def test_editor_screens_show_no_english(client, lesson):
    editor = User.objects.get(username="bientap")
    lesson.save_revision(user=editor)
    client.force_login(editor)
    found = {url: _english_on(client, url) for url in _editor_screens(lesson)}
    assert {url: words for url, words in found.items() if words} == {}


def test_manager_review_screens_show_no_english(client, lesson):
    editor = User.objects.get(username="bientap")
    manager = User.objects.get(username="quanly")
    revision = lesson.save_revision(user=editor)
    Workflow.objects.get(name=WORKFLOW_NAME).start(lesson, editor)
    assert revision.pk
    client.force_login(manager)
    urls = ["/admin/", f"/admin/pages/{lesson.pk}/edit/", "/admin/reports/workflow/"]
    found = {url: _english_on(client, url) for url in urls}
    assert {url: words for url, words in found.items() if words} == {}
    page = client.get("/admin/").content.decode()
    assert "Đang chờ bạn duyệt" in page
    assert lesson.title in page


def test_login_screen_is_vietnamese(client, lesson):
    assert _english_on(client, "/admin/login/") == []
