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
    assert "Đồng chí đang không có mạng" in page
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
    assert response.json() == {"error": "Đồng chí không được mở phần học này."}


def test_programme_page_offers_the_whole_programme_with_its_size_first(client):
    tree = lesson_tree()
    client.force_login(tree.trainee)
    page = client.get(tree.programme.url).content.decode()
    box = page.split('class="card offline-download"')[1].split("</section>")[0]
    assert (
        f'data-download-url="/lessons/programme/{tree.programme.pk}/offline.json"'
        in box
    )
    assert "3 bài, khoảng" in box
    assert box.index("3 bài, khoảng") < box.index("Tải về để học offline (")
    assert "Xoá khỏi điện thoại cho nhẹ bộ nhớ" in box
    assert "Đã lưu. Đồng chí có thể học cả chương trình khi không có mạng." in box
    # Each lesson and module can say "Đã lưu" (the phone knows which it keeps).
    assert page.count('data-offline-url="') == 3
    assert page.count("data-saved-badge hidden>Đã lưu</span>") == 3
    assert page.count("data-group-badge hidden>Đã lưu</span>") == 1


def test_programme_manifest_lists_every_page_to_keep(client):
    tree = lesson_tree()
    client.force_login(tree.trainee)
    manifest = client.get(f"/lessons/programme/{tree.programme.pk}/offline.json")
    body = manifest.json()
    assert body["title"] == tree.programme.title
    assert body["urls"] == [
        tree.programme.url,
        tree.module.url,
        *[lesson.url for lesson in tree.lessons],
    ]
    module = client.get(f"/lessons/module/{tree.module.pk}/offline.json").json()
    assert body["bytes"] > module["bytes"] > 9000


def test_programme_manifest_follows_a_lesson_published_later(client):
    from lessons.models import LessonPage
    from tests.factories.lessons import publish

    tree = lesson_tree()
    client.force_login(tree.trainee)
    url = f"/lessons/programme/{tree.programme.pk}/offline.json"
    before = client.get(url).json()
    added = publish(tree.module, LessonPage(title="Bài bốn", summary="Mới."))
    after = client.get(url).json()
    assert added.url not in before["urls"]
    assert after["urls"][-1] == added.url


def test_programme_download_refuses_a_stranger(client):
    tree = lesson_tree()
    client.force_login(tree.stranger)
    response = client.get(f"/lessons/programme/{tree.programme.pk}/offline.json")
    assert response.status_code == 403
    assert response.json() == {"error": "Đồng chí không được mở chương trình này."}
