"""A quiz attempt on a phone when the login changes in another tab, and when the
cached page is reloaded offline: no answer the phone holds is lost or hidden."""

import re
import time
from datetime import timedelta

import pytest
from django.db import OperationalError
from playwright.sync_api import expect

from quizzes.models import Sitting
from quizzes.services import start_attempt
from tests.browser.test_quizzes_attempt import BANNER, log_in, saved
from tests.factories import UserFactory
from tests.factories.people import PASSWORD
from tests.factories.quizzes import fill_question, quiz_with, single_question

SAVED = "Đã lưu mọi câu trả lời"
LOGGED_OUT = "Đồng chí đã đăng xuất"


def wait_for(condition, timeout=15.0):
    """The live server shares the test's in-memory SQLite database: a read while it
    writes may find the table locked, and is simply tried again."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if condition():
                return
        except OperationalError:
            pass
        time.sleep(0.2)
    pytest.fail("the server never got there")


@pytest.fixture
def attempt(transactional_db):
    questions = [
        single_question(text="Đảng Cộng sản Việt Nam ra đời năm nào?"),
        single_question(
            text="Tổng Bí thư đầu tiên?", right="Trần Phú", wrongs=("Lê Duẩn",)
        ),
        fill_question(),
    ]
    quiz = quiz_with(*questions, time_limit=timedelta(minutes=30))
    trainee = UserFactory(full_name="Nguyễn Văn An")
    return start_attempt(quiz, user=trainee), trainee


def log_in_with_the_form(page, trainee):
    page.get_by_label("Tên đăng nhập hoặc số điện thoại").fill(trainee.username)
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    expect(page).not_to_have_url(re.compile("/accounts/login/"))


def log_out(page, live_server):
    page.goto(f"{live_server.url}/me/")
    page.get_by_role("button", name="Đăng xuất").click()
    expect(page).not_to_have_url(re.compile("/me/$"))


def test_a_login_in_another_tab_does_not_stop_the_saves(phone, live_server, attempt):
    sitting, trainee = attempt
    log_in(phone, live_server, trainee)
    phone.goto(f"{live_server.url}/quizzes/attempt/{sitting.pk}/")
    phone.get_by_label("1930").check()
    wait_for(lambda: saved(sitting) == 1)

    other = phone.context.new_page()
    log_out(other, live_server)
    other.goto(f"{live_server.url}/accounts/login/?next=/me/")
    log_in_with_the_form(other, trainee)
    other.close()

    phone.get_by_label("Trần Phú").check()
    wait_for(lambda: saved(sitting) == 2)
    expect(phone.get_by_text(SAVED)).to_be_visible()
    expect(phone.get_by_text(BANNER)).to_be_hidden()
    phone.once("dialog", lambda dialog: dialog.accept())
    phone.get_by_role("button", name="Nộp bài").click()
    expect(phone.locator("[data-grade]")).to_be_visible()
    sitting.refresh_from_db()
    assert sitting.state == "finished"
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360


def test_a_logout_elsewhere_asks_to_log_in_and_keeps_the_answers(
    phone, live_server, attempt
):
    sitting, trainee = attempt
    log_in(phone, live_server, trainee)
    url = f"{live_server.url}/quizzes/attempt/{sitting.pk}/"
    phone.goto(url)
    other = phone.context.new_page()
    log_out(other, live_server)
    other.close()

    phone.get_by_label("Trần Phú").check()
    expect(phone.get_by_role("alert")).to_contain_text(LOGGED_OUT)
    expect(phone.get_by_text(BANNER)).to_be_hidden()
    wait_for(lambda: saved(sitting) == 0)
    queued = phone.evaluate(
        f"JSON.parse(localStorage.getItem('quiz.queue.{sitting.pk}')).length"
    )
    assert queued == 1
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360

    phone.get_by_role("link", name="Đăng nhập lại").click()
    log_in_with_the_form(phone, trainee)
    expect(phone).to_have_url(url)
    wait_for(lambda: saved(sitting) == 1)
    expect(phone.get_by_label("Trần Phú")).to_be_checked()
    expect(phone.get_by_text(SAVED)).to_be_visible()


def test_a_reload_offline_shows_the_answers_the_server_acknowledged(
    phone, live_server, attempt
):
    sitting, trainee = attempt
    log_in(phone, live_server, trainee)
    phone.goto(f"{live_server.url}/quizzes/")
    phone.wait_for_function("() => navigator.serviceWorker.controller !== null")
    phone.goto(f"{live_server.url}/quizzes/attempt/{sitting.pk}/")  # kept by the phone
    phone.get_by_label("1930").check()
    phone.get_by_label("Chỗ trống 1").fill("đảng viên")
    wait_for(lambda: saved(sitting) == 2)
    expect(phone.get_by_text(SAVED)).to_be_visible()

    phone.context.set_offline(True)
    phone.reload()
    expect(phone.get_by_label("1930")).to_be_checked()
    expect(phone.get_by_label("Chỗ trống 1")).to_have_value("đảng viên")
    expect(phone.get_by_label("Trần Phú")).not_to_be_checked()


def test_submit_after_a_login_in_another_tab_with_nothing_to_send(
    phone, live_server, attempt
):
    sitting, trainee = attempt
    log_in(phone, live_server, trainee)
    phone.goto(f"{live_server.url}/quizzes/attempt/{sitting.pk}/")
    phone.get_by_label("1930").check()
    wait_for(lambda: saved(sitting) == 1)
    expect(phone.get_by_text(SAVED)).to_be_visible()

    other = phone.context.new_page()
    log_out(other, live_server)
    other.goto(f"{live_server.url}/accounts/login/?next=/me/")
    log_in_with_the_form(other, trainee)
    other.close()

    phone.once("dialog", lambda dialog: dialog.accept())
    phone.get_by_role("button", name="Nộp bài").click()
    expect(phone.locator("[data-grade]")).to_be_visible()
    wait_for(lambda: Sitting.objects.get(pk=sitting.pk).state == "finished")
