"""Question formats (GIFT, Aiken, H5P): pure parsers and writers, no ORM."""

from quizzes.formats.base import FormatError, ParsedChoice, ParsedQuestion

__all__ = ["FormatError", "ParsedChoice", "ParsedQuestion", "parse"]


def parse(data: bytes, fmt: str, *, filename: str = "") -> list[ParsedQuestion]:
    """Parse a whole file; FormatError lists every problem found (nothing partial)."""
    from quizzes.formats import aiken, gift, h5p

    parsers = {"gift": gift.parse, "aiken": aiken.parse, "h5p": h5p.parse}
    if fmt not in parsers:
        raise FormatError([f"Unknown format: {fmt}"])
    if fmt == "h5p":
        return h5p.parse(data)
    return parsers[fmt](decode(data))


def decode(data: bytes) -> str:
    from django.utils.translation import gettext as _

    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise FormatError(
            [_("The file is not UTF-8 text (byte %(pos)s).") % {"pos": error.start}]
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")
