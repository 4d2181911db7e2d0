"""Two-factor login: real TOTP codes computed from each device's key."""

import datetime
import re
import time
from base64 import b32encode

import pytest
from django.utils import timezone
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.two_factor.services import confirm_device
from tests.factories import TrainingUnitFactory, UserFactory
from tests.factories.people import PASSWORD
from units.roles import Role
from units.services import grant_role

pytestmark = pytest.mark.django_db

SETUP = "/accounts/two-factor/"
VERIFY = "/accounts/two-factor/verify/"
WRONG = "Mã chưa đúng"
REUSED = "Mã này đã được dùng"


def code(device, steps=0) -> str:
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + steps * device.step
    return f"{totp.token():06d}"


def wrong_code(device) -> str:
    accepted = {code(device, steps) for steps in (-1, 0, 1)}
    return next(c for c in (f"{n:06d}" for n in range(10**6)) if c not in accepted)


def enrolled(user):
    """A user whose app is set up; returns (device, backup codes)."""
    device = TOTPDevice.objects.create(user=user, name="app", confirmed=False)
    return device, confirm_device(device)


def login(client, user, url="/accounts/login/"):
    return client.post(url, {"username": user.username, "password": PASSWORD})


def page(response) -> str:
    return response.content.decode()


def cool_down(device):
    """django-otp's back-off after a miss (1 s, 2 s, ...) has passed."""
    type(device).objects.filter(pk=device.pk).update(
        throttling_failure_timestamp=timezone.now() - datetime.timedelta(hours=1)
    )


@pytest.fixture
def person():
    return UserFactory()


@pytest.fixture
def manager():
    user = UserFactory()
    grant_role(user, Role.CENTRE_MANAGER, training_unit=TrainingUnitFactory())
    return user


def test_setting_up_shows_qr_and_key_then_backup_codes_once(client, person):
    client.force_login(person)
    response = client.get(SETUP)
    device = TOTPDevice.objects.get(user=person)
    assert not device.confirmed
    text = page(response)
    assert "<svg" in text
    assert "Bật xác minh hai bước" in text
    secret = b32encode(device.bin_key).decode()
    groups = re.findall(r"<span>([A-Z2-7]{4})</span>", text)
    assert "".join(groups) == secret
    assert page(client.get(SETUP)).count(secret[:4]) == 1  # same key on reload

    response = client.post(SETUP, {"code": code(device)})
    device.refresh_from_db()
    assert device.confirmed
    shown = re.findall(r"<li>([a-z2-7]{8})</li>", page(response))
    stored = set(
        StaticToken.objects.filter(device__user=person).values_list("token", flat=True)
    )
    assert len(shown) == 10
    assert set(shown) == stored
    assert "Xác minh hai bước đã được bật" in page(response)
    again = page(client.get(SETUP))
    assert "Đồng chí còn 10 mã dự phòng chưa dùng" in again
    assert not any(token in again for token in stored)


def test_a_wrong_first_code_does_not_turn_it_on(client, person):
    client.force_login(person)
    client.get(SETUP)
    device = TOTPDevice.objects.get(user=person)
    response = client.post(SETUP, {"code": wrong_code(device)})
    assert WRONG in page(response)
    device.refresh_from_db()
    assert not device.confirmed
    assert not StaticToken.objects.exists()


def test_login_with_a_code_from_the_app(client, person):
    device, _ = enrolled(person)
    response = login(client, person)
    assert response.status_code == 302
    assert response.url == f"{VERIFY}?next=%2F"
    assert client.get("/me/").url == f"{VERIFY}?next=%2Fme%2F"
    assert "Nhập mã" in page(client.get(VERIFY))

    response = client.post(VERIFY, {"code": code(device), "next": "/me/"})
    assert response.status_code == 302
    assert response.url == "/me/"
    me = client.get("/me/")
    assert me.status_code == 200
    assert person.full_name in page(me)


def test_a_wrong_code_says_so_and_lets_nobody_in(client, person):
    device, _ = enrolled(person)
    login(client, person)
    response = client.post(VERIFY, {"code": wrong_code(device)})
    assert response.status_code == 200
    assert WRONG in page(response)
    assert client.get("/me/").status_code == 302
    device.refresh_from_db()
    assert device.throttling_failure_count == 1


def test_a_code_used_once_is_refused_the_second_time(client, person):
    device, _ = enrolled(person)
    first = code(device)
    login(client, person)
    assert client.post(VERIFY, {"code": first}).status_code == 302
    client.post("/accounts/logout/")

    login(client, person)
    response = client.post(VERIFY, {"code": first})
    assert REUSED in page(response)
    assert client.get("/me/").status_code == 302


def test_codes_are_throttled_with_a_clear_message(client, person):
    device, _ = enrolled(person)
    login(client, person)
    client.post(VERIFY, {"code": wrong_code(device)})
    response = client.post(VERIFY, {"code": code(device)})
    assert response.status_code == 429
    assert "Vui lòng đợi 1 giây rồi nhập mã khác" in page(response)
    for _ in range(4):
        cool_down(device)
        client.post(VERIFY, {"code": wrong_code(device)})
    cool_down(device)
    response = client.post(VERIFY, {"code": code(device)})
    assert response.status_code == 429
    assert "Đồng chí đã nhập sai mã quá nhiều lần. Vui lòng đợi 15 phút" in page(
        response
    )
    assert client.get("/me/").status_code == 302


def test_a_backup_code_works_once(client, person):
    _, backup_codes = enrolled(person)
    login(client, person)
    response = client.post(VERIFY, {"backup-code": backup_codes[0].upper()})
    assert response.status_code == 302
    assert client.get("/me/").status_code == 200
    assert StaticToken.objects.filter(device__user=person).count() == 9
    client.post("/accounts/logout/")

    login(client, person)
    response = client.post(VERIFY, {"backup-code": backup_codes[0]})
    assert "Mã dự phòng này không đúng hoặc đã được dùng" in page(response)
    assert client.get("/me/").status_code == 302


def test_wagtail_admin_login_also_asks_for_the_code(client, manager):
    device, _ = enrolled(manager)
    response = login(client, manager, url="/admin/login/")
    assert response.status_code == 302
    response = client.get("/admin/")
    assert response.url == f"{VERIFY}?next=%2Fadmin%2F"
    assert client.get("/django-admin/").url.startswith(VERIFY)
    client.post(VERIFY, {"code": code(device)})
    assert client.get("/admin/").status_code == 200


def test_required_two_factor_sends_a_manager_to_set_it_up_first(
    client, manager, settings
):
    settings.REQUIRE_MFA = True
    login(client, manager)
    assert client.get("/classes/").url == f"{SETUP}?next=%2Fclasses%2F"
    assert client.get("/admin/").url == f"{SETUP}?next=%2Fadmin%2F"
    assert client.get("/django-admin/").url.startswith(SETUP)
    response = client.get(f"{SETUP}?next=/classes/")
    assert "tài khoản của đồng chí phải dùng xác minh hai bước" in page(response)

    device = TOTPDevice.objects.get(user=manager)
    response = client.post(SETUP, {"code": code(device), "next": "/classes/"})
    assert 'href="/classes/"' in page(response)
    assert client.get("/classes/").status_code == 200
    assert client.get("/admin/").status_code == 200


def test_required_two_factor_does_not_force_a_trainee(client, settings):
    settings.REQUIRE_MFA = True
    trainee = UserFactory()
    grant_role(trainee, Role.TRAINEE, training_unit=TrainingUnitFactory())
    login(client, trainee)
    assert client.get("/me/").status_code == 200
    assert not TOTPDevice.objects.filter(user=trainee).exists()


def test_without_required_two_factor_demo_accounts_log_in_by_password(
    client, demo, settings
):
    settings.REQUIRE_MFA = False
    for username in ("quanly", "admin", "tinh"):
        client.post("/accounts/login/", {"username": username, "password": "demo12345"})
        assert client.get("/admin/").status_code == 200
        client.post("/accounts/logout/")
    client.post("/accounts/login/", {"username": "quanly", "password": "demo12345"})
    assert client.get("/classes/").status_code == 200


def test_turning_it_off_needs_the_password_and_a_code(client, person):
    device, _ = enrolled(person)
    login(client, person)
    client.post(VERIFY, {"code": code(device)})
    response = client.post(
        SETUP, {"off-password": "sai-mat-khau", "off-code": code(device, 1)}
    )
    assert "Mật khẩu chưa đúng" in page(response)
    assert TOTPDevice.objects.filter(user=person).exists()

    response = client.post(
        SETUP, {"off-password": PASSWORD, "off-code": code(device, 1)}, follow=True
    )
    assert "Đã tắt xác minh hai bước" in page(response)
    assert not TOTPDevice.objects.filter(user=person, confirmed=True).exists()
    assert not StaticToken.objects.filter(device__user=person).exists()
    client.post("/accounts/logout/")
    login(client, person)
    assert client.get("/me/").status_code == 200
