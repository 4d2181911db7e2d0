"""On a phone: the lecturer's roll call; the manager issues credentials; the PDF's QR
target opens the public verification page."""

import re

from django.utils import timezone
from playwright.sync_api import expect

from accounts.models import User
from classes.models import Attendance, ClassSession, Enrolment, TrainingClass
from records.models import Credential
from records.services import grade_result

PASSWORD = "demo12345"


def log_in(page, base, username):
    page.goto(f"{base}/accounts/login/")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(f"{base}/")


def test_the_lecturer_marks_attendance_on_a_phone(phone, live_demo):
    running = TrainingClass.objects.running().get()
    trainees = [
        e.trainee for e in running.enrolments.filter(status=Enrolment.Status.ACTIVE)
    ]
    log_in(phone, live_demo.url, "giangvien")
    phone.goto(f"{live_demo.url}/classes/")
    phone.get_by_role("link", name=str(running)).click()
    phone.locator("li.today").first.get_by_role("link", name="Điểm danh").click()
    expect(phone.get_by_role("heading", name="Điểm danh")).to_be_visible()
    session = ClassSession.objects.get(pk=int(phone.url.split("/")[-3]))
    assert session.date == timezone.localdate()

    row = phone.get_by_role("group", name=f"2. {trainees[1].full_name}")
    row.get_by_label("Vắng không phép").check()
    phone.get_by_role("button", name="Lưu điểm danh").click()

    expect(phone.get_by_role("status")).to_contain_text(
        "Đã lưu điểm danh cho 30 học viên."
    )
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    statuses = dict(
        Attendance.objects.filter(session=session).values_list("trainee_id", "status")
    )
    assert statuses[trainees[1].pk] == "absent"
    assert statuses[trainees[0].pk] == "present"
    assert len(statuses) == 30


def test_the_manager_issues_and_the_qr_target_verifies(browser, phone, live_demo):
    finished = TrainingClass.objects.filter(
        ends_on__lt=timezone.localdate(), training_unit__name__startswith="Trung tâm"
    ).get()
    hai = User.objects.get(full_name="Hà Văn Hải")
    grade_result(
        finished.assessments.get(),
        hai,
        grader=User.objects.get(username="giangvien"),
        score="6",
    )
    log_in(phone, live_demo.url, "quanly")
    phone.goto(f"{live_demo.url}/classes/{finished.pk}/credentials/")
    expect(phone.get_by_label("Hà Văn Hải")).to_be_checked()
    phone.get_by_role("button", name="Xác nhận và cấp").click()
    expect(phone.locator(".messages")).to_contain_text("Đã cấp 1 văn bằng, chứng nhận.")
    credential = Credential.objects.get(trainee=hai)
    assert credential.register_no == 20  # 18 issued, one re-issued (demo)

    pdf = phone.request.get(f"{live_demo.url}/credentials/{credential.pk}/pdf/")
    assert pdf.headers["content-type"] == "application/pdf"
    target = re.search(rb"/URI \((.*?)\)", pdf.body()).group(1).decode()

    stranger = browser.new_context(
        viewport={"width": 360, "height": 740}, locale="vi-VN"
    )
    page = stranger.new_page()
    page.goto(target)
    expect(page.get_by_role("heading", name="Kết quả tra cứu văn bằng")).to_be_visible()
    expect(page.get_by_role("status")).to_contain_text("Còn hiệu lực")
    expect(page.get_by_text("Hà Văn Hải")).to_be_visible()
    expect(page.get_by_text(credential.programme_name)).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    stranger.close()
