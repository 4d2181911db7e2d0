"""The project's PDF ground: one Vietnamese font for every printed document.

Be Vietnam Pro (SIL OFL 1.1, elearning/fonts/) holds every Vietnamese letter with
its marks; fpdf2 embeds only the glyphs a document uses.
"""

import unicodedata
from pathlib import Path

from fpdf import FPDF

FONTS = Path(__file__).resolve().parent / "fonts"
FAMILY = "BeVietnamPro"


def nfc(text) -> str:
    """Text in the composed form the font's glyphs are named by."""
    return unicodedata.normalize("NFC", str(text))


def document(orientation="P") -> FPDF:
    """An A4 document with the project's font in regular, bold and italic."""
    pdf = FPDF(orientation=orientation, unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_font(FAMILY, "", str(FONTS / "BeVietnamPro-Regular.ttf"))
    pdf.add_font(FAMILY, "B", str(FONTS / "BeVietnamPro-Bold.ttf"))
    pdf.add_font(FAMILY, "I", str(FONTS / "BeVietnamPro-Italic.ttf"))
    return pdf
