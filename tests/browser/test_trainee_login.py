from playwright.sync_api import expect


def test_trainee_logs_in_with_spaced_phone_and_sees_home_in_vietnamese(
    phone, live_demo
):
    phone.goto(f"{live_demo.url}/accounts/login/")
    expect(phone.get_by_role("heading", name="Đăng nhập")).to_be_visible()
    phone.get_by_label("Tên đăng nhập hoặc số điện thoại").fill("0912 345 678")
    phone.get_by_label("Mật khẩu").fill("demo12345")
    phone.get_by_role("button", name="Đăng nhập").click()

    expect(
        phone.get_by_role("heading", name="Chào An. Hôm nay đồng chí muốn làm gì?")
    ).to_be_visible()
    expect(phone.get_by_role("link", name="Học tập của tôi").first).to_be_visible()
    # Nothing overflows the 360 px screen.
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 360

    phone.get_by_role("link", name="Học tập của tôi").first.click()
    expect(phone.get_by_role("heading", name="Nguyễn Văn An")).to_be_visible()
    expect(phone.get_by_text("Trung tâm Chính trị Chiêm Hóa")).to_be_visible()


def test_wrong_password_gets_a_vietnamese_message(phone, live_demo):
    phone.goto(f"{live_demo.url}/accounts/login/")
    phone.get_by_label("Tên đăng nhập hoặc số điện thoại").fill("0912345678")
    phone.get_by_label("Mật khẩu").fill("sai")
    phone.get_by_role("button", name="Đăng nhập").click()
    expect(phone.get_by_role("alert")).to_contain_text(
        "Tên đăng nhập, số điện thoại hoặc mật khẩu chưa đúng"
    )
    expect(phone.get_by_label("Tên đăng nhập hoặc số điện thoại")).to_have_value(
        "0912345678"
    )
