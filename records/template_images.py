"""Checking the images an administrator uploads for a credential template.

A PNG or JPEG must open as one (Pillow reads it whole); an SVG is parsed with
defusedxml (no DTD, no entities) and must hold only drawing elements and attributes
from an allow-list: no script, no event handler, no foreign object, no reference
outside the file. What passes is then drawn by fpdf2 once, so an image that would
break the PDF is refused at upload rather than at printing.
"""

import io
import re

from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

MAX_BYTES = 2 * 1024 * 1024
MAX_PIXELS = 5000 * 5000
SVG_NS = "{http://www.w3.org/2000/svg}"
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
SVG_TAGS = {
    "svg", "g", "defs", "title", "desc", "metadata", "path", "rect", "circle",
    "ellipse", "line", "polyline", "polygon", "text", "tspan", "linearGradient",
    "radialGradient", "stop", "clipPath", "use", "symbol",
}  # fmt: skip
SVG_ATTRIBUTES = {
    "id", "class", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry",
    "width", "height", "d", "points", "viewBox", "preserveAspectRatio", "version",
    "transform", "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width",
    "stroke-opacity", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit",
    "stroke-dasharray", "stroke-dashoffset", "opacity", "style", "offset",
    "stop-color", "stop-opacity", "gradientUnits", "gradientTransform", "fx", "fy",
    "spreadMethod", "clip-path", "clipPathUnits", "clip-rule", "font-family",
    "font-size", "font-weight", "font-style", "text-anchor", "dominant-baseline",
    "letter-spacing", "dx", "dy", "visibility", "display", "href", XLINK_HREF,
}  # fmt: skip
# A style may name colours and sizes, never fetch or run anything.
UNSAFE_STYLE = re.compile(r"url\s*\((?!\s*['\"]?#)|expression|javascript|@import", re.I)


def check_image(upload) -> None:
    """Refuse an upload that is not a clean PNG, JPEG or SVG (ValidationError)."""
    if upload.size > MAX_BYTES:
        raise ValidationError(_("The image is larger than 2 MB."))
    upload.seek(0)
    data = upload.read()
    upload.seek(0)
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith((b"<?xml ", b"<svg ")):
        _check_svg(head)
    else:
        _check_raster(data)


def _check_raster(data: bytes) -> None:
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.format not in ("PNG", "JPEG"):
                raise UnidentifiedImageError
            if image.width * image.height > MAX_PIXELS:
                raise ValidationError(_("The image has too many pixels."))
            image.load()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise ValidationError(
            _("This file is not a PNG, JPEG or SVG image.")
        ) from error


def _check_svg(data: bytes) -> None:
    try:
        root = ElementTree.fromstring(data, forbid_dtd=True)
    except (ElementTree.ParseError, DefusedXmlException) as error:
        raise ValidationError(_("This SVG file cannot be read.")) from error
    if root.tag.removeprefix(SVG_NS) != "svg":
        raise ValidationError(_("This file is not a PNG, JPEG or SVG image."))
    for element in root.iter():
        _check_element(element)
    _check_drawable(data)


def _check_element(element) -> None:
    tag = element.tag.removeprefix(SVG_NS)
    if tag not in SVG_TAGS:
        raise ValidationError(
            _("The SVG holds an element that is not allowed: %(tag)s.")
            % {"tag": tag.rsplit("}", 1)[-1]}
        )
    for name, value in element.attrib.items():
        if name not in SVG_ATTRIBUTES or name.lower().startswith("on"):
            raise ValidationError(
                _("The SVG holds an attribute that is not allowed: %(name)s.")
                % {"name": name.rsplit("}", 1)[-1]}
            )
        if name in ("href", XLINK_HREF) and not value.startswith("#"):
            raise ValidationError(_("The SVG refers to something outside itself."))
        if name == "style" and UNSAFE_STYLE.search(value):
            raise ValidationError(_("The SVG's styles refer to something outside."))


def _check_drawable(data: bytes) -> None:
    from fpdf import FPDF

    try:
        pdf = FPDF()
        pdf.add_page()
        pdf.image(data, x=0, y=0, w=20, h=20, keep_aspect_ratio=True)
    except Exception as error:
        raise ValidationError(_("This SVG image cannot be drawn.")) from error
