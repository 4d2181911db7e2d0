"""A forgotten password without the centre: a code by text message, a link by
e-mail; the answer never says whether an account exists."""

import json
import re
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from django.core import mail
from django.test import Client

from accounts import sms
from accounts.activation import issue_code
from accounts.models import ActivationCode
from tests.factories import UserFactory
from tests.factories.people import PASSWORD

RESET = "/accounts/reset/"
NEW_PASSWORD = "Hoc-tap-suot-doi-2026"
SENT = "Nếu có tài khoản mang số điện thoại hoặc địa chỉ e-mail này"


@pytest.fixture
def person(db):
    return UserFactory(full_name="Hoàng Thị Mai", phone="0987654321", email="mai@xa.vn")


@pytest.fixture(autouse=True)
def sms_outbox(settings):
    settings.SMS_URL = "memory://"
    sms.outbox.clear()
    return sms.outbox


def ask(client, identifier, address="10.0.0.9"):
    return client.post(RESET, {"identifier": identifier}, REMOTE_ADDR=address)


def test_a_code_by_text_message_sets_a_new_password(vi_client, person, sms_outbox):
    page = ask(vi_client, "0987 654 321").content.decode()
    assert SENT in page
    [message] = sms_outbox
    assert message["to"] == "+84987654321"
    assert "Mã đặt lại mật khẩu" in message["text"]
    code = re.search(r"\b([A-Z2-9]{4}-[A-Z2-9]{4})\b", message["text"])[1]
    assert ActivationCode.objects.get().channel == "sms"
    person.refresh_from_db()
    assert person.check_password(PASSWORD)  # until the new one is set
    vi_client.post("/activate/", {"phone": "0987654321", "code": code})
    vi_client.post(
        "/activate/password/",
        {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    person.refresh_from_db()
    assert person.check_password(NEW_PASSWORD)


def test_a_link_by_email_sets_a_new_password(vi_client, person):
    ask(vi_client, "mai@xa.vn")
    [letter] = mail.outbox
    assert letter.to == ["mai@xa.vn"]
    assert letter.subject == "Đặt mật khẩu mới"
    assert "Kính gửi Hoàng Thị Mai" in letter.body
    link = re.search(r"http://testserver(/accounts/reset/\S+/)", letter.body)[1]
    form_url = vi_client.get(link).url  # Django moves the token into the session
    response = vi_client.post(
        form_url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
    )
    assert response.url == "/accounts/login/"
    person.refresh_from_db()
    assert person.check_password(NEW_PASSWORD)
    page = vi_client.get(link, follow=True).content.decode()
    assert "Đường dẫn này đã hết hạn hoặc đã được dùng." in page


@pytest.mark.parametrize("identifier", ["0911 000 999", "ai@dau.vn", "khongco"])
def test_no_account_gets_the_same_answer_and_nothing_is_sent(
    vi_client, person, sms_outbox, identifier
):
    assert SENT in ask(vi_client, identifier).content.decode()
    assert sms_outbox == []
    assert mail.outbox == []


def test_requests_wait_per_account_and_per_address(vi_client, person, sms_outbox):
    for address in ("10.0.0.1", "10.0.0.2", "10.0.0.3"):
        ask(vi_client, "0987654321", address)
    page = ask(vi_client, "0987654321", "10.0.0.4").content.decode()
    assert "Đồng chí đã yêu cầu quá nhiều lần" in page
    assert len(sms_outbox) == 3
    for n in range(10):
        ask(vi_client, f"09110000{n:02d}", "10.0.0.5")
    page = ask(Client(HTTP_ACCEPT_LANGUAGE="vi"), "mai@xa.vn", "10.0.0.5")
    assert "Đồng chí đã yêu cầu quá nhiều lần" in page.content.decode()


class Gateway(BaseHTTPRequestHandler):
    received: list = []
    status = 200

    def do_POST(self):
        length = int(self.headers["Content-Length"])
        Gateway.received.append(json.loads(self.rfile.read(length)))
        self.send_response(Gateway.status)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def gateway(settings):
    server = HTTPServer(("127.0.0.1", 0), Gateway)
    Gateway.received, Gateway.status = [], 200
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.SMS_URL = f"http://127.0.0.1:{server.server_port}/send"
    yield Gateway
    server.shutdown()
    server.server_close()


def test_a_gateway_webhook_gets_the_message_as_json(vi_client, person, gateway):
    ask(vi_client, "0987654321")
    [body] = gateway.received
    assert body["to"] == "+84987654321"
    assert "Mã đặt lại mật khẩu" in body["text"]


def test_a_failing_gateway_says_so_and_keeps_the_earlier_code(
    vi_client, person, gateway
):
    slip = issue_code(person)  # the centre's printed slip
    gateway.status = 503
    page = ask(vi_client, "0987654321").content.decode()
    assert "Hiện chưa gửi được tin nhắn" in page
    assert ActivationCode.objects.count() == 1  # the failed one is not kept
    response = vi_client.post("/activate/", {"phone": "0987654321", "code": slip})
    assert response.status_code == 302  # the slip still works


def test_a_code_by_text_leaves_the_slip_valid_until_one_is_used(
    vi_client, person, sms_outbox
):
    slip = issue_code(person)
    ask(vi_client, "0987654321")
    texted = re.search(r"\b([A-Z2-9]{4}-[A-Z2-9]{4})\b", sms_outbox[0]["text"])[1]
    assert ActivationCode.objects.filter(replaced_at=None, used_at=None).count() == 2
    vi_client.post("/activate/", {"phone": "0987654321", "code": texted})
    vi_client.post(
        "/activate/password/",
        {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    vi_client.logout()
    page = vi_client.post("/activate/", {"phone": "0987654321", "code": slip})
    assert "Mã này đã hết hạn" in page.content.decode()  # retired by the use
