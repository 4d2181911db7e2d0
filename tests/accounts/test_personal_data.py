"""A person's own data: they correct their phone and e-mail, and download what the
platform holds about them (NĐ 13/2023)."""

import json

import pytest
from django.contrib.auth import get_user_model

from accounts.activation import issue_code
from accounts.personal_data import relations
from tests.factories import UserFactory
from tests.factories.people import PASSWORD

CONTACT = "/accounts/contact/"


@pytest.fixture
def person(db):
    return UserFactory(full_name="Hoàng Thị Mai", phone="0987654321")


def test_a_person_corrects_their_phone_and_email_with_their_password(vi_client, person):
    vi_client.force_login(person)
    response = vi_client.post(
        CONTACT,
        {"phone": "0912 111 222", "email": "mai@xa.vn", "password": PASSWORD},
    )
    assert response.status_code == 302
    person.refresh_from_db()
    assert (person.phone, person.email) == ("+84912111222", "mai@xa.vn")
    assert "0912 111 222" in vi_client.get("/me/").content.decode()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"phone": "0912 111 222", "password": "sai"}, "Mật khẩu không đúng."),
        ({"phone": "12345", "password": PASSWORD}, "Số điện thoại không hợp lệ."),
        ({"phone": "0912 000 999", "password": PASSWORD}, "đã tồn tại"),
        (
            {"email": "khong-phai-email", "password": PASSWORD},
            "Địa chỉ thư điện tử không hợp lệ.",
        ),
    ],
)
def test_bad_contact_details_change_nothing(vi_client, person, data, message):
    UserFactory(phone="0912000999")
    vi_client.force_login(person)
    page = vi_client.post(CONTACT, data).content.decode()
    assert message in page
    person.refresh_from_db()
    assert person.phone == "+84987654321"


def test_the_download_holds_their_data_and_none_of_its_secrets(demo, client):
    trainee = get_user_model().objects.get(username="hocvien")
    issue_code(trainee)
    client.force_login(trainee)
    assert client.get("/accounts/my-data/").status_code == 405  # made on request
    response = client.post("/accounts/my-data/")
    assert response["Content-Disposition"].startswith("attachment;")
    assert "no-store" in response["Cache-Control"]
    data = json.loads(response.content)
    assert data["person"]["full_name"] == "Nguyễn Văn An"
    kinds = {section["model"] for section in data["about_you"]}
    assert {"ghi danh", "điểm danh", "mã kích hoạt"} <= kinds  # in Vietnamese
    text = response.content.decode()
    assert trainee.password not in text
    assert trainee.activation_codes.get().code_hash not in text
    assert '"token"' not in text
    assert "pbkdf2" not in text
    assert "md5$" not in text


def test_a_lecturer_gets_counts_of_what_they_did_not_other_peoples_rows(demo, client):
    lecturer = get_user_model().objects.get(username="giangvien")
    client.force_login(lecturer)
    data = json.loads(client.post("/accounts/my-data/").content)
    doing = {section["as"]: section["count"] for section in data["recorded_as_doing"]}
    assert doing  # head lecturer, owner of live sessions…
    assert all(isinstance(count, int) for count in doing.values())
    trainee_names = {"Nguyễn Văn An"}
    assert not any(
        name in json.dumps(data, ensure_ascii=False) for name in trainee_names
    )


def test_every_relation_to_a_person_is_walked(db):
    """A model added later that points at people is in the download by itself: the
    walk finds the project's and Django's and Wagtail's relations alike."""
    found = {
        (r.related_model._meta.label, r.field.name) for r in relations(get_user_model())
    }
    assert {
        ("classes.Enrolment", "trainee"),
        ("quizzes.Sitting", "user"),
        ("records.Credential", "trainee"),
        ("live.Participant", "user"),
        ("lessons.LessonProgress", "trainee"),
    } <= found
    # Hidden relations (related_name="+") are walked too.
    assert any(
        r.field.remote_field.related_name == "+" for r in relations(get_user_model())
    )
