import datetime

import pytest
from axes.models import AccessAttempt
from django.utils import timezone

from tests.factories import TrainingUnitFactory, UserFactory
from tests.factories.people import PASSWORD
from units.roles import Role
from units.services import grant_role

LOGIN = "/accounts/login/"
WRONG = "Tên đăng nhập, số điện thoại hoặc mật khẩu chưa đúng"
LOCKED = "Đồng chí đã nhập sai quá nhiều lần"


@pytest.fixture
def trainee(db):
    return UserFactory(
        username="hocvien", full_name="Nguyễn Văn An", phone="0912345678"
    )


def login(client, username, password=PASSWORD, address="127.0.0.1"):
    return client.post(
        LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address
    )


@pytest.mark.parametrize(
    "identifier",
    ["hocvien", "HocVien", "0912 345 678", "0912345678", "+84912345678", "84912345678"],
)
def test_login_by_username_or_any_phone_spelling(client, trainee, identifier):
    response = login(client, identifier)
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(trainee.pk)


def test_phone_is_stored_in_international_form(trainee):
    trainee.refresh_from_db()
    assert trainee.phone == "+84912345678"


@pytest.mark.parametrize("identifier", ["hocvien", "khong-co-ai"])
def test_wrong_login_says_the_same_thing_whatever_was_wrong(
    client, trainee, identifier
):
    response = login(client, identifier, password="sai-mat-khau")
    assert response.status_code == 200
    assert WRONG in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_repeated_failures_are_throttled_even_with_the_right_password(client, trainee):
    for _ in range(5):
        login(client, "0912 345 678", password="sai-mat-khau")
    response = login(client, "0912345678")
    assert response.status_code == 429
    assert LOCKED in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_stranger_cannot_lock_the_lecturer_out(client, trainee):
    for _ in range(10):
        login(client, "hocvien", password="sai-mat-khau", address="203.0.113.9")
    response = login(client, "hocvien", address="198.51.100.7")
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(trainee.pk)


def test_the_lock_lifts_after_the_cool_off(client, trainee):
    for _ in range(5):
        login(client, "hocvien", password="sai-mat-khau")
    assert login(client, "hocvien").status_code == 429
    AccessAttempt.objects.update(
        attempt_time=timezone.now() - datetime.timedelta(minutes=16)
    )
    response = login(client, "hocvien")
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(trainee.pk)


def test_logout_ends_the_session(client, trainee):
    login(client, "hocvien")
    response = client.post("/accounts/logout/")
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_login_page_is_in_vietnamese(client, db):
    page = client.get(LOGIN).content.decode()
    assert "Tên đăng nhập hoặc số điện thoại" in page
    assert "Mật khẩu" in page
    assert "Username" not in page


def test_the_username_and_the_phone_of_one_account_share_one_counter(client, trainee):
    for name in ["hocvien", "0912 345 678", "HOCVIEN", "+84912345678", "84912345678"]:
        login(client, name, password="sai-mat-khau")

    response = login(client, "hocvien")

    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_one_wrong_password_on_each_of_many_accounts_locks_that_address(
    client, trainee, monkeypatch
):
    from accounts.forms import SPRAYING

    monkeypatch.setattr(SPRAYING, "limit", 5)
    for number in range(5):
        UserFactory(username=f"nguoi{number}")
        login(client, f"nguoi{number}", password="sai", address="203.0.113.9")

    sprayer = login(client, "hocvien", address="203.0.113.9")
    elsewhere = login(client, "hocvien", address="198.51.100.7")

    assert sprayer.status_code == 200
    assert "Quá nhiều tài khoản khác nhau" in sprayer.content.decode()
    assert elsewhere.status_code == 302


def test_a_staff_login_ends_after_a_working_day_without_use(client, trainee):
    lecturer = UserFactory(username="giangvien_moi")
    grant_role(lecturer, Role.LECTURER, training_unit=TrainingUnitFactory())

    login(client, "giangvien_moi")
    staff_age = client.session.get_expiry_age()
    client.get("/me/")
    still = client.session.get_expiry_age()
    client.post("/accounts/logout/")
    login(client, "hocvien")
    trainee_age = client.session.get_expiry_age()

    assert staff_age == still == 8 * 3600
    assert trainee_age == 14 * 24 * 3600
