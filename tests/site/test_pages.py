import pytest
from django.test import Client

from accounts.models import User

pytestmark = pytest.mark.django_db


def test_home_page_is_vietnamese_for_visitors(client, demo):
    page = client.get("/").content.decode()
    assert "Học tập lý luận chính trị" in page
    assert "Đăng nhập để học" in page
    assert 'lang="vi"' in page


def test_home_page_shows_the_trainee_what_to_do_next(client, demo):
    client.post("/accounts/login/", {"username": "hocvien", "password": "demo12345"})
    page = client.get("/").content.decode()
    assert "Chào An" in page
    assert 'href="/me/"' in page
    assert "Học tập của tôi" in page


def test_home_page_shows_the_manager_the_admin(client, demo):
    client.post("/accounts/login/", {"username": "quanly", "password": "demo12345"})
    page = client.get("/").content.decode()
    assert "Quản lý trung tâm" in page
    assert 'href="/admin/"' in page


def test_me_needs_login(client, demo):
    response = client.get("/me/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=/me/")


def test_me_shows_the_trainee_and_their_centre(client, demo):
    client.post("/accounts/login/", {"username": "0912345678", "password": "demo12345"})
    page = client.get("/me/").content.decode()
    assert "Nguyễn Văn An" in page
    assert "0912 345 678" in page
    assert "Trung tâm Chính trị Chiêm Hóa" in page


def test_unknown_url_gets_the_vietnamese_404(client, demo):
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    page = response.content.decode()
    assert "Không tìm thấy trang" in page
    assert "Về trang chủ" in page


def test_500_page_is_vietnamese(client):
    from django.template.loader import render_to_string

    page = render_to_string("500.html")
    assert "Đã có lỗi xảy ra" in page
    assert "Về trang chủ" in page


@pytest.mark.django_db
def test_a_stale_form_gets_a_vietnamese_page():
    client = Client(enforce_csrf_checks=True)

    response = client.post("/accounts/login/", {"username": "x", "password": "y"})

    assert response.status_code == 403
    page = response.content.decode()
    assert "Biểu mẫu đã hết hạn" in page
    assert "CSRF" not in page


@pytest.mark.django_db
def test_personal_pages_and_downloads_are_never_stored(client, demo):
    from classes.models import TrainingClass
    from home.models import HomePage
    from units.models import TrainingUnit

    trainee = User.objects.get(username="hocvien")
    client.force_login(trainee)
    personal = client.get("/me/")
    lesson_list = client.get(HomePage.objects.get().url)
    client.force_login(User.objects.get(username="quanly"))
    klass = TrainingClass.objects.filter(
        training_unit__in=TrainingUnit.objects.managed_by(
            User.objects.get(username="quanly")
        )
    ).first()
    export = client.get(f"/classes/{klass.pk}/results.xlsx")
    worker = client.get("/sw.js").content.decode()

    assert "no-store" in personal["Cache-Control"]
    assert "no-store" in export["Cache-Control"]
    assert "no-store" not in lesson_list.get("Cache-Control", "")
    assert 'includes("no-store")' in worker  # the service worker keeps none of them
