"""On a 1280-px screen a gradebook with many graded pieces keeps the trainee's name
and the final result in sight: the pieces scroll between them."""

import datetime

from playwright.sync_api import expect

from classes.services import enrol_trainee
from records.services import create_assessment, grade_result
from tests.factories import TrainingUnitFactory, UserFactory
from tests.factories.classes import TrainingClassFactory
from units.roles import Role
from units.services import grant_role

PASSWORD = "demo12345"


def test_the_result_stays_in_sight_at_1280_px(browser, live_server):
    unit = TrainingUnitFactory()
    manager = UserFactory(username="quanly_rong", full_name="Hoàng Văn Thắng")
    manager.set_password(PASSWORD)
    manager.save()
    grant_role(manager, Role.CENTRE_MANAGER, training_unit=unit)
    training_class = TrainingClassFactory(
        training_unit=unit,
        starts_on=datetime.date(2026, 3, 2),
        ends_on=datetime.date(2026, 3, 6),
    )
    trainee = UserFactory(full_name="Nguyễn Thị Phương Thảo")
    enrol_trainee(training_class, trainee)
    for number in range(1, 16):
        work = create_assessment(
            training_class, kind="test", title=f"Bài kiểm tra chuyên đề số {number}"
        )
        grade_result(work, trainee, grader=manager, score="4")

    context = browser.new_context(
        viewport={"width": 1280, "height": 800}, locale="vi-VN"
    )
    page = context.new_page()
    page.goto(f"{live_server.url}/accounts/login/")
    page.locator("input[name=username]").fill("quanly_rong")
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(f"{live_server.url}/")
    page.goto(f"{live_server.url}/classes/{training_class.pk}/gradebook/")

    scroller = page.locator(".scroll:has(table.gradebook)")
    assert scroller.evaluate("e => e.scrollWidth > e.clientWidth")  # pieces scroll
    box = scroller.bounding_box()
    for _ in range(2):  # at the start, then scrolled to the far right
        for cell in (
            page.locator("tbody th.name").first,
            page.locator("tbody td.result-score").first,
            page.locator("tbody td.result-band").first,
        ):
            expect(cell).to_be_visible()
            cell_box = cell.bounding_box()
            assert cell_box["x"] >= box["x"] - 1
            assert cell_box["x"] + cell_box["width"] <= box["x"] + box["width"] + 1
        band = page.locator("tbody td.result-band").first
        expect(band).to_have_text("Chưa đủ điều kiện")
        scroller.evaluate("e => { e.scrollLeft = e.scrollWidth; }")
    # The result columns are not covered by a piece's column.
    score = page.locator("tbody td.result-score").first.bounding_box()
    hit = page.evaluate(
        "([x, y]) => document.elementFromPoint(x, y).closest('td, th').className",
        [score["x"] + score["width"] / 2, score["y"] + score["height"] / 2],
    )
    assert "result-score" in hit
    context.close()
