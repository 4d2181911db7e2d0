import pytest

from accounts.models import User

pytestmark = pytest.mark.django_db


def test_editor_changes_own_name_and_phone_on_the_account_page(client, demo):
    client.post("/accounts/login/", {"username": "bientap", "password": "demo12345"})
    page = client.get("/admin/account/").content.decode()
    assert 'name="name_email-full_name"' in page
    assert 'name="name_email-first_name"' not in page
    response = client.post(
        "/admin/account/",
        {
            "name_email-full_name": "  Nguyễn Thị  Thu Hằng ",
            "name_email-phone": "0987 111 999",
            "name_email-email": "hang@example.vn",
            "locale-preferred_language": "vi",
            "locale-current_time_zone": "Asia/Ho_Chi_Minh",
            "theme-theme": "system",
            "theme-density": "default",
            "theme-contrast": "system",
            "theme-keyboard_shortcuts": "on",
        },
    )
    assert response.status_code == 302
    editor = User.objects.get(username="bientap")
    assert editor.full_name == "Nguyễn Thị Thu Hằng"
    assert editor.phone == "+84987111999"


def test_admin_creates_a_person_with_one_full_name_field(client, demo):
    client.post("/accounts/login/", {"username": "admin", "password": "demo12345"})
    page = client.get("/admin/users/new/").content.decode()
    assert 'name="full_name"' in page
    assert 'name="first_name"' not in page
    response = client.post(
        "/admin/users/new/",
        {
            "username": "hocvien_moi",
            "full_name": "Lò Văn Pắng",
            "phone": "0912 888 777",
            "email": "",
            "password1": "mat-khau-rat-dai-2026",
            "password2": "mat-khau-rat-dai-2026",
        },
    )
    assert response.status_code == 302, response.content.decode()[-2000:]
    person = User.objects.get(username="hocvien_moi")
    assert person.full_name == "Lò Văn Pắng"
    assert person.phone == "+84912888777"


def test_admin_gets_a_vietnamese_error_for_a_bad_phone(client, demo):
    client.post("/accounts/login/", {"username": "admin", "password": "demo12345"})
    response = client.post(
        "/admin/users/new/",
        {
            "username": "sai_so",
            "full_name": "Lò Văn Pắng",
            "phone": "12345",
            "password1": "mat-khau-rat-dai-2026",
            "password2": "mat-khau-rat-dai-2026",
        },
    )
    assert response.status_code == 200
    assert "Số điện thoại không hợp lệ." in response.content.decode()
    assert not User.objects.filter(username="sai_so").exists()
