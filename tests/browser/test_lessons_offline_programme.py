"""The demo trainee, on a 360×740 phone: saves a whole programme for offline
reading and frees the space again; comes back to the place they stopped reading;
searches with a 300-character query."""

import re

import pytest
from playwright.sync_api import expect

from lessons.models import LessonProgress, ProgrammePage

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


def test_trainee_saves_a_programme_reads_it_offline_and_removes_it(phone, lessons_live):
    _log_in(phone, lessons_live.url)
    phone.get_by_role("link", name=PROGRAMME, exact=True).click()
    programme_url = phone.url
    phone.evaluate("navigator.serviceWorker.ready.then(() => true)")
    box = phone.locator(".offline-download")
    expect(box).to_contain_text(re.compile(r"5 bài, khoảng \d+"))
    badges = phone.locator("[data-saved-badge]")
    expect(badges.first).to_be_hidden()

    box.get_by_role("button", name=re.compile("Tải về để học offline")).click()
    expect(box.locator("[data-download-status]")).to_have_text(
        "Đã lưu. Đồng chí có thể học cả chương trình khi không có mạng."
    )
    for index in range(5):
        expect(badges.nth(index)).to_be_visible()
        expect(badges.nth(index)).to_have_text("Đã lưu")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    last = phone.get_by_role("link", name=re.compile("^Bài 5\\.")).get_attribute("href")

    phone.context.set_offline(True)
    phone.goto(lessons_live.url + last)  # never opened: saved by the download
    expect(phone.get_by_role("heading", level=1)).to_contain_text("Bài 5. Phấn đấu")
    phone.goto(programme_url)
    remove = box.get_by_role("button", name="Xoá khỏi điện thoại cho nhẹ bộ nhớ")
    remove.click()  # offline too: the phone kept the list of what it saved
    expect(box.locator("[data-download-status]")).to_have_text(
        "Đã xoá bản đã lưu khỏi điện thoại này."
    )
    expect(badges.first).to_be_hidden()
    expect(remove).to_be_hidden()
    phone.goto(lessons_live.url + last)
    expect(
        phone.get_by_role("heading", name="Đồng chí đang không có mạng")
    ).to_be_visible()


def test_a_module_of_a_saved_programme_says_it_is_saved(phone, lessons_live):
    """Saved with its whole programme, not on its own page: the module's box says
    so and frees its lessons, and the programme is then no longer whole."""
    _log_in(phone, lessons_live.url)
    programme = ProgrammePage.objects.get(
        title="Lý luận chính trị dành cho đảng viên mới"
    )
    phone.goto(lessons_live.url + programme.url)
    phone.evaluate("navigator.serviceWorker.ready.then(() => true)")
    box = phone.locator(".offline-download")
    box.get_by_role("button", name=re.compile("Tải về để học offline")).click()
    expect(box.get_by_role("button", name=re.compile("Xoá khỏi"))).to_be_visible()

    phone.get_by_role("link", name=re.compile("^Phần 1\\.")).click()
    expect(box.locator("[data-download-status]")).to_have_text(
        "Đã lưu. Đồng chí có thể học phần này khi không có mạng."
    )
    badges = phone.locator("[data-saved-badge]")
    expect(badges.first).to_be_visible()
    remove = box.get_by_role("button", name=re.compile("Xoá khỏi"))
    remove.click()
    expect(remove).to_be_hidden()
    for index in range(badges.count()):
        expect(badges.nth(index)).to_be_hidden()

    phone.goto(lessons_live.url + programme.url)
    expect(phone.locator("[data-saved-badge]").last).to_be_visible()  # the others stay
    expect(box.get_by_role("button", name=re.compile("Xoá khỏi"))).to_be_hidden()


def test_trainee_comes_back_to_the_place_they_stopped(phone, lessons_live):
    _log_in(phone, lessons_live.url)
    phone.get_by_role("link", name=PROGRAMME, exact=True).click()
    phone.get_by_role("link", name="Bài 1. Khái quát lịch sử Đảng").click()
    phone.evaluate("document.getElementById('doan-8').scrollIntoView({block: 'start'})")
    phone.wait_for_timeout(1500)  # the position is sent once scrolling stops
    phone.wait_for_function("() => window.Hoc.pending() === 0")
    stopped = LessonProgress.objects.get(
        trainee__username="hocvien", lesson__title__startswith="Bài 1."
    ).position
    assert stopped >= 7

    phone.goto(lessons_live.url + "/")
    card = phone.locator(".continue-card")
    expect(card).to_contain_text("Bài 1. Khái quát lịch sử Đảng")
    card.get_by_role("link", name="Học tiếp").click()
    expect(phone).to_have_url(re.compile(f"#doan-{stopped}$"))
    top = phone.evaluate(
        f"document.getElementById('doan-{stopped}').getBoundingClientRect().top"
    )
    assert -2 <= top < 200
    phone.goto(phone.url.split("#")[0].rsplit("/", 2)[0] + "/")
    expect(phone.get_by_role("link", name="Học tiếp")).to_be_visible()


def test_a_300_character_search_fits_the_phone(phone, lessons_live):
    _log_in(phone, lessons_live.url)
    query = ("nghịquyết" * 40)[:300]
    phone.goto(f"{lessons_live.url}/search/")
    phone.get_by_label("Tìm bài học").fill(query)
    phone.get_by_role("button", name="Tìm").click()
    expect(phone.get_by_role("heading", level=2)).to_contain_text(
        "Không tìm thấy bài học nào"
    )
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    phone.get_by_label("Tìm bài học").fill("hồ chí minh")
    phone.get_by_role("button", name="Tìm").click()
    expect(phone.locator("mark").first).to_have_text("Hồ Chí Minh")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
