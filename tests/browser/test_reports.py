"""On a phone: the province manager picks a quarter, drills down from the province
to a centre and to a class, and downloads the XLSX, whose figures are the page's."""

import io

from openpyxl import load_workbook
from playwright.sync_api import expect

from tests.records.report_world import PASSWORD, build_world


def log_in(page, base, username):
    page.goto(f"{base}/accounts/login/")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(f"{base}/")


def shown_summary(page) -> dict[str, str]:
    """The summary table as the page shows it: {figure: value}."""
    rows = page.locator('table.report[data-sheet="Tổng hợp"] tbody tr')
    return {
        rows.nth(i).locator("th").inner_text().strip(): rows.nth(i)
        .locator("td")
        .inner_text()
        .strip()
        for i in range(rows.count())
    }


def downloaded_summary(page) -> tuple[str, dict[str, str]]:
    with page.expect_download() as info:
        page.get_by_role("link", name="Tải về (XLSX)").click()
    with open(info.value.path(), "rb") as file:
        book = load_workbook(io.BytesIO(file.read()))
    sheet = book["Tổng hợp"]
    figures = {}
    for cell, value in sheet.iter_rows(min_row=3, max_col=2):
        shown = value.value
        if "%" in value.number_format and shown not in (None, "—"):
            shown = f"{shown:.1f}".replace(".", ",") + "%"
        figures[cell.value] = str(shown)
    return sheet["A1"].value, figures


def test_the_province_manager_drills_down_and_downloads(phone, live_server):
    world = build_world()
    log_in(phone, live_server.url, "tinh_tq")
    phone.goto(f"{live_server.url}/reports/province/")
    phone.locator("#id_period").select_option("quarter")
    phone.locator("#id_year").fill("2026")
    phone.locator("#id_quarter").select_option("1")
    phone.get_by_role("button", name="Xem").click()

    expect(phone.get_by_role("heading", level=1)).to_have_text("Toàn tỉnh Tuyên Quang")
    expect(phone.locator(".period-label")).to_contain_text("Quý I/2026")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    summary = shown_summary(phone)
    assert summary["Số lớp khai giảng"] == "2"
    assert summary["Tỷ lệ đạt"] == "75,0%"
    title, figures = downloaded_summary(phone)
    assert title == "Toàn tỉnh Tuyên Quang — Quý I/2026"
    assert figures == summary

    units = phone.locator('table.report[data-sheet="Theo đơn vị"]')
    units.get_by_role("link", name=world.centre.name).click()
    expect(phone.get_by_role("heading", level=1)).to_have_text(world.centre.name)
    expect(phone.locator(".period-label")).to_contain_text("Quý I/2026")
    classes = phone.locator('table.report[data-sheet="Lớp học"]')
    classes.get_by_role("link", name="Khóa 1").click()

    expect(phone.get_by_role("heading", level=1)).to_contain_text("Khóa 1")
    summary = shown_summary(phone)
    assert summary["Đủ điều kiện cấp văn bằng"] == "1"
    assert summary["Tỷ lệ hoàn thành"] == "66,7%"
    title, figures = downloaded_summary(phone)
    assert figures == summary
    assert world.centre.name in title
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
