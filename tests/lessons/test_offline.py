import pytest

from tests.factories.lessons import lesson_tree

pytestmark = pytest.mark.django_db


def test_service_worker_is_served_at_the_root_with_the_shell(client):
    response = client.get("/sw.js")
    body = response.content.decode()
    assert response["Content-Type"].startswith("application/javascript")
    assert response["Service-Worker-Allowed"] == "/"
    assert "no-cache" in response["Cache-Control"]
    assert '"/offline/"' in body
    assert "/static/css/site.css" in body
    assert "networkFirst" in body
    assert 'const LOGOUT_URL = "/accounts/logout/"' in body


def test_offline_page_explains_what_is_saved(client):
    page = client.get("/offline/").content.decode()
    assert "Bạn đang không có mạng" in page
    assert "data-offline-pages" in page


def test_module_page_shows_download_size_first(client):
    tree = lesson_tree()
    client.force_login(tree.trainee)
    page = client.get(tree.module.url).content.decode()
    assert "3 bài, khoảng" in page
    assert "Tải về để học offline (" in page
    manifest = client.get(f"/lessons/module/{tree.module.pk}/offline.json").json()
    assert manifest["urls"][0] == tree.module.url
    assert [lesson.url for lesson in tree.lessons] == manifest["urls"][1:]
    assert manifest["bytes"] > 9000


def test_module_download_refuses_a_stranger(client):
    tree = lesson_tree()
    client.force_login(tree.stranger)
    response = client.get(f"/lessons/module/{tree.module.pk}/offline.json")
    assert response.status_code == 403
    assert response.json() == {"error": "Bạn không được mở phần học này."}
