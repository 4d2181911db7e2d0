"""Credential templates per unit and type: what each prints, inside the border, in
both orientations; frozen as issued; the replaced banner; the admin's checks of
images and texts, and its live preview."""

import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from pypdf import PdfReader

from records.models import CredentialTemplate
from records.pdf import credential_pdf, sample, sample_pdf
from records.services import issue_credentials, reissue_credential, revoke_credential
from tests.course import login
from tests.records.test_credential_forms import PT, _texts, _widest
from units.models import TrainingUnit

SCHOOL = (
    TrainingUnit.Type.PROVINCIAL_SCHOOL,
    "Trường Chính trị Nguyễn Văn Cừ tỉnh Quảng Ninh",
    "Tỉnh ủy Quảng Ninh",
    "Hiệu trưởng",
)
CENTRE = (
    TrainingUnit.Type.COMMUNE_CENTRE,
    "Trung tâm Chính trị phường Xuân Hương – Đà Lạt, tỉnh Lâm Đồng",
    "Đảng ủy phường Xuân Hương – Đà Lạt, tỉnh Lâm Đồng",
    "Giám đốc",
)
LONG_NAME = "Tôn Nữ Hoàng Thị Phương Khánh Nguyễn Ngọc Bảo Anh Huyền Trân Ng"
TITLES = {
    "diploma": "BẰNG TỐT NGHIỆP",
    "certificate": "GIẤY CHỨNG NHẬN",
    "state_certificate": "CHỨNG CHỈ",
}
SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" width="10" '
    b'height="10"><circle cx="5" cy="5" r="4" fill="#9b1c1c"/></svg>'
)


def _unit(centre, kind, name, committee):
    unit = centre.unit
    unit.type, unit.name, unit.governing_party_committee = kind, name, committee
    unit.save()
    return unit


def _joined(pdf_bytes: bytes) -> str:
    return " ".join(" ".join(text.split()) for text, *_ in _texts(pdf_bytes))


def _inside_the_border(pdf_bytes: bytes) -> None:
    page = PdfReader(io.BytesIO(pdf_bytes)).pages[0]
    width = float(page.mediabox.width) / PT
    height = float(page.mediabox.height) / PT
    for text, x, y, size in _texts(pdf_bytes):
        assert 8 < x < x + _widest(text, size) < width - 8, text
        assert 8 < y - size / PT < y < height - 8, text


@pytest.mark.parametrize(
    ("unit", "kind", "orientation"),
    [
        (unit, kind, "LP"[(index + offset) % 2])
        for offset, unit in enumerate([SCHOOL, CENTRE])
        for index, kind in enumerate(TITLES)
    ],
    ids=[f"{u}-{k}" for u in ("school", "centre") for k in TITLES],
)
def test_each_type_prints_its_unit_lines_inside_the_border(
    centre, unit, kind, orientation
):
    unit_type, name, committee, head = unit
    template = CredentialTemplate.default_for(
        _unit(centre, unit_type, name, committee), kind
    )
    template.orientation = orientation
    assert template.head_title == head
    credential = sample(template)
    credential.holder_name = LONG_NAME[:60]
    credential.signing_form = "KT"
    credential.signer_title = f"Phó {head} phụ trách đào tạo và bồi dưỡng cán bộ"
    pdf = credential_pdf(credential, "https://example.vn/verify/" + "X" * 19 + "/")
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert (float(page.mediabox.width) > float(page.mediabox.height)) == (
        orientation == "L"
    )
    printed = _joined(pdf)
    for line in (
        committee.upper(),
        name.upper(),
        TITLES[kind],
        f"{head} {name}".upper(),
        f"KT. {head.upper()}",
        LONG_NAME[:60],
    ):
        assert line in printed
    assert "GIÁM ĐỐC" not in printed if head == "Hiệu trưởng" else True
    _inside_the_border(pdf)


def test_the_place_is_printed_as_the_place_is_called(centre):
    unit = _unit(centre, *CENTRE[:3])
    unit.seat.name = "Xã Chiêm Hóa"
    unit.seat.save()
    template = CredentialTemplate.default_for(unit, "certificate")
    assert template.place_name == "Chiêm Hóa"
    assert "Chiêm Hóa, ngày" in _joined(sample_pdf(template))


def _template(unit, **fields) -> CredentialTemplate:
    template = CredentialTemplate.default_for(unit, "certificate")
    for field, value in fields.items():
        setattr(template, field, value)
    template.save()
    return template


def test_a_credential_keeps_the_template_it_was_issued_under(graded):
    graded.training_class.version.credential_type = "certificate"
    graded.training_class.version.save()
    template = _template(graded.unit, committee_line="Đảng ủy xã Cũ", orientation="L")
    first, second = graded.trainees[:2]
    signer = {"signer_name": "Hoàng Văn Thắng", "signer_title": "Giám đốc"}
    before = issue_credentials(
        graded.training_class,
        trainee_ids=[first.pk],
        issued_by=graded.manager,
        place_name="Chiêm Hóa",
        **signer,
    )[0]
    template.committee_line, template.orientation = "Đảng ủy xã Mới", "P"
    template.save()
    after = issue_credentials(
        graded.training_class,
        trainee_ids=[second.pk],
        issued_by=graded.manager,
        place_name="Chiêm Hóa",
        **signer,
    )[0]
    before.refresh_from_db()
    assert (before.template_version, after.template_version) == (1, 2)
    url = "http://testserver/verify/X/"
    old_pdf, new_pdf = credential_pdf(before, url), credential_pdf(after, url)
    assert "ĐẢNG ỦY XÃ CŨ" in _joined(old_pdf)
    assert "ĐẢNG ỦY XÃ MỚI" in _joined(new_pdf)
    assert PdfReader(io.BytesIO(old_pdf)).pages[0].mediabox.width > 800
    assert PdfReader(io.BytesIO(new_pdf)).pages[0].mediabox.width < 600


def test_a_replaced_credential_names_the_one_that_replaced_it(graded, client):
    from tests.course import issue_all

    old = issue_all(graded)[0]
    revoke_credential(old, by=graded.manager, reason="Mất bản gốc")
    old.refresh_from_db()
    assert "ĐÃ THU HỒI" in _joined(credential_pdf(old, "http://testserver/v/"))
    new = reissue_credential(old, by=graded.manager, reason="Cấp lại theo đơn")
    old.refresh_from_db()
    printed = _joined(credential_pdf(old, "http://testserver/v/"))
    assert f"Đã được thay thế bởi số {new.serial_no}" in printed
    assert "ĐÃ THU HỒI" not in printed
    page = client.get(reverse("verify_code", args=[old.code])).content.decode()
    assert new.serial_no in page
    assert reverse("verify_code", args=[new.code]) in page


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (20, 20), (155, 28, 28)).save(buffer, "PNG")
    return buffer.getvalue()


def _form(centre, **overrides) -> dict:
    return {
        "training_unit": centre.unit.pk,
        "credential_type": "certificate",
        "orientation": "L",
        "committee_line": "Đảng ủy xã Chiêm Hóa",
        "unit_line": "Trung tâm Chính trị Chiêm Hóa",
        "title": "Giấy chứng nhận",
        "head_title": "Giám đốc",
        "place_name": "Chiêm Hóa",
    } | overrides


def _add(client, centre, **overrides):
    return client.post(
        reverse("wagtailsnippets_records_credentialtemplate:add"),
        _form(centre, **overrides),
    )


def test_the_manager_adds_a_template_with_a_png_seal_and_an_svg_emblem(client, centre):
    login(client, centre.manager)
    response = _add(
        client,
        centre,
        seal=SimpleUploadedFile("dau.png", _png()),
        emblem=SimpleUploadedFile("huy.svg", SVG),
    )
    assert response.status_code == 302
    template = CredentialTemplate.objects.get(training_unit=centre.unit)
    assert template.seal.name.endswith(".png")
    assert template.emblem.name.endswith(".svg")
    pdf = sample_pdf(template)
    assert pdf.count(b"/Subtype /Image") >= 2  # the seal and the QR code


def test_the_manager_opens_a_saved_template_to_edit_it(client, centre):
    login(client, centre.manager)
    assert _add(client, centre).status_code == 302
    template = CredentialTemplate.objects.get(training_unit=centre.unit)

    page = client.get(
        reverse("wagtailsnippets_records_credentialtemplate:edit", args=[template.pk])
    )

    assert page.status_code == 200
    assert template.unit_line in page.content.decode()


@pytest.mark.parametrize(
    ("field", "content", "message"),
    [
        ("seal", b"MZ\x90\x00 not an image at all", "không phải ảnh"),
        (
            "emblem",
            SVG.replace(b"<circle", b"<script>alert(1)</script><circle"),
            "script",
        ),
        ("background", SVG.replace(b"<circle", b'<circle onload="x()"'), "onload"),
        (
            "emblem",
            SVG.replace(
                b"<circle", b'<use href="http://evil.example/x.svg#a"/><circle'
            ),
            "bên ngoài",
        ),
    ],
    ids=["not-an-image", "script", "handler", "outside"],
)
def test_a_bad_image_is_refused_with_its_field_named(
    client, centre, field, content, message
):
    login(client, centre.manager)
    upload = SimpleUploadedFile("anh.svg", content)
    response = _add(client, centre, **{field: upload})
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert list(errors) == [field]
    assert message in " ".join(errors[field])
    assert not CredentialTemplate.objects.exists()


def test_a_text_that_cannot_fit_is_refused_with_its_field_named(client, centre):
    login(client, centre.manager)
    response = _add(
        client, centre, unit_line="Trung tâm Chính trị " * 9, orientation="P"
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "unit_line" in errors
    assert "không vừa" in " ".join(errors["unit_line"])
    assert not CredentialTemplate.objects.exists()


def test_the_preview_is_the_pdf_of_the_form_as_typed(client, centre):
    login(client, centre.manager)
    url = reverse("wagtailsnippets_records_credentialtemplate:preview_on_add")
    answer = client.post(url, _form(centre, committee_line="Đảng ủy xã Thử Nghiệm"))
    assert answer.json()["is_valid"] is True
    response = client.get(url)
    assert response["Content-Type"] == "application/pdf"
    printed = _joined(response.content)
    assert "ĐẢNG ỦY XÃ THỬ NGHIỆM" in printed
    assert re.search(r"Chiêm Hóa, ngày \d\d tháng \d\d năm \d{4}", printed)
    assert not CredentialTemplate.objects.exists()
