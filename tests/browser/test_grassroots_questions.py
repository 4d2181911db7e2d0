"""A commune cadre asks a question with a photo from a phone; the centre routes it,
the lecturer answers, the manager publishes; the asker reads the answer, and the
bank finds it typed without diacritics. All at 360×740, in Vietnamese."""

import struct
import zlib

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import PHONE

QUESTION = (
    "Cột mốc giải phóng mặt bằng đường tránh cắm lấn vào vườn nhà tôi, "
    "tôi cần báo cơ quan nào?"
)
ANSWER = "Báo ngay Ủy ban nhân dân xã và Hội đồng bồi thường để đo đạc lại mốc."


def _png() -> bytes:
    """A real 2×2 PNG photo, so that the page shows it."""

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xcc\x22\x22\xcc\x22\x22" * 2)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", pixels)
        + chunk(b"IEND", b"")
    )


@pytest.fixture
def phones(browser):
    """Phones of several people at once, each logged in on its own; all closed at
    the end, whatever happened."""
    contexts = []

    def phone_of(url, username):
        context = browser.new_context(
            viewport=PHONE, locale="vi-VN", is_mobile=True, has_touch=True
        )
        contexts.append(context)
        return _logged_in(context.new_page(), url, username)

    yield phone_of
    for context in contexts:
        context.close()


def _logged_in(page, url, username):
    page.set_default_timeout(15_000)
    page.goto(f"{url}/accounts/login/")
    page.get_by_label("Tên đăng nhập hoặc số điện thoại").fill(username)
    page.get_by_label("Mật khẩu").fill("demo12345")
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(lambda address: "/accounts/login/" not in address)
    return page


def _fits(page):
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


def test_a_question_with_a_photo_is_answered_published_and_found(live_demo, phones):
    url = live_demo.url
    cadre = phones(url, "0912 888 999")  # a commune cadre in no class
    cadre.goto(f"{url}/questions/ask/")
    expect(cadre.get_by_role("heading", name="Đặt câu hỏi")).to_be_visible()
    cadre.get_by_label("Chủ đề").select_option(label="Đất đai, giải phóng mặt bằng")
    cadre.get_by_label("Xã, phường của đồng chí").select_option(
        label="Xã Kim Bình (Tỉnh Tuyên Quang)"
    )
    cadre.get_by_label("Câu hỏi của đồng chí").fill(QUESTION)
    cadre.get_by_label("Ảnh hoặc tài liệu (không bắt buộc)").set_input_files(
        {"name": "cot-moc.png", "mimeType": "image/png", "buffer": _png()}
    )
    cadre.get_by_label("Không hiện tên tôi với người khác").check()
    _fits(cadre)
    cadre.get_by_role("button", name="Gửi câu hỏi").click()
    expect(cadre.get_by_text("Câu hỏi của đồng chí đã được gửi tới")).to_be_visible()
    expect(cadre.get_by_text(QUESTION)).to_be_visible()
    photo = cadre.get_by_role("img", name="Ảnh kèm câu hỏi")
    expect(photo).to_be_visible()
    assert photo.evaluate("image => image.naturalWidth") == 2
    _fits(cadre)
    question_url = cadre.url

    manager = phones(url, "quanly")
    manager.goto(f"{url}/questions/queue/?status=new")
    manager.get_by_role("link", name=QUESTION[:60]).first.click()
    manager.get_by_role("link", name="Phân công").click()
    manager.get_by_label("Giảng viên", exact=True).select_option(label="Ma Thị Hồng")
    manager.get_by_role("button", name="Phân công").click()
    expect(manager.get_by_text("Đã phân công trả lời câu hỏi.")).to_be_visible()

    lecturer = phones(url, "giangvien")
    lecturer.goto(f"{url}/questions/queue/")
    lecturer.locator("#to-answer").get_by_role("link", name=QUESTION[:60]).click()
    lecturer.get_by_role("link", name="Trả lời", exact=True).click()
    lecturer.get_by_label("Câu trả lời").fill(ANSWER)
    lecturer.get_by_role("button", name="Gửi duyệt").click()
    expect(
        lecturer.get_by_text("Câu trả lời của đồng chí đã được gửi trung tâm duyệt.")
    ).to_be_visible()

    manager.goto(question_url)
    manager.get_by_role("link", name="Duyệt", exact=True).click()
    expect(manager.get_by_label("Câu trả lời sẽ công bố")).to_have_value(ANSWER)
    manager.get_by_role("button", name="Công bố và báo người hỏi").click()
    expect(
        manager.get_by_text("Đã công bố câu trả lời và báo người hỏi.")
    ).to_be_visible()

    cadre.goto(f"{url}/questions/mine/")
    expect(cadre.locator(".qa-badge.new").first).to_be_visible()
    cadre.get_by_role("link", name=QUESTION[:60]).click()
    expect(cadre.locator("#answer")).to_contain_text(ANSWER)
    _fits(cadre)

    cadre.goto(f"{url}/questions/")
    cadre.get_by_label("Tìm kiếm").fill("cot moc giai phong mat bang")
    cadre.get_by_role("button", name="Tìm kiếm").click()
    expect(cadre.get_by_role("link", name=QUESTION[:60])).to_be_visible()
    _fits(cadre)
