"""Public verification: valid, revoked, unknown, garbled, throttled; nothing private."""

import datetime

import pytest

from records.credential_codes import display_code
from records.services import revoke_credential
from tests.course import issue_all


@pytest.fixture
def credential(graded):
    person = graded.trainees[0]
    person.date_of_birth = datetime.date(1990, 5, 12)
    person.save()
    return issue_all(graded)[0]


def test_a_valid_credential_shows_only_what_it_should(client, credential):
    response = client.get(f"/verify/{credential.code}/")
    page = response.content.decode()
    assert response.status_code == 200
    assert "Còn hiệu lực" in page
    for shown in [
        "Nguyễn Văn An",
        credential.programme_name,
        credential.class_code,
        "Giỏi",
        credential.issuer_name,
        "Giám đốc Hoàng Văn Thắng",
    ]:
        assert shown in page
    for private in ["0912", "+8491", "12/05/1990", "1990"]:
        assert private not in page


def test_a_revoked_credential_says_so(client, credential, course):
    revoke_credential(credential, by=course.manager, reason="Cấp nhầm")
    page = client.get(f"/verify/{credential.code}/").content.decode()
    assert "Đã thu hồi" in page
    assert "không còn giá trị" in page


def test_a_replaced_credential_links_to_the_one_in_force(client, credential, course):
    from records.services import reissue_credential

    revoke_credential(credential, by=course.manager, reason="Cấp nhầm")
    new = reissue_credential(credential, by=course.manager, reason="Cấp lại")
    page = client.get(f"/verify/{credential.code}/").content.decode()
    assert "Đã thay thế" in page
    assert f'href="/verify/{new.code}/"' in page
    page = client.get(f"/verify/{new.code}/").content.decode()
    assert "Còn hiệu lực" in page


def test_a_typed_code_in_any_spelling_finds_the_credential(client, credential):
    typed = display_code(credential.code).lower()
    response = client.get("/verify/", {"code": typed})
    assert response.status_code == 302
    assert response["Location"] == f"/verify/{credential.code}/"
    response = client.get(f"/verify/{typed}/")
    assert response["Location"] == f"/verify/{credential.code}/"


@pytest.mark.parametrize("code", ["ABCDEFGHJKMNPQRS", "xyz", "'; drop table--", "ÂÂÂ"])
def test_unknown_and_garbled_codes_get_the_same_polite_404(client, db, code):
    response = client.get(f"/verify/{code}/")
    assert response.status_code == 404
    assert "Không tìm thấy văn bằng có mã này" in response.content.decode()


def test_many_misses_from_one_address_get_429_then_even_a_good_code(client, credential):
    for number in range(10):
        assert client.get(f"/verify/WRONG{number:011d}/").status_code == 404
    response = client.get(f"/verify/{credential.code}/")
    assert response.status_code == 429
    assert "Địa chỉ này đã thử quá nhiều mã" in response.content.decode()
    assert response["Retry-After"] == "600"
    other = client.get(f"/verify/{credential.code}/", REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 200


def test_the_verify_form_page_loads(client, db):
    page = client.get("/verify/").content.decode()
    assert "Nhập mã tra cứu" in page
    assert 'name="code"' in page


@pytest.mark.parametrize("typed", ["abc/def", "<script>", "ĐĐĐĐ-ĐĐĐĐ"])
def test_garbage_typed_in_the_form_gets_the_polite_404(client, db, typed):
    response = client.get("/verify/", {"code": typed})
    assert response.status_code == 404
    assert "Không tìm thấy văn bằng có mã này" in response.content.decode()


def test_an_empty_form_asks_for_the_code(client, db):
    page = client.get("/verify/", {"code": ""}).content.decode()
    assert "Trường này là bắt buộc" in page


def test_verification_answers_while_the_shared_cache_is_down(client, db, settings):
    # With REDIS_URL set the throttle counts in Redis; when it is down the page
    # must still answer (the process counts on its own meanwhile).
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
        }
    }

    response = client.get("/verify/ABCD-EFGH-JKMN-PQRS/")

    assert response.status_code == 404
