"""An editor writes a lesson and submits it, the manager approves, the trainee reads."""

import re

import pytest
from playwright.sync_api import expect

from lessons.models import LessonPage, ModulePage

MODULE = "Phần 3. Xây dựng Đảng và rèn luyện đảng viên"


@pytest.fixture
def lessons_live(transactional_db, live_server):
    from demo import centres as training_demo
    from demo import lessons as lessons_demo

    training_demo.seed()
    lessons_demo.seed()
    return live_server


@pytest.fixture
def desk(browser):
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, locale="vi-VN"
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def _admin_login(page, url, username):
    page.context.clear_cookies()
    page.goto(f"{url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "demo12345")
    page.get_by_role("button", name="Đăng nhập").click()
    expect(page.get_by_role("heading", level=1).first).to_be_visible()


def _more_actions(page):
    page.locator("footer .w-dropdown__toggle").first.click()


def test_editor_submits_manager_approves_trainee_reads(desk, phone, lessons_live):
    url = lessons_live.url
    module = ModulePage.objects.get(title=MODULE)

    _admin_login(desk, url, "bientap")
    desk.goto(f"{url}/admin/pages/add/lessons/lessonpage/{module.pk}/")
    expect(desk.get_by_text("Lưu bản nháp")).to_be_visible()
    desk.fill("#id_title", "Đảng viên mới")
    desk.locator("#id_title").blur()
    desk.fill("#id_summary", "Những việc đầu tiên của người đảng viên mới ở chi bộ.")
    expect(desk.locator("#id_slug")).to_have_value("dang-vien-moi")
    _more_actions(desk)
    desk.get_by_role("button", name="Gửi duyệt: Duyệt bài giảng").click()
    expect(
        desk.get_by_text("Đã tạo trang 'Đảng viên mới' và gửi duyệt.")
    ).to_be_visible()
    lesson = LessonPage.objects.get(title="Đảng viên mới")
    assert lesson.slug == "dang-vien-moi"
    assert not lesson.live

    _admin_login(desk, url, "quanly")
    expect(desk.get_by_text("Đang chờ bạn duyệt")).to_be_visible()
    desk.goto(f"{url}/admin/pages/{lesson.pk}/edit/")
    _more_actions(desk)
    desk.get_by_role("button", name=re.compile(r"^Duyệt\s*và xuất bản$")).click()
    expect(desk.locator(".messages")).to_contain_text("Đảng viên mới")
    lesson.refresh_from_db()
    assert lesson.live

    phone.goto(f"{url}/accounts/login/")
    phone.get_by_label("Tên đăng nhập hoặc số điện thoại").fill("hocvien")
    phone.get_by_label("Mật khẩu").fill("demo12345")
    phone.get_by_role("button", name="Đăng nhập").click()
    phone.goto(f"{url}{module.url}")
    phone.get_by_role("link", name="Đảng viên mới", exact=True).click()
    expect(phone.get_by_role("heading", level=1)).to_have_text("Đảng viên mới")
    expect(
        phone.get_by_text("Những việc đầu tiên của người đảng viên mới")
    ).to_be_visible()
