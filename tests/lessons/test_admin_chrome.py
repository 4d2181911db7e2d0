"""The admin's frame in Vietnamese: tab titles end in the site's name, the sign-in
page tells a trainee where to go, and Wagtail's and Django's messages are ours."""

import re

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile

from lessons.editorial import set_up_editorial_workflow
from tests.factories import TrainingUnitFactory, UserFactory
from tests.factories.lessons import home_page
from tests.factories.people import PASSWORD
from units.roles import Role
from units.services import grant_role

pytestmark = pytest.mark.django_db


def _title(page: str) -> str:
    return re.search(r"<title>(.*?)</title>", page, re.S)[1].strip()


@pytest.fixture
def editor(client):
    set_up_editorial_workflow(home_page())
    user = UserFactory()
    grant_role(user, Role.EDITOR, training_unit=TrainingUnitFactory())
    client.force_login(user)
    return user


def test_the_sign_in_page_sends_a_trainee_to_the_site_s_login(client):
    page = client.get("/admin/login/").content.decode()
    assert _title(page) == f"Đăng nhập - {settings.WAGTAIL_SITE_NAME}"
    assert "Wagtail" not in _title(page)
    assert "Học viên hãy đăng nhập tại" in page
    assert 'href="/accounts/login/"' in page


def test_a_trainee_who_signs_in_there_is_told_so_in_vietnamese(client):
    trainee = UserFactory(username="hocvien")
    response = client.post(
        "/admin/login/",
        {"username": trainee.username, "password": PASSWORD},
        follow=True,
    )
    page = response.content.decode()
    assert "Bạn không có quyền vào trang quản trị." in page
    assert "You do not have permission" not in page


def test_every_admin_tab_title_ends_in_the_site_s_name(client, editor):
    for url in ["/admin/", "/admin/images/", "/admin/documents/"]:
        title = _title(client.get(url).content.decode())
        assert title.endswith(f" - {settings.WAGTAIL_SITE_NAME}"), (url, title)


def test_an_empty_document_form_says_only_what_is_missing(client, editor):
    page = client.post(
        "/admin/documents/add/", {"title": "Tài liệu", "collection": 1}
    ).content.decode()
    assert "Trường này là bắt buộc." in page
    assert "đuôi “”" not in page
    assert "File extension" not in page


def test_a_refused_pdf_is_not_also_blamed_for_an_empty_extension(client, editor):
    page = client.post(
        "/admin/documents/add/",
        {
            "title": "Tài liệu",
            "file": SimpleUploadedFile("tai-lieu.pdf", b"<html></html>"),
            "collection": 1,
        },
    ).content.decode()
    assert "Nội dung tệp không đúng với loại tệp (.pdf)" in page
    assert "đuôi “”" not in page


def test_the_image_form_says_tieu_de_not_chuc_danh(client, editor):
    page = client.get("/admin/images/add/").content.decode()
    assert "Tiêu đề" in page
    assert "Chức danh" not in page
