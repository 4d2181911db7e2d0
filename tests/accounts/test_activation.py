"""Activation codes: a person whose account the centre made sets their own
password with the code of their slip (and the centre can give a new one)."""

import datetime

import pytest
from django.test import Client
from django.utils import timezone

from accounts.activation import ALPHABET, issue_code, readable
from accounts.models import ActivationCode
from tests.factories import UserFactory
from tests.factories.people import PASSWORD

ACTIVATE = "/activate/"
NEW_PASSWORD = "Hoc-tap-suot-doi-2026"


@pytest.fixture
def person(db):
    """Imported from a roster: a phone, no usable password."""
    user = UserFactory(full_name="Hoàng Thị Mai", phone="0987654321")
    user.set_unusable_password()
    user.save()
    return user


def send_code(client, phone, code, address="10.0.0.7"):
    return client.post(ACTIVATE, {"phone": phone, "code": code}, REMOTE_ADDR=address)


def errors(response) -> str:
    return response.content.decode()


def test_a_code_has_no_look_alikes_and_only_its_hash_is_stored(person):
    codes = [issue_code(person) for _ in range(50)]
    assert all(len(c) == 8 and set(c) <= set(ALPHABET) for c in codes)
    assert not set("0O1IL") & set("".join(codes))
    stored = ActivationCode.objects.order_by("-created_at").first()
    assert codes[-1] not in stored.code_hash
    # Only the newest one can be used: giving a code replaces the earlier ones.
    assert ActivationCode.objects.filter(replaced_at=None).count() == 1


def test_phone_in_any_spelling_and_the_printed_code_then_a_password_logs_in(
    client, person
):
    code = issue_code(person)
    typed = readable(code).lower()  # "abcd-2345", as someone types it off paper
    response = send_code(client, "+84 987 654 321", typed)
    assert response.status_code == 302
    assert response.url == "/activate/password/"
    page = client.get(response.url).content.decode()
    assert "Hoàng Thị Mai" in page
    response = client.post(
        response.url,
        {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(person.pk)
    person.refresh_from_db()
    assert person.check_password(NEW_PASSWORD)
    assert ActivationCode.objects.get().used_at is not None
    # From now on: the phone and the password.
    fresh = Client()
    fresh.post("/accounts/login/", {"username": "0987654321", "password": NEW_PASSWORD})
    assert fresh.session["_auth_user_id"] == str(person.pk)


def test_the_slip_qr_fills_the_code(client, person):
    code = issue_code(person)
    page = client.get(f"{ACTIVATE}?code={code}").content.decode()
    assert f'value="{code}"' in page


def test_a_password_the_validators_refuse_is_said_in_vietnamese_and_spends_nothing(
    vi_client, person
):
    send_code(vi_client, "0987654321", issue_code(person))
    page = vi_client.post(
        "/activate/password/", {"new_password1": "123", "new_password2": "123"}
    ).content.decode()
    assert "Mật khẩu này quá ngắn: cần ít nhất 8 ký tự." in page
    assert ActivationCode.objects.get().used_at is None
    assert not person.__class__.objects.get(pk=person.pk).has_usable_password()


def test_a_used_code_says_so_and_sends_to_the_centre(vi_client, person):
    code = issue_code(person)
    send_code(vi_client, "0987654321", code)
    vi_client.post(
        "/activate/password/",
        {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    vi_client.logout()
    page = errors(send_code(vi_client, "0987654321", code))
    assert "Mã này đã được dùng" in page
    assert "trung tâm" in page


def test_an_expired_or_replaced_code_says_so(vi_client, person):
    old = issue_code(person, now=timezone.now() - datetime.timedelta(days=15))
    page = errors(send_code(vi_client, "0987654321", old))
    assert "Mã này đã hết hạn" in page
    replaced = issue_code(person)
    issue_code(person)
    page = errors(send_code(vi_client, "0987654321", replaced))
    assert "Mã này đã hết hạn" in page


def test_a_code_is_good_only_with_its_own_persons_phone(vi_client, person):
    UserFactory(phone="0912000111")
    code = issue_code(person)
    page = errors(send_code(vi_client, "0912000111", code))
    assert "Số điện thoại hoặc mã chưa đúng" in page
    assert "_auth_user_id" not in vi_client.session
    page = errors(send_code(vi_client, "0999", code))
    assert "Số điện thoại hoặc mã chưa đúng" in page


def test_guessing_waits_per_phone_and_per_address(vi_client, person):
    code = issue_code(person)
    for guess in ["AAAAAAAA", "BBBBBBBB", "CCCCCCCC", "DDDDDDDD", "EEEEEEEE"]:
        send_code(vi_client, "0987654321", guess, address="10.0.0.1")
    # The right code from another address: this phone waits.
    page = errors(send_code(vi_client, "0987654321", code, address="10.0.0.2"))
    assert "Đồng chí đã nhập sai mã quá nhiều lần" in page
    # Many phones from one address: that address waits.
    for n in range(30):
        send_code(vi_client, f"09120001{n:02d}", "AAAAAAAA", address="10.0.0.3")
    other = UserFactory(phone="0933333333")
    page = errors(send_code(vi_client, "0933333333", issue_code(other), "10.0.0.3"))
    assert "Đồng chí đã nhập sai mã quá nhiều lần" in page


def test_the_password_page_needs_a_code_first(vi_client, person):
    response = vi_client.get("/activate/password/", follow=True)
    assert response.redirect_chain[-1][0] == ACTIVATE


def test_a_reset_keeps_the_old_password_until_the_new_one_unless_compromised(db):
    person = UserFactory(phone="0977777777")
    issue_code(person)
    person.refresh_from_db()
    assert person.check_password(PASSWORD)
    issue_code(person, compromised=True)
    person.refresh_from_db()
    assert not person.has_usable_password()


def test_changing_the_password_logs_out_everywhere_else(person):
    person.set_password(PASSWORD)
    person.save()
    here, elsewhere = Client(), Client()
    for client in (here, elsewhere):
        client.force_login(person)
    here.defaults["HTTP_ACCEPT_LANGUAGE"] = "vi"
    response = here.post(
        "/accounts/password/",
        {
            "old_password": PASSWORD,
            "new_password1": NEW_PASSWORD,
            "new_password2": NEW_PASSWORD,
        },
        follow=True,
    )
    assert "Mật khẩu của đồng chí đã được đổi" in response.content.decode()
    assert here.get("/me/").status_code == 200
    assert elsewhere.get("/me/").status_code == 302  # to the login page


def test_a_wrong_old_password_changes_nothing(vi_client, person):
    person.set_password(PASSWORD)
    person.save()
    vi_client.force_login(person)
    page = vi_client.post(
        "/accounts/password/",
        {
            "old_password": "sai-mat-khau",
            "new_password1": NEW_PASSWORD,
            "new_password2": NEW_PASSWORD,
        },
    ).content.decode()
    assert "Mật khẩu cũ" in page
    person.refresh_from_db()
    assert person.check_password(PASSWORD)
