"""A trainee plays a demo situation on a phone, partly offline; the lecturer sees it."""

from playwright.sync_api import expect

from situations.models import Decision, Run

STORM = "/situations/so-tan-dan-truoc-bao/"


def log_in(page, base, who):
    page.goto(f"{base}/accounts/login/")
    page.locator("input[name=username]").fill(who)
    page.locator("input[name=password]").fill("demo12345")
    page.locator("form button[type=submit]").click()
    page.wait_for_url(lambda url: "/accounts/login/" not in url)


def choose(page, text):
    page.get_by_role("button", name=text).click()


def test_trainee_plays_offline_to_an_ending_and_lecturer_sees_the_choice(
    phone, live_demo
):
    base = live_demo.url
    log_in(phone, base, "0912345678")
    phone.goto(f"{base}/situations/")
    expect(phone.get_by_role("heading", name="Bài tập tình huống")).to_be_visible()
    phone.get_by_role("link", name="Sơ tán 15 hộ ven suối trước bão").click()
    phone.get_by_label("Vai trò của đồng chí trong tình huống").select_option(
        label="Trưởng thôn"
    )
    phone.get_by_role("button", name="Bắt đầu").click()
    expect(phone.get_by_text("Đồng chí là Trưởng thôn Nậm Vằn")).to_be_visible()
    expect(phone.get_by_role("heading", name="Dự báo bão")).to_be_visible()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360

    choose(phone, "Họp ban chỉ huy ngay")
    expect(phone.get_by_text("Danh sách, phương tiện, lương thực")).to_be_visible()
    expect(phone.get_by_role("heading", name="Ba hộ không muốn đi")).to_be_visible()
    run = Run.objects.get(trainee__username="hocvien")
    phone.wait_for_function(f"() => !localStorage.getItem('situations:queue:{run.pk}')")
    assert Decision.objects.filter(run=run).count() == 1

    # The network drops: the player goes on from the graph it already has.
    phone.context.set_offline(True)
    choose(phone, "Tổ xung kích giúp chuyển gia súc")
    expect(phone.get_by_role("heading", name="Hai giờ sáng")).to_be_visible()
    expect(phone.get_by_role("status")).to_contain_text("Đồng chí đang mất mạng")
    choose(phone, "Tổ xung kích đưa ông ra ngay")
    expect(phone.get_by_role("heading", name="Hàng cứu trợ về")).to_be_visible()
    assert Decision.objects.filter(run=run).count() == 1

    # Back online: the queue is sent in order, once.
    phone.context.set_offline(False)
    phone.evaluate("window.dispatchEvent(new Event('online'))")
    phone.wait_for_function(f"() => !localStorage.getItem('situations:queue:{run.pk}')")
    assert Decision.objects.filter(run=run).count() == 3

    choose(phone, "MTTQ chủ trì lập danh sách")
    choose(phone, "Chưa cho về khi chưa có đánh giá an toàn")
    expect(phone.get_by_role("heading", name="Kết quả của đồng chí")).to_be_visible()
    expect(phone.get_by_role("heading", name="An toàn cho người dân")).to_be_visible()
    expect(phone.get_by_text("10,0/10")).to_be_visible()
    expect(
        phone.get_by_role("heading", name="Lựa chọn được khuyến nghị")
    ).to_be_visible()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    run.refresh_from_db()
    assert run.is_finished
    assert run.decisions.count() == 5

    # The lecturer's report shows the trainee and that choice.
    lecturer = phone.context.browser.new_context(viewport={"width": 360, "height": 740})
    page = lecturer.new_page()
    log_in(page, base, "giangvien")
    page.goto(f"{base}/situations/")
    page.get_by_role("link", name="Sơ tán 15 hộ ven suối trước bão").last.click()
    expect(page.get_by_text("Nguyễn Văn An")).to_be_visible()
    expect(page.get_by_text("1/")).to_be_visible()
    stats = page.locator(".step-stats", has_text="Dự báo bão")
    expect(stats).to_contain_text("Họp ban chỉ huy ngay")
    expect(stats.locator("li", has_text="Họp ban chỉ huy ngay")).to_contain_text(
        "1 người"
    )
    lecturer.close()
