"""The credential as each unit type issues it: the issuing body's lines, the head's
title, the signing forms (KT. / Q. / TL.), and nothing printed outside the border."""

import functools
import io

import pytest
from pypdf import PdfReader

from elearning.pdf import FAMILY, document
from records.pdf import credential_pdf
from records.services import issue_credentials
from units.models import TrainingUnit

# The page border's outer rectangle, in mm (records/pdf.py draws it at 8, 8, 281, 194).
BORDER = (8.0, 8.0, 289.0, 202.0)
PT = 72 / 25.4


def _issue(course, **signer):
    return issue_credentials(
        course.training_class,
        trainee_ids=[t.pk for t in course.trainees],
        issued_by=course.manager,
        **(
            {
                "signer_name": "Hoàng Văn Thắng",
                "signer_title": "Giám đốc",
                "place_name": "Chiêm Hóa",
            }
            | signer
        ),
    )


def _texts(pdf_bytes: bytes) -> list[tuple[str, float, float, float]]:
    """(text, x mm, y mm from the top, font size pt) of every text shown."""
    page = PdfReader(io.BytesIO(pdf_bytes)).pages[0]
    height = float(page.mediabox.height)
    shown = []

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            x, y = tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]
            shown.append((text, x / PT, (height - y) / PT, font_size * tm[0]))

    page.extract_text(visitor_text=visit)
    return shown


@functools.cache
def _ruler():
    """One document to measure with (fpdf2 keeps its font files open)."""
    return document("L")


def _widest(text: str, size: float) -> float:
    """The text's width in mm in the widest of the font's styles."""
    pdf = _ruler()
    widths = []
    for style in ("", "B", "I"):
        pdf.set_font(FAMILY, style, size)
        widths.append(pdf.get_string_width(text))
    return max(widths)


def _lines(pdf_bytes: bytes) -> list[str]:
    return [text.strip() for text, *_ in _texts(pdf_bytes)]


@pytest.fixture
def school(graded):
    unit = graded.unit
    unit.type = TrainingUnit.Type.PROVINCIAL_SCHOOL
    unit.name = "Trường Chính trị tỉnh Tuyên Quang"
    unit.governing_party_committee = "Tỉnh ủy Tuyên Quang"
    unit.save()
    return graded


def test_a_school_credential_is_given_by_its_hieu_truong(school):
    credential = _issue(school, signer_title="Hiệu trưởng", place_name="Tuyên Quang")[0]
    lines = _lines(credential_pdf(credential, "http://testserver/verify/X/"))
    assert "TỈNH ỦY TUYÊN QUANG" in lines
    assert "TRƯỜNG CHÍNH TRỊ TỈNH TUYÊN QUANG" in lines
    assert "HIỆU TRƯỞNG TRƯỜNG CHÍNH TRỊ TỈNH TUYÊN QUANG" in lines
    assert not any("GIÁM ĐỐC" in line for line in lines)


def test_a_centre_credential_is_given_by_its_giam_doc(graded):
    unit = graded.unit
    unit.type = TrainingUnit.Type.COMMUNE_CENTRE
    unit.name = "Trung tâm Chính trị Chiêm Hóa"
    unit.governing_party_committee = "Đảng ủy xã Chiêm Hóa"
    unit.save()
    credential = _issue(graded)[0]
    lines = _lines(credential_pdf(credential, "http://testserver/verify/X/"))
    assert lines[:2] == ["ĐẢNG ỦY XÃ CHIÊM HÓA", "TRUNG TÂM CHÍNH TRỊ CHIÊM HÓA"]
    assert "GIÁM ĐỐC TRUNG TÂM CHÍNH TRỊ CHIÊM HÓA" in lines
    assert credential.issuer_head_title == "Giám đốc"


def test_a_deputy_signs_on_behalf_with_their_own_title_below(school):
    credential = _issue(
        school,
        signer_name="Lê Thị Mai",
        signer_title="Phó Hiệu trưởng",
        signing_form="KT",
    )[0]
    assert credential.signing_form == "KT"
    lines = _lines(credential_pdf(credential, "http://testserver/verify/X/"))
    at = lines.index("KT. HIỆU TRƯỞNG")
    assert lines[at + 1] == "PHÓ HIỆU TRƯỞNG"
    assert "Lê Thị Mai" in lines


@pytest.mark.parametrize("form", ["", "KT", "Q", "TL"])
@pytest.mark.parametrize(
    ("kind", "name", "committee"),
    [
        (
            TrainingUnit.Type.PROVINCIAL_SCHOOL,
            "Trường Chính trị Nguyễn Văn Cừ tỉnh Quảng Ninh",
            "Đảng bộ tỉnh Quảng Ninh – Tỉnh ủy Quảng Ninh",
        ),
        (
            TrainingUnit.Type.COMMUNE_CENTRE,
            "Trung tâm Chính trị phường Xuân Hương – Đà Lạt, tỉnh Lâm Đồng",
            "Đảng ủy phường Xuân Hương – Đà Lạt, tỉnh Lâm Đồng",
        ),
    ],
)
def test_nothing_is_printed_outside_the_border(graded, form, kind, name, committee):
    unit = graded.unit
    unit.type, unit.name, unit.governing_party_committee = kind, name, committee
    unit.save()
    person = graded.trainees[0]
    person.full_name = "Tôn Nữ Hoàng Thị Phương Khánh Nguyễn Ngọc Bảo Anh Huyền Trân"[
        :60
    ].ljust(60, "a")
    person.save()
    issued = _issue(
        graded,
        signer_name="Nguyễn Thị Phương Thảo Khánh Linh",
        signer_title="Phó Bí thư Thường trực Đảng ủy phường, Chủ tịch HĐND phường",
        place_name="Xuân Hương – Đà Lạt",
        signing_form=form,
    )
    credential = next(c for c in issued if c.trainee == person)
    shown = _texts(credential_pdf(credential, "http://testserver/verify/" + "X" * 16))
    assert any(person.full_name in text for text, *_ in shown)
    left, top, right, bottom = BORDER
    for text, x, y, size in shown:
        width = _widest(text, size)
        assert left < x < x + width < right, text
        assert top < y - size / PT < y < bottom, text
