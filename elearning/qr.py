"""QR codes drawn on the server: inline SVG for pages, PNG bytes for the PDF."""

import io

import qrcode
from qrcode.image.svg import SvgPathImage


def qr_svg(text: str) -> str:
    image = qrcode.make(text, image_factory=SvgPathImage, box_size=10, border=2)
    svg = image.to_string(encoding="unicode")
    return svg[svg.index("<svg") :]


def qr_png(text: str) -> bytes:
    buffer = io.BytesIO()
    qrcode.make(text, border=1).save(buffer, format="PNG")
    return buffer.getvalue()
