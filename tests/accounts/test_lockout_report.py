"""Lockouts and spraying refusals: a WARNING line each, and a report for superusers."""

import logging

import pytest
from axes.models import AccessAttempt, AccessFailureLog
from django.utils import timezone

from tests.factories import TrainingUnitFactory, UserFactory
from tests.factories.people import PASSWORD
from units.roles import Role
from units.services import grant_role

LOGIN = "/accounts/login/"
REPORT = "/admin/login-lockouts/"
SECRET = "mat-khau-bi-mat-42"


@pytest.fixture
def trainee(db):
    return UserFactory(username="hocvien", phone="0912345678")


def login(client, username, password=PASSWORD, address="203.0.113.9"):
    return client.post(
        LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address
    )


def security_lines(caplog):
    return [
        record
        for record in caplog.records
        if record.name == "accounts.security" and record.levelno == logging.WARNING
    ]


def lock_out(client, who="0912 345 678"):
    for _ in range(5):
        login(client, who, password=SECRET)


def test_a_lockout_is_logged_with_address_and_identity_never_the_password(
    client, trainee, caplog
):
    caplog.set_level(logging.INFO)
    lock_out(client)

    lines = [record.getMessage() for record in security_lines(caplog)]
    assert lines, "no WARNING line on accounts.security"
    assert "203.0.113.9" in lines[0]
    assert "hocvien" in lines[0]
    assert all(SECRET not in record.getMessage() for record in caplog.records)


def test_a_spraying_refusal_is_logged_and_recorded(
    client, trainee, caplog, monkeypatch
):
    from accounts.forms import SPRAYING

    monkeypatch.setattr(SPRAYING, "limit", 2)
    for number in range(2):
        UserFactory(username=f"nguoi{number}")
        login(client, f"nguoi{number}", password=SECRET)
    caplog.set_level(logging.INFO)

    login(client, "hocvien", password=SECRET)

    lines = [record.getMessage() for record in security_lines(caplog)]
    assert len(lines) == 1
    assert "203.0.113.9" in lines[0]
    assert "hocvien" in lines[0]
    assert SECRET not in lines[0]
    admin = UserFactory(is_superuser=True)
    client.force_login(admin)
    page = client.get(REPORT).content.decode()
    refused = AccessFailureLog.objects.get(username="hocvien")
    assert refused.locked_out
    assert refused.ip_address == "203.0.113.9"
    assert "hocvien" in page


def test_the_superuser_sees_lockouts_and_failures(client, trainee):
    lock_out(client)
    attempt = AccessAttempt.objects.get()
    assert AccessFailureLog.objects.filter(username="hocvien").count() == 5
    client.force_login(UserFactory(is_superuser=True))

    response = client.get(REPORT)

    page = response.content.decode()
    assert response.status_code == 200
    assert "Đăng nhập bị khoá" in page
    assert "hocvien" in page
    assert "203.0.113.9" in page
    shown = timezone.localtime(attempt.attempt_time).strftime("%d/%m/%Y %H:%M")
    assert shown in page
    assert "Mở khóa" in page
    assert SECRET not in page


def test_unlock_lets_the_person_log_in_again(client, trainee):
    lock_out(client)
    assert login(client, "hocvien").status_code == 429
    attempt = AccessAttempt.objects.get()
    client.force_login(UserFactory(is_superuser=True))

    response = client.post(f"{REPORT}{attempt.pk}/unlock/")
    client.logout()

    assert response.status_code == 302
    assert not AccessAttempt.objects.exists()
    assert login(client, "hocvien").status_code == 302


def test_only_superusers_see_the_report_or_its_menu_item(client, trainee):
    lock_out(client)
    attempt = AccessAttempt.objects.get()
    manager = UserFactory()
    grant_role(manager, Role.CENTRE_MANAGER, training_unit=TrainingUnitFactory())
    client.force_login(manager)

    listing = client.get(REPORT)
    unlock = client.post(f"{REPORT}{attempt.pk}/unlock/")
    dashboard = client.get("/admin/").content.decode()

    assert listing.status_code == 403
    assert unlock.status_code == 403
    assert AccessAttempt.objects.exists()
    assert REPORT not in dashboard
    client.force_login(UserFactory(is_superuser=True))
    assert REPORT in client.get("/admin/").content.decode()
