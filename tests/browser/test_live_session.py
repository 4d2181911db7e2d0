"""The live session end to end in Chromium: presenter, console, two phones."""

import json
import os
import re
from pathlib import Path

from playwright.sync_api import expect

from tests.browser.conftest import PHONE
from tests.browser.live_fixtures import asgi_demo  # noqa: F401 - a fixture

# Four browsers and a server share two cores: give the sockets time.
expect.set_options(timeout=30_000)


def _context(browser, **options):
    context = browser.new_context(locale="vi-VN", **options)
    page = context.new_page()
    page.set_default_timeout(20_000)
    return page


def _log_in(page, base, who):
    page.goto(f"{base}/accounts/login/")
    page.locator("#id_username").fill(who)
    page.locator("#id_password").fill("demo12345")
    page.locator("form button[type=submit]").click()
    page.wait_for_load_state()


def _new_session(console, base, title) -> str:
    """A session made on /live/new/; its code (the console is on its page)."""
    console.goto(f"{base}/live/new/")
    console.locator("#id_title").fill(title)
    console.get_by_role("button", name="Tạo").click()
    expect(console.get_by_role("heading", level=1)).to_contain_text(title)
    return console.url.rstrip("/").split("/")[-2]


def _prepare(console, base):
    code = _new_session(console, base, "Học tập Nghị quyết — thảo luận")
    console.get_by_text("Bình chọn mới").click()
    console.locator("#id_poll-prompt").fill("Chủ đề nào cần thảo luận thêm?")
    console.locator("#id_poll-options").fill("Đất đai\nMôi trường\nMạng xã hội")
    console.get_by_role("button", name="Thêm bình chọn").click()
    console.get_by_text("Câu hỏi thi mới").click()
    console.locator("#id_quiz-bank_question").select_option(index=1)
    console.get_by_role("button", name="Thêm câu hỏi").click()
    console.get_by_text("Đưa một tình huống ra lớp").click()
    console.locator("#id_situation-situation").select_option(index=0)
    console.get_by_role("button", name="Thêm điểm quyết định đầu tiên").click()
    expect(console.locator("#live-steps li")).to_have_count(1)
    return code


def _row(console, list_id):
    return console.locator(f"#{list_id} li").first


def test_poll_question_quiz_and_situation_end_to_end(browser, asgi_demo):  # noqa: F811
    base, query = asgi_demo
    console = _context(browser, viewport={"width": 1280, "height": 800})
    _log_in(console, base, "giangvien")
    code = _prepare(console, base)
    presenter = _context(browser, viewport={"width": 1920, "height": 1080})
    _log_in(presenter, base, "giangvien")
    presenter.goto(f"{base}/live/{code}/present/")
    expect(presenter.locator(".live-code")).to_have_text(f"{code[:3]} {code[3:]}")

    guest = _context(browser, viewport=PHONE, is_mobile=True, has_touch=True)
    guest.goto(f"{base}/live/")
    guest.get_by_label("Mã phiên").fill(code)
    guest.get_by_label("Tên của đồng chí").fill("Lò Thị Lan")
    guest.get_by_role("button", name="Tham gia").click()
    trainee = _context(browser, viewport=PHONE, is_mobile=True, has_touch=True)
    _log_in(trainee, base, "0912 345 678")
    trainee.goto(f"{base}/live/?code={code}")
    trainee.get_by_role("button", name="Tham gia").click()
    for phone in (guest, trainee):
        expect(phone.locator("#live-activity")).to_contain_text("Đang chờ giảng viên")
    expect(presenter.locator("#live-count")).to_have_text("2")

    # A poll: opened from the console, answered on a phone, counted on the projector.
    _row(console, "live-polls").get_by_role("button", name="Mở").click()
    guest.get_by_label("Môi trường").check()
    guest.locator("#live-activity").get_by_role("button", name="Gửi").click()
    expect(guest.get_by_text("Đã lưu.")).to_be_visible()
    expect(presenter.locator("#live-results")).to_contain_text("1 câu trả lời")
    expect(presenter.locator(".live-bars li").nth(1)).to_contain_text("1 (100%)")

    # Q&A: asked on one phone, upvoted on the other, shown with its vote.
    guest.get_by_label("Đặt câu hỏi").fill("Khi nào nộp bài thu hoạch?")
    guest.locator("#live-ask").get_by_role("button", name="Gửi").click()
    question = trainee.locator(".live-q", has_text="Khi nào nộp bài thu hoạch?")
    question.get_by_role("button", name="Thích câu hỏi").click()
    expect(presenter.locator(".live-q", has_text="thu hoạch")).to_contain_text("▲ 1")

    # A live quiz question from the bank: the trainee answers right.
    _row(console, "live-quiz").get_by_role("button", name="Mở").click()
    item_id, correct, options = query(
        "SELECT i.id, i.correct, i.options FROM live_quizitem i"
        " JOIN live_livesession s ON s.id = i.session_id WHERE s.code = ?",
        code,
    )[0]
    options = json.loads(options)
    right = options[json.loads(correct)[0]]
    trainee.get_by_role("button", name=right, exact=True).click()
    expect(trainee.get_by_text("Đã lưu câu trả lời")).to_be_visible()
    # Until the reveal no screen marks the right answer, the presenter's neither.
    expect(presenter.locator("#live-results")).to_contain_text("1 câu trả lời")
    expect(presenter.locator(".live-bars li.right")).to_have_count(0)
    # Nor the spread of the answers while the question is open (the console keeps it).
    expect(presenter.locator("#live-results .live-bars")).to_have_count(0)
    _row(console, "live-quiz").get_by_role("button", name="Công bố").click()
    expect(trainee.locator("#live-activity")).to_contain_text("Chính xác!")
    # The quiz's last (and only) question: the winners on the podium.
    expect(presenter.locator(".live-podium")).to_contain_text("Nguyễn Văn An")
    expect(presenter.locator(".live-bars li.right")).to_have_count(1)
    # A revealed question is final: the console offers no "Mở" for it.
    expect(_row(console, "live-quiz").get_by_role("button")).to_have_count(0)
    assert query(
        "SELECT a.points, p.display_name FROM live_quizanswer a"
        " JOIN live_participant p ON p.id = a.participant_id WHERE a.item_id = ?",
        item_id,
    ) == [(1000, "Nguyễn Văn An")]

    # A live situation: both phones vote, the console reveals the consequence.
    _row(console, "live-steps").get_by_role("button", name="Mở").click()
    choices = trainee.locator(".live-choices button")
    expect(choices.first).to_be_visible()
    label = choices.first.inner_text()
    choices.first.click()
    guest.locator(".live-choices button").first.click()
    expect(presenter.locator("#live-results")).to_contain_text("2 câu trả lời")
    _row(console, "live-steps").get_by_role("button", name="Công bố").click()
    for phone in (guest, trainee):
        expect(phone.locator(".live-consequence")).to_contain_text(label)
    assert query(
        "SELECT COUNT(*) FROM live_situationvote v JOIN live_situationstep t"
        " ON t.id = v.step_id JOIN live_livesession s ON s.id = t.session_id"
        " WHERE s.code = ?",
        code,
    ) == [(2,)]
    # Joining the class's live session as a trainee is not a class session here, but
    # the phones stay within 360 px.
    for phone in (guest, trainee):
        assert phone.evaluate("document.documentElement.scrollWidth") <= 360


PROJECTORS = [(1024, 768), (1366, 768), (1920, 1080)]
LONG_CHOICES = [
    "Xây dựng, chỉnh đốn Đảng và hệ thống chính trị trong sạch, vững mạnh toàn diện",
    "Phát triển kinh tế nhanh, bền vững dựa chủ yếu vào khoa học công nghệ",
    "Chuyển đổi số, xây dựng chính quyền số ở cấp xã, phường, thị trấn",
    "Bảo đảm quốc phòng, an ninh và giữ vững ổn định chính trị ở cơ sở",
]


def _inside(page, selector) -> list[dict]:
    """The boxes of what `selector` finds, as fractions of the viewport; each must lie
    inside it."""
    return page.evaluate(
        """(selector) => [...document.querySelectorAll(selector)].map((el) => {
            const r = el.getBoundingClientRect();
            return {top: r.top, left: r.left, bottom: r.bottom, right: r.right,
                    height: r.height / innerHeight, width: r.width / innerWidth,
                    inside: r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight + 0.5
                            && r.right <= innerWidth + 0.5 && r.height > 0};
        })""",
        selector,
    )


def _fits(page) -> bool:
    return page.evaluate(
        "document.scrollingElement.scrollHeight <= innerHeight + 1"
        " && document.scrollingElement.scrollWidth <= innerWidth + 1"
    )


def test_the_presenter_fills_a_projector_at_three_sizes(
    browser,
    asgi_demo,  # noqa: F811
    tmp_path,
):
    base, query = asgi_demo
    console = _context(browser, viewport={"width": 1280, "height": 800})
    _log_in(console, base, "giangvien")
    code = _prepare(console, base)
    # A question with four long choices and a timer long enough for three screens.
    console.get_by_text("Câu hỏi thi mới").click()
    console.locator("#id_quiz-prompt").fill(
        "Theo Kết luận 66-KL/TW, nội dung nào cần được ưu tiên khi giảng dạy ở cơ sở?"
    )
    console.locator("#id_quiz-options").fill(
        "\n".join([*LONG_CHOICES[:3], "*" + LONG_CHOICES[3]])
    )
    console.locator("#id_quiz-seconds").fill("300")
    console.get_by_role("button", name="Thêm câu hỏi").click()
    expect(console.locator("#live-quiz li")).to_have_count(2)
    guest = _context(browser, viewport=PHONE, is_mobile=True, has_touch=True)
    guest.goto(f"{base}/live/")
    guest.get_by_label("Mã phiên").fill(code)
    guest.get_by_label("Tên của đồng chí").fill("Lò Thị Lan")
    guest.get_by_role("button", name="Tham gia").click()
    expect(guest.locator("#live-activity")).to_contain_text("Đang chờ giảng viên")
    console.locator("#live-quiz li").nth(1).get_by_role("button", name="Mở").click()
    expect(guest.locator(".live-choices button")).to_have_count(4)

    login = console.context.storage_state()
    shots = Path(os.environ.get("PRESENTER_SHOTS") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    screens = []
    for width, height in PROJECTORS:
        context = browser.new_context(
            locale="vi-VN", viewport={"width": width, "height": height},
            storage_state=login,
        )  # fmt: skip
        presenter = context.new_page()
        presenter.goto(f"{base}/live/{code}/present/")
        expect(presenter.locator(".live-tile")).to_have_count(4)
        expect(presenter.locator("#live-timer")).to_contain_text("giây")
        # None marked right while it is open, on any screen.
        assert presenter.locator(".live-tile.right, .live-bars li.right").count() == 0
        presenter.wait_for_timeout(300)  # the fit settles after the first frames
        tiles = _inside(presenter, ".live-tile")
        timer = _inside(presenter, "#live-timer")
        prompt = _inside(presenter, ".live-prompt")
        assert all(box["inside"] for box in tiles + timer + prompt), (width, tiles)
        assert _fits(presenter), (width, height)
        # The way in reads whole: the code is not cut by its column.
        assert presenter.locator(".live-code").evaluate(
            "el => el.scrollWidth <= el.clientWidth"
        ), width
        presenter.screenshot(path=shots / f"presenter-{width}x{height}.png")
        screens.append(
            {
                "screen": f"{width}x{height}",
                "countdown_height": round(timer[0]["height"], 3),
                "choices_height": round(
                    (max(b["bottom"] for b in tiles) - min(b["top"] for b in tiles))
                    / height,
                    3,
                ),
                "choice_width": round(tiles[0]["width"], 3),
            }
        )
        # The countdown reads from the back: at least a tenth of the screen's height.
        assert timer[0]["height"] >= 0.1, screens[-1]
        context.close()
    # What the screenshots show, for the record (PRESENTER_SHOTS: keep them there).
    (shots / "presenter-screens.json").write_text(json.dumps(screens, indent=1))

    # Q&A has its own view; the quiz's last question ends on the podium.
    guest.get_by_role("button", name=LONG_CHOICES[3], exact=True).click()
    expect(guest.get_by_text("Đã lưu câu trả lời")).to_be_visible()
    presenter = _context(browser, viewport={"width": 1024, "height": 768})
    presenter.context.add_cookies(login["cookies"])
    presenter.goto(f"{base}/live/{code}/present/")
    last = console.locator("#live-quiz li").nth(1)
    last.get_by_role("button", name="Công bố").click()
    expect(presenter.locator(".live-podium")).to_contain_text("Lò Thị Lan")
    assert presenter.locator(".live-tile").count() == 0
    guest.get_by_label("Đặt câu hỏi").fill("Xin hỏi về chuẩn hoá trung tâm?")
    guest.locator("#live-ask").get_by_role("button", name="Gửi").click()
    console.locator("[data-show=qa]").click()
    # The question reaches the presenter before the screen turns to Q&A: wait for both.
    expect(presenter.locator("#live")).to_have_attribute("data-activity", "qa")
    expect(presenter.locator(".live-q")).to_contain_text("chuẩn hoá trung tâm")
    expect(presenter.locator(".live-q")).to_be_visible()
    presenter.wait_for_timeout(300)  # the fit settles after the first frames
    assert all(box["inside"] for box in _inside(presenter, ".live-q"))
    assert _fits(presenter)

    # After the end the projector stops showing the way in, the phone says it ended.
    console.on("dialog", lambda dialog: dialog.accept())
    console.locator("#live-end").click()
    expect(presenter.locator(".live-qr")).to_be_hidden()
    expect(presenter.locator(".live-code")).to_be_hidden()
    expect(guest.locator("#live-activity")).to_contain_text("kết thúc")
    assert query("SELECT status FROM live_livesession WHERE code = ?", code) == [
        ("ended",)
    ]


def test_the_lecturers_tools_as_a_lecturer_and_a_phone_use_them(
    browser,
    asgi_demo,  # noqa: F811
):
    """Issue #14: a typed question prepared before class, a pending question its
    author alone sees, approve all, a reply, the end and the resume, at 360 px."""
    base, query = asgi_demo
    console = _context(browser, viewport={"width": 1280, "height": 800})
    _log_in(console, base, "giangvien")
    code = _new_session(console, base, "Ôn tập cuối khoá")
    console.get_by_role("link", name="Chuẩn bị hoạt động").click()
    console.get_by_text("Câu hỏi thi mới").click()
    console.locator("#id_quiz-kind").select_option("typed")
    console.locator("#id_quiz-prompt").fill("Thủ đô nước ta là gì?")
    console.locator("#id_quiz-options").fill("Hà Nội")
    console.get_by_role("button", name="Thêm câu hỏi").click()
    prepared = console.locator(".live-prepare li", has_text="Thủ đô nước ta là gì?")
    expect(prepared).to_contain_text("Điền đáp án")
    console.get_by_role("link", name="Bảng điều khiển của giảng viên").click()
    console.locator("[data-setting=qa_moderated]").check()
    # A poll prepared in a second tab reaches the open console without a reload.
    tab = console.context.new_page()
    tab.goto(f"{base}/live/{code}/prepare/")
    tab.get_by_text("Bình chọn mới").click()
    tab.locator("#id_poll-prompt").fill("Buổi học có hữu ích không?")
    tab.locator("#id_poll-options").fill("Có\nKhông")
    tab.get_by_role("button", name="Thêm bình chọn").click()
    expect(console.locator("#live-polls")).to_contain_text("Buổi học có hữu ích")
    tab.close()

    guest = _context(browser, viewport=PHONE, is_mobile=True, has_touch=True)
    guest.goto(f"{base}/live/?code={code}")
    guest.get_by_label("Tên của đồng chí").fill("Lò Thị Lan")
    guest.get_by_role("button", name="Tham gia").click()
    expect(guest.locator("#live-activity")).to_contain_text("Đang chờ giảng viên")
    guest.get_by_label("Đặt câu hỏi").fill("Khi nào có kết quả thi?")
    guest.locator("#live-ask").get_by_role("button", name="Gửi").click()
    mine = guest.locator(".live-q", has_text="Khi nào có kết quả thi?")
    expect(mine).to_contain_text("Chỉ đồng chí thấy câu hỏi này")

    console.get_by_role("button", name="Duyệt tất cả câu hỏi đang chờ").click()
    expect(mine).not_to_contain_text("Chờ duyệt")
    console.once("dialog", lambda dialog: dialog.accept("Sau hai tuần."))
    console.locator(".live-q").get_by_role("button", name="Trả lời", exact=True).click()
    expect(mine).to_contain_text("Giảng viên trả lời: Sau hai tuần.")

    console.locator("#live-quiz li").first.get_by_role("button", name="Mở").click()
    guest.get_by_label("Nhập câu trả lời").fill("ha noi")
    guest.locator("#live-activity").get_by_role("button", name="Gửi").click()
    expect(guest.get_by_text("Đã lưu câu trả lời")).to_be_visible()
    console.locator("#live-quiz li").first.get_by_role("button", name="Công bố").click()
    expect(guest.locator(".live-verdict")).to_contain_text("Chính xác")
    expect(guest.locator("#live-activity")).to_contain_text("Hà Nội")

    console.once("dialog", lambda dialog: dialog.accept())
    console.locator("#live-end").click()
    expect(guest.locator("#live-activity")).to_contain_text("kết thúc")
    expect(guest.locator("#live-ask")).to_be_hidden()
    console.get_by_role("button", name="Mở lại phiên").click()
    expect(guest.locator("#live-ask")).to_be_visible()
    assert query("SELECT status FROM live_livesession WHERE code = ?", code) == [
        ("open",)
    ]
    assert guest.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


def test_a_tap_spanning_a_redraw_lands_on_its_button(
    browser,
    asgi_demo,  # noqa: F811
):
    """In a busy hall a vote count arrives every moment: the question list and the
    console's rows are changed in place, so the button under a finger is the same
    element before and after a redraw (a replaced one loses the tap: mousedown on
    the old node, mouseup on the new, no click)."""
    base, query = asgi_demo
    console = _context(browser, viewport={"width": 1280, "height": 800})
    _log_in(console, base, "giangvien")
    code = _prepare(console, base)
    phones = []
    for name in ("Lò Thị Lan", "Vàng A Sình"):
        phone = _context(browser, viewport=PHONE, is_mobile=True, has_touch=True)
        phone.goto(f"{base}/live/?code={code}")
        phone.get_by_label("Tên của đồng chí").fill(name)
        phone.get_by_role("button", name="Tham gia").click()
        expect(phone.locator("#live-activity")).to_contain_text("Đang chờ giảng viên")
        phones.append(phone)
    asker, other = phones
    asker.get_by_label("Đặt câu hỏi").fill("Khi nào nộp bài thu hoạch?")
    asker.locator("#live-ask").get_by_role("button", name="Gửi").click()
    upvote = other.locator(".live-q", has_text="thu hoạch").get_by_role(
        "button", name="Thích câu hỏi"
    )
    expect(upvote).to_have_text("▲ 0")
    under_finger = upvote.element_handle()
    opener = console.locator("#live-polls li").first.get_by_role("button", name="Mở")
    console_button = opener.element_handle()

    # Others act: an upvote and a new question redraw both lists.
    asker.locator(".live-q", has_text="thu hoạch").get_by_role(
        "button", name="Thích câu hỏi"
    ).click()
    asker.get_by_label("Đặt câu hỏi").fill("Có tài liệu ôn tập không?")
    asker.locator("#live-ask").get_by_role("button", name="Gửi").click()
    expect(other.locator(".live-q")).to_have_count(2)
    expect(upvote).to_have_text("▲ 1")
    expect(console.locator(".live-q")).to_have_count(2)
    assert under_finger.evaluate("el => el.isConnected")
    assert console_button.evaluate("el => el.isConnected")

    # The same element takes the tap, and the tap acts on the question it shows.
    under_finger.tap()
    expect(upvote).to_have_text("▲ 2")
    expect(upvote).to_have_attribute("aria-pressed", "true")
    assert query(
        "SELECT COUNT(*) FROM live_questionvote v JOIN live_question q"
        " ON q.id = v.question_id JOIN live_livesession s ON s.id = q.session_id"
        " WHERE q.text = ? AND s.code = ?",
        "Khi nào nộp bài thu hoạch?",
        code,
    ) == [(2,)]

    # A button never turns into another action in place: opening the poll takes its
    # "Mở" away and puts a new "Đóng" button there.
    console_button.click()
    expect(
        console.locator("#live-polls li").first.get_by_role("button", name="Đóng")
    ).to_be_visible()
    assert not console_button.evaluate("el => el.isConnected")


def test_a_setting_ticked_keeps_its_tick_until_the_server_has_it(
    browser,
    asgi_demo,  # noqa: F811
):
    """The console redraws on every event; a box the lecturer just ticked must not
    flip back while the change is on its way (held here in the socket's route, as
    on a slow network, while a phone joins and redraws the console)."""
    base, query = asgi_demo
    console = _context(browser, viewport={"width": 1280, "height": 800})
    _log_in(console, base, "giangvien")
    code = _new_session(console, base, "Sinh hoạt chi bộ")
    held = []  # (socket to the server, frame): the settings change, held back

    def route(ws):
        server = ws.connect_to_server()

        def from_page(message):
            if '"session.settings"' in str(message):
                held.append((server, message))
            else:
                server.send(message)

        ws.on_message(from_page)

    console.route_web_socket(re.compile(r"/ws/live/"), route)
    console.reload()
    expect(console.locator("#live-count")).to_have_text("0")
    box = console.locator("[data-setting=qa_moderated]")
    box.check()
    assert len(held) == 1

    guest = _context(browser, viewport=PHONE, is_mobile=True, has_touch=True)
    guest.goto(f"{base}/live/?code={code}")
    guest.get_by_label("Tên của đồng chí").fill("Lò Thị Lan")
    guest.get_by_role("button", name="Tham gia").click()
    expect(console.locator("#live-count")).to_have_text("1")  # the console redrew
    expect(box).to_be_checked()

    server, message = held.pop()
    server.send(message)
    stored = "SELECT qa_moderated FROM live_livesession WHERE code = ?"
    console.wait_for_function(
        "(key) => !JSON.parse(localStorage.getItem(key) || '[]').length",
        arg=f"live:{code}:queue",
    )
    assert query(stored, code) == [(1,)]
    expect(box).to_be_checked()
