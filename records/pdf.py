"""The credential PDF as its unit's template lays it out, with the project's font.

The printed words are those of the official forms, so they are Vietnamese whatever
the interface language; everything about the holder and issuer is the stored
snapshot (the template's texts and images as they were on the day of issue). The
font (Be Vietnam Pro, SIL OFL 1.1) is the ground's (elearning/pdf.py).

Every text has a box: a text too long for it is set smaller, then wrapped onto the
lines the box allows; a template's own texts must fit at the smallest size
(`template_overflows`), so only the holder's data can ever need the last resort of
an ellipsis. Nothing is printed outside the inner border.
"""

import datetime
import functools
import io
from dataclasses import dataclass, replace

from django.core.files.storage import default_storage
from django.utils import timezone
from fpdf.enums import MethodReturnValue, WrapMode

from elearning.pdf import FAMILY, document, nfc
from elearning.qr import qr_png
from records.models import Classification, Credential, CredentialType
from records.services.credentials import template_snapshot

RED = (155, 28, 28)
PT = 25.4 / 72  # mm in a point
SIGNING_FORMS = {"KT": "KT.", "Q": "Q.", "TL": "TL."}
TITLES = {
    CredentialType.DIPLOMA: "BẰNG TỐT NGHIỆP",
    CredentialType.CERTIFICATE: "GIẤY CHỨNG NHẬN",
    CredentialType.STATE_CERTIFICATE: "CHỨNG CHỈ",
    CredentialType.REPLACEMENT: "GIẤY CHỨNG NHẬN HOÀN THÀNH KHÓA HỌC",
}
CLASSIFICATIONS = {
    Classification.EXCELLENT: "Xuất sắc",
    Classification.VERY_GOOD: "Giỏi",
    Classification.GOOD: "Khá",
    Classification.AVERAGE: "Trung bình",
    Classification.FAIL: "Không đạt",
}


@dataclass(frozen=True)
class Box:
    """Where a text goes: its left edge and width (mm), its size and the smallest
    size it may be set in (pt), its style, and the lines it may take."""

    x: float
    w: float
    size: float
    style: str = ""
    min_size: float = 8
    lines: int = 1
    align: str = "C"


@dataclass(frozen=True)
class Layout:
    """The boxes of an A4 page in one orientation (mm)."""

    width: float
    height: float

    @property
    def left(self) -> Box:  # the issuing body, top left
        return Box(14, round(0.45 * (self.width - 28)), 11, lines=2)

    @property
    def right_x(self) -> float:
        return self.width - 14 - self.right_w

    @property
    def right_w(self) -> float:
        return self.width - 28 - self.left.w - 6

    @property
    def body(self) -> Box:
        return Box(20, self.width - 40, 12, lines=2)

    @property
    def footer_top(self) -> float:
        return self.height - 64

    @property
    def signature(self) -> Box:
        w = 113 if self.width > self.height else 87
        return Box(self.width - 14 - w, w, 12, "B", lines=2)

    @property
    def qr(self) -> tuple[float, float, float]:
        if self.width > self.height:
            return 20, self.footer_top + 4, 38
        return 18, self.footer_top + 12, 32

    @property
    def facts(self) -> Box:  # the serial, register number and address by the QR
        x, _y, size = self.qr
        left = x + size + 4
        return Box(left, self.signature.x - left - 4, 11, align="L", lines=2)

    @property
    def portrait(self) -> bool:
        return self.height > self.width


def layout(orientation: str) -> Layout:
    return Layout(210, 297) if orientation == "P" else Layout(297, 210)


def _set(pdf, box: Box, size: float) -> None:
    pdf.set_font(FAMILY, box.style, size)


def _split(pdf, text: str, box: Box, size: float, wrap: WrapMode) -> list[str]:
    _set(pdf, box, size)
    lines = pdf.multi_cell(
        box.w,
        size * PT,
        text,
        dry_run=True,
        output=MethodReturnValue.LINES,
        wrapmode=wrap,
        align=box.align,
    )
    return [line.strip() for line in lines]


def _settle(pdf, text: str, box: Box, wrap=WrapMode.WORD) -> tuple[float, list[str]]:
    """The size and lines ``text`` takes in ``box``: the box's size, or smaller
    down to its smallest, then wrapped onto its lines; past that, cut with "…"."""
    size = box.size
    while True:
        lines = _split(pdf, text, box, size, wrap)
        if len(lines) <= box.lines or size <= box.min_size:
            break
        size -= 0.5
    if len(lines) > box.lines:
        kept = lines[: box.lines]
        last = kept[-1]
        while last and pdf.get_string_width(last + "…") > box.w - 2 * pdf.c_margin:
            last = last[:-1]
        lines = [*kept[:-1], last.rstrip() + "…"]
    return size, lines


def fits(pdf, text: str, box: Box) -> bool:
    """Whether ``text`` fits ``box`` without being cut."""
    size = box.size
    while size >= box.min_size:
        if len(_split(pdf, nfc(text), box, size, WrapMode.WORD)) <= box.lines:
            return True
        size -= 0.5
    return False


def _text(pdf, text: str, box: Box, y: float, *, gap=1.35, link="", wrap=None):
    """Print ``text`` in ``box`` from ``y``; the y below it."""
    size, lines = _settle(pdf, nfc(text), box, wrap or WrapMode.WORD)
    _set(pdf, box, size)
    height = size * PT * gap
    for line in lines:
        pdf.set_xy(box.x, y)
        pdf.cell(box.w, height, line, align=box.align, link=link)
        y += height
    return y


def _image(pdf, name: str, x, y, w, h) -> None:
    """Draw a stored template image (PNG, JPEG or checked SVG), kept in its box."""
    if not name or not default_storage.exists(name):
        return
    with default_storage.open(name) as stored:
        data = stored.read().strip()
    pdf.image(data, x=x, y=y, w=w, h=h, keep_aspect_ratio=True)


def _page(pdf, c: Credential) -> Layout:
    page = layout(c.orientation)
    pdf.add_page(orientation=c.orientation or "L")
    _image(pdf, c.background, 11, 11, page.width - 22, page.height - 22)
    pdf.set_draw_color(*RED)
    pdf.set_line_width(1.2)
    pdf.rect(8, 8, page.width - 16, page.height - 16)
    pdf.set_line_width(0.3)
    pdf.rect(11, 11, page.width - 22, page.height - 22)
    pdf.set_text_color(0, 0, 0)
    return page


def _date_line(c: Credential) -> str:
    day = timezone.localtime(c.issued_at).date() if c.issued_at else None
    if day is None:
        return ""
    return f"{c.place_name}, ngày {day:%d} tháng {day:%m} năm {day:%Y}"


def _header(pdf, c: Credential, page: Layout) -> float:
    """The issuing body's lines and the Party's; the y below them."""
    left = page.left
    y = _text(pdf, c.issuer_committee.upper(), left, 16)
    y = _text(pdf, c.issuer_name.upper(), Box(left.x, left.w, 11, "B", lines=2), y)
    y = _text(pdf, "*", left, y)
    right = Box(page.right_x, page.right_w, 12, "BU")
    r = _text(pdf, "ĐẢNG CỘNG SẢN VIỆT NAM", right, 16)
    r = _text(pdf, _date_line(c), Box(page.right_x, page.right_w, 11, "I"), r + 2)
    return max(y, r)


def _title(c: Credential) -> str:
    return (c.title or TITLES[CredentialType(c.credential_type)]).upper()


def _body(pdf, c: Credential, page: Layout, y: float) -> None:
    """The title, the head's line, the holder and the facts, spread over the
    room above the footer (closer together when long texts take two lines)."""
    body = page.body
    if c.emblem:
        _image(pdf, c.emblem, page.width / 2 - 9, y, 18, 18)
        y += 19
    head = f"{c.issuer_head_title} {c.issuer_name}".upper()
    items = [
        (_title(c), Box(body.x, body.w, 28, "B", min_size=16), 1.2, RED),
        (head, Box(body.x, body.w, 12, "B", lines=2), 1.35, None),
        ("chứng nhận", Box(body.x, body.w, 12, "I"), 1.35, None),
        (
            f"Đồng chí: {c.holder_name}",
            Box(body.x, body.w, 18, "B", lines=2),
            1.35,
            None,
        ),
        *((line, body, 1.35, None) for line in _facts(c)),
    ]
    spacing = _spacing(pdf, items, page.footer_top - 12 - y, 6 if page.portrait else 3)
    for text, box, gap, colour in items:
        pdf.set_text_color(*(colour or (0, 0, 0)))
        y = _text(pdf, text, box, y, gap=gap) + spacing
    pdf.set_text_color(0, 0, 0)


def _spacing(pdf, items, room: float, most: float) -> float:
    """The space between the body's lines that spreads them over ``room``."""
    used = 0.0
    for text, box, gap, _colour in items:
        size, lines = _settle(pdf, nfc(text), box)
        used += len(lines) * size * PT * gap
    return max(0.0, min(most, (room - used) / len(items)))


def _facts(c: Credential) -> list[str]:
    score = f" (điểm {c.final_score:.1f})".replace(".", ",") if c.final_score else ""
    grade = CLASSIFICATIONS[Classification(c.classification)]
    born = c.holder_birth_date
    return [
        *([f"Ngày sinh: {born:%d/%m/%Y}"] if born else []),
        f"Đã hoàn thành chương trình: {c.programme_name}",
        f"Lớp {c.class_code}, từ ngày {c.starts_on:%d/%m/%Y} "
        f"đến ngày {c.ends_on:%d/%m/%Y}",
        f"Xếp loại: {grade}{score}",
    ]


def _banner(pdf, c: Credential, page: Layout, replaced_by: str) -> None:
    """A revoked or replaced credential says so across the page, in red."""
    if c.is_valid:
        return
    if c.status == Credential.Status.REPLACED and replaced_by:
        text = f"Đã được thay thế bởi số {replaced_by} — bản này không còn giá trị"
    else:
        text = "ĐÃ THU HỒI — văn bằng này không còn giá trị"
    pdf.set_text_color(*RED)
    _text(pdf, text, Box(14, page.width - 28, 14, "B"), page.footer_top - 10)
    pdf.set_text_color(0, 0, 0)


def _footer(pdf, c: Credential, page: Layout, url: str) -> None:
    x, y, size = page.qr
    pdf.image(io.BytesIO(qr_png(url)), x=x, y=y, w=size, h=size, link=url)
    facts = page.facts
    line = Box(facts.x, facts.w, 11, align="L")
    at = _text(pdf, f"Số hiệu: {c.serial_no}", line, y)
    at = _text(pdf, f"Số vào sổ cấp: {c.register_no}/{c.year}", line, at)
    at = _text(pdf, "Tra cứu văn bằng tại:", Box(facts.x, facts.w, 9, align="L"), at)
    small = Box(facts.x, facts.w, 8, min_size=6, lines=2, align="L")
    _text(pdf, url, small, at, link=url, wrap=WrapMode.CHAR)
    _signature(pdf, c, page)


def _signature(pdf, c: Credential, page: Layout) -> None:
    """The head's title, or the signing form and the head's title with the
    signer's own title below ("KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC"), the seal over
    them, then the name."""
    sig = page.signature
    y = page.footer_top
    form = SIGNING_FORMS.get(c.signing_form)
    if form:
        head = f"{form} {c.issuer_head_title.upper()}"
        y = _text(pdf, head, replace(sig, lines=1), y)
    _text(pdf, c.signer_title.upper(), sig, y)
    if c.seal:
        _image(pdf, c.seal, sig.x + sig.w / 2 - 32, page.footer_top + 8, 30, 30)
    name = Box(sig.x, sig.w, 13, "B", lines=1)
    _text(pdf, c.signer_name, name, page.height - 26)


def _draw(pdf, c: Credential, url: str, replaced_by: str = "") -> None:
    page = _page(pdf, c)
    y = _header(pdf, c, page)
    _body(pdf, c, page, max(y + 3, 62 if page.portrait else 40))
    _banner(pdf, c, page, replaced_by)
    _footer(pdf, c, page, url)


def _replacement(c: Credential) -> str:
    """The serial number of the credential that replaced ``c``, if one did."""
    if c.status != Credential.Status.REPLACED:
        return ""
    new = getattr(c, "reissued_as", None)
    return new.serial_no if new else ""


def credential_pdf(credential: Credential, verify_url: str) -> bytes:
    pdf = document(credential.orientation or "L")
    pdf.set_title(nfc(f"{_title(credential)} {credential.serial_no}"))
    _draw(pdf, credential, verify_url, _replacement(credential))
    return bytes(pdf.output())


def credentials_pdf(credentials, verify_url) -> bytes:
    """One document of many credentials, a page each (a class's, for printing);
    ``verify_url(credential)`` gives each one's verification address."""
    pdf = document("L")
    for c in credentials:
        _draw(pdf, c, verify_url(c), _replacement(c))
    return bytes(pdf.output())


def sample(template) -> Credential:
    """An unsaved credential issued under ``template`` today, as the admin's
    preview shows it."""
    today = timezone.localdate()
    return Credential(
        **template_snapshot(template),
        credential_type=template.credential_type,
        code="XXXXXXXXXXXXXXXX",
        year=today.year,
        register_no=1,
        serial_no=f"00001/{today.year}/MẪU",
        holder_name="Nguyễn Thị Phương Thảo",
        holder_birth_date=datetime.date(1990, 5, 19),
        programme_name="Bồi dưỡng lý luận chính trị dành cho đảng viên mới",
        class_code="Khóa 1",
        starts_on=today - datetime.timedelta(days=5),
        ends_on=today,
        classification=Classification.GOOD,
        place_name=template.place_name,
        signer_name="Hoàng Văn Thắng",
        signer_title=template.head_title,
        issued_at=timezone.now(),
    )


def sample_pdf(template) -> bytes:
    return credential_pdf(sample(template), "https://example.vn/verify/MAU/")


@functools.cache
def _ruler():
    """One page to measure texts on (fpdf2 keeps a document's font files open,
    so one is kept rather than one made per check)."""
    pdf = document("L")
    pdf.add_page()
    return pdf


def template_overflows(template) -> dict[str, str]:
    """The fields of ``template`` whose text cannot fit its box on the page even
    at the smallest size: {field name: the text that does not fit}."""
    page = layout(template.orientation)
    pdf = _ruler()
    body, sig = page.body, page.signature
    checks = {
        "committee_line": (template.committee_line.upper(), page.left),
        "unit_line": (
            template.unit_line.upper(),
            Box(page.left.x, page.left.w, 11, "B", lines=2),
        ),
        "title": (template.title.upper(), Box(body.x, body.w, 28, "B", min_size=16)),
        "head_title": (
            f"KT. {template.head_title.upper()}",
            replace(sig, lines=1),
        ),
        "place_name": (
            f"{template.place_name}, ngày 28 tháng 12 năm 2026",
            Box(page.right_x, page.right_w, 11, "I"),
        ),
    }
    head = f"{template.head_title} {template.unit_line}".upper()
    overflows = {
        field: text for field, (text, box) in checks.items() if not fits(pdf, text, box)
    }
    if not fits(pdf, head, Box(body.x, body.w, 12, "B", lines=2)):
        overflows.setdefault("head_title", head)
    return overflows
