import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.documents.models import Document

from elearning.uploads import sniff_document
from lessons.editorial import set_up_editorial_workflow
from tests.factories import TrainingUnitFactory, UserFactory
from tests.factories.lessons import home_page
from units.roles import Role
from units.services import grant_role

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def editor(client):
    set_up_editorial_workflow(home_page())
    user = UserFactory()
    grant_role(user, Role.EDITOR, training_unit=TrainingUnitFactory())
    client.force_login(user)
    return user


def _upload_document(client, name, content):
    return client.post(
        "/admin/documents/add/",
        {
            "title": "Tài liệu",
            "file": SimpleUploadedFile(name, content),
            "collection": 1,
        },
    )


def test_real_pdf_is_accepted(client, editor):
    response = _upload_document(client, "tai-lieu.pdf", PDF)
    assert response.status_code == 302
    assert Document.objects.get().file.name.endswith(".pdf")


def test_a_web_page_renamed_pdf_is_refused_in_vietnamese(client, editor):
    response = _upload_document(
        client, "tai-lieu.pdf", b"<html><script>alert(1)</script></html>"
    )
    page = response.content.decode()
    assert "Nội dung tệp không đúng với loại tệp (.pdf)" in page
    assert not Document.objects.exists()


def test_svg_is_never_accepted_as_a_document(client, editor):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'
    response = _upload_document(client, "hinh.svg", svg)
    assert response.status_code == 200
    assert not Document.objects.exists()


def test_documents_are_served_as_downloads_through_wagtail(client, editor):
    _upload_document(client, "tai-lieu.pdf", PDF)
    document = Document.objects.get()
    assert document.url.startswith("/documents/")
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF


def test_an_image_is_checked_by_content_not_by_name(client, editor):
    response = client.post(
        "/admin/images/add/",
        {
            "title": "Ảnh",
            "file": SimpleUploadedFile("anh.png", b"GIF89a khong phai"),
            "collection": 1,
        },
    )
    assert response.status_code == 200
    assert "Không phải hình ảnh .png hợp lệ" in response.content.decode()


def test_a_real_image_is_accepted(client, editor):
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "red").save(buffer, "PNG")
    response = client.post(
        "/admin/images/add/",
        {
            "title": "Ảnh",
            "file": SimpleUploadedFile("anh.png", buffer.getvalue()),
            "collection": 1,
        },
    )
    assert response.status_code == 302


@pytest.mark.parametrize(
    ("name", "head", "ok"),
    [
        ("a.pdf", PDF, True),
        ("a.PDF", PDF, True),
        ("a.pdf", b"MZ\x90\x00", False),
        ("a.docx", b"PK\x03\x04rest", True),
        ("a.mp4", b"\x00\x00\x00\x18ftypmp42", True),
        ("a.mp3", b"ID3\x04\x00", True),
        ("a.mp3", b"<svg/>", False),
        ("a.exe", b"MZ", False),
        ("khongcoduoi", PDF, False),
        ("a.txt", b"<script>alert(1)</script>", False),
    ],
)
def test_sniff_document(name, head, ok):
    assert sniff_document(name, head) is ok
