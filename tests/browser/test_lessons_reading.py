"""The demo trainee reads on a phone, goes offline, keeps reading, syncs."""

import pytest
from playwright.sync_api import expect

from lessons.models import LessonPage, LessonProgress

PROGRAMME = "Bồi dưỡng nhận thức về Đảng"


@pytest.fixture
def lessons_live(transactional_db, live_server):
    from demo import centres as training_demo
    from demo import lessons as lessons_demo

    training_demo.seed()
    lessons_demo.seed()
    return live_server


def _log_in(phone, url):
    phone.goto(f"{url}/accounts/login/?next=/me/")
    phone.get_by_label("Tên đăng nhập hoặc số điện thoại").fill("0912345678")
    phone.get_by_label("Mật khẩu").fill("demo12345")
    phone.get_by_role("button", name="Đăng nhập").click()
    expect(phone.get_by_role("heading", name="Chương trình của tôi")).to_be_visible()


def _read_to_the_end(phone):
    for _ in range(40):
        phone.mouse.wheel(0, 900)
        phone.wait_for_timeout(50)
    expect(phone.locator("[data-done-note]")).to_be_visible()


def test_trainee_reads_goes_offline_and_progress_syncs(phone, lessons_live):
    url = lessons_live.url
    _log_in(phone, url)
    phone.get_by_role("link", name=PROGRAMME, exact=True).click()
    expect(phone.get_by_text("0/5 bài đã học xong (0%)")).to_be_visible()
    phone.evaluate("navigator.serviceWorker.ready.then(() => true)")

    phone.get_by_role("link", name="Bài 1. Khái quát lịch sử Đảng").click()
    expect(phone.get_by_role("heading", level=1)).to_have_text(
        "Bài 1. Khái quát lịch sử Đảng Cộng sản Việt Nam"
    )
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    _read_to_the_end(phone)
    phone.wait_for_function("() => window.Hoc.pending() === 0")
    first_url, second = phone.url, phone.get_by_role("link", name="Bài tiếp →")
    second.click()  # the second lesson, opened once online: the phone keeps it
    second_url = phone.url
    phone.wait_for_function("() => window.Hoc.pending() === 0")
    phone.goto(phone.url.rsplit("/", 2)[0] + "/")
    expect(phone.get_by_text("1/5 bài đã học xong (20%)")).to_be_visible()

    phone.context.set_offline(True)
    phone.goto(second_url)
    expect(phone.get_by_role("heading", level=1)).to_contain_text("Bài 2. Cương lĩnh")
    _read_to_the_end(phone)
    expect(phone.locator("[data-done-note]")).to_contain_text("Đã lưu trên điện thoại")
    phone.goto(first_url)  # reopened offline, read again: no second finish
    _read_to_the_end(phone)
    assert phone.evaluate("window.Hoc.pending()") > 0
    phone.goto(f"{url}/mot-trang-chua-mo/")
    expect(
        phone.get_by_role("heading", name="Đồng chí đang không có mạng")
    ).to_be_visible()
    expect(
        phone.get_by_role("link", name="Bài 1. Khái quát lịch sử Đảng")
    ).to_be_visible()

    phone.context.set_offline(False)
    phone.goto(second_url)
    phone.wait_for_function("() => window.Hoc.pending() === 0")
    phone.goto(phone.url.rsplit("/", 2)[0] + "/")
    expect(phone.get_by_text("2/5 bài đã học xong (40%)")).to_be_visible()
    read = LessonProgress.objects.filter(
        trainee__username="hocvien", read_at__isnull=False
    )
    assert sorted(p.lesson.title[:6] for p in read) == ["Bài 1.", "Bài 2."]
    assert LessonPage.objects.filter(title__startswith="Bài 2. Cương lĩnh").exists()
