"""Issuing credentials once each, numbered in the register; revocation and re-issue."""

import pytest
from django.core.exceptions import ValidationError

from records.credential_codes import ALPHABET, normalize_code
from records.models import Credential, CredentialEvent, RegisterCounter
from records.pdf import credential_pdf
from records.services import (
    correct_credential,
    reissue_credential,
    revoke_credential,
)
from tests.course import issue_all


def test_only_eligible_trainees_get_a_credential_numbered_in_order(graded):
    issued = issue_all(graded)
    assert [c.holder_name for c in issued] == [
        "Nguyễn Văn An",
        "Trần Thị Bình",
        "Lê Văn Cường",
    ]
    assert [c.register_no for c in issued] == [1, 2, 3]
    year = issued[0].year
    assert [c.serial_no for c in issued] == [
        f"00001/{year}/GCN",
        f"00002/{year}/GCN",
        f"00003/{year}/GCN",
    ]
    assert [c.classification for c in issued] == ["very_good", "good", "average"]
    assert (
        RegisterCounter.objects.get(training_unit=graded.unit, year=year).last_number
        == 3
    )


def test_issuing_twice_issues_nobody_twice_and_leaves_no_gap(graded):
    issue_all(graded)
    assert issue_all(graded) == []
    assert Credential.objects.count() == 3
    assert sorted(Credential.objects.values_list("register_no", flat=True)) == [1, 2, 3]


def test_the_issuer_and_signer_are_stored_as_printed(graded):
    credential = issue_all(graded)[0]
    graded.unit.name = "Trung tâm Chính trị (tên mới)"
    graded.unit.save()
    credential.refresh_from_db()
    assert credential.issuer_name.startswith("Trung tâm Chính trị Số")
    assert (credential.signer_name, credential.signer_title) == (
        "Hoàng Văn Thắng",
        "Giám đốc",
    )
    assert credential.issued_by == graded.manager


def test_codes_are_16_unguessable_characters(graded):
    codes = [c.code for c in issue_all(graded)]
    assert len(set(codes)) == 3
    assert all(len(code) == 16 and set(code) <= set(ALPHABET) for code in codes)
    assert normalize_code(codes[0].lower()[:4] + "-" + codes[0][4:]) == codes[0]


def test_a_signer_is_required(graded):
    from records.services import issue_credentials

    with pytest.raises(ValidationError):
        issue_credentials(
            graded.training_class,
            trainee_ids=[graded.trainees[0].pk],
            issued_by=graded.manager,
            signer_name=" ",
            signer_title="",
            place_name="",
        )
    assert not Credential.objects.exists()


def test_revocation_needs_a_reason_and_is_recorded(graded):
    credential = issue_all(graded)[0]
    with pytest.raises(ValidationError):
        revoke_credential(credential, by=graded.manager, reason="  ")
    revoke_credential(credential, by=graded.manager, reason="Cấp nhầm người")
    credential.refresh_from_db()
    assert credential.status == "revoked"
    assert list(credential.events.values_list("action", "reason")) == [
        ("issued", ""),
        ("revoked", "Cấp nhầm người"),
    ]


def test_reissue_revokes_the_old_and_numbers_the_new_one(graded):
    old = issue_all(graded)[0]
    person = old.trainee
    person.full_name = "Nguyễn Văn Ân"
    person.save()
    new = reissue_credential(old, by=graded.manager, reason="Sai họ tên")
    old.refresh_from_db()
    assert (old.status, new.status) == ("replaced", "valid")
    assert new.reissue_of == old
    assert new.register_no == 4
    assert new.holder_name == "Nguyễn Văn Ân"
    assert new.code != old.code
    assert CredentialEvent.objects.filter(credential=new, action="reissued").exists()
    with pytest.raises(ValidationError):
        reissue_credential(old, by=graded.manager, reason="Lần nữa")


def test_a_revoked_credential_is_reissued_and_marked_replaced(graded):
    old = issue_all(graded)[0]
    revoke_credential(old, by=graded.manager, reason="Mất bản gốc")
    new = reissue_credential(old, by=graded.manager, reason="Cấp lại theo đơn")
    old.refresh_from_db()
    assert (old.status, old.revocation_reason) == ("replaced", "Mất bản gốc")
    assert (new.status, new.register_no, new.reissue_of) == ("valid", 4, old)
    assert list(old.events.values_list("action", "reason")) == [
        ("issued", ""),
        ("revoked", "Mất bản gốc"),
        ("replaced", "Cấp lại theo đơn"),
    ]
    assert list(new.events.values_list("action", "reason")) == [
        ("reissued", "Cấp lại theo đơn")
    ]
    with pytest.raises(ValidationError):
        reissue_credential(old, by=graded.manager, reason="Lần nữa")
    assert Credential.objects.count() == 4


def test_a_valid_credential_is_corrected_under_a_new_number(graded):
    import datetime

    old = issue_all(graded)[0]
    new = correct_credential(
        old,
        by=graded.manager,
        reason="Sai họ tên và ngày sinh",
        holder_name="Nguyễn Văn Ân",
        holder_birth_date=datetime.date(1990, 5, 12),
        classification="excellent",
    )
    old.refresh_from_db()
    assert (old.status, old.holder_name) == ("replaced", "Nguyễn Văn An")
    assert (new.holder_name, new.holder_birth_date, new.classification) == (
        "Nguyễn Văn Ân",
        datetime.date(1990, 5, 12),
        "excellent",
    )
    assert (new.register_no, new.reissue_of) == (4, old)
    assert old.events.last().action == "replaced"
    assert new.events.get().reason == "Sai họ tên và ngày sinh"
    with pytest.raises(ValidationError):
        correct_credential(new, by=graded.manager, reason="  ", holder_name="X")


def test_the_pdf_embeds_the_project_font_and_is_a_pdf(graded):
    credential = issue_all(graded)[0]
    pdf = credential_pdf(credential, "http://testserver/verify/ABCD/")
    assert pdf.startswith(b"%PDF-")
    assert b"BeVietnamPro" in pdf
    assert b"/FontFile2" in pdf
    assert len(pdf) > 10_000


def test_the_pdf_text_is_vietnamese(graded):
    from fpdf import FPDF

    credential = issue_all(graded)[0]
    original = FPDF.cell
    printed = []

    def spy(self, *args, **kwargs):
        printed.append(kwargs.get("text", args[2] if len(args) > 2 else ""))
        return original(self, *args, **kwargs)

    FPDF.cell = spy
    try:
        credential_pdf(credential, "http://testserver/verify/X/")
    finally:
        FPDF.cell = original
    assert "GIẤY CHỨNG NHẬN" in printed
    assert "Đồng chí: Nguyễn Văn An" in printed
    assert f"Số hiệu: {credential.serial_no}" in printed
    assert "http://testserver/verify/X/" in printed


def test_the_pdf_links_its_qr_code_to_the_verification_url(graded):
    import re

    credential = issue_all(graded)[0]
    url = f"http://testserver/verify/{credential.code}/"
    pdf = credential_pdf(credential, url)
    assert set(re.findall(rb"/URI \((.*?)\)", pdf)) == {url.encode()}
