"""The site's chrome on a phone: a Vietnamese 403 page, a favicon, and htmx only on
the pages that use it."""

from pathlib import Path

import pytest

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_a_refused_page_says_why_in_vietnamese(client):
    client.force_login(UserFactory(full_name="Triệu Văn Hải"))

    response = client.get("/questions/queue/")

    assert response.status_code == 403
    page = response.content.decode()
    assert "<h1>Không được phép</h1>" in page
    assert "Tài khoản của đồng chí không được mở trang này" in page
    assert "Về trang chủ" in page


def test_404_and_500_pages_exist_in_vietnamese(client):
    from django.template.loader import render_to_string

    assert "Không tìm thấy trang" in client.get("/khong-co-trang-nay/").content.decode()
    assert "Những gì đồng chí đã lưu vẫn còn nguyên" in render_to_string("500.html")


def test_the_favicon_is_served_and_linked(client):
    icon = client.get("/favicon.ico")

    assert icon.status_code == 200
    assert b"".join(icon.streaming_content)[:4] == b"\x00\x00\x01\x00"  # an .ico
    page = client.get("/accounts/login/").content.decode()
    assert '<link rel="icon" href="/favicon.ico"' in page
    assert 'href="/static/favicon.svg" type="image/svg+xml"' in page
    from django.contrib.staticfiles import finders

    assert "<svg" in Path(finders.find("favicon.svg")).read_text()


def test_htmx_only_on_pages_that_use_it(client):
    client.force_login(UserFactory(full_name="Triệu Văn Hải"))

    assert "htmx.min.js" not in client.get("/me/").content.decode()
    assert "htmx.min.js" not in client.get("/accounts/login/").content.decode()
    asking = client.get("/questions/ask/").content.decode()
    assert "hx-get" in asking
    assert "htmx.min.js" in asking
